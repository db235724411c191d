// Random edit scenarios for the anchoring property test: a claim picked on a sample article
// (seeds/), then a sequence of edits (insertions and deletions anywhere and right next to the
// claim, line-ending changes, paragraphs moved or duplicated, the claim's words pasted
// elsewhere, typo fixes inside the claim), and a judge that knows, from each character's origin
// (edit-model.ts), where the claimed words really are.

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CONTEXT_LENGTH, createAnchor, resolveAnchor } from '../../../src/core/claims/anchoring';
import type { AnchorResolution, ClaimAnchor } from '../../../src/core/claims/types';
import {
  TrackedText,
  convertLineEndings,
  duplicateLine,
  intactRuns,
  levenshtein,
  lines,
  moveLine,
  regions,
  splice,
  survivingPositions,
  track,
} from './edit-model';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const ARTICLES = fs
  .readdirSync(path.join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8'));
/** "Lightly edited": at most this share of the claimed words changed. */
export const LIGHT_EDIT_RATIO = 0.2;

type EditKind = 'insert' | 'insert-near' | 'delete' | 'delete-near' | 'eol' | 'move' | 'duplicate' | 'paste-claim' | 'typo';

interface Edit {
  kind: EditKind;
  /** Free numbers, interpreted against the current text (so shrinking keeps edits valid). */
  a: number;
  b: number;
  c: number;
}

export interface Scenario {
  article: number;
  claimStart: number;
  claimWords: number;
  edits: Edit[];
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>('insert', 'insert-near', 'delete', 'delete-near', 'eol', 'move', 'duplicate', 'paste-claim', 'typo'),
  a: fc.nat(1_000_000),
  b: fc.nat(1_000_000),
  c: fc.nat(1_000_000),
});

export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.record({
  article: fc.nat(ARTICLES.length - 1),
  claimStart: fc.nat(1_000_000),
  claimWords: fc.integer({ min: 1, max: 30 }),
  edits: fc.array(editArbitrary, { minLength: 1, maxLength: 6 }),
});

export interface Claim {
  start: number;
  end: number;
}

/** A claim from word to word, as a journalist selects one. */
export function pickClaim(text: string, scenario: Scenario): Claim {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const first = scenario.claimStart % words.length;
  const last = Math.min(words.length - 1, first + scenario.claimWords - 1);
  return { start: words[first].start, end: words[last].end };
}

function vocabulary(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** A few words of the article itself: inserted text that looks like the rest. */
function someWords(words: string[], seed: number, count: number): string {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(words[(seed + i * 7919) % words.length]);
  return picked.join(' ');
}

/** Applies one edit; `claim` is where the claim's words are now (tracked), for the edits aimed near it. */
function applyEdit(doc: TrackedText, edit: Edit, original: string, claim: Claim, words: string[]): TrackedText {
  const { text } = doc;
  const near = nearClaim(doc, claim);
  switch (edit.kind) {
    case 'insert': {
      const at = edit.a % (text.length + 1);
      return splice(doc, at, at, insertion(words, edit));
    }
    case 'insert-near': {
      // Right next to the claim, or a few characters away, on either side.
      const side = edit.b % 2 === 0 ? near.start : near.end;
      const at = clamp(side + ((edit.c % 9) - 4), 0, text.length);
      if (at > near.start && at < near.end) return doc; // not inside: that is a typo edit
      return splice(doc, at, at, insertion(words, edit));
    }
    case 'delete': {
      const start = edit.a % (text.length + 1);
      return splice(doc, start, Math.min(text.length, start + 1 + (edit.b % 120)), '');
    }
    case 'delete-near': {
      const length = 1 + (edit.b % 40);
      if (edit.c % 2 === 0) return splice(doc, Math.max(0, near.start - length), near.start, '');
      return splice(doc, near.end, Math.min(text.length, near.end + length), '');
    }
    case 'eol':
      return convertLineEndings(doc, edit.a % 2 === 0 ? 'crlf' : 'lf');
    case 'move': {
      const count = lines(text).length;
      return moveLine(doc, edit.a % count, edit.b % count);
    }
    case 'duplicate': {
      const count = lines(text).length;
      return duplicateLine(doc, edit.a % count, edit.b % 2 === 0);
    }
    case 'paste-claim': {
      // The claimed words typed again elsewhere, in other surroundings: a decoy.
      const at = edit.a % (text.length + 1);
      // Elsewhere: not inside the claim nor within its stored context (there the copy and the
      // claim are indistinguishable, and either answer is defensible).
      const extent = claimExtent(doc, claim);
      if (at > extent.start - CONTEXT_LENGTH && at < extent.end + CONTEXT_LENGTH) return doc;
      // Nor where the article repeats the claim's own surroundings (a seed prints its headline
      // twice): a copy pasted there has the claim's stored context and is just as defensible.
      if (repeatsContext(text, at, original, claim)) return doc;
      return splice(doc, at, at, ` ${original.slice(claim.start, claim.end)} `);
    }
    case 'typo': {
      // One or two characters changed inside the claim (a fixed typo, an accent added).
      if (near.end - near.start < 2) return doc;
      const at = near.start + 1 + (edit.a % (near.end - near.start - 1));
      const replacement = 'éaèio'[edit.c % 5];
      const removed = edit.b % 3; // 0: insert, 1: replace one, 2: replace two
      return splice(doc, at, Math.min(near.end, at + removed), replacement);
    }
  }
}

function insertion(words: string[], edit: Edit): string {
  const count = 1 + (edit.b % 12);
  const text = someWords(words, edit.c, count);
  return edit.a % 5 === 0 ? `\n${text}\n` : ` ${text} `;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** The claimed words' current extent (first to last surviving character of the first copy). */
function nearClaim(doc: TrackedText, claim: Claim): Claim {
  const positions = survivingPositions(doc, claim.start, claim.end);
  if (positions.length === 0) return { start: 0, end: 0 };
  const [first] = regions(positions, 40);
  return first;
}

/** From the first to the last surviving character of the claim, all copies included. */
/** The text at `at` continues like the claim's suffix, or ends like its prefix (16 characters). */
function repeatsContext(text: string, at: number, original: string, claim: Claim): boolean {
  const suffix = original.slice(claim.end, claim.end + CONTEXT_LENGTH).trim().slice(0, 16);
  const prefix = original.slice(Math.max(0, claim.start - CONTEXT_LENGTH), claim.start).trim().slice(-16);
  const after = text.slice(at, at + CONTEXT_LENGTH + 2).trimStart();
  const before = text.slice(Math.max(0, at - CONTEXT_LENGTH - 2), at).trimEnd();
  return (suffix.length > 0 && after.startsWith(suffix)) || (prefix.length > 0 && before.endsWith(prefix));
}

function claimExtent(doc: TrackedText, claim: Claim): Claim {
  const positions = survivingPositions(doc, claim.start, claim.end);
  if (positions.length === 0) return { start: 0, end: 0 };
  return { start: positions[0], end: positions[positions.length - 1] + 1 };
}

/**
 * unchanged: the claimed words survive untouched (every copy of them, when duplicated), and so
 *   does one side of their stored context (the quote selector still says where they are);
 * ambiguous: as unchanged, but another place of the text fits the stored quote as well (the
 *   words with the stored context on one side: text typed next to the claim that ends with the
 *   claimed words, say): the text alone cannot tell them apart;
 * words-only: the words survive but both sides of their context were rewritten right up to
 *   them (another copy of the words may then be just as likely);
 * lightly-edited: the words were changed by at most LIGHT_EDIT_RATIO (in one copy at least);
 * gone: deleted, or changed more than that.
 */
export type Category = 'unchanged' | 'ambiguous' | 'words-only' | 'lightly-edited' | 'gone';

export interface Outcome {
  category: Category;
  resolution: AnchorResolution;
  /** Found at one of the intact copies of the words, to the character. */
  exactHit: boolean;
  /** Found over some of the claimed characters. */
  overlaps: boolean;
  /**
   * Found on words that are not the claim's: none of the claimed characters, and not the
   * claimed words standing against the claim's own surviving context either (text typed next
   * to the claim that ends with its words reads exactly like the claim itself).
   */
  wrong: boolean;
}

export function judge(doc: TrackedText, original: string, claim: Claim, resolution: AnchorResolution): Outcome {
  // The article may itself repeat the claimed words with the same context on one side (a title
  // printed twice): those copies are the same passage, and finding either is right.
  const passages = [claim, ...twins(original, claim)];
  const runs = passages.flatMap((p) => intactRuns(doc, original, p.start, p.end));
  const positions = passages.flatMap((p) => survivingPositions(doc, p.start, p.end)).sort((a, b) => a - b);
  const found = resolution.state !== 'orphaned';
  const overlaps = found && positions.some((p) => p >= resolution.start && p < resolution.end);
  const exactHit = found && runs.some((r) => r.start === resolution.start && r.end === resolution.end);
  const anchor = createAnchor(original, claim.start, claim.end);
  const sameWords = found && lf(doc.text.slice(resolution.start, resolution.end)) === lf(anchor.exact);
  const place = { start: resolution.start, end: resolution.end };
  const againstOwnContext = sameWords && passages.some((p) => ownContextIntact(doc, place, p, anchor));
  const echoes = repeatedCharacters(original, claim);
  const onEchoes = found && doc.origin.subarray(resolution.start, resolution.end).some((o) => echoes.has(o));
  const wrong = found && !overlaps && !againstOwnContext && !onEchoes;
  const copies = regions(positions, 8);
  const everyCopyIntact = copies.every((copy) => runs.some((r) => r.start <= copy.start && copy.end <= r.end));
  let category: Category = 'gone';
  if (runs.length > 0 && everyCopyIntact) {
    const fits = (place: Claim): boolean => contextIntact(doc.text, place, anchor, original.length);
    if (!runs.some(fits)) {
      category = 'words-only';
    } else {
      const others = occurrences(doc.text, anchor.exact).filter((o) => !runs.some((r) => r.start < o.end && o.start < r.end));
      category = others.some(fits) ? 'ambiguous' : 'unchanged';
    }
  } else {
    // Some copy edited (a duplicated paragraph edited in one copy counts here too).
    const claimed = lf(original.slice(claim.start, claim.end));
    const light = copies.some((r) => levenshtein(lf(doc.text.slice(r.start, r.end)), claimed) <= LIGHT_EDIT_RATIO * claimed.length);
    if (light || runs.length > 0) category = 'lightly-edited';
  }
  return { category, resolution, exactHit, overlaps, wrong };
}

/**
 * The stored context stands intact on one side of `place`, and that context is mostly made of
 * the claim's own surrounding characters: `place` is where the claim's words now stand as far
 * as any reader of the text can tell.
 */
function ownContextIntact(doc: TrackedText, place: Claim, claim: Claim, anchor: ClaimAnchor): boolean {
  const own = (from: number, to: number, low: number, high: number): boolean => {
    let count = 0;
    for (let i = Math.max(0, from); i < Math.min(doc.origin.length, to); i++) if (doc.origin[i] >= low && doc.origin[i] < high) count++;
    return count * 2 >= to - from;
  };
  const before = lf(doc.text.slice(Math.max(0, place.start - 2 * anchor.prefix.length), place.start)).endsWith(lf(anchor.prefix));
  const after = lf(doc.text.slice(place.end, place.end + 2 * anchor.suffix.length)).startsWith(lf(anchor.suffix));
  const prefixOwn = before && own(place.start - anchor.prefix.length, place.start, claim.start - anchor.prefix.length, claim.start);
  const suffixOwn = after && own(place.end, place.end + anchor.suffix.length, claim.end, claim.end + anchor.suffix.length);
  return prefixOwn || suffixOwn;
}

/** Every place where `words` stand in `text`, line endings aside. */
function occurrences(text: string, words: string): Claim[] {
  const view = lf(text);
  const target = lf(words);
  const found: Claim[] = [];
  // Map view offsets back to the text: count the CRs dropped before each.
  const crBefore: number[] = [];
  let dropped = 0;
  for (let i = 0, v = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      dropped++;
      continue;
    }
    crBefore[v++] = dropped;
  }
  crBefore.push(dropped);
  for (let at = view.indexOf(target); at !== -1; at = view.indexOf(target, at + 1)) {
    found.push({ start: at + crBefore[at], end: at + target.length + crBefore[at + target.length] });
  }
  return found;
}

/**
 * Characters of the original that repeat a claimed character with the same 32 characters
 * around it (a passage the article prints twice): words made of them are the claim's words.
 */
function repeatedCharacters(original: string, claim: Claim): Set<number> {
  const echoes = new Set<number>();
  const radius = 16;
  for (let c = claim.start; c < claim.end; c++) {
    const from = Math.max(0, c - radius);
    const window = original.slice(from, c + radius + 1);
    for (let at = original.indexOf(window); at !== -1; at = original.indexOf(window, at + 1)) {
      const echo = at + (c - from);
      if (echo < claim.start || echo >= claim.end) echoes.add(echo);
    }
  }
  return echoes;
}

/** The whole paragraph(s) holding [start, end), with the words' place in them marked. */
function paragraphText(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to === -1 ? text.length : to)}`;
}

/**
 * Other places of the original with the same words and the same context on one side, or in a
 * paragraph printed twice.
 */
function twins(original: string, claim: Claim): Claim[] {
  const anchor = createAnchor(original, claim.start, claim.end);
  const found: Claim[] = [];
  for (let at = original.indexOf(anchor.exact); at !== -1; at = original.indexOf(anchor.exact, at + 1)) {
    if (at === claim.start) continue;
    const end = at + anchor.exact.length;
    const prefixSame = anchor.prefix.length === CONTEXT_LENGTH && original.endsWith(anchor.prefix, at);
    const suffixSame = anchor.suffix.length === CONTEXT_LENGTH && original.startsWith(anchor.suffix, end);
    if (prefixSame || suffixSame || paragraphText(original, at, end) === paragraphText(original, claim.start, claim.end)) {
      found.push({ start: at, end });
    }
  }
  return found;
}

/** The stored prefix still right before the run, or the suffix right after (line endings aside). */
function contextIntact(text: string, run: Claim, anchor: ClaimAnchor, originalLength: number): boolean {
  const prefix = lf(anchor.prefix);
  const suffix = lf(anchor.suffix);
  // A context cut short by the start (end) of the text must still reach it.
  const prefixHolds =
    anchor.start === anchor.prefix.length
      ? lf(text.slice(0, run.start)) === prefix
      : lf(text.slice(Math.max(0, run.start - 2 * prefix.length), run.start)).endsWith(prefix);
  const suffixHolds =
    anchor.end + anchor.suffix.length === originalLength
      ? lf(text.slice(run.end)) === suffix
      : lf(text.slice(run.end, run.end + 2 * suffix.length)).startsWith(suffix);
  return prefixHolds || suffixHolds;
}

function lf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** Plays a scenario: the claim, the edited text, where the anchor was found and the verdict. */
export function play(scenario: Scenario): { original: string; claim: Claim; doc: TrackedText; outcome: Outcome } {
  const original = ARTICLES[scenario.article];
  const words = vocabulary(original);
  const claim = pickClaim(original, scenario);
  const anchor = createAnchor(original, claim.start, claim.end);
  let doc = track(original);
  for (const edit of scenario.edits) doc = applyEdit(doc, edit, original, claim, words);
  const outcome = judge(doc, original, claim, resolveAnchor(doc.text, anchor));
  return { original, claim, doc, outcome };
}

export function describe(doc: TrackedText, original: string, claim: Claim, resolution: AnchorResolution): string {
  const found = resolution.state === 'orphaned' ? '(orphaned)' : JSON.stringify(doc.text.slice(resolution.start, resolution.end));
  return `claim ${JSON.stringify(original.slice(claim.start, claim.end))} -> ${resolution.state} ${found}`;
}
