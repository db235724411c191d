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
import { MemberQuote, SpanList } from '../index/packed-analysis';

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

  const width = options.contextChars ?? DEFAULT_CONTEXT;
  const find = index.memberFinder(members);
  // Every article's mention spans in one list; its rows are made when first read (ArticleRows).
  const spans = new SpanList();
  const found: MemberQuote[] = [];
  const articles: XrefArticle[] = [];
  // After a warm start no text is held: they are read first, several at a time (reading may
  // re-index an article changed behind the index, so this comes before finding its mentions).
  await index.readTexts(paths);
  for (const path of paths) {
    const from = spans.length;
    found.length = 0;
    const entry = find(path, spans, found);
    if (!entry) continue;
    // Most texts are held: no promise per article for them (thousands of articles per query);
    // one that could not be read is asked for again, and text() says why.
    const text = entry.text ?? (await index.text(path));
    const { article } = entry;
    const to = spans.length;
    const lines = new Lines(text, width);
    const quotes = found.map(({ quote, speaks }) => new QuoteRow(quote, speaks ? 'speaker' : 'mentioned', lines));
    const claims: XrefClaim[] = [];
    for (const c of article.claims) {
      const role = speaksAsEntity(c.speaker) ? 'speaker' : spans.someOverlapping(from, to, c.start, c.end) || mentionsName(c.text, names) ? 'mentioned' : undefined;
      if (role) claims.push(new ClaimRow(c, role, lines));
    }
    articles.push(new ArticleRows(path, lines, spans, from, to, quotes, claims));
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
  const width = options.contextChars ?? DEFAULT_CONTEXT;
  const spans = new SpanList();
  const articles: XrefArticle[] = [];
  const all = index.articles();
  await index.readTexts(all.map((a) => a.path));
  for (const article of all) {
    // As for entities: no promise per held text.
    const text = index.heldText(article.path) ?? (await index.text(article.path));
    const from = spans.length;
    if (words) for (const m of text.matchAll(words)) spans.push(m.index as number, (m.index as number) + m[0].length);
    const to = spans.length;
    const sameClaims = article.claims.filter((c) => c.id === claim.id || foldKey(c.text) === folded);
    if (to === from && sameClaims.length === 0) continue;
    const lines = new Lines(text, width);
    const quotes = article.quotes.filter((q) => spans.someInside(from, to, q.start, q.end)).map((q) => new QuoteRow(q, 'mentioned', lines));
    const claims = sameClaims.map((c) => new ClaimRow(c, 'mentioned', lines));
    articles.push(new ArticleRows(article.path, lines, spans, from, to, quotes, claims));
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

// Rows are made and line numbers and context lines worked out when read, not when the query
// runs: the most mentioned entity of a large archive has tens of thousands of mentions, and a
// panel shows a screenful of them at a time. An article's mention rows are made the first time
// its `mentions` is read, from the query's one list of spans; rows are small classes (a getter
// on the prototype costs nothing to create); toJSON gives the plain values, so a JSON output
// holds them all.

/** An article's text and its LineIndex, built the first time one of its rows needs it. */
class Lines {
  #index: LineIndex | undefined;

  constructor(
    readonly text: string,
    readonly width: number,
  ) {}

  get index(): LineIndex {
    return (this.#index ??= new LineIndex(this.text));
  }
}

class ArticleRows implements XrefArticle {
  readonly counts: XrefCounts;
  readonly #lines: Lines;
  readonly #spans: SpanList;
  readonly #from: number;
  readonly #to: number;
  #mentions: XrefMention[] | undefined;

  /** The mentions are the spans from..to (positions in `spans`). */
  constructor(
    readonly path: string,
    lines: Lines,
    spans: SpanList,
    from: number,
    to: number,
    readonly quotes: XrefQuote[],
    readonly claims: XrefClaim[],
  ) {
    [this.#lines, this.#spans, this.#from, this.#to] = [lines, spans, from, to];
    this.counts = { mentions: (to - from) / 2, quotes: quotes.length, claims: claims.length };
  }

  /** Made when first read, then kept (a second read gives the same rows). */
  get mentions(): XrefMention[] {
    if (this.#mentions) return this.#mentions;
    const data = this.#spans.data;
    const rows: XrefMention[] = [];
    for (let i = this.#from; i < this.#to; i += 2) rows.push(new MentionRow(data[i], data[i + 1], this.#lines));
    return (this.#mentions = rows);
  }

  toJSON(): XrefArticle {
    return { path: this.path, mentions: this.mentions, quotes: this.quotes, claims: this.claims, counts: this.counts };
  }
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
    return this.#lines.index.lineOf(this.start);
  }

  /** Not kept: a row read once (a JSON output) should not hold its line in memory. */
  get context(): string {
    return this.#lines.index.contextAround(this.start, this.end, this.#lines.width);
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
    return this.#lines.index.lineOf(this.start);
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
    return this.#lines.index.lineOf(this.start);
  }

  toJSON(): XrefClaim {
    const { id, status, text, speaker, start, end, line, state, role } = this;
    return { id, status, text, speaker, start, end, line, state, role };
  }
}

function total(articles: XrefArticle[]): CrossReference['counts'] {
  const counts = { articles: articles.length, mentions: 0, quotes: 0, claims: 0 };
  for (const { counts: c } of articles) {
    counts.mentions += c.mentions;
    counts.quotes += c.quotes;
    counts.claims += c.claims;
  }
  return counts;
}
