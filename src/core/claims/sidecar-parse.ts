// Reading a sidecar's text into the claim model: everything that can be read is returned, and
// everything that cannot is reported with its line and column, never silently dropped. A file
// the program could not rewrite without losing something (YAML errors, git conflict markers, a
// version it does not know, an alias bomb) is marked read-only, with the reason.

import { Document, LineCounter, Node, YAMLMap, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { NodeReader, SIDECAR_VERSION, readClaim, readCorrection } from './sidecar-format';
import { quickParse } from './sidecar-fast';
import type { SidecarContent } from './types';

export interface SidecarIssue {
  severity: 'error' | 'warning';
  /** 1-based. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedSidecar {
  content: SidecarContent;
  issues: SidecarIssue[];
  /** Why the file must not be rewritten; undefined when a save may edit it. */
  readOnly?: string;
  /** Every id the file uses, readable claims or not, removed ones included: never given out. */
  takenIds: Set<string>;
}

export interface ParseOptions {
  /** Aliases expanded at most (YAML's maxAliasCount); a "billion laughs" file is refused. Default 100. */
  maxAliasCount?: number;
  /** Always use the careful reader (every node with its position), never the quick one. */
  careful?: boolean;
}

/** `<<<<<<< ours`, `=======`, `>>>>>>> theirs`, and diff3's `||||||| base`. */
const CONFLICT_MARKER = /^(?:<{7}|>{7}|\|{7})(?: .*)?$|^={7}$/;

export function formatIssue(path: string, issue: SidecarIssue): string {
  return `${path}:${issue.line}:${issue.column}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;
}

export function emptyContent(article: string): SidecarContent {
  return { version: 1, article, claims: [], entities: [], removedIds: [] };
}

export function parseSidecar(source: string, articleName: string, options: ParseOptions = {}): ParsedSidecar {
  const markers = conflictMarkerLines(source);
  if (markers.length > 0) return parseConflicted(source, articleName, markers, options);
  // A clean file (the usual case) is read on the quick road; anything to report, carefully.
  return (!options.careful && quickParse(source, articleName)) || parseClean(source, articleName, options);
}

function parseClean(source: string, articleName: string, options: ParseOptions): ParsedSidecar {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const issues: SidecarIssue[] = [];
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const result: ParsedSidecar = { content: emptyContent(articleName), issues, takenIds: new Set() };
  for (const error of document.errors) {
    issues.push({ severity: 'error', ...at(error.pos[0]), message: `invalid YAML: ${firstLine(error.message)}` });
  }
  for (const warning of document.warnings) {
    issues.push({ severity: 'warning', ...at(warning.pos[0]), message: firstLine(warning.message) });
  }
  if (document.errors.length > 0) result.readOnly = 'it has YAML errors; fix them first (nothing was changed)';

  const bomb = aliasBomb(document, options.maxAliasCount ?? 100);
  if (bomb !== undefined) {
    issues.push({
      severity: 'error',
      ...at(bomb),
      message: 'YAML aliases here expand beyond the limit (a "billion laughs" file): refused; a sidecar never needs aliases',
    });
    result.readOnly = 'it expands YAML aliases beyond the limit';
    return result;
  }

  const top = document.contents;
  if (top === null || (isScalar(top) && (top.value === null || top.value === ''))) return result; // no claims yet
  if (!isMap(top)) {
    issues.push({ severity: 'error', ...at(top.range?.[0] ?? 0), message: 'a sidecar is a mapping with version, article and claims' });
    result.readOnly ??= 'it is not a mapping of version, article, claims';
    return result;
  }

  const versionNode = top.get('version', true) as Node | undefined;
  if (versionNode === undefined) {
    issues.push({ severity: 'warning', ...at(0), message: `no \`version\`; read as version ${SIDECAR_VERSION}` });
  } else if (!isScalar(versionNode) || versionNode.value !== SIDECAR_VERSION) {
    const found = isScalar(versionNode) ? String(versionNode.value) : 'not a number';
    issues.push({
      severity: 'error',
      ...at(versionNode.range?.[0] ?? 0),
      message: `version ${found} is not one this program reads (it reads version ${SIDECAR_VERSION}); update Press Annotator, or check the file`,
    });
    result.readOnly = `its version (${found}) is not one this program knows`;
    return result;
  }
  const article = top.get('article', true) as Node | undefined;
  if (isScalar(article) && article.value !== null && String(article.value) !== articleName) {
    issues.push({
      severity: 'warning',
      ...at(article.range?.[0] ?? 0),
      message: `says it belongs to "${String(article.value)}", but sits beside "${articleName}" (a renamed or copied file?)`,
    });
  }
  if (isScalar(article) && article.value !== null) result.content.article = String(article.value);

  const reader = new NodeReader();
  const errors = document.errors.map((e) => ({ offset: e.pos[0], where: `${at(e.pos[0]).line}:${at(e.pos[0]).column}` }));
  result.content.claims = readSection(top, 'claims', reader, readClaim, result, errors);
  result.content.entities = readSection(top, 'entities', reader, readCorrection, result, errors);
  result.content.removedIds = readRemovedIds(top, reader, result);
  for (const problem of reader.problems) issues.push({ severity: problem.severity, ...at(problem.offset), message: problem.message });
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return result;
}

/** Reads a list section, item by item: a bad item is reported and skipped, the others read. */
function readSection<T extends { id: string }>(
  top: YAMLMap,
  key: 'claims' | 'entities',
  reader: NodeReader,
  read: (node: Node, reader: NodeReader, index: number) => T | undefined,
  result: ParsedSidecar,
  errors: readonly { offset: number; where: string }[],
): T[] {
  const node = top.get(key, true) as Node | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    reader.error(node, 0, `\`${key}\` must be a list`);
    result.readOnly ??= `its \`${key}\` is not a list`;
    return [];
  }
  const items: T[] = [];
  const firstSeen = new Map<string, number>();
  (node.items as Node[]).forEach((item, index) => {
    const id = isMap(item) ? item.get('id') : undefined;
    if (id !== undefined && id !== null && typeof id !== 'object') result.takenIds.add(String(id));
    // An item the YAML errors fall in is whatever the parser made of broken text: not read.
    const [from, , to] = item.range ?? [0, 0, 0];
    const inside = errors.find((e) => e.offset >= from && e.offset <= to);
    if (inside) {
      reader.error(item, 0, `${key === 'claims' ? 'claim' : 'entity correction'} #${index + 1} is not read: it holds the invalid YAML at ${inside.where}`);
      return;
    }
    const value = read(item, reader, index);
    if (!value) return;
    const earlier = firstSeen.get(value.id);
    if (earlier !== undefined) {
      reader.error(item, 0, `id ${value.id} is used twice (also item #${earlier + 1} of \`${key}\`); give one of them a new id`);
      return;
    }
    firstSeen.set(value.id, index);
    items.push(value);
  });
  return items;
}

function readRemovedIds(top: YAMLMap, reader: NodeReader, result: ParsedSidecar): string[] {
  const ids = reader.list(top, 'removed-ids', 'the sidecar', 0) ?? [];
  for (const id of ids) result.takenIds.add(id);
  return ids;
}

/** The offset of an alias whose expansion passes the limit, or undefined. */
function aliasBomb(document: Document.Parsed, maxAliasCount: number): number | undefined {
  let firstAlias: number | undefined;
  visit(document, {
    Alias(_, node) {
      firstAlias ??= node.range?.[0];
      return visit.BREAK;
    },
  });
  if (firstAlias === undefined) return undefined;
  try {
    document.toJS({ maxAliasCount });
    return undefined;
  } catch (error) {
    if (error instanceof ReferenceError || /alias/i.test(String(error))) return firstAlias;
    throw error;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

// ---- git conflict markers ----

function conflictMarkerLines(source: string): number[] {
  const lines: number[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (CONFLICT_MARKER.test(line)) lines.push(index + 1);
  });
  return lines;
}

/**
 * A file git could not merge: the claims of both sides are shown (each side is read as if the
 * merge had taken it), the markers are reported with how to resolve them, and the file is
 * read-only until a person has.
 */
function parseConflicted(source: string, articleName: string, markers: number[], options: ParseOptions): ParsedSidecar {
  const ours = parseClean(conflictSide(source, 'ours'), articleName, options);
  const theirs = parseClean(conflictSide(source, 'theirs'), articleName, options);
  const issues: SidecarIssue[] = [
    {
      severity: 'error',
      line: markers[0],
      column: 1,
      message:
        `unresolved git merge conflict (markers on lines ${markers.join(', ')}): git could not merge two versions of this ` +
        'sidecar. Open it, keep the claims of both sides (each claim is one "- id:" block; keep both when the ids differ, ' +
        'choose one when the same id was changed on both sides), delete the marker lines, then `git add` the file. ' +
        'Until then the claims of both sides are shown and nothing is written.',
    },
  ];
  const claims = unionById(ours.content.claims, theirs.content.claims, 'claim', issues, markers[0]);
  const entities = unionById(ours.content.entities, theirs.content.entities, 'entity correction', issues, markers[0]);
  return {
    content: {
      version: 1,
      article: ours.content.article,
      claims,
      entities,
      removedIds: [...new Set([...ours.content.removedIds, ...theirs.content.removedIds])],
    },
    issues,
    readOnly: 'it has unresolved git merge conflict markers',
    takenIds: new Set([...ours.takenIds, ...theirs.takenIds]),
  };
}

/** The text with each conflict resolved to one side (diff3 base sections dropped). */
function conflictSide(source: string, side: 'ours' | 'theirs'): string {
  const kept: string[] = [];
  let region: 'common' | 'ours' | 'base' | 'theirs' = 'common';
  for (const line of source.split(/(?<=\n)/)) {
    const bare = line.replace(/\r?\n$/, '');
    if (/^<{7}(?: |$)/.test(bare)) region = 'ours';
    else if (/^\|{7}(?: |$)/.test(bare)) region = 'base';
    else if (/^={7}$/.test(bare)) region = 'theirs';
    else if (/^>{7}(?: |$)/.test(bare)) region = 'common';
    else if (region === 'common' || region === side) kept.push(line);
  }
  return kept.join('');
}

function unionById<T extends { id: string }>(ours: T[], theirs: T[], noun: string, issues: SidecarIssue[], line: number): T[] {
  const merged = [...ours];
  const byId = new Map(ours.map((item) => [item.id, item]));
  for (const item of theirs) {
    const mine = byId.get(item.id);
    if (!mine) merged.push(item);
    else if (JSON.stringify(mine) !== JSON.stringify(item)) {
      issues.push({ severity: 'error', line, column: 1, message: `${noun} ${item.id} differs between the two sides of the conflict; the first side's version is shown` });
    }
  }
  return merged;
}


