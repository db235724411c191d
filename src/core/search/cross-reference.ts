// Cross-references: everything the workspace says about one entity or one claim, grouped by
// article, with counts.
//
// For an entity cluster: every mention (with a line of context), every quotation it speaks
// (`speaker`) or is named in (`mentioned`), every claim whose speaker it is or whose words name
// it. For a claim: every place its words appear (in its own article and in others: a claim
// repeated across the coverage), the quotations holding them, and the claims tagged on the same
// words. Offsets are UTF-16 code units into the article text, as everywhere.

import type { EntityType, Quotation, Speaker } from '../recognise/types';
import { foldKey } from '../recognise/gazetteer/fold';
import { LineIndex } from '../text/lines';
import type { AnchorState, ClaimStatus } from '../claims/types';
import type { IndexedClaim } from '../index/annotations';
import type { EntityCluster } from '../index/clustering';
import type { IndexedArticle, WorkspaceIndex } from '../index/workspace-index';
import { compareCodeUnits } from '../workspace/paths';

export type XrefTarget =
  | { kind: 'entity'; id: string; type: EntityType; name: string; variants: { text: string; count: number }[]; mentionCount: number; articleCount: number }
  | { kind: 'claim'; id: string; path: string; status: ClaimStatus; text: string; speaker: string | null; speakerEntity: string | null; start: number; end: number; state: AnchorState };

export type XrefRole = 'speaker' | 'mentioned';

export interface XrefMention {
  start: number;
  end: number;
  /** 0-based line, as VS Code counts. */
  line: number;
  context: string;
}

export interface XrefQuote {
  start: number;
  end: number;
  line: number;
  text: string;
  kind: Quotation['kind'];
  speaker: Speaker | null;
  role: XrefRole;
}

export interface XrefClaim {
  id: string;
  status: ClaimStatus;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  line: number;
  state: AnchorState;
  role: XrefRole;
}

export interface XrefCounts {
  mentions: number;
  quotes: number;
  claims: number;
}

export interface XrefArticle {
  path: string;
  mentions: XrefMention[];
  quotes: XrefQuote[];
  claims: XrefClaim[];
  counts: XrefCounts;
}

export interface CrossReference {
  target: XrefTarget;
  articles: XrefArticle[];
  counts: XrefCounts & { articles: number };
}

export interface CrossReferenceOptions {
  /** Longest context line (default 120 characters). */
  contextChars?: number;
}

const DEFAULT_CONTEXT = 120;

/** By claim id first (claim ids are random and short), then by entity id; undefined if neither. */
export async function crossReference(index: WorkspaceIndex, id: string, options: CrossReferenceOptions = {}): Promise<CrossReference | undefined> {
  const claim = index.claim(id);
  if (claim) return claimCrossReference(index, claim.article, claim.claim, options);
  const cluster = index.cluster(id);
  return cluster ? entityCrossReference(index, cluster, options) : undefined;
}

export async function entityCrossReference(index: WorkspaceIndex, cluster: EntityCluster, options: CrossReferenceOptions = {}): Promise<CrossReference> {
  const members = index.membersOf(cluster);
  const memberIds = new Set(members.map((m) => m.id));
  const names = new Set([cluster.name, ...cluster.variants.map((v) => v.text)].map(foldKey).filter((n) => n.length > 1));
  const speaksAsEntity = (speaker: string | undefined): boolean => speaker !== undefined && (memberIds.has(speaker) || names.has(foldKey(speaker)));

  // cluster.articles is sorted already; claims may add a few articles that do not mention it.
  let paths: readonly string[] = cluster.articles;
  const extra = new Set<string>();
  for (const { article, claim } of index.claims()) if (speaksAsEntity(claim.speaker) || mentionsName(claim.text, names)) extra.add(article.path);
  if ([...extra].some((p) => !cluster.articles.includes(p))) paths = [...new Set([...paths, ...extra])].sort(compareCodeUnits);

  const find = index.mentionFinder(members);
  const articles: XrefArticle[] = [];
  for (const path of paths) {
    const article = index.article(path);
    if (!article) continue;
    // Most texts are held: no promise per article for them (thousands of articles per query).
    const lines = lazyLines(index.heldText(path) ?? (await index.text(path)), options.contextChars ?? DEFAULT_CONTEXT);
    const spans = find(path);
    const mentions: XrefMention[] = [];
    for (let i = 0; i < spans.length; i += 2) mentions.push(mentionAt(lines, spans[i], spans[i + 1]));
    const quotes: XrefQuote[] = [];
    for (const q of article.quotes) {
      const role = q.speaker && memberIds.has(q.speaker.id) ? 'speaker' : someSpan(spans, (start, end) => start >= q.start && end <= q.end) ? 'mentioned' : undefined;
      if (role) quotes.push(quoteAt(lines, q, role));
    }
    const claims: XrefClaim[] = [];
    for (const c of article.claims) {
      const named = someSpan(spans, (start, end) => start < c.end && end > c.start) || mentionsName(c.text, names);
      const role = speaksAsEntity(c.speaker) ? 'speaker' : named ? 'mentioned' : undefined;
      if (role) claims.push(claimAt(lines, c, role));
    }
    articles.push(group(path, mentions, quotes, claims));
  }
  const target: XrefTarget = {
    kind: 'entity',
    id: cluster.id,
    type: cluster.type,
    name: cluster.name,
    variants: cluster.variants,
    mentionCount: cluster.mentionCount,
    articleCount: cluster.articles.length,
  };
  return { target, articles, counts: total(articles) };
}

export async function claimCrossReference(index: WorkspaceIndex, home: IndexedArticle, claim: IndexedClaim, options: CrossReferenceOptions = {}): Promise<CrossReference> {
  const words = claimPattern(claim.text);
  const folded = foldKey(claim.text);
  const articles: XrefArticle[] = [];
  for (const article of index.articles()) {
    const text = await index.text(article.path);
    const occurrences = words ? [...text.matchAll(words)].map((m) => ({ start: m.index as number, end: (m.index as number) + m[0].length })) : [];
    const sameClaims = article.claims.filter((c) => c.id === claim.id || foldKey(c.text) === folded);
    if (occurrences.length === 0 && sameClaims.length === 0) continue;
    const lines = lazyLines(text, options.contextChars ?? DEFAULT_CONTEXT);
    const mentions = occurrences.map((o) => mentionAt(lines, o.start, o.end));
    const quotes = article.quotes.filter((q) => occurrences.some((o) => o.start >= q.start && o.end <= q.end)).map((q) => quoteAt(lines, q, 'mentioned'));
    const claims = sameClaims.map((c) => claimAt(lines, c, 'mentioned'));
    articles.push(group(article.path, mentions, quotes, claims));
  }
  const speakerCluster = claim.speaker ? index.cluster(claim.speaker) : undefined;
  const target: XrefTarget = {
    kind: 'claim',
    id: claim.id,
    path: home.path,
    status: claim.status,
    text: claim.text,
    speaker: claim.speaker ?? null,
    speakerEntity: speakerCluster?.id ?? null,
    start: claim.start,
    end: claim.end,
    state: claim.state,
  };
  return { target, articles, counts: total(articles) };
}

function someSpan(spans: readonly number[], test: (start: number, end: number) => boolean): boolean {
  for (let i = 0; i < spans.length; i += 2) if (test(spans[i], spans[i + 1])) return true;
  return false;
}

/** The claimed words anywhere: any case, any run of spaces or line breaks between words. */
function claimPattern(text: string): RegExp | undefined {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
}

/** Whether folded `text` holds one of the folded names as whole words. */
function mentionsName(text: string, names: Set<string>): boolean {
  const folded = ` ${foldKey(text).replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;
  for (const name of names) if (folded.includes(` ${name} `)) return true;
  return false;
}

// Line numbers and context lines are worked out when read, not when the query runs: the most
// mentioned entity of a large archive has tens of thousands of mentions, and a panel shows a
// screenful of them at a time. The rows are small classes (a getter on the prototype costs
// nothing to create); toJSON gives the plain values, so a JSON output holds them all.

type Lines = (() => LineIndex) & { width: number };

/** One LineIndex per article, built the first time one of its rows needs it. */
function lazyLines(text: string, width: number): Lines {
  let lines: LineIndex | undefined;
  return Object.assign(() => (lines ??= new LineIndex(text)), { width });
}

class MentionRow implements XrefMention {
  readonly #lines: Lines;

  constructor(
    readonly start: number,
    readonly end: number,
    lines: Lines,
  ) {
    this.#lines = lines;
  }

  get line(): number {
    return this.#lines().lineOf(this.start);
  }

  /** Not kept: a row read once (a JSON output) should not hold its line in memory. */
  get context(): string {
    return this.#lines().contextAround(this.start, this.end, this.#lines.width);
  }

  toJSON(): XrefMention {
    return { start: this.start, end: this.end, line: this.line, context: this.context };
  }
}

class QuoteRow implements XrefQuote {
  readonly #lines: Lines;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: Quotation['kind'];
  readonly speaker: Speaker | null;

  constructor(
    q: Quotation,
    readonly role: XrefRole,
    lines: Lines,
  ) {
    [this.start, this.end, this.text, this.kind, this.speaker] = [q.start, q.end, q.text, q.kind, q.speaker];
    this.#lines = lines;
  }

  get line(): number {
    return this.#lines().lineOf(this.start);
  }

  toJSON(): XrefQuote {
    return { start: this.start, end: this.end, line: this.line, text: this.text, kind: this.kind, speaker: this.speaker, role: this.role };
  }
}

class ClaimRow implements XrefClaim {
  readonly #lines: Lines;
  readonly id: string;
  readonly status: ClaimStatus;
  readonly text: string;
  readonly speaker: string | null;
  readonly start: number;
  readonly end: number;
  readonly state: AnchorState;

  constructor(
    c: IndexedClaim,
    readonly role: XrefRole,
    lines: Lines,
  ) {
    [this.id, this.status, this.text, this.speaker, this.start, this.end, this.state] = [c.id, c.status, c.text, c.speaker ?? null, c.start, c.end, c.state];
    this.#lines = lines;
  }

  get line(): number {
    return this.#lines().lineOf(this.start);
  }

  toJSON(): XrefClaim {
    const { id, status, text, speaker, start, end, line, state, role } = this;
    return { id, status, text, speaker, start, end, line, state, role };
  }
}

function mentionAt(lines: Lines, start: number, end: number): XrefMention {
  return new MentionRow(start, end, lines);
}

function quoteAt(lines: Lines, q: Quotation, role: XrefRole): XrefQuote {
  return new QuoteRow(q, role, lines);
}

function claimAt(lines: Lines, c: IndexedClaim, role: XrefRole): XrefClaim {
  return new ClaimRow(c, role, lines);
}

function group(path: string, mentions: XrefMention[], quotes: XrefQuote[], claims: XrefClaim[]): XrefArticle {
  return { path, mentions, quotes, claims, counts: { mentions: mentions.length, quotes: quotes.length, claims: claims.length } };
}

function total(articles: XrefArticle[]): CrossReference['counts'] {
  return articles.reduce(
    (t, a) => ({ articles: t.articles + 1, mentions: t.mentions + a.counts.mentions, quotes: t.quotes + a.counts.quotes, claims: t.claims + a.counts.claims }),
    { articles: 0, mentions: 0, quotes: 0, claims: 0 },
  );
}
