// The sidecar's YAML shape, both ways: reading a claim or an entity correction out of its YAML
// node (with every problem reported at its line and column, and nothing guessed), and building
// the YAML node of one, keys in a fixed order, in the human-first style of the format:
// block style only, multi-line text as literal blocks, contexts double-quoted (their spaces
// and line breaks matter), `true`/`false` statuses as plain words.

import { Node, Pair, Scalar, YAMLMap, YAMLSeq, isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { EntityType } from '../recognise/types';
import { ENTITY_TYPES } from '../recognise/types';
import { isValidId } from './ids';
import type { Claim, ClaimAnchor, ClaimSource, CorrectionKind, EntityCorrection } from './types';
import { CORRECTION_KINDS, CLAIM_STATUSES, isClaimStatus } from './types';

export const SIDECAR_VERSION = 1;

export const CLAIM_KEYS = ['id', 'status', 'text', 'speaker', 'sources', 'note', 'tags', 'created', 'updated', 'author', 'anchor'] as const;
export const CORRECTION_KEYS = ['id', 'kind', 'entity', 'text', 'type', 'to', 'note', 'created', 'author', 'anchor'] as const;
export const SOURCE_KEYS = ['url', 'title', 'accessed'] as const;

/** A problem found in a sidecar, at a source offset (converted to line and column by the reader). */
export interface NodeProblem {
  offset: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Reads values out of nodes, collecting problems instead of throwing. */
export class NodeReader {
  readonly problems: NodeProblem[] = [];

  error(node: Node | null | undefined, fallbackOffset: number, message: string): undefined {
    this.problems.push({ offset: node?.range?.[0] ?? fallbackOffset, message, severity: 'error' });
    return undefined;
  }

  warn(node: Node | null | undefined, fallbackOffset: number, message: string): void {
    this.problems.push({ offset: node?.range?.[0] ?? fallbackOffset, message, severity: 'warning' });
  }

  /** A scalar's value as text (numbers and booleans written plainly count as their words). */
  text(map: YAMLMap, key: string, where: string, at: number, options: { required?: boolean; nonEmpty?: boolean } = {}): string | undefined {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined || (isScalar(node) && node.value === null)) {
      return options.required ? this.error(map, at, `${where} has no \`${key}\``) : undefined;
    }
    if (isAlias(node)) return this.error(node, at, `${where}: \`${key}\` is a YAML alias (*${node.source}); write the value out in full`);
    if (!isScalar(node) || typeof node.value === 'object') return this.error(node, at, `${where}: \`${key}\` must be a single value, not a list or a mapping`);
    const value = String(node.value);
    if (options.nonEmpty && value.trim() === '') return this.error(node, at, `${where}: \`${key}\` is empty`);
    return value;
  }

  integer(map: YAMLMap, key: string, where: string, at: number): number | undefined {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined) return this.error(map, at, `${where} has no \`${key}\``);
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < 0) {
      return this.error(node, at, `${where}: \`${key}\` must be a whole number of UTF-16 code units, 0 or more`);
    }
    return node.value;
  }

  /** A list of single values; a single value alone is read as a list of one. */
  list(map: YAMLMap, key: string, where: string, at: number): string[] | undefined {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (isScalar(node)) return [String(node.value)];
    if (!isSeq(node)) return this.error(node, at, `${where}: \`${key}\` must be a list`);
    const values: string[] = [];
    for (const item of node.items as Node[]) {
      if (!isScalar(item) || typeof item.value === 'object') return this.error(item, at, `${where}: each of \`${key}\` must be a single value`);
      values.push(String(item.value));
    }
    return values;
  }
}

/** The claim written in `node`, or undefined with the reasons in `reader.problems`. */
export function readClaim(node: Node, reader: NodeReader, index: number): Claim | undefined {
  const at = node.range?.[0] ?? 0;
  if (!isMap(node)) return reader.error(node, at, `claim #${index + 1} is not a mapping of keys (id, status, text, anchor, …)`);
  const id = readId(node, reader, `claim #${index + 1}`, at);
  if (id === undefined) return undefined;
  const where = `claim ${id}`;
  const problemsBefore = reader.problems.filter((p) => p.severity === 'error').length;
  const status = readStatus(node, reader, where, at);
  const text = reader.text(node, 'text', where, at, { required: true, nonEmpty: true });
  const speaker = reader.text(node, 'speaker', where, at);
  const sources = readSources(node, reader, where, at);
  const note = reader.text(node, 'note', where, at);
  const tags = reader.list(node, 'tags', where, at);
  const created = reader.text(node, 'created', where, at) ?? '';
  const updated = reader.text(node, 'updated', where, at) ?? created;
  const author = reader.text(node, 'author', where, at);
  const anchor = text === undefined ? undefined : readAnchor(node, reader, where, at, text, true);
  const failed = reader.problems.filter((p) => p.severity === 'error').length > problemsBefore;
  if (failed || status === undefined || text === undefined || sources === undefined || tags === undefined || anchor === undefined) return undefined;
  return {
    id,
    status,
    text,
    ...(speaker ? { speaker } : {}),
    sources,
    ...(note ? { note } : {}),
    tags,
    created,
    updated,
    ...(author ? { author } : {}),
    anchor,
  };
}

/** The entity correction written in `node`, or undefined with the reasons in `reader.problems`. */
export function readCorrection(node: Node, reader: NodeReader, index: number): EntityCorrection | undefined {
  const at = node.range?.[0] ?? 0;
  if (!isMap(node)) return reader.error(node, at, `entity correction #${index + 1} is not a mapping of keys (id, kind, …)`);
  const id = readId(node, reader, `entity correction #${index + 1}`, at);
  if (id === undefined) return undefined;
  const where = `entity correction ${id}`;
  const problemsBefore = reader.problems.filter((p) => p.severity === 'error').length;
  const kindText = reader.text(node, 'kind', where, at, { required: true });
  const kind = kindText && (CORRECTION_KINDS as readonly string[]).includes(kindText) ? (kindText as CorrectionKind) : undefined;
  if (kindText !== undefined && !kind) reader.error(node.get('kind', true) as Node, at, `${where}: unknown kind "${kindText}"; expected one of ${CORRECTION_KINDS.join(', ')}`);
  const entity = reader.text(node, 'entity', where, at);
  const text = reader.text(node, 'text', where, at);
  const typeText = reader.text(node, 'type', where, at);
  const type = typeText && (ENTITY_TYPES as readonly string[]).includes(typeText) ? (typeText as EntityType) : undefined;
  if (typeText !== undefined && !type) reader.error(node.get('type', true) as Node, at, `${where}: unknown entity type "${typeText}"; expected one of ${ENTITY_TYPES.join(', ')}`);
  const to = reader.text(node, 'to', where, at);
  const note = reader.text(node, 'note', where, at);
  const created = reader.text(node, 'created', where, at);
  const author = reader.text(node, 'author', where, at);
  const anchor = node.has('anchor') ? readAnchor(node, reader, where, at, text ?? '', false) : undefined;
  if (node.has('anchor') && text === undefined) reader.error(node, at, `${where} has an anchor but no \`text\` (the words of the mention)`);
  if (kind) checkCorrectionFields(kind, { entity, text, type, to }, node, reader, where, at);
  const failed = reader.problems.filter((p) => p.severity === 'error').length > problemsBefore;
  if (failed || !kind) return undefined;
  return {
    id,
    kind,
    ...(entity ? { entity } : {}),
    ...(text ? { text } : {}),
    ...(type ? { type } : {}),
    ...(to ? { to } : {}),
    ...(note ? { note } : {}),
    ...(created ? { created } : {}),
    ...(author ? { author } : {}),
    ...(anchor ? { anchor } : {}),
  };
}

/** What each kind needs: a correction that cannot be applied is an error, not a silent no-op. */
function checkCorrectionFields(
  kind: CorrectionKind,
  fields: { entity?: string; text?: string; type?: EntityType; to?: string },
  node: YAMLMap,
  reader: NodeReader,
  where: string,
  at: number,
): void {
  for (const what of missingCorrectionFields(kind, fields)) reader.error(node, at, `${where} (${kind}) needs ${what}`);
}

/**
 * The fields a correction of `kind` lacks, described for the user (none: it can be applied).
 * Both readers use it: the careful one reports each, the quick one gives up on any.
 */
export function missingCorrectionFields(kind: CorrectionKind, fields: { entity?: string; text?: string; type?: string; to?: string }): string[] {
  const missing: string[] = [];
  const need = (ok: unknown, what: string): void => {
    if (!ok) missing.push(what);
  };
  const target = '`entity` (an id) or `text` (the words)';
  const type = `\`type\` (${ENTITY_TYPES.join(', ')})`;
  switch (kind) {
    case 'not-an-entity':
      need(fields.entity || fields.text, target);
      break;
    case 'type':
      need(fields.entity || fields.text, target);
      need(fields.type, type);
      break;
    case 'canonical-id':
      need(fields.entity || fields.text, target);
      need(fields.to, '`to` (the new id)');
      break;
    case 'add':
      need(fields.text, '`text` (the words of the mention)');
      need(fields.type, type);
      need(fields.entity, '`entity` (the id of the mention)');
      break;
    case 'same-as':
    case 'not-same-as':
      need(fields.entity && fields.to, '`entity` and `to` (the two ids)');
      break;
  }
  return missing;
}

function readId(map: YAMLMap, reader: NodeReader, where: string, at: number): string | undefined {
  const id = reader.text(map, 'id', where, at, { required: true, nonEmpty: true });
  if (id !== undefined && !isValidId(id)) {
    return reader.error(map.get('id', true) as Node, at, `${where}: id "${id}" must be one word of letters, digits, "-" or "_"`);
  }
  return id;
}

function readStatus(map: YAMLMap, reader: NodeReader, where: string, at: number): Claim['status'] | undefined {
  const node = map.get('status', true) as Node | undefined;
  if (node === undefined) {
    reader.warn(map, at, `${where} has no \`status\`; read as pending`);
    return 'pending';
  }
  // `status: true` and `status: false` are YAML booleans: the words the program writes.
  const value = isScalar(node) ? String(node.value) : undefined;
  if (isClaimStatus(value)) return value;
  return reader.error(node, at, `${where}: unknown status "${value ?? '(not a single value)'}"; expected one of ${CLAIM_STATUSES.join(', ')}`);
}

function readSources(map: YAMLMap, reader: NodeReader, where: string, at: number): ClaimSource[] | undefined {
  const node = map.get('sources', true) as Node | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) return reader.error(node, at, `${where}: \`sources\` must be a list (each a url, or a mapping with url, title, accessed)`);
  const sources: ClaimSource[] = [];
  for (const item of node.items as Node[]) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
      sources.push({ url: item.value }); // a bare URL is a source too
      continue;
    }
    if (!isMap(item)) return reader.error(item, at, `${where}: each source is a url, or a mapping with url, title, accessed`);
    const url = reader.text(item, 'url', `${where}, source`, at, { required: true, nonEmpty: true });
    const title = reader.text(item, 'title', `${where}, source`, at);
    const accessed = reader.text(item, 'accessed', `${where}, source`, at);
    if (url === undefined) return undefined;
    sources.push({ url, ...(title ? { title } : {}), ...(accessed ? { accessed } : {}) });
  }
  return sources;
}

function readAnchor(map: YAMLMap, reader: NodeReader, where: string, at: number, text: string, required: boolean): ClaimAnchor | undefined {
  const node = map.get('anchor', true) as Node | undefined;
  if (node === undefined) {
    if (!required) return undefined;
    return reader.error(map, at, `${where} has no \`anchor\` (start, end, prefix, suffix): the program cannot tell which words it is about; add one, or tag the words again`);
  }
  if (!isMap(node)) return reader.error(node, at, `${where}: \`anchor\` must be a mapping of start, end, prefix, suffix`);
  const start = reader.integer(node, 'start', `${where}, anchor`, at);
  const end = reader.integer(node, 'end', `${where}, anchor`, at);
  const prefix = reader.text(node, 'prefix', `${where}, anchor`, at) ?? '';
  const suffix = reader.text(node, 'suffix', `${where}, anchor`, at) ?? '';
  if (start === undefined || end === undefined) return undefined;
  if (end <= start) return reader.error(node, at, `${where}, anchor: \`end\` (${end}) must be after \`start\` (${start})`);
  return { exact: text, prefix, suffix, start, end };
}

// ---- writing ----

/** The YAML node of a claim, keys in CLAIM_KEYS order, empty optional fields left out. */
export function claimNode(claim: Claim): YAMLMap {
  const map = new YAMLMap();
  for (const key of CLAIM_KEYS) {
    const value = claimField(claim, key);
    if (value !== undefined) map.items.push(new Pair(new Scalar(key), value));
  }
  return map;
}

export function correctionNode(correction: EntityCorrection): YAMLMap {
  const map = new YAMLMap();
  for (const key of CORRECTION_KEYS) {
    const value = correctionField(correction, key);
    if (value !== undefined) map.items.push(new Pair(new Scalar(key), value));
  }
  return map;
}

/** The node for one key of a claim; undefined when the field is empty (the key is left out). */
export function claimField(claim: Claim, key: (typeof CLAIM_KEYS)[number]): Node | undefined {
  switch (key) {
    case 'id':
      return plain(claim.id);
    case 'status':
      // Written as the plain words: `status: false` reads better than `status: "false"`.
      return claim.status === 'true' || claim.status === 'false' ? new Scalar(claim.status === 'true') : plain(claim.status);
    case 'text':
      return textScalar(claim.text);
    case 'speaker':
      return claim.speaker ? plain(claim.speaker) : undefined;
    case 'sources':
      return claim.sources.length ? sourcesNode(claim.sources) : undefined;
    case 'note':
      return claim.note ? textScalar(claim.note) : undefined;
    case 'tags':
      return claim.tags.length ? blockList(claim.tags) : undefined;
    case 'created':
      return claim.created ? plain(claim.created) : undefined;
    case 'updated':
      return claim.updated ? plain(claim.updated) : undefined;
    case 'author':
      return claim.author ? plain(claim.author) : undefined;
    case 'anchor':
      return anchorNode(claim.anchor);
  }
}

export function correctionField(correction: EntityCorrection, key: (typeof CORRECTION_KEYS)[number]): Node | undefined {
  switch (key) {
    case 'id':
      return plain(correction.id);
    case 'kind':
      return plain(correction.kind);
    case 'entity':
    case 'type':
    case 'to':
    case 'created':
    case 'author': {
      const value = correction[key];
      return value ? plain(value) : undefined;
    }
    case 'text':
    case 'note': {
      const value = correction[key];
      return value ? textScalar(value) : undefined;
    }
    case 'anchor':
      return correction.anchor ? anchorNode(correction.anchor) : undefined;
  }
}

function plain(value: string): Scalar {
  return new Scalar(value);
}

/**
 * Words as a literal block when they span lines and a block can hold them exactly (no CR, no
 * tab, no trailing or leading space on a line); otherwise the stringifier picks plain or quoted.
 */
function textScalar(value: string): Scalar {
  const scalar = new Scalar(value);
  const blockSafe = value.includes('\n') && !/[\r\t]/.test(value) && !/ \n|\n |^ | $/.test(value) && !/^\n|\n\n*$/.test(value);
  if (blockSafe) scalar.type = Scalar.BLOCK_LITERAL;
  return scalar;
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function blockList(values: string[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const value of values) seq.items.push(plain(value));
  return seq;
}

function sourcesNode(sources: ClaimSource[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const source of sources) {
    const map = new YAMLMap();
    for (const key of SOURCE_KEYS) {
      const value = source[key];
      if (value) map.items.push(new Pair(new Scalar(key), plain(value)));
    }
    seq.items.push(map);
  }
  return seq;
}

/** Offsets first (what a reader checks), then the contexts, double-quoted: their spaces and line breaks matter. */
export function anchorNode(anchor: ClaimAnchor): YAMLMap {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar('start'), new Scalar(anchor.start)));
  map.items.push(new Pair(new Scalar('end'), new Scalar(anchor.end)));
  map.items.push(new Pair(new Scalar('prefix'), quoted(anchor.prefix)));
  map.items.push(new Pair(new Scalar('suffix'), quoted(anchor.suffix)));
  return map;
}
