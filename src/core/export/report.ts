// The fact-check report that the Markdown and HTML exports both render: claims by article, each
// with its verdict, speaker, sources, note and the claimed words in their sentence. Built once
// here so the two renderings cannot drift apart; the renderers only escape and lay out.

import { CLAIM_STATUSES } from '../claims/types';
import type { AnchorState, ClaimAnchor, ClaimSource, ClaimStatus } from '../claims/types';
import { ratingOf } from '../claims/ratings';
import type { Lang } from '../recognise/types';
import { LineIndex, wordEndAtOrBefore, wordStartAtOrAfter } from '../text/lines';
import { claimsInReadingOrder, isAnchored, speakerInfo } from './common';
import { collapseSpaces, oneLine } from '../text/spaces';
import type { AnchoredClaim, ExportArticle, ExportInput } from './types';

/** How much of the paragraph is shown on each side of the claimed words, in characters. */
const CONTEXT_RADIUS = 160;

export interface StatusCount {
  status: ClaimStatus;
  label: string;
  count: number;
}

export interface QuoteInContext {
  before: string;
  words: string;
  after: string;
}

export interface ReportClaim {
  id: string;
  status: ClaimStatus;
  verdict: string;
  rating: number | null;
  text: string;
  speaker?: string;
  sources: ClaimSource[];
  note?: string;
  tags: string[];
  state: AnchorState;
  /** 1-based line of the claim's first character; absent when orphaned. */
  line?: number;
  /** The claimed words in their paragraph, from the current text; absent when orphaned. */
  context?: QuoteInContext;
  /** What the claim covered when it was last anchored; shown for an orphaned claim. */
  lastSeen: QuoteInContext;
  author?: string;
  created: string;
  updated: string;
}

export interface ReportArticle {
  path: string;
  lang: Lang;
  entityCount: number;
  quoteCount: number;
  claims: ReportClaim[];
}

export interface Report {
  articles: ReportArticle[];
  claimCount: number;
  /** Statuses that occur, in the order of the scale. */
  statusCounts: StatusCount[];
}

export function buildReport(input: ExportInput): Report {
  const articles = input.articles.map(reportArticle);
  const all = articles.flatMap((a) => a.claims);
  const statusCounts = CLAIM_STATUSES.map((status) => ({
    status,
    label: ratingOf(status).label.en,
    count: all.filter((c) => c.status === status).length,
  })).filter((s) => s.count > 0);
  return { articles, claimCount: all.length, statusCounts };
}

function reportArticle(article: ExportArticle): ReportArticle {
  const lines = new LineIndex(article.text);
  return {
    path: article.path,
    lang: article.analysis.lang,
    entityCount: article.analysis.entities.length,
    quoteCount: article.analysis.quotes.length,
    claims: claimsInReadingOrder(article).map((anchored) => reportClaim(article, anchored, lines)),
  };
}

function reportClaim(article: ExportArticle, anchored: AnchoredClaim, lines: LineIndex): ReportClaim {
  const { claim } = anchored;
  const rating = ratingOf(claim.status);
  const found = isAnchored(anchored);
  const { anchor } = claim;
  return {
    id: claim.id,
    status: claim.status,
    verdict: rating.label.en,
    rating: rating.value,
    text: claim.text,
    speaker: speakerInfo(article, claim.speaker)?.name,
    sources: claim.sources,
    note: claim.note,
    tags: claim.tags,
    state: anchored.state,
    line: found ? lines.positionAt(anchored.start).line + 1 : undefined,
    context: found ? quoteInContext(article.text, anchored.start, anchored.end) : undefined,
    lastSeen: lastSeen(anchor),
    author: claim.author,
    created: claim.created,
    updated: claim.updated,
  };
}

/** The stored anchor's words and context, marked as cut where the context is. */
function lastSeen(anchor: ClaimAnchor): QuoteInContext {
  const before = collapseSpaces(anchor.prefix).replace(/^\s+/, '');
  const after = collapseSpaces(anchor.suffix).replace(/\s+$/, '');
  return { before: before ? `…${before}` : '', words: oneLine(anchor.exact), after: after ? `${after}…` : '' };
}

/**
 * The claimed words with up to `radius` characters of their paragraph (line) on each side, cut
 * at a word boundary and marked with "…" where cut. Whitespace is collapsed to single spaces.
 */
export function quoteInContext(text: string, start: number, end: number, radius = CONTEXT_RADIUS): QuoteInContext {
  const { paragraphStart, paragraphEnd } = paragraphAround(text, start, end, radius);

  let from = Math.max(paragraphStart, start - radius);
  if (from > paragraphStart) from = wordStartAtOrAfter(text, from, start);
  let to = Math.min(paragraphEnd, end + radius);
  if (to < paragraphEnd) to = wordEndAtOrBefore(text, to, end);

  const before = collapseSpaces(text.slice(from, start));
  const after = collapseSpaces(text.slice(end, to));
  return {
    before: (from > paragraphStart ? '…' : '') + (before.trim() === '' ? '' : before.replace(/^\s+/, '')),
    words: oneLine(text.slice(start, end)),
    after: (after.trim() === '' ? '' : after.replace(/\s+$/, '')) + (to < paragraphEnd ? '…' : ''),
  };
}

/**
 * The paragraph (line) bounds around [start, end), looked for only within `radius` + 1
 * characters: past that the context is cut anyway, and a bounded look keeps a report of
 * thousands of claims on a long article linear. A bound not found is reported one step beyond
 * the window, which the caller reads as "cut here".
 */
function paragraphAround(text: string, start: number, end: number, radius: number): { paragraphStart: number; paragraphEnd: number } {
  const behindFrom = Math.max(0, start - radius - 1);
  const behind = text.slice(behindFrom, start);
  const lastBreak = Math.max(behind.lastIndexOf('\n'), behind.lastIndexOf('\r'));
  const paragraphStart = lastBreak !== -1 ? behindFrom + lastBreak + 1 : behindFrom === 0 ? 0 : behindFrom - 1;
  const aheadTo = Math.min(text.length, end + radius + 1);
  const firstBreak = text.slice(end, aheadTo).search(/[\r\n]/);
  const paragraphEnd = firstBreak !== -1 ? end + firstBreak : aheadTo === text.length ? text.length : aheadTo + 1;
  return { paragraphStart, paragraphEnd };
}

/** How a renderer writes text and sources; the report decides which fields there are. */
export interface FieldWriter {
  text(text: string): string;
  sources(sources: ClaimSource[]): string;
}

/** The labelled facts of a claim, in display order, already escaped by the writer. */
export function claimFields(claim: ReportClaim, write: FieldWriter): [string, string][] {
  const fields: [string, string][] = [
    ['Verdict', write.text(claim.rating === null ? claim.verdict : `${claim.verdict} (${claim.rating}/5)`)],
    ['Claim', write.text(claim.text)],
  ];
  if (claim.speaker) fields.push(['Speaker', write.text(claim.speaker)]);
  if (claim.sources.length > 0) fields.push(['Sources', write.sources(claim.sources)]);
  if (claim.tags.length > 0) fields.push(['Tags', write.text(claim.tags.join(', '))]);
  fields.push(['Where', write.text(claim.line === undefined ? `anchor ${claim.state}` : `line ${claim.line} (anchor ${claim.state})`)]);
  const by = claim.author ? `${claim.author}, ` : '';
  fields.push(['Checked', write.text(`${by}created ${claim.created}, updated ${claim.updated}`)]);
  fields.push(['Id', write.text(claim.id)]);
  return fields;
}

/** "2 articles · 5 claims: 2 False, 3 Pending" (plain text). */
export function summaryText(report: Report): string {
  const verdicts = report.statusCounts.map((s) => `${s.count} ${s.label}`).join(', ');
  return `${plural(report.articles.length, 'article')} · ${plural(report.claimCount, 'claim')}${verdicts ? `: ${verdicts}` : ''}`;
}

/** "language: fr · 3 claims · 12 entity mentions · 4 quotations" (plain text). */
export function articleMetaText(article: ReportArticle): string {
  return [
    `language: ${article.lang}`,
    plural(article.claims.length, 'claim'),
    plural(article.entityCount, 'entity mention'),
    plural(article.quoteCount, 'quotation'),
  ].join(' · ');
}

export const ORPHANED_EXPLANATION = 'these words are no longer found in the article; last seen as:';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
