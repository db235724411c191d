// Writing changes into a sidecar's text without disturbing anything else: each added, changed
// or removed claim (or entity correction) is a splice of its own block; every other byte of the
// file, comments, blank lines, key order, unknown keys, a colleague's hand formatting, stays as
// it was. A changed claim is edited key by key in its YAML node, so its own comments and
// unknown keys survive too. The result is parsed again and checked against what was meant
// before anyone writes it; if the splice did not come out right (an unusual hand layout), the
// whole document is re-serialised through the yaml Document API instead, and checked again.

import { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import {
  CLAIM_KEYS,
  CORRECTION_KEYS,
  SIDECAR_VERSION,
  claimField,
  claimNode,
  correctionField,
  correctionNode,
} from './sidecar-format';
import { ParsedSidecar, parseSidecar } from './sidecar-parse';
import { BlockList, ListItem, findBlockList, parseItem } from './block-list';
import type { Claim, EntityCorrection, SidecarContent } from './types';

export type SidecarChange =
  | { kind: 'add-claim'; claim: Claim }
  | { kind: 'update-claim'; claim: Claim }
  | { kind: 'remove-claim'; id: string }
  | { kind: 'add-correction'; correction: EntityCorrection }
  | { kind: 'update-correction'; correction: EntityCorrection }
  | { kind: 'remove-correction'; id: string };

const STRINGIFY = { lineWidth: 0, indent: 2, indentSeq: true } as const;

export function headerComment(articleName: string): string {
  return [
    ` Press Annotator sidecar for ${articleName}: the claims tagged in the article (with their`,
    ' fact-check status, sources and notes) and corrections to its recognised entities.',
    ' Plain YAML, meant to be read in a diff and edited by hand: keep each block\'s `id`, and its',
    ' `anchor` (where the words are, in UTF-16 code units) unless you mean to move it.',
  ].join('\n');
}

/** The id of a claim or correction a change is about. */
export function changeId(change: SidecarChange): string {
  switch (change.kind) {
    case 'add-claim':
    case 'update-claim':
      return change.claim.id;
    case 'add-correction':
    case 'update-correction':
      return change.correction.id;
    default:
      return change.id;
  }
}

/** The content once the changes are made (what the written file must read back as). */
export function applyToContent(content: SidecarContent, changes: readonly SidecarChange[]): SidecarContent {
  let claims = [...content.claims];
  let entities = [...content.entities];
  const removedIds = [...content.removedIds];
  for (const change of changes) {
    switch (change.kind) {
      case 'add-claim':
        claims.splice(readingPosition(claims, change.claim), 0, change.claim);
        break;
      case 'update-claim':
        claims = claims.map((c) => (c.id === change.claim.id ? change.claim : c));
        break;
      case 'remove-claim':
        claims = claims.filter((c) => c.id !== change.id);
        if (!removedIds.includes(change.id)) removedIds.push(change.id);
        break;
      case 'add-correction':
        entities.push(change.correction);
        break;
      case 'update-correction':
        entities = entities.map((e) => (e.id === change.correction.id ? change.correction : e));
        break;
      case 'remove-correction':
        entities = entities.filter((e) => e.id !== change.id);
        if (!removedIds.includes(change.id)) removedIds.push(change.id);
        break;
    }
  }
  return { ...content, claims, entities, removedIds };
}

/** Where a new claim goes to keep the list in reading order: before the first that starts later. */
function readingPosition(claims: readonly Claim[], claim: Claim): number {
  const index = claims.findIndex((c) => c.anchor.start > claim.anchor.start);
  return index === -1 ? claims.length : index;
}

/** A whole new sidecar. */
export function renderSidecar(content: SidecarContent, options: { header?: boolean } = {}): string {
  const document = new Document();
  if (options.header !== false) document.commentBefore = headerComment(content.article);
  const top = new YAMLMap();
  top.items.push(new Pair(new Scalar('version'), new Scalar(SIDECAR_VERSION)));
  top.items.push(new Pair(new Scalar('article'), new Scalar(content.article)));
  top.items.push(new Pair(new Scalar('claims'), spacedList(content.claims.map(claimNode))));
  if (content.entities.length) top.items.push(new Pair(new Scalar('entities'), spacedList(content.entities.map(correctionNode))));
  if (content.removedIds.length) top.items.push(new Pair(new Scalar('removed-ids'), plainList(content.removedIds)));
  document.contents = top;
  return document.toString(STRINGIFY);
}

function spacedList(nodes: YAMLMap[]): YAMLSeq {
  const seq = new YAMLSeq();
  nodes.forEach((node, index) => {
    // A blank line between blocks: easier to read, and git sees two additions as two hunks.
    if (index > 0) node.spaceBefore = true;
    seq.items.push(node);
  });
  return seq;
}

function plainList(values: string[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const value of values) seq.items.push(new Scalar(value));
  return seq;
}

/**
 * The text of the sidecar with the changes made. `source` is the file as it is (undefined when
 * it does not exist yet) and `parsed` its reading, which must be editable (no readOnly).
 * Throws when the result would not read back as intended (nothing is then written).
 */
export function editSidecar(source: string | undefined, parsed: ParsedSidecar, changes: readonly SidecarChange[]): string {
  return editSidecarChecked(source, parsed, changes).text;
}

/** editSidecar, with the reading of the result (what it was checked against). */
export function editSidecarChecked(source: string | undefined, parsed: ParsedSidecar, changes: readonly SidecarChange[]): { text: string; parsed: ParsedSidecar } {
  const expected = applyToContent(parsed.content, changes);
  // Problems the file already had (a claim without anchor, say) stay; no new one may appear.
  const known = new Set(parsed.issues.filter((i) => i.severity === 'error').map((i) => i.message));
  const checked = (text: string): { text: string; parsed: ParsedSidecar } | undefined => {
    const reading = readBack(text, expected, known);
    return reading && { text, parsed: reading };
  };
  const verified = (text: string): { text: string; parsed: ParsedSidecar } => {
    const result = checked(text);
    if (!result) throw new Error('internal error: the sidecar written would not read back as intended; nothing was written');
    return result;
  };
  if (parsed.readOnly) throw new Error(`cannot edit the sidecar: ${parsed.readOnly}`);
  if (source === undefined || source.trim() === '') return verified(renderSidecar(expected));
  if (isBlank(source)) {
    // Only comments so far: they stay on top of the new content.
    return verified(source.replace(/\s*$/, '\n') + renderSidecar(expected, { header: false }));
  }
  let spliced: string | undefined;
  try {
    spliced = new Splicer(source, parsed.content).apply(changes);
  } catch (error) {
    if (!(error instanceof CannotSplice)) throw error;
  }
  const result = spliced === undefined ? undefined : checked(spliced);
  // An unusual hand layout the splice could not follow: let the yaml library lay it all out.
  return result ?? verified(rewriteWhole(source, parsed, changes));
}

/** Nothing but comments and blank lines. */
function isBlank(source: string): boolean {
  return source.split('\n').every((line) => /^\s*(?:#.*)?$/.test(line));
}

/**
 * The reading of `text` if it is exactly `expected` (same claims and corrections by id, same
 * retired ids) with no error but those in `knownErrors`; undefined otherwise.
 */
export function readBack(text: string, expected: SidecarContent, knownErrors: ReadonlySet<string> = new Set()): ParsedSidecar | undefined {
  const parsed = parseSidecar(text, expected.article);
  if (parsed.readOnly || parsed.issues.some((i) => i.severity === 'error' && !knownErrors.has(i.message))) return undefined;
  const canon = (items: readonly { id: string }[]): string => JSON.stringify([...items].map(canonical).sort());
  const same =
    canon(parsed.content.claims) === canon(expected.claims) &&
    canon(parsed.content.entities) === canon(expected.entities) &&
    JSON.stringify([...parsed.content.removedIds].sort()) === JSON.stringify([...expected.removedIds].sort());
  return same ? parsed : undefined;
}

/** JSON with keys sorted, so two equal objects compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

// ---- the splice ----

interface Edit {
  from: number;
  to: number;
  text: string;
}

type Section = 'claims' | 'entities';

/** The splice could not follow the file's layout: the caller falls back to a whole rewrite. */
class CannotSplice extends Error {}

class Splicer {
  private readonly edits: Edit[] = [];

  constructor(
    private readonly source: string,
    private readonly content: SidecarContent,
  ) {}

  apply(changes: readonly SidecarChange[]): string {
    this.section('claims', changes);
    this.section('entities', changes);
    this.retireIds(changes.filter((c) => c.kind === 'remove-claim' || c.kind === 'remove-correction').map(changeId));
    let text = this.source;
    for (const edit of [...this.edits].sort((a, b) => b.from - a.from || b.to - a.to)) {
      text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
    }
    return text;
  }

  private list(key: string): BlockList | 'absent' {
    const list = findBlockList(this.source, key);
    if (list === 'unsure') throw new CannotSplice(`\`${key}\` is laid out in a way the splice does not follow`);
    return list;
  }

  private section(section: Section, changes: readonly SidecarChange[]): void {
    const relevant = changes.filter((c) => (section === 'claims' ? c.kind.endsWith('-claim') : c.kind.endsWith('-correction')));
    if (relevant.length === 0) return;
    const list = this.list(section);
    const items = list === 'absent' ? [] : list.items;
    // The first item of an id is the one that was read (a later duplicate is reported, not read).
    const byId = new Map<string, ListItem>();
    for (const item of items) if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item);
    const additions: YAMLMap[] = [];
    const addedClaims: Claim[] = [];
    for (const change of relevant) {
      if (change.kind === 'update-claim') {
        const before = this.content.claims.find((c) => c.id === change.claim.id);
        this.update(byId.get(change.claim.id), changedKeys(CLAIM_KEYS, before, change.claim), (key) => claimField(change.claim, key), (node) =>
          updateClaimNode(node, change.claim),
        );
      } else if (change.kind === 'update-correction') {
        const before = this.content.entities.find((e) => e.id === change.correction.id);
        this.update(byId.get(change.correction.id), changedKeys(CORRECTION_KEYS, before, change.correction), (key) => correctionField(change.correction, key), (node) =>
          updateCorrectionNode(node, change.correction),
        );
      } else if (change.kind === 'remove-claim' || change.kind === 'remove-correction') {
        this.remove(byId.get(change.id));
      } else if (change.kind === 'add-claim') {
        addedClaims.push(change.claim);
      } else {
        additions.push(correctionNode(change.correction));
      }
    }
    if (section === 'claims') this.addClaims(list, addedClaims);
    else if (additions.length) this.append(section, list, additions);
  }
  /**
   * Rewrites the keys that changed, each pair in place (its comment kept), the rest of the
   * block untouched; a layout this cannot follow gets the whole block re-rendered instead.
   */
  private update<K extends string>(item: ListItem | undefined, keys: readonly K[], valueOf: (key: K) => Node | undefined, wholeBlock: (node: YAMLMap) => void): void {
    if (!item) throw new CannotSplice('the item to update was not found by its id line');
    const node = parseItem(this.source, item);
    if (!node) throw new CannotSplice('the item does not parse by itself');
    const pairEdits = this.pairEdits(node, keys, valueOf);
    if (pairEdits) {
      this.edits.push(...pairEdits);
      return;
    }
    wholeBlock(node);
    this.edits.push({ from: item.start, to: item.end, text: this.renderItemBody(node, item.indent, this.source[item.end - 1] === '\n') });
  }

  /** One edit per changed key, or undefined when a key sits where a splice cannot reach it. */
  private pairEdits<K extends string>(map: YAMLMap, keys: readonly K[], valueOf: (key: K) => Node | undefined): Edit[] | undefined {
    const edits: Edit[] = [];
    const pairs = map.items.filter((p) => isScalar(p.key) && p.key.range);
    const span = (pair: Pair): { from: number; to: number } => {
      const key = pair.key as Scalar;
      const value = pair.value as Node | null;
      const end = value?.range ? value.range[2] : (key.range as [number, number, number])[1];
      return { from: (key.range as [number, number, number])[0], to: lineEndAfter(this.source, end) };
    };
    for (const key of keys) {
      const value = valueOf(key);
      const index = pairs.findIndex((p) => (p.key as Scalar).value === key);
      if (index === 0) return undefined; // the first key shares its line with "- "
      const pair = pairs[index];
      if (pair) {
        const { from, to } = span(pair);
        const column = from - (this.source.lastIndexOf('\n', from - 1) + 1);
        if (value === undefined) {
          edits.push({ from: this.source.lastIndexOf('\n', from - 1) + 1, to, text: '' });
          continue;
        }
        const old = pair.value as Node | null;
        if (old && 'comment' in old && old.comment && !value.comment) value.comment = old.comment;
        edits.push({ from, to, text: this.renderPair(key, value, column, this.source[to - 1] === '\n') });
      } else if (value !== undefined) {
        // A missing key goes before the first later key of the fixed order, or after the last pair.
        const order = keys as readonly string[];
        const later = pairs.findIndex((p) => order.indexOf(String((p.key as Scalar).value)) > order.indexOf(key));
        if (later === 0 || pairs.length === 0) return undefined;
        const anchorPair = later === -1 ? pairs[pairs.length - 1] : pairs[later];
        const { from, to } = span(anchorPair);
        const lineStart = this.source.lastIndexOf('\n', from - 1) + 1;
        const column = from - lineStart;
        const at = later === -1 ? to : lineStart;
        edits.push({ from: at, to: at, text: ' '.repeat(column) + this.renderPair(key, value, column, true) });
      }
    }
    return edits;
  }

  /** "key: value", continuation lines indented to `column`. */
  private renderPair(key: string, value: Node, column: number, endWithNewline: boolean): string {
    const map = new YAMLMap();
    map.items.push(new Pair(new Scalar(key), value));
    return this.renderItemBody(map, column, endWithNewline);
  }

  private remove(item: ListItem | undefined): void {
    if (!item) throw new CannotSplice('the item to remove was not found by its id line');
    let to = item.end;
    // The blank lines after the block go with it.
    const blanks = /^(?:[ \t]*\r?\n)+/.exec(this.source.slice(to));
    if (blanks) to += blanks[0].length;
    this.edits.push({ from: item.lineStart, to, text: '' });
  }

  /** New claims go where the reading order puts them (by stored start offset). */
  private addClaims(list: BlockList | 'absent', claims: Claim[]): void {
    if (claims.length === 0) return;
    const items = list === 'absent' ? [] : list.items;
    const readable = items.filter((i) => i.id !== undefined && this.content.claims.some((c) => c.id === i.id));
    if (readable.length === 0) {
      this.append('claims', list, [...claims].sort((a, b) => a.anchor.start - b.anchor.start).map(claimNode));
      return;
    }
    const startOf = (item: ListItem): number => this.content.claims.find((c) => c.id === item.id)?.anchor.start ?? 0;
    // Latest first: insertions at one place are applied in turn, each before the previous.
    for (const claim of [...claims].sort((a, b) => b.anchor.start - a.anchor.start)) {
      const next = readable.find((item) => startOf(item) > claim.anchor.start);
      const block = this.renderItem(claimNode(claim), (next ?? readable[0]).indent);
      const previous = next ? items[items.indexOf(next) - 1] : items[items.length - 1];
      if (previous) this.insertAfter(previous.end, '\n' + block);
      else this.insert((next as ListItem).lineStart, block + '\n');
    }
  }

  private insert(at: number, text: string): void {
    this.edits.push({ from: at, to: at, text });
  }

  /** After the line holding `offset` (adding the line break a last line may lack). */
  private insertAfter(offset: number, text: string): void {
    const at = lineEndAfter(this.source, offset);
    this.insert(at, (this.source[at - 1] === '\n' || at === 0 ? '' : '\n') + text);
  }

  /** Items at the end of a section's list, creating the list when there is none. */
  private append(section: Section, list: BlockList | 'absent', nodes: YAMLMap[]): void {
    const items = list === 'absent' ? [] : list.items;
    if (items.length > 0) {
      const last = items[items.length - 1];
      this.insertAfter(last.end, nodes.map((node) => '\n' + this.renderItem(node, last.indent)).join(''));
      return;
    }
    this.startList(section, list, nodes.map((node) => this.renderItem(node, 4)).join('\n'));
  }

  /** Writes `blocks` as the first items of a top-level list, after its key or as a new key. */
  private startList(key: string, list: BlockList | 'absent', blocks: string): void {
    if (list === 'absent') {
      this.insertAfter(this.source.length, `${key}:\n` + blocks);
      return;
    }
    // "key:" alone, or "key: []": the items go on the lines after the key.
    this.edits.push({ from: list.keyLine.start, to: list.keyLine.end, text: `${key}:\n` + blocks });
  }

  private retireIds(ids: string[]): void {
    const fresh = ids.filter((id) => !this.content.removedIds.includes(id));
    if (fresh.length === 0) return;
    const list = this.list('removed-ids');
    const last = list === 'absent' ? undefined : list.items[list.items.length - 1];
    if (last) {
      const dash = this.source.slice(last.lineStart, last.start);
      this.insertAfter(last.end, fresh.map((id) => `${dash}${id}\n`).join(''));
      return;
    }
    this.startList('removed-ids', list, fresh.map((id) => `  - ${id}\n`).join(''));
  }

  /** "- " and the block, its lines indented so its keys sit at `indent`. */
  private renderItem(node: YAMLMap, indent: number): string {
    return ' '.repeat(Math.max(0, indent - 2)) + '- ' + this.renderItemBody(node, indent, true);
  }

  /** The block's own text, first line unindented (it follows "- "). */
  private renderItemBody(node: YAMLMap, indent: number, endWithNewline: boolean): string {
    const trailing = node.comment;
    const before = node.commentBefore;
    // Comments above and after the block lie outside its text span: they stay where they are.
    node.comment = undefined;
    node.commentBefore = undefined;
    const document = new Document();
    document.contents = node;
    const text = document.toString(STRINGIFY);
    node.comment = trailing;
    node.commentBefore = before;
    const body = text
      .replace(/\n$/, '')
      .split('\n')
      .map((line, index) => (index === 0 || line === '' ? line : ' '.repeat(indent) + line))
      .join('\n');
    return endWithNewline ? body + '\n' : body;
  }
}

function lineEndAfter(source: string, offset: number): number {
  if (offset > 0 && source[offset - 1] === '\n') return offset;
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline + 1;
}

/** The keys whose values differ between two versions of a claim or correction. */
function changedKeys<K extends string>(keys: readonly K[], before: object | undefined, after: object): K[] {
  if (!before) return [...keys];
  const field = (item: object, key: K): unknown => {
    const value = (item as Record<string, unknown>)[key];
    if (key === 'anchor' && value && typeof value === 'object') {
      const { start, end, prefix, suffix } = value as Record<string, unknown>;
      return { start, end, prefix, suffix };
    }
    return value === '' || (Array.isArray(value) && value.length === 0) ? undefined : value;
  };
  return keys.filter((key) => canonical(field(before, key)) !== canonical(field(after, key)));
}

/** Sets each key of a claim's node from the model: unchanged values keep their node (and style). */
export function updateClaimNode(node: YAMLMap, claim: Claim): void {
  for (const key of CLAIM_KEYS) setField(node, key, claimField(claim, key), CLAIM_KEYS);
}

export function updateCorrectionNode(node: YAMLMap, correction: EntityCorrection): void {
  for (const key of CORRECTION_KEYS) setField(node, key, correctionField(correction, key), CORRECTION_KEYS);
}

/**
 * Puts `value` under `key`, keeping the existing node when it already holds the same value (a
 * hand-written style survives), inserting a missing key where the fixed order puts it among
 * the known keys, deleting the key when the value is empty. Unknown keys are never touched.
 */
function setField(map: YAMLMap, key: string, value: Node | undefined, order: readonly string[]): void {
  const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (value === undefined) {
    if (index !== -1) map.items.splice(index, 1);
    return;
  }
  if (index !== -1) {
    const existing = map.items[index].value as Node | null;
    if (existing && sameValue(existing, value)) return;
    const comment = existing && 'comment' in existing ? existing.comment : undefined;
    if (comment) value.comment = comment;
    map.items[index].value = value;
    return;
  }
  const later = new Set(order.slice(order.indexOf(key) + 1));
  const before = map.items.findIndex((p) => isScalar(p.key) && later.has(String(p.key.value)));
  const pair = new Pair(new Scalar(key), value);
  if (before === -1) map.items.push(pair);
  else map.items.splice(before, 0, pair);
}

function sameValue(a: Node, b: Node): boolean {
  return canonical(plainValue(a)) === canonical(plainValue(b));
}

function plainValue(node: Node): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return (node.items as Node[]).map(plainValue);
  if (isMap(node)) return Object.fromEntries(node.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), p.value ? plainValue(p.value as Node) : null]));
  return undefined;
}

/** Every change made through the Document API and the whole file re-serialised. */
function rewriteWhole(source: string, parsed: ParsedSidecar, changes: readonly SidecarChange[]): string {
  const document = parseDocument(source, { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) throw new Error('cannot edit the sidecar: it could not be read');
  const top = document.contents as YAMLMap;
  const list = (key: string): YAMLSeq => {
    const existing = top.get(key, true);
    if (isSeq(existing)) {
      existing.flow = false;
      return existing;
    }
    const seq = new YAMLSeq();
    top.set(key, seq);
    return seq;
  };
  const find = (seq: YAMLSeq, id: string): number => (seq.items as Node[]).findIndex((n) => isMap(n) && String(n.get('id')) === id);
  for (const change of changes) {
    const seq = list(change.kind.endsWith('claim') ? 'claims' : 'entities');
    if (change.kind === 'add-claim') {
      const claims = parsed.content.claims;
      const next = claims.find((c) => c.anchor.start > change.claim.anchor.start);
      const at = next ? find(seq, next.id) : -1;
      seq.items.splice(at === -1 ? seq.items.length : at, 0, claimNode(change.claim));
    } else if (change.kind === 'add-correction') {
      seq.items.push(correctionNode(change.correction));
    } else if (change.kind === 'update-claim') {
      updateClaimNode(seq.items[find(seq, change.claim.id)] as YAMLMap, change.claim);
    } else if (change.kind === 'update-correction') {
      updateCorrectionNode(seq.items[find(seq, change.correction.id)] as YAMLMap, change.correction);
    } else {
      seq.items.splice(find(seq, change.id), 1);
      const retired = list('removed-ids');
      if (!(retired.items as Node[]).some((n) => isScalar(n) && String(n.value) === change.id)) retired.items.push(new Scalar(change.id));
    }
  }
  return document.toString(STRINGIFY);
}
