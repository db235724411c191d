// The quick road for reading a sidecar: js-yaml (about ten times faster than the yaml library's
// Document parser on a 1,000-claim file) and a strict check of the plain values. It only
// answers for files with nothing to report: at the first doubt (a YAML error, an alias, a
// claim that is not exactly right, a warning to give) it gives up, and the careful reader
// (sidecar-parse.ts, with a line and column for every problem) reads the file instead. Both
// roads read the same YAML 1.2 core schema (no dates, no merge keys) into the same model.

import { CORE_SCHEMA, load } from 'js-yaml';
import { ENTITY_TYPES } from '../recognise/types';
import { isValidId } from './ids';
import { missingCorrectionFields, SIDECAR_VERSION } from './sidecar-format';
import type { ParsedSidecar } from './sidecar-parse';
import type { Claim, ClaimAnchor, ClaimSource, CorrectionKind, EntityCorrection } from './types';
import { CORRECTION_KINDS, isClaimStatus } from './types';

type Plain = Record<string, unknown>;

/** Gives up on anything unexpected; the careful reader will say what. */
class Doubt extends Error {}

export function quickParse(source: string, articleName: string): ParsedSidecar | undefined {
  let value: unknown;
  try {
    value = load(source, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  try {
    if (value === null || value === undefined) {
      return { content: { version: 1, article: articleName, claims: [], entities: [], removedIds: [] }, issues: [], takenIds: new Set() };
    }
    noSharedNodes(value);
    const top = mapping(value);
    if (top.version !== SIDECAR_VERSION || top.article !== articleName) throw new Doubt();
    const takenIds = new Set<string>();
    const claims = list(top.claims).map(claimOf);
    const entities = list(top.entities).map(correctionOf);
    const removedIds = list(top['removed-ids']).map((id) => text(id));
    for (const item of [...claims, ...entities]) {
      if (takenIds.has(item.id)) throw new Doubt();
      takenIds.add(item.id);
    }
    for (const id of removedIds) takenIds.add(id);
    return { content: { version: 1, article: articleName, claims, entities, removedIds }, issues: [], takenIds };
  } catch (error) {
    if (error instanceof Doubt) return undefined;
    throw error;
  }
}

/** An object met twice is an alias: the careful reader checks its expansion against the limit. */
function noSharedNodes(value: unknown, seen = new Set<object>()): void {
  if (value === null || typeof value !== 'object') return;
  if (seen.has(value)) throw new Doubt();
  seen.add(value);
  for (const child of Array.isArray(value) ? value : Object.values(value)) noSharedNodes(child, seen);
}

function mapping(value: unknown): Plain {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Doubt();
  return value as Plain;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Doubt();
  return value;
}

/** A single value as the careful reader reads it (numbers and booleans as their words). */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Doubt();
}

function optionalText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : text(value);
}

function nonEmpty(value: unknown): string {
  const result = text(value);
  if (result.trim() === '') throw new Doubt();
  return result;
}

function claimOf(value: unknown): Claim {
  const map = mapping(value);
  const id = nonEmpty(map.id);
  if (!isValidId(id) || map.status === undefined) throw new Doubt();
  const status = text(map.status);
  if (!isClaimStatus(status)) throw new Doubt();
  const claimText = nonEmpty(map.text);
  const speaker = optionalText(map.speaker);
  const note = optionalText(map.note);
  const created = optionalText(map.created) ?? '';
  const updated = optionalText(map.updated) ?? created;
  const author = optionalText(map.author);
  return {
    id,
    status,
    text: claimText,
    ...(speaker ? { speaker } : {}),
    sources: sourcesOf(map.sources),
    ...(note ? { note } : {}),
    tags: tagsOf(map.tags),
    created,
    updated,
    ...(author ? { author } : {}),
    anchor: anchorOf(map.anchor, claimText),
  };
}

function tagsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [text(value)];
  return value.map(text);
}

function sourcesOf(value: unknown): ClaimSource[] {
  return list(value).map((item) => {
    if (typeof item === 'string' && item.trim() !== '') return { url: item };
    const map = mapping(item);
    const url = nonEmpty(map.url);
    const title = optionalText(map.title);
    const accessed = optionalText(map.accessed);
    return { url, ...(title ? { title } : {}), ...(accessed ? { accessed } : {}) };
  });
}

function anchorOf(value: unknown, exact: string): ClaimAnchor {
  const map = mapping(value);
  const { start, end } = map;
  if (!isOffset(start) || !isOffset(end) || end <= start) throw new Doubt();
  return { exact, prefix: optionalText(map.prefix) ?? '', suffix: optionalText(map.suffix) ?? '', start, end };
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function correctionOf(value: unknown): EntityCorrection {
  const map = mapping(value);
  const id = nonEmpty(map.id);
  const kind = text(map.kind);
  if (!isValidId(id) || !(CORRECTION_KINDS as readonly string[]).includes(kind)) throw new Doubt();
  const entity = optionalText(map.entity);
  const words = optionalText(map.text);
  const type = optionalText(map.type);
  if (type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(type)) throw new Doubt();
  const to = optionalText(map.to);
  // Anything the careful reader would report: let it.
  if (missingCorrectionFields(kind as CorrectionKind, { entity, text: words, type, to }).length > 0) throw new Doubt();
  if (map.anchor !== undefined && words === undefined) throw new Doubt();
  const note = optionalText(map.note);
  const created = optionalText(map.created);
  const author = optionalText(map.author);
  return {
    id,
    kind: kind as CorrectionKind,
    ...(entity ? { entity } : {}),
    ...(words ? { text: words } : {}),
    ...(type ? { type: type as EntityCorrection['type'] } : {}),
    ...(to ? { to } : {}),
    ...(note ? { note } : {}),
    ...(created ? { created } : {}),
    ...(author ? { author } : {}),
    ...(map.anchor !== undefined ? { anchor: anchorOf(map.anchor, words ?? '') } : {}),
  };
}
