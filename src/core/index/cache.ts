// The index's persistent cache: one file holding every article's analysis, keyed by the hash of
// the file's bytes and the recogniser version, so that a second start analyses nothing that has
// not changed. The cache is never trusted: a file that is not exactly what this code writes
// (another format or recogniser version, a checksum that does not match, a value out of range)
// is ignored whole and rebuilt.
//
// Layout: a header line of JSON, then the body.
//   {"format":"press-annotator-index","formatVersion":1,"recogniser":N,"lang":"auto",
//    "writtenAt":ms,"bodyLength":n,"checksum":"sha1 of the body"}
//   {"strings":[...],"articles":[[path,hash,size,mtimeMs,markdown,lang,entities,quotes],...]}
// Strings (ids, written forms, quotes) are stored once in `strings` and referred to by index;
// each article's entities are a flat list of numbers (start, end, type, id, text) and its quotes
// likewise (start, end, kind, text, speaker id or -1, speaker words or -1, attribution rule or
// -1). That keeps a
// 10,000-article cache small and quick to parse.

import { createHash } from 'node:crypto';
import { RECOGNISER_VERSION } from '../recognise/analyze';
import { ENTITY_TYPES, type ArticleAnalysis, type EntityMention, type EntityType, type Lang, type Quotation, type QuoteKind, type Speaker } from '../recognise/types';

export const CACHE_FORMAT = 'press-annotator-index';
export const CACHE_FORMAT_VERSION = 2;

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
}

export type CacheReadResult = { ok: true; content: CacheContent } | { ok: false; reason: string };

const LANGS: readonly Lang[] = ['fr', 'en'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial'];
type Via = NonNullable<Speaker['via']>;
// A Record, so that a new attribution rule in Speaker fails to compile here until it is stored.
const VIA_CODES: Record<Via, number> = { incise: 0, 'inner-incise': 1, source: 2, subject: 3, continuation: 4 };
const VIAS = Object.keys(VIA_CODES) as Via[];
const QUOTE_STRIDE = 7;

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
  const body = Buffer.from(JSON.stringify({ strings: strings.values, articles }), 'utf8');
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
  if (!isRecord(parsed) || !Array.isArray(parsed.strings) || !Array.isArray(parsed.articles)) throw new CacheInvalid('body is not {strings, articles}');
  const strings = parsed.strings as unknown[];
  if (!strings.every((s) => typeof s === 'string')) throw new CacheInvalid('string table holds a non-string');
  const articles = (parsed.articles as unknown[]).map((row, i) => decodeArticle(row, strings as string[], i));
  return { lang: expectedLang, writtenAt, articles };
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
  // In UTF-8 a UTF-16 code unit takes at least one byte, and in UTF-16 two: offsets never exceed the size.
  const ref = (value: unknown, optional = false): string | undefined => {
    if (optional && value === -1) return undefined;
    if (!isCount(value) || value >= strings.length) throw new CacheInvalid(`${where}: string reference out of range`);
    return strings[value];
  };
  const span = (start: unknown, end: unknown): [number, number] => {
    if (!isCount(start) || !isCount(end) || start > end || end > size) throw new CacheInvalid(`${where}: span out of range`);
    return [start, end];
  };
  return { path, hash, size, mtimeMs, markdown: markdown === 1, analysis: { lang: LANGS[lang], entities: decodeEntities(entities, ref, span, where), quotes: decodeQuotes(quotes, ref, span, where) } };
}

type Ref = (value: unknown, optional?: boolean) => string | undefined;
type SpanCheck = (start: unknown, end: unknown) => [number, number];

function decodeEntities(flat: unknown, ref: Ref, span: SpanCheck, where: string): EntityMention[] {
  if (!Array.isArray(flat) || flat.length % 5 !== 0) throw new CacheInvalid(`${where}: bad entity list`);
  const entities: EntityMention[] = [];
  for (let i = 0; i < flat.length; i += 5) {
    const [start, end] = span(flat[i], flat[i + 1]);
    const type = ENTITY_TYPES[flat[i + 2] as number] as EntityType | undefined;
    if (!type) throw new CacheInvalid(`${where}: bad entity type`);
    const id = ref(flat[i + 3]) as string;
    const text = ref(flat[i + 4]) as string;
    entities.push({ start, end, type, text, id });
  }
  return entities;
}

function decodeQuotes(flat: unknown, ref: Ref, span: SpanCheck, where: string): Quotation[] {
  if (!Array.isArray(flat) || flat.length % QUOTE_STRIDE !== 0) throw new CacheInvalid(`${where}: bad quote list`);
  const quotes: Quotation[] = [];
  for (let i = 0; i < flat.length; i += QUOTE_STRIDE) {
    const [start, end] = span(flat[i], flat[i + 1]);
    const kind = QUOTE_KINDS[flat[i + 2] as number] as QuoteKind | undefined;
    if (!kind) throw new CacheInvalid(`${where}: bad quote kind`);
    const text = ref(flat[i + 3]) as string;
    const speakerId = ref(flat[i + 4], true);
    const speakerText = ref(flat[i + 5], true);
    if ((speakerId === undefined) !== (speakerText === undefined)) throw new CacheInvalid(`${where}: half a speaker`);
    const viaCode = flat[i + 6];
    const via = viaCode === -1 ? undefined : VIAS[viaCode as number];
    if (viaCode !== -1 && (via === undefined || speakerId === undefined)) throw new CacheInvalid(`${where}: bad attribution rule`);
    const speaker: Speaker | null = speakerId === undefined ? null : { id: speakerId, text: speakerText as string };
    if (speaker && via) speaker.via = via;
    quotes.push({ start, end, text, kind, speaker });
  }
  return quotes;
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
