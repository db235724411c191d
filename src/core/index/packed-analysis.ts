// Analyses as the index keeps them, in memory and in the cache: strings (ids, written forms,
// quotations) stored once in a table shared by all articles, and each article's mentions and
// quotes as flat lists of numbers. Ten thousand articles hold half a million mentions: as objects
// they would take several times the memory, so objects are built only for the articles someone
// looks at (and kept for them), and counting for the clustering reads the numbers directly.
//
//   entities: start, end, type, id, text                       (ENTITY_STRIDE numbers each)
//   quotes:   start, end, kind, text, speaker id or -1, speaker words or -1,
//             attribution rule or -1                          (QUOTE_STRIDE numbers each)

import { ENTITY_TYPES, type ArticleAnalysis, type EntityMention, type EntityType, type Lang, type Quotation, type QuoteKind, type Speaker } from '../recognise/types';

export interface PackedAnalysis {
  lang: Lang;
  entities: Int32Array;
  quotes: Int32Array;
}

export const LANGS: readonly Lang[] = ['fr', 'en'];
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial'];
export type Via = NonNullable<Speaker['via']>;
// A Record, so that a new attribution rule in Speaker fails to compile here until it is stored.
const VIA_CODES: Record<Via, number> = { incise: 0, 'inner-incise': 1, source: 2, subject: 3, continuation: 4, echo: 5 };
export const VIAS = Object.keys(VIA_CODES) as Via[];
export const ENTITY_STRIDE = 5;
export const QUOTE_STRIDE = 7;

/** Strings stored once, referred to by position. The lookup map is built on first use. */
export class StringTable {
  private indexes: Map<string, number> | undefined;

  constructor(readonly values: string[] = []) {}

  /** The position of `value`, undefined when the table does not hold it. */
  find(value: string): number | undefined {
    return this.lookup().get(value);
  }

  ref(value: string): number {
    const indexes = this.lookup();
    let index = indexes.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      indexes.set(value, index);
    }
    return index;
  }

  private lookup(): Map<string, number> {
    if (!this.indexes) {
      const indexes = new Map<string, number>();
      this.values.forEach((v, i) => indexes.set(v, i));
      this.indexes = indexes;
    }
    return this.indexes;
  }
}

export function packAnalysis(analysis: ArticleAnalysis, strings: StringTable): PackedAnalysis {
  const entities: number[] = [];
  for (const e of analysis.entities) entities.push(e.start, e.end, ENTITY_TYPES.indexOf(e.type), strings.ref(e.id), strings.ref(e.text));
  const quotes: number[] = [];
  for (const q of analysis.quotes) {
    quotes.push(
      q.start,
      q.end,
      QUOTE_KINDS.indexOf(q.kind),
      strings.ref(q.text),
      q.speaker ? strings.ref(q.speaker.id) : -1,
      q.speaker ? strings.ref(q.speaker.text) : -1,
      q.speaker?.via ? VIA_CODES[q.speaker.via] : -1,
    );
  }
  return { lang: analysis.lang, entities: Int32Array.from(entities), quotes: Int32Array.from(quotes) };
}

/**
 * A packed analysis with a string table of its own: what a worker thread sends back. Its numbers
 * travel as transferred buffers and each string once, where the analysis as objects was cloned
 * field by field on both sides (a tenth of a worker's time in a cold scan of 10,000 articles).
 */
export interface PortableAnalysis extends PackedAnalysis {
  strings: string[];
}

export function packPortable(analysis: ArticleAnalysis): PortableAnalysis {
  const strings = new StringTable();
  return { ...packAnalysis(analysis, strings), strings: strings.values };
}

/**
 * The portable analysis's numbers, their string positions rewritten in place into positions of
 * `strings`. Its strings are referred to in their order, which is the order packAnalysis would
 * have added them in: the table grows exactly as if the analysis had been packed here.
 */
export function adoptPortable(portable: PortableAnalysis, strings: StringTable): PackedAnalysis {
  const positions = Int32Array.from(portable.strings, (value) => strings.ref(value));
  const { entities, quotes } = portable;
  for (let i = 0; i < entities.length; i += ENTITY_STRIDE) {
    entities[i + 3] = positions[entities[i + 3]];
    entities[i + 4] = positions[entities[i + 4]];
  }
  for (let i = 0; i < quotes.length; i += QUOTE_STRIDE) {
    quotes[i + 3] = positions[quotes[i + 3]];
    if (quotes[i + 4] === -1) continue; // no speaker: its id and words are -1 both
    quotes[i + 4] = positions[quotes[i + 4]];
    quotes[i + 5] = positions[quotes[i + 5]];
  }
  return { lang: portable.lang, entities, quotes };
}

/** What an unpacked analysis is built from, and its lists once built. */
interface Unpacking {
  packed: PackedAnalysis;
  strings: readonly string[];
  entities?: EntityMention[];
  quotes?: Quotation[];
}

/** Where an unpacked analysis keeps its Unpacking: a property that spreads and comparisons skip. */
const UNPACKING = Symbol('unpacking');

type UnpackedAnalysis = ArticleAnalysis & { [UNPACKING]: Unpacking };

/**
 * The same two getters for every analysis, not closures of each: objects with accessors of
 * their own each became a dictionary (10,000 analyses held 7 MB of closures, contexts and
 * property dictionaries); with shared ones they share one shape.
 */
const LAZY_LISTS: PropertyDescriptorMap = {
  entities: {
    get(this: UnpackedAnalysis): EntityMention[] {
      const from = this[UNPACKING];
      return (from.entities ??= buildEntities(from.packed.entities, from.strings));
    },
    enumerable: true,
  },
  quotes: {
    get(this: UnpackedAnalysis): Quotation[] {
      const from = this[UNPACKING];
      return (from.quotes ??= buildQuotes(from.packed.quotes, from.strings));
    },
    enumerable: true,
  },
};

/** An ArticleAnalysis whose mentions and quotes are built from the numbers on first access. */
export function unpackAnalysis(packed: PackedAnalysis, strings: readonly string[]): ArticleAnalysis {
  const analysis = { lang: packed.lang };
  Object.defineProperty(analysis, UNPACKING, { value: { packed, strings } satisfies Unpacking });
  return Object.defineProperties(analysis, LAZY_LISTS) as ArticleAnalysis;
}

/**
 * Start and end of mentions, one after the other, appended to one growing Int32Array: a
 * cross-reference over thousands of articles keeps all their spans in one list instead of an
 * array per article.
 */
export class SpanList {
  data = new Int32Array(256);
  /** Numbers used: two per span. */
  length = 0;

  push(start: number, end: number): void {
    if (this.length + 2 > this.data.length) {
      const data = new Int32Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    this.data[this.length++] = start;
    this.data[this.length++] = end;
  }

  /** Whether a span from..to (positions in this list) lies inside start..end. */
  someInside(from: number, to: number, start: number, end: number): boolean {
    for (let i = from; i < to; i += 2) if (this.data[i] >= start && this.data[i + 1] <= end) return true;
    return false;
  }

  /** Whether a span from..to (positions in this list) overlaps start..end. */
  someOverlapping(from: number, to: number, start: number, end: number): boolean {
    for (let i = from; i < to; i += 2) if (this.data[i] < end && this.data[i + 1] > start) return true;
    return false;
  }
}

/** A quotation of an article and whether the entity looked for speaks it (else it is named in it). */
export interface MemberQuote {
  quote: Quotation;
  speaks: boolean;
}

/**
 * Finds, in packed analyses, the mentions whose (type, id) is among `wanted` and the quotations
 * those ids speak or are named in, from the numbers alone: a cross-reference over thousands of
 * articles builds no mention object and unpacks only the quotations it returns. A table holds
 * each string once, so a string's position stands for the string.
 */
export class PackedMemberFinder {
  /** By string position: one bit per entity type whose (type, that id) is wanted. */
  private readonly wanted: Uint8Array;

  constructor(private readonly strings: StringTable, wanted: readonly { type: EntityType; id: string }[]) {
    this.wanted = new Uint8Array(strings.values.length);
    for (const { type, id } of wanted) {
      const ref = strings.find(id);
      if (ref !== undefined) this.wanted[ref] |= 1 << ENTITY_TYPES.indexOf(type);
    }
  }

  /** Appends the start and end of each mention found to `out`, in the article's order. */
  spans(entities: Int32Array, out: SpanList): void {
    const wanted = this.wanted;
    for (let i = 0; i < entities.length; i += ENTITY_STRIDE) {
      // A position past the table's length at construction (a string added since) is not wanted.
      if ((wanted[entities[i + 3]] >> entities[i + 2]) & 1) out.push(entities[i], entities[i + 1]);
    }
  }

  /**
   * Appends to `out` the quotations whose speaker id is a wanted id (whatever its type) or that
   * hold one of the spans from..to of `spans` (this article's mentions found), in order.
   */
  quotes(quotes: Int32Array, spans: SpanList, from: number, to: number, out: MemberQuote[]): void {
    for (let i = 0; i < quotes.length; i += QUOTE_STRIDE) {
      const speaker = quotes[i + 4];
      const speaks = speaker !== -1 && this.wanted[speaker] > 0;
      if (speaks || spans.someInside(from, to, quotes[i], quotes[i + 1])) out.push({ quote: quoteAt(quotes, i, this.strings.values), speaks });
    }
  }
}

/** Mentions as objects, or packed: the clustering counts either without building objects. */
export type MentionList = readonly EntityMention[] | PackedMentions;

export interface PackedMentions {
  packed: ArrayLike<number>;
  strings: readonly string[];
}

export function forEachMention(list: MentionList, visit: (type: EntityType, id: string, text: string) => void): void {
  if (Array.isArray(list)) {
    for (const e of list as readonly EntityMention[]) visit(e.type, e.id, e.text);
    return;
  }
  const { packed, strings } = list as PackedMentions;
  for (let i = 0; i < packed.length; i += ENTITY_STRIDE) visit(ENTITY_TYPES[packed[i + 2]], strings[packed[i + 3]], strings[packed[i + 4]]);
}

function buildEntities(flat: ArrayLike<number>, strings: readonly string[]): EntityMention[] {
  const entities: EntityMention[] = new Array(flat.length / ENTITY_STRIDE);
  for (let i = 0, n = 0; i < flat.length; i += ENTITY_STRIDE, n++) {
    entities[n] = { start: flat[i], end: flat[i + 1], type: ENTITY_TYPES[flat[i + 2]], text: strings[flat[i + 4]], id: strings[flat[i + 3]] };
  }
  return entities;
}

function buildQuotes(flat: ArrayLike<number>, strings: readonly string[]): Quotation[] {
  const quotes: Quotation[] = [];
  for (let i = 0; i < flat.length; i += QUOTE_STRIDE) quotes.push(quoteAt(flat, i, strings));
  return quotes;
}

/** The quotation whose numbers start at `i`. */
function quoteAt(flat: ArrayLike<number>, i: number, strings: readonly string[]): Quotation {
  let speaker: Speaker | null = null;
  if (flat[i + 4] !== -1) {
    speaker = { id: strings[flat[i + 4]], text: strings[flat[i + 5]] };
    if (flat[i + 6] !== -1) speaker.via = VIAS[flat[i + 6]];
  }
  return { start: flat[i], end: flat[i + 1], text: strings[flat[i + 3]], kind: QUOTE_KINDS[flat[i + 2]], speaker };
}
