// Working with claims against an article's current text: tagging new words, finding a quote,
// re-anchoring every claim of a sidecar, and refreshing a claim's stored anchor when the user
// saves it (a claim found moved or fuzzy is written at its new place; an orphan keeps its old
// one until someone re-tags it).

import { LineIndex } from '../text/lines';
import { createAnchor, resolveAnchors } from './anchoring';
import { RandomSource, newId } from './ids';
import type { AnchorResolution, AnchoredClaim, Claim, ClaimSource, ClaimStatus, SidecarContent } from './types';

export interface NewClaimFields {
  status?: ClaimStatus;
  speaker?: string;
  note?: string;
  sources?: ClaimSource[];
  tags?: string[];
}

export interface ClaimContext {
  /** Ids already used in the sidecar (claims, corrections, removed ones). */
  takenIds: ReadonlySet<string>;
  author?: string;
  now?: Date;
  random?: RandomSource;
}

/** ISO 8601 to the second, UTC: what the sidecar stores. */
export function timestamp(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A new claim on text[start, end). Throws RangeError for a span outside the text or empty. */
export function newClaim(text: string, start: number, end: number, fields: NewClaimFields, context: ClaimContext): Claim {
  const anchor = createAnchor(text, start, end);
  const stamp = timestamp(context.now);
  return {
    id: newId(context.takenIds, context.random),
    status: fields.status ?? 'pending',
    text: anchor.exact,
    ...(fields.speaker ? { speaker: fields.speaker } : {}),
    sources: fields.sources ?? [],
    ...(fields.note ? { note: fields.note } : {}),
    tags: fields.tags ?? [],
    created: stamp,
    updated: stamp,
    ...(context.author ? { author: context.author } : {}),
    anchor,
  };
}

export type QuoteSearch = { found: { start: number; end: number } } | { error: string };

/** Where `quote` stands in `text`, if exactly once; an absent or repeated quote says so. */
export function findQuote(text: string, quote: string): QuoteSearch {
  if (quote.trim() === '') return { error: 'the quote is empty' };
  const places: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) places.push(at);
  if (places.length === 1) return { found: { start: places[0], end: places[0] + quote.length } };
  if (places.length === 0) return { error: `the quote is not in the article (exact words, case and punctuation included): "${quote}"` };
  const lines = new LineIndex(text);
  const where = places.slice(0, 10).map((at) => {
    const { line, character } = lines.positionAt(at);
    return `line ${line + 1} col ${character + 1} (--start ${at} --end ${at + quote.length})`;
  });
  return {
    error: `the quote is ambiguous: it occurs ${places.length} times (${where.join('; ')}${places.length > 10 ? '; …' : ''}); quote more words, or give --start and --end`,
  };
}

/** Every claim of a sidecar found again in `text`. */
export function anchorClaims(text: string, claims: readonly Claim[]): AnchoredClaim[] {
  const found = resolveAnchors(text, claims.map((c) => c.anchor));
  return claims.map((claim, i) => ({ claim, ...found[i] }));
}

/**
 * The claim with its anchor moved to where it was found (and, for a fuzzy match, its text set
 * to the words there now): what saving it writes. An exact or orphaned claim is unchanged.
 */
export function withRefreshedAnchor(claim: Claim, text: string, found: AnchorResolution): Claim {
  if (found.state === 'exact' || found.state === 'orphaned') return claim;
  const anchor = createAnchor(text, found.start, found.end);
  return { ...claim, text: anchor.exact, anchor };
}

/** All ids a new claim or correction must not take. */
export function takenIds(content: SidecarContent, alsoTaken: Iterable<string> = []): Set<string> {
  return new Set([...content.claims.map((c) => c.id), ...content.entities.map((e) => e.id), ...content.removedIds, ...alsoTaken]);
}
