// The index's persistent cache: one file holding every article's analysis, keyed by the hash of
// the file's bytes and the recogniser version, so that a second start analyses nothing that has
// not changed. The cache is never trusted: a file that is not exactly what this code writes
// (another format or recogniser version, a checksum that does not match, a value out of range)
// is ignored whole and rebuilt.
//
// Layout: a header line of JSON, then the body.
//   {"format":"press-annotator-index","formatVersion":1,"recogniser":N,"lang":"auto",
//    "writtenAt":ms,"bodyLength":n,"checksum":"sha1 of the body"}
//   {"strings":[...],"articles":[[path,hash,size,mtimeMs,markdown,lang,entities,quotes],...],
//    "members":[[type,id,[form,count,...],[article row,count,...]],...]}
// Strings (ids, written forms, quotes) are stored once in `strings` and referred to by index;
// each article's entities are a flat list of numbers (start, end, type, id, text) and its quotes
// likewise (start, end, kind, text, speaker id or -1, speaker words or -1, attribution rule or
// -1). `members` is the clustering's member table for exactly these analyses (see
// member-table.ts): a warm start loads it instead of counting every mention again. That keeps a
// 10,000-article cache small and quick to load.

import { createHash } from 'node:crypto';
import type { MemberRecord } from './member-table';
import { RECOGNISER_VERSION } from '../recognise/analyze';
import { ENTITY_TYPES, type ArticleAnalysis, type EntityMention, type EntityType, type Lang, type Quotation, type QuoteKind, type Speaker } from '../recognise/types';

export const CACHE_FORMAT = 'press-annotator-index';
export const CACHE_FORMAT_VERSION = 3;

export interface CachedArticle {
  path: string;
  /** Hash of the file's bytes (contentHash). */
  hash: string;
  size: number;
  mtimeMs: number;
  /** Analysed as Markdown (the same bytes analyse differently as .md and as .txt). */
  markdown: boolean;
  analysis: ArticleAnalysis;
}

export interface CacheContent {
  /** The language option the analyses were made with. */
  lang: Lang | 'auto';
  writtenAt: number;
  articles: CachedArticle[];
  /** The member table of these analyses' entities (uncorrected), articles by path. */
  members: MemberRecord[];
}

export type CacheReadResult = { ok: true; content: CacheContent } | { ok: false; reason: string };

const LANGS: readonly Lang[] = ['fr', 'en'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial'];
type Via = NonNullable<Speaker['via']>;
// A Record, so that a new attribution rule in Speaker fails to compile here until it is stored.
const VIA_CODES: Record<Via, number> = { incise: 0, 'inner-incise': 1, source: 2, subject: 3, continuation: 4 };
const VIAS = Object.keys(VIA_CODES) as Via[];
const QUOTE_STRIDE = 7;
const ENTITY_STRIDE = 5;

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

export function encodeCache(content: CacheContent): Uint8Array {
  const strings = new StringTable();
  const articles = content.articles.map((a) => [
    a.path,
    a.hash,
    a.size,
    a.mtimeMs,
    a.markdown ? 1 : 0,
    LANGS.indexOf(a.analysis.lang),
    a.analysis.entities.flatMap((e) => [e.start, e.end, ENTITY_TYPES.indexOf(e.type), strings.ref(e.id), strings.ref(e.text)]),
    a.analysis.quotes.flatMap((q) => [
      q.start,
      q.end,
      QUOTE_KINDS.indexOf(q.kind),
      strings.ref(q.text),
      q.speaker ? strings.ref(q.speaker.id) : -1,
      q.speaker ? strings.ref(q.speaker.text) : -1,
      q.speaker?.via ? VIA_CODES[q.speaker.via] : -1,
    ]),
  ]);
  const rows = new Map(content.articles.map((a, i) => [a.path, i]));
  const members = content.members.map((m) => [
    ENTITY_TYPES.indexOf(m.type),
    strings.ref(m.id),
    m.surfaces.flatMap((text, i) => [strings.ref(text), m.surfaceCounts[i]]),
    m.articles.flatMap((path, i) => {
      const row = rows.get(path);
      if (row === undefined) throw new Error(`member ${m.id} counts ${path}, which is not among the cached articles`);
      return [row, m.articleCounts[i]];
    }),
  ]);
  const body = Buffer.from(JSON.stringify({ strings: strings.values, articles, members }), 'utf8');
  const header = {
    format: CACHE_FORMAT,
    formatVersion: CACHE_FORMAT_VERSION,
    recogniser: RECOGNISER_VERSION,
    lang: content.lang,
    writtenAt: content.writtenAt,
    bodyLength: body.length,
    checksum: contentHash(body),
  };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), body]);
}

/** Reads a cache file; any doubt about it is a reason to ignore it. */
export function decodeCache(bytes: Uint8Array, expectedLang: Lang | 'auto'): CacheReadResult {
  try {
    return { ok: true, content: decodeOrThrow(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), expectedLang) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

class CacheInvalid extends Error {}

function decodeOrThrow(bytes: Buffer, expectedLang: Lang | 'auto'): CacheContent {
  const newline = bytes.indexOf(0x0a);
  if (newline === -1) throw new CacheInvalid('no header line');
  const header = parseJson(bytes.subarray(0, newline), 'header');
  if (!isRecord(header) || header.format !== CACHE_FORMAT) throw new CacheInvalid('not an index cache file');
  if (header.formatVersion !== CACHE_FORMAT_VERSION) throw new CacheInvalid(`cache format ${String(header.formatVersion)}, expected ${CACHE_FORMAT_VERSION}`);
  if (header.recogniser !== RECOGNISER_VERSION) throw new CacheInvalid(`made by recogniser version ${String(header.recogniser)}, this is ${RECOGNISER_VERSION}`);
  if (header.lang !== expectedLang) throw new CacheInvalid(`made with language "${String(header.lang)}", asked for "${expectedLang}"`);
  const body = bytes.subarray(newline + 1);
  if (header.bodyLength !== body.length) throw new CacheInvalid('truncated or extended (length does not match)');
  if (header.checksum !== contentHash(body)) throw new CacheInvalid('checksum does not match (corrupt)');
  const writtenAt = header.writtenAt;
  if (typeof writtenAt !== 'number' || !Number.isFinite(writtenAt)) throw new CacheInvalid('no valid writing time');
  const parsed = parseJson(body, 'body');
  if (!isRecord(parsed) || !Array.isArray(parsed.strings) || !Array.isArray(parsed.articles) || !Array.isArray(parsed.members)) {
    throw new CacheInvalid('body is not {strings, articles, members}');
  }
  const strings = parsed.strings as unknown[];
  if (!strings.every((s) => typeof s === 'string')) throw new CacheInvalid('string table holds a non-string');
  const articles = (parsed.articles as unknown[]).map((row, i) => decodeArticle(row, strings as string[], i));
  const members = (parsed.members as unknown[]).map((row, i) => decodeMember(row, strings as string[], articles, i));
  return { lang: expectedLang, writtenAt, articles, members };
}

function decodeArticle(row: unknown, strings: string[], index: number): CachedArticle {
  const where = `article ${index}`;
  if (!Array.isArray(row) || row.length !== 8) throw new CacheInvalid(`${where}: not an 8-field row`);
  const [path, hash, size, mtimeMs, markdown, lang, entities, quotes] = row as unknown[];
  if (typeof path !== 'string' || path === '') throw new CacheInvalid(`${where}: bad path`);
  if (typeof hash !== 'string' || !/^[0-9a-f]{40}$/.test(hash)) throw new CacheInvalid(`${where}: bad hash`);
  if (!isCount(size) || typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs)) throw new CacheInvalid(`${where}: bad size or time`);
  if (markdown !== 0 && markdown !== 1) throw new CacheInvalid(`${where}: bad format flag`);
  if (!isCount(lang) || lang >= LANGS.length) throw new CacheInvalid(`${where}: bad language`);
  const check = new FieldCheck(strings.length, size, where);
  check.entities(entities);
  check.quotes(quotes);
  return { path, hash, size, mtimeMs, markdown: markdown === 1, analysis: lazyAnalysis(LANGS[lang], entities as number[], quotes as number[], strings) };
}

/**
 * Every value of a row checked without building anything: a warm start reads half a million
 * mentions and most are never looked at, so they are turned into objects only when asked for.
 */
class FieldCheck {
  constructor(
    private readonly stringCount: number,
    /** In UTF-8 a UTF-16 code unit takes at least one byte, in UTF-16 two: offsets never exceed the size. */
    private readonly size: number,
    readonly where: string,
  ) {}

  entities(flat: unknown): void {
    if (!Array.isArray(flat) || flat.length % ENTITY_STRIDE !== 0) throw new CacheInvalid(`${this.where}: bad entity list`);
    for (let i = 0; i < flat.length; i += ENTITY_STRIDE) {
      this.span(flat[i], flat[i + 1]);
      if (!isCount(flat[i + 2]) || flat[i + 2] >= ENTITY_TYPES.length) throw new CacheInvalid(`${this.where}: bad entity type`);
      this.string(flat[i + 3]);
      this.string(flat[i + 4]);
    }
  }

  quotes(flat: unknown): void {
    if (!Array.isArray(flat) || flat.length % QUOTE_STRIDE !== 0) throw new CacheInvalid(`${this.where}: bad quote list`);
    for (let i = 0; i < flat.length; i += QUOTE_STRIDE) {
      this.span(flat[i], flat[i + 1]);
      if (!isCount(flat[i + 2]) || flat[i + 2] >= QUOTE_KINDS.length) throw new CacheInvalid(`${this.where}: bad quote kind`);
      this.string(flat[i + 3]);
      const hasSpeaker = flat[i + 4] !== -1;
      if (hasSpeaker !== (flat[i + 5] !== -1)) throw new CacheInvalid(`${this.where}: half a speaker`);
      if (hasSpeaker) {
        this.string(flat[i + 4]);
        this.string(flat[i + 5]);
      }
      const via = flat[i + 6];
      if (via !== -1 && (!hasSpeaker || !isCount(via) || via >= VIAS.length)) throw new CacheInvalid(`${this.where}: bad attribution rule`);
    }
  }

  string(value: unknown): void {
    if (!isCount(value) || value >= this.stringCount) throw new CacheInvalid(`${this.where}: string reference out of range`);
  }

  private span(start: unknown, end: unknown): void {
    if (!isCount(start) || !isCount(end) || start > end || end > this.size) throw new CacheInvalid(`${this.where}: span out of range`);
  }
}

/** An analysis whose mentions and quotes are built from the checked row on first access. */
function lazyAnalysis(lang: Lang, entities: number[], quotes: number[], strings: string[]): ArticleAnalysis {
  let built: { entities: EntityMention[]; quotes: Quotation[] } | undefined;
  const build = () => (built ??= { entities: buildEntities(entities, strings), quotes: buildQuotes(quotes, strings) });
  const analysis = { lang } as ArticleAnalysis;
  return Object.defineProperties(analysis, {
    entities: { get: () => build().entities, enumerable: true },
    quotes: { get: () => build().quotes, enumerable: true },
  });
}

function buildEntities(flat: number[], strings: string[]): EntityMention[] {
  const entities: EntityMention[] = new Array(flat.length / ENTITY_STRIDE);
  for (let i = 0, n = 0; i < flat.length; i += ENTITY_STRIDE, n++) {
    entities[n] = { start: flat[i], end: flat[i + 1], type: ENTITY_TYPES[flat[i + 2]], text: strings[flat[i + 4]], id: strings[flat[i + 3]] };
  }
  return entities;
}

function buildQuotes(flat: number[], strings: string[]): Quotation[] {
  const quotes: Quotation[] = [];
  for (let i = 0; i < flat.length; i += QUOTE_STRIDE) {
    let speaker: Speaker | null = null;
    if (flat[i + 4] !== -1) {
      speaker = { id: strings[flat[i + 4]], text: strings[flat[i + 5]] };
      if (flat[i + 6] !== -1) speaker.via = VIAS[flat[i + 6]];
    }
    quotes.push({ start: flat[i], end: flat[i + 1], text: strings[flat[i + 3]], kind: QUOTE_KINDS[flat[i + 2]], speaker });
  }
  return quotes;
}

function decodeMember(row: unknown, strings: string[], articles: CachedArticle[], index: number): MemberRecord {
  const where = `member ${index}`;
  if (!Array.isArray(row) || row.length !== 4) throw new CacheInvalid(`${where}: not a 4-field row`);
  const [typeCode, idRef, surfaceList, articleList] = row as unknown[];
  const type = ENTITY_TYPES[typeCode as number] as EntityType | undefined;
  if (!type) throw new CacheInvalid(`${where}: bad type`);
  const check = new FieldCheck(strings.length, 0, where);
  check.string(idRef);
  const record: MemberRecord = { type, id: strings[idRef as number], surfaces: [], surfaceCounts: [], articles: [], articleCounts: [] };
  const total = (list: unknown, what: string, add: (ref: number, count: number) => void): number => {
    if (!Array.isArray(list) || list.length === 0 || list.length % 2 !== 0) throw new CacheInvalid(`${where}: bad ${what} list`);
    let sum = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (!isCount(list[i]) || !isCount(list[i + 1]) || list[i + 1] === 0) throw new CacheInvalid(`${where}: bad ${what} count`);
      add(list[i], list[i + 1]);
      sum += list[i + 1];
    }
    return sum;
  };
  const mentions = total(surfaceList, 'form', (ref, count) => {
    check.string(ref);
    record.surfaces.push(strings[ref]);
    record.surfaceCounts.push(count);
  });
  const counted = total(articleList, 'article', (row, count) => {
    const article = articles[row];
    if (!article) throw new CacheInvalid(`${where}: article row out of range`);
    record.articles.push(article.path);
    record.articleCounts.push(count);
  });
  // The two tallies count the same mentions: they must agree.
  if (mentions !== counted) throw new CacheInvalid(`${where}: counts disagree`);
  return record;
}

class StringTable {
  readonly values: string[] = [];
  private readonly indexes = new Map<string, number>();

  ref(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indexes.set(value, index);
    }
    return index;
  }
}

function parseJson(bytes: Buffer, part: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CacheInvalid(`${part} is not valid JSON`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
