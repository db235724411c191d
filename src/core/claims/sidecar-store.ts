// The sidecar file through a Workspace: reading it (a missing file is an empty sidecar; a
// folder, an unreadable, oversized or non-UTF-8 file is reported and left alone) and saving
// changes to it. A save never overwrites what it has not read: if the file changed on disk
// since it was read (a git pull, a colleague, another window), the changes are made on the new
// version when they concern other claims, and refused, naming the claims, when both sides
// touched the same ones. The write itself is the workspace's: NodeWorkspace writes a temporary
// file beside the target, flushes it and renames it over (atomic).

import { baseName } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { SidecarChange, canonical, changeId, editSidecarChecked } from './sidecar-edit';
import { ParseOptions, ParsedSidecar, SidecarIssue, emptyContent, formatIssue, parseSidecar } from './sidecar-parse';
import { sidecarPathFor } from './sidecar-path';
import type { SidecarContent } from './types';

export const DEFAULT_MAX_SIDECAR_BYTES = 10 * 1024 * 1024;

export interface ReadSidecarOptions extends ParseOptions {
  /** Larger sidecars are refused unread (default 10 MB; 1,000 claims take about 0.5 MB). */
  maxBytes?: number;
}

export interface SidecarFile extends ParsedSidecar {
  /** The sidecar's path (`<article>.press.yaml`). */
  path: string;
  articlePath: string;
  exists: boolean;
  /** The text as read: a save first checks that the disk still holds exactly this. */
  source?: string;
  /** The file began with a UTF-8 byte order mark (kept on save). */
  hadBom: boolean;
}

/** A save refused because the file changed on disk in the same claims. */
export class SidecarConflictError extends Error {
  override readonly name = 'SidecarConflictError';
  constructor(
    readonly path: string,
    readonly ids: string[],
  ) {
    super(
      `${path}: not saved: the file changed on disk since it was read (a git pull, a colleague, another window) ` +
        `and ${ids.length === 1 ? `${ids[0]} was` : `${ids.join(', ')} were`} changed there too. ` +
        'Nothing was written; read the file again and redo the change.',
    );
  }
}

/** Reads the sidecar of `articlePath`; never throws for a bad file: problems are in `issues`. */
export async function readSidecar(ws: Workspace, articlePath: string, options: ReadSidecarOptions = {}): Promise<SidecarFile> {
  const path = sidecarPathFor(articlePath);
  const articleName = baseName(articlePath);
  const raw = await readRaw(ws, path, options.maxBytes ?? DEFAULT_MAX_SIDECAR_BYTES);
  if (raw.kind === 'missing') return { ...blank(articleName), path, articlePath, exists: false, hadBom: false };
  if (raw.kind === 'refused') {
    return { ...blank(articleName), issues: [raw.issue], readOnly: raw.issue.message, path, articlePath, exists: true, hadBom: false };
  }
  return { ...parseSidecar(raw.text, articleName, options), path, articlePath, exists: true, source: raw.text, hadBom: raw.hadBom };
}

function blank(articleName: string): ParsedSidecar {
  return { content: emptyContent(articleName), issues: [], takenIds: new Set() };
}

type Raw = { kind: 'missing' } | { kind: 'refused'; issue: SidecarIssue } | { kind: 'text'; text: string; hadBom: boolean };

async function readRaw(ws: Workspace, path: string, maxBytes: number): Promise<Raw> {
  const refuse = (message: string): Raw => ({ kind: 'refused', issue: { severity: 'error', line: 1, column: 1, message } });
  let bytes: Uint8Array;
  try {
    const stat = await ws.stat(path);
    if (!stat) return { kind: 'missing' };
    if (stat.type === 'directory') return refuse('is a folder, not a sidecar file: move it away (claims are read from a file of this name)');
    if (stat.size > maxBytes) {
      return refuse(
        `is ${megabytes(stat.size)}, more than the ${megabytes(maxBytes)} a sidecar may be (1,000 claims take about 0.4 MB): ` +
          'refused unread; check the file, or raise the limit (--max-sidecar-bytes) if it is genuine',
      );
    }
    bytes = await ws.readFile(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse(`cannot be read: ${message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return refuse(`is not a text file (NUL byte at byte ${nul})`);
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(hadBom ? bytes.subarray(3) : bytes), hadBom };
  } catch {
    return refuse('is not valid UTF-8: re-save it as UTF-8');
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Every issue as "path:line:column: message". */
export function describeIssues(file: SidecarFile): string[] {
  return file.issues.map((issue) => formatIssue(file.path, issue));
}

export interface SaveResult {
  /** The sidecar as written. */
  file: SidecarFile;
  /** The file had changed on disk and the changes were made on its new version. */
  merged: boolean;
}

/**
 * Makes `changes` to the sidecar read as `file` and writes it. Throws (writing nothing) when the
 * file may not be edited, when it changed on disk in the same claims (SidecarConflictError), or
 * when the result would not read back as intended.
 */
export async function saveSidecar(ws: Workspace, file: SidecarFile, changes: readonly SidecarChange[], options: ReadSidecarOptions = {}): Promise<SaveResult> {
  if (file.readOnly) throw new Error(`${file.path}: not saved: ${file.readOnly}`);
  if (changes.length === 0) return { file, merged: false };
  // What is on disk now, compared to what was read, byte for byte (no timestamp can lie).
  const raw = await readRaw(ws, file.path, options.maxBytes ?? DEFAULT_MAX_SIDECAR_BYTES);
  const unchanged = raw.kind === 'missing' ? !file.exists : raw.kind === 'text' && file.exists && raw.text === file.source && raw.hadBom === file.hadBom;
  let base: SidecarFile = file;
  if (!unchanged) {
    const now = await readSidecar(ws, file.articlePath, options);
    if (now.readOnly) throw new Error(`${file.path}: not saved: the file changed on disk since it was read, and ${now.readOnly}`);
    const touchedThere = changedIds(file.content, now.content);
    const clashes = [...new Set(changes.map(changeId))].filter((id) => touchedThere.has(id) || (isAddition(changes, id) && now.takenIds.has(id)));
    if (clashes.length > 0) throw new SidecarConflictError(file.path, clashes);
    base = now;
  }
  const { text, parsed } = editSidecarChecked(base.source, base, changes);
  const bytes = new TextEncoder().encode(text);
  await ws.writeFile(file.path, base.hadBom ? withBom(bytes) : bytes);
  return { file: { ...parsed, path: file.path, articlePath: file.articlePath, exists: true, source: text, hadBom: base.hadBom }, merged: !unchanged };
}

function isAddition(changes: readonly SidecarChange[], id: string): boolean {
  return changes.some((c) => (c.kind === 'add-claim' || c.kind === 'add-correction') && changeId(c) === id);
}

/** Ids of claims and corrections that differ between two readings (added, removed or changed). */
export function changedIds(before: SidecarContent, after: SidecarContent): Set<string> {
  const changed = new Set<string>();
  const compare = (a: readonly { id: string }[], b: readonly { id: string }[]): void => {
    const left = new Map(a.map((x) => [x.id, canonical(x)]));
    const right = new Map(b.map((x) => [x.id, canonical(x)]));
    for (const id of new Set([...left.keys(), ...right.keys()])) if (left.get(id) !== right.get(id)) changed.add(id);
  };
  compare(before.claims, after.claims);
  compare(before.entities, after.entities);
  return changed;
}

function withBom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}
