// The index's persistent cache: one file holding every article's analysis, keyed by the hash of
// the file's bytes and the recogniser version, so that a second start analyses nothing that has
// not changed. The cache is never trusted: a file that is not exactly what this code writes
// (another format or recogniser version, a checksum that does not match, a value out of range)
// is ignored whole and rebuilt.
//
// Layout: a header line of JSON, a JSON body, then the analyses' numbers as 32-bit integers.
//   {"format":"press-annotator-index","formatVersion":5,"recogniser":N,"lang":"auto",
//    "writtenAt":ms,"byteOrder":"LE","jsonLength":n,"numbersLength":n,"checksum":"sha1 of the rest"}
//   {"strings":[...],"articles":[[path,hash,size,mtimeMs,markdown,lang,entityCount,quoteCount],...],
//    "members":memberCount,"grouping":{"families":[...],"roots":[...]} or null}
//   <int32 x numbersLength/4>
// Strings (ids, written forms, quotes) are stored once in `strings` and referred to by position;
// each article's mentions and quotes are its run of numbers (see packed-analysis.ts), in article
// order; after them, each member's run:
//   type, id, formCount, articleCount, form, count, ..., article row, count, ...
// `members` is the clustering's member table for exactly these analyses and `grouping`
// its automatic grouping (member-table.ts, clustering.ts): a warm start loads them instead of
// counting half a million mentions and regrouping every family again. Numbers in binary parse
// in no time, where the same numbers as JSON took most of a warm start (the members' as JSON,
// format 4, took ~50 ms to parse and as much to check).

import { createHash } from 'node:crypto';
import { RECOGNISER_VERSION } from '../recognise/analyze';
import type { PositionalGrouping } from './clustering';
import { ENTITY_TYPES, type EntityType, type Lang } from '../recognise/types';
import type { MemberRecord } from './member-table';
import { ENTITY_STRIDE, LANGS, PackedAnalysis, QUOTE_KINDS, QUOTE_STRIDE, StringTable, VIAS } from './packed-analysis';

export const CACHE_FORMAT = 'press-annotator-index';
export const CACHE_FORMAT_VERSION = 5;

export interface CachedArticle {
  path: string;
  /** Hash of the file's bytes (contentHash). */
  hash: string;
  size: number;
  mtimeMs: number;
  /** Analysed as Markdown (the same bytes analyse differently as .md and as .txt). */
  markdown: boolean;
  /** The recognisers' output, strings referring to the content's `strings`. */
  packed: PackedAnalysis;
}

export interface CacheContent {
  /** The language option the analyses were made with. */
  lang: Lang | 'auto';
  writtenAt: number;
  /** The string table the packed analyses refer to (encodeCache leaves it as it is). */
  strings: StringTable;
  articles: CachedArticle[];
  /** The member table of these analyses' entities (uncorrected), articles by path. */
  members: MemberRecord[];
  /** The table's automatic grouping, member by member (absent when corrections shaped it). */
  grouping?: CachedGrouping;
}

/** The grouping as the clustering takes it back (clustering.ts), member by member in `members`' order. */
export type CachedGrouping = PositionalGrouping;

export type CacheReadResult = { ok: true; content: CacheContent } | { ok: false; reason: string };

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

export function encodeCache(content: CacheContent): Uint8Array {
  const strings = new ExtendedStrings(content.strings);
  // The members' numbers first: the strings the table lacks are added as they are met, and the
  // string list, written first, must be complete before any member is.
  const members = memberNumbers(content, strings);
  for (const family of content.grouping?.families ?? []) if (family !== null) strings.ref(family);
  // The JSON is generated once, in small pieces kept as UTF-8 bytes (off the heap, some 4 MB for
  // 10,000 articles), measured and checksummed, then copied into the file. Built whole, its text
  // sat on the heap beside the file's buffer at the peak of a cold scan; generated twice (to
  // measure, then to write) it cost ~40 ms more per write.
  const pieces: Buffer[] = [];
  let jsonLength = 0;
  const checksum = createHash('sha1');
  for (const piece of jsonPieces(content, strings)) {
    const bytes = Buffer.from(piece, 'utf8');
    pieces.push(bytes);
    jsonLength += bytes.length;
    checksum.update(bytes);
  }
  const numberArrays = content.articles.flatMap((a) => [a.packed.entities, a.packed.quotes]);
  numberArrays.push(members);
  const numbersLength = numberArrays.reduce((n, numbers) => n + numbers.byteLength, 0);
  for (const numbers of numberArrays) checksum.update(bytesOf(numbers));
  const header = {
    format: CACHE_FORMAT,
    formatVersion: CACHE_FORMAT_VERSION,
    recogniser: RECOGNISER_VERSION,
    lang: content.lang,
    writtenAt: content.writtenAt,
    byteOrder: BYTE_ORDER,
    jsonLength,
    numbersLength,
    checksum: checksum.digest('hex'),
  };
  const headerLine = JSON.stringify(header) + '\n';
  const headerLength = Buffer.byteLength(headerLine, 'utf8');
  // The file is laid out straight into one buffer: nothing is copied into a buffer of its own first.
  const file = Buffer.allocUnsafe(headerLength + jsonLength + numbersLength);
  let at = file.write(headerLine, 0, 'utf8');
  for (const piece of pieces) {
    file.set(piece, at);
    at += piece.length;
  }
  for (const numbers of numberArrays) {
    file.set(bytesOf(numbers), at);
    at += numbers.byteLength;
  }
  return file;
}

/** The text JSON.stringify({ strings, articles, members: count, grouping }) writes, in pieces. */
function* jsonPieces(content: CacheContent, strings: ExtendedStrings): Generator<string> {
  yield '{"strings":';
  yield* jsonArray(strings.all());
  yield ',"articles":';
  yield* jsonArray(mapped(content.articles, articleRow));
  yield `,"members":${content.members.length}`;
  const grouping = content.grouping ? { families: content.grouping.families.map((f) => (f === null ? -1 : strings.ref(f))), roots: content.grouping.roots } : null;
  yield `,"grouping":${JSON.stringify(grouping)}}`;
}

function articleRow(a: CachedArticle): unknown[] {
  return [a.path, a.hash, a.size, a.mtimeMs, a.markdown ? 1 : 0, LANGS.indexOf(a.packed.lang), a.packed.entities.length / ENTITY_STRIDE, a.packed.quotes.length / QUOTE_STRIDE];
}

/** Every member's run, one after the other: type, id, formCount, articleCount, form, count, ..., article row, count, ... */
function memberNumbers(content: CacheContent, strings: ExtendedStrings): Int32Array {
  const rows = new Map(content.articles.map((a, i) => [a.path, i]));
  let length = 0;
  for (const m of content.members) length += MEMBER_HEAD + 2 * (m.surfaces.size + m.articles.size);
  const numbers = new Int32Array(length);
  let at = 0;
  for (const m of content.members) {
    numbers[at++] = ENTITY_TYPES.indexOf(m.type);
    numbers[at++] = strings.ref(m.id);
    numbers[at++] = m.surfaces.size;
    numbers[at++] = m.articles.size;
    for (const [text, count] of m.surfaces) {
      numbers[at++] = strings.ref(text);
      numbers[at++] = count;
    }
    for (const [path, count] of m.articles) {
      const row = rows.get(path);
      if (row === undefined) throw new Error(`member ${m.id} counts ${path}, which is not among the cached articles`);
      numbers[at++] = row;
      numbers[at++] = count;
    }
  }
  return numbers;
}

/** type, id, formCount, articleCount. */
const MEMBER_HEAD = 4;

function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** Items written at once in one piece: tens of kilobytes, short-lived in the young generation (larger pieces went to the large-object space). */
const JSON_CHUNK = 256;

/** What JSON.stringify([...items]) writes, JSON_CHUNK items a piece. */
function* jsonArray(items: Iterable<unknown>): Generator<string> {
  yield '[';
  let chunk: unknown[] = [];
  let first = true;
  const piece = (): string => {
    const text = JSON.stringify(chunk);
    const separator = first ? '' : ',';
    first = false;
    chunk = [];
    return separator + text.slice(1, -1);
  };
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === JSON_CHUNK) yield piece();
  }
  if (chunk.length > 0) yield piece();
  yield ']';
}

/**
 * The content's string table, read only, followed by the strings it lacks (the grouping's family
 * keys): a copy of the table rebuilt its lookup of 300,000 strings on every write of the cache.
 */
class ExtendedStrings {
  private readonly added = new StringTable();

  constructor(private readonly table: StringTable) {}

  ref(value: string): number {
    return this.table.find(value) ?? this.table.values.length + this.added.ref(value);
  }

  *all(): Generator<string> {
    yield* this.table.values;
    yield* this.added.values;
  }
}

/** The bytes of a typed array, as this machine lays them out (no copy). */
function bytesOf(numbers: Int32Array): Uint8Array {
  return new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength);
}

/** The numbers are written as this machine lays them out; another machine's are refused. */
const BYTE_ORDER = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

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
  if (header.byteOrder !== BYTE_ORDER) throw new CacheInvalid(`written on a machine of another byte order (${String(header.byteOrder)})`);
  const rest = bytes.subarray(newline + 1);
  const { jsonLength, numbersLength } = header;
  if (!isCount(jsonLength) || !isCount(numbersLength) || numbersLength % 4 !== 0 || jsonLength + numbersLength !== rest.length) {
    throw new CacheInvalid('truncated or extended (length does not match)');
  }
  if (header.checksum !== contentHash(rest)) throw new CacheInvalid('checksum does not match (corrupt)');
  const writtenAt = header.writtenAt;
  if (typeof writtenAt !== 'number' || !Number.isFinite(writtenAt)) throw new CacheInvalid('no valid writing time');
  const parsed = parseJson(rest.subarray(0, jsonLength), 'body');
  if (!isRecord(parsed) || !Array.isArray(parsed.strings) || !Array.isArray(parsed.articles) || !isCount(parsed.members)) {
    throw new CacheInvalid('body is not {strings, articles, members}');
  }
  const strings = parsed.strings as unknown[];
  if (!strings.every((s) => typeof s === 'string')) throw new CacheInvalid('string table holds a non-string');
  // Copied once into an aligned array; each article's lists are views into it.
  const numbers = new Int32Array(numbersLength / 4);
  new Uint8Array(numbers.buffer).set(rest.subarray(jsonLength));
  const cursor = { at: 0 };
  const articles = (parsed.articles as unknown[]).map((row, i) => decodeArticle(row, strings as string[], numbers, cursor, i));
  const members: MemberRecord[] = [];
  for (let i = 0; i < parsed.members; i++) members.push(decodeMember(numbers, cursor, strings as string[], articles, i));
  if (cursor.at !== numbers.length) throw new CacheInvalid('numbers left over after the last member');
  const grouping = parsed.grouping === null || parsed.grouping === undefined ? undefined : decodeGrouping(parsed.grouping, strings as string[], members.length);
  return { lang: expectedLang, writtenAt, strings: new StringTable(strings as string[]), articles, members, ...(grouping ? { grouping } : {}) };
}

function decodeArticle(row: unknown, strings: string[], numbers: Int32Array, cursor: { at: number }, index: number): CachedArticle {
  const where = `article ${index}`;
  if (!Array.isArray(row) || row.length !== 8) throw new CacheInvalid(`${where}: not an 8-field row`);
  const [path, hash, size, mtimeMs, markdown, lang, entityCount, quoteCount] = row as unknown[];
  if (typeof path !== 'string' || path === '') throw new CacheInvalid(`${where}: bad path`);
  if (typeof hash !== 'string' || !/^[0-9a-f]{40}$/.test(hash)) throw new CacheInvalid(`${where}: bad hash`);
  if (!isCount(size) || typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs)) throw new CacheInvalid(`${where}: bad size or time`);
  if (markdown !== 0 && markdown !== 1) throw new CacheInvalid(`${where}: bad format flag`);
  if (!isCount(lang) || lang >= LANGS.length) throw new CacheInvalid(`${where}: bad language`);
  if (!isCount(entityCount) || !isCount(quoteCount)) throw new CacheInvalid(`${where}: bad counts`);
  const entitiesEnd = cursor.at + entityCount * ENTITY_STRIDE;
  const quotesEnd = entitiesEnd + quoteCount * QUOTE_STRIDE;
  if (quotesEnd > numbers.length) throw new CacheInvalid(`${where}: more numbers than the file holds`);
  const entities = numbers.subarray(cursor.at, entitiesEnd);
  const quotes = numbers.subarray(entitiesEnd, quotesEnd);
  cursor.at = quotesEnd;
  const check = new FieldCheck(strings.length, size, where);
  check.entities(entities);
  check.quotes(quotes);
  return { path, hash, size, mtimeMs, markdown: markdown === 1, packed: { lang: LANGS[lang], entities, quotes } };
}

/**
 * Every value of a row checked without building anything: a warm start reads half a million
 * mentions and most are never looked at (see packed-analysis.ts).
 */
class FieldCheck {
  constructor(
    private readonly stringCount: number,
    /** In UTF-8 a UTF-16 code unit takes at least one byte, in UTF-16 two: offsets never exceed the size. */
    private readonly size: number,
    readonly where: string,
  ) {}

  entities(flat: Int32Array): void {
    for (let i = 0; i < flat.length; i += ENTITY_STRIDE) {
      this.span(flat[i], flat[i + 1]);
      if (!isCount(flat[i + 2]) || flat[i + 2] >= ENTITY_TYPES.length) throw new CacheInvalid(`${this.where}: bad entity type`);
      this.string(flat[i + 3]);
      this.string(flat[i + 4]);
    }
  }

  quotes(flat: Int32Array): void {
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

/** One member's run of numbers, from `cursor` on; every value range-checked in place, as FieldCheck checks an article's (no checker object per member: 31,000 of them at a warm start). */
function decodeMember(numbers: Int32Array, cursor: { at: number }, strings: string[], articles: CachedArticle[], index: number): MemberRecord {
  const where = `member ${index}`;
  const at = cursor.at;
  if (at + MEMBER_HEAD > numbers.length) throw new CacheInvalid(`${where}: more numbers than the file holds`);
  const type = ENTITY_TYPES[numbers[at]] as EntityType | undefined;
  if (!type) throw new CacheInvalid(`${where}: bad type`);
  const idRef = numbers[at + 1];
  if (idRef < 0 || idRef >= strings.length) throw new CacheInvalid(`${where}: string reference out of range`);
  const formCount = numbers[at + 2];
  const articleCount = numbers[at + 3];
  if (formCount <= 0) throw new CacheInvalid(`${where}: bad form list`);
  if (articleCount <= 0) throw new CacheInvalid(`${where}: bad article list`);
  const formsEnd = at + MEMBER_HEAD + 2 * formCount;
  const end = formsEnd + 2 * articleCount;
  if (end > numbers.length) throw new CacheInvalid(`${where}: more numbers than the file holds`);
  const record: MemberRecord = { type, id: strings[idRef], surfaces: new Map(), articles: new Map() };
  let mentions = 0;
  for (let i = at + MEMBER_HEAD; i < formsEnd; i += 2) {
    const ref = numbers[i];
    const count = numbers[i + 1];
    if (ref < 0 || ref >= strings.length) throw new CacheInvalid(`${where}: string reference out of range`);
    if (count <= 0) throw new CacheInvalid(`${where}: bad form count`);
    const text = strings[ref];
    if (record.surfaces.has(text)) throw new CacheInvalid(`${where}: form counted twice`);
    record.surfaces.set(text, count);
    mentions += count;
  }
  let counted = 0;
  for (let i = formsEnd; i < end; i += 2) {
    const row = numbers[i];
    const count = numbers[i + 1];
    if (row < 0 || row >= articles.length) throw new CacheInvalid(`${where}: article row out of range`);
    if (count <= 0) throw new CacheInvalid(`${where}: bad article count`);
    const path = articles[row].path;
    if (record.articles.has(path)) throw new CacheInvalid(`${where}: article counted twice`);
    record.articles.set(path, count);
    counted += count;
  }
  // The two tallies count the same mentions: they must agree.
  if (mentions !== counted) throw new CacheInvalid(`${where}: counts disagree`);
  cursor.at = end;
  return record;
}

function decodeGrouping(value: unknown, strings: string[], memberCount: number): CachedGrouping {
  if (!isRecord(value) || !Array.isArray(value.families) || !Array.isArray(value.roots)) throw new CacheInvalid('grouping is not {families, roots}');
  const { families, roots } = value as { families: unknown[]; roots: unknown[] };
  if (families.length !== memberCount || roots.length !== memberCount) throw new CacheInvalid('grouping does not match the members');
  const check = new FieldCheck(strings.length, 0, 'grouping');
  for (const root of roots) {
    // A group's root stands for itself: anything else is not a grouping this code wrote.
    if (!isCount(root) || root >= memberCount || roots[root] !== root) throw new CacheInvalid('grouping: bad root');
  }
  return {
    families: families.map((f) => {
      if (f === -1) return null;
      check.string(f);
      return strings[f as number];
    }),
    roots: roots as number[],
  };
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
