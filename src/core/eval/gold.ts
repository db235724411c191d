// Hand-made gold annotations of one article, in the format of test/fixtures/gold/**/*.gold.json
// (the format of the seeds' gold). Offsets are UTF-16 code units, end-exclusive, into the
// article as read with fs.readFileSync(path, 'utf8').

import { ENTITY_TYPES, type EntityType, type QuoteKind, type Span } from '../recognise/types';

export interface GoldEntity extends Span {
  text: string;
  type: EntityType;
  /** Canonical id shared by every mention of the same real-world entity. */
  id: string;
}

export interface GoldQuote extends Span {
  /** The quoted text, quote marks included. */
  text: string;
  /** Canonical id of the speaker, null when the article names none. */
  speaker: string | null;
  kind: QuoteKind;
}

export interface GoldDoc {
  file: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
}

/** Thrown when a gold file does not describe its article: scoring against it would mislead. */
export class GoldFormatError extends Error {}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkedSpan(raw: Json, text: string, where: string): Span & { text: string } {
  const { start, end } = raw;
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new GoldFormatError(`${where}: start/end are not integers`);
  const span = { start: start as number, end: end as number };
  if (span.start < 0 || span.end > text.length || span.start >= span.end) throw new GoldFormatError(`${where}: span ${span.start}-${span.end} is outside the article`);
  if (text.slice(span.start, span.end) !== raw.text) {
    throw new GoldFormatError(`${where}: ${JSON.stringify(raw.text)} does not match the article's ${JSON.stringify(text.slice(span.start, span.end))}`);
  }
  return { ...span, text: raw.text as string };
}

function parseEntity(raw: unknown, text: string, where: string): GoldEntity {
  if (!isObject(raw)) throw new GoldFormatError(`${where}: not an object`);
  if (!ENTITY_TYPES.includes(raw.type as EntityType)) throw new GoldFormatError(`${where}: unknown type ${String(raw.type)}`);
  if (typeof raw.id !== 'string' || raw.id === '') throw new GoldFormatError(`${where}: missing id`);
  return { ...checkedSpan(raw, text, where), type: raw.type as EntityType, id: raw.id };
}

function parseQuote(raw: unknown, text: string, where: string): GoldQuote {
  if (!isObject(raw)) throw new GoldFormatError(`${where}: not an object`);
  if (raw.kind !== 'direct' && raw.kind !== 'partial') throw new GoldFormatError(`${where}: unknown kind ${String(raw.kind)}`);
  if (raw.speaker !== null && typeof raw.speaker !== 'string') throw new GoldFormatError(`${where}: speaker is neither an id nor null`);
  return { ...checkedSpan(raw, text, where), kind: raw.kind, speaker: raw.speaker };
}

/** Validates parsed gold JSON against its article: every span must slice back to its text. */
export function parseGoldDoc(json: unknown, text: string, where: string): GoldDoc {
  if (!isObject(json) || typeof json.file !== 'string' || !Array.isArray(json.entities) || !Array.isArray(json.quotes)) {
    throw new GoldFormatError(`${where}: expected {file, entities: [], quotes: []}`);
  }
  return {
    file: json.file,
    entities: json.entities.map((e, i) => parseEntity(e, text, `${where} entities[${i}]`)),
    quotes: json.quotes.map((q, i) => parseQuote(q, text, `${where} quotes[${i}]`)),
  };
}
