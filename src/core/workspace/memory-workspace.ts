// Workspace held in a Map, for tests: fast, deterministic, and able to fire watch events on
// demand. Folders exist implicitly, as the parents of the files.

import { Disposable, FileStat, SKIPPED_DIRECTORIES, WatchEvent, Workspace } from './workspace';
import { compareCodeUnits, hasExtension, isBelowSkippedFolder, isInside, normalisePath } from './paths';

interface StoredFile {
  data: Uint8Array;
  mtimeMs: number;
}

interface Watcher {
  dir: string;
  listener: (e: WatchEvent) => void;
}

export class MemoryWorkspace implements Workspace {
  private readonly files = new Map<string, StoredFile>();
  private readonly watchers = new Set<Watcher>();
  private lastMtime = 0;

  /** `initial` maps paths to contents; strings are stored as UTF-8. */
  constructor(initial: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(initial)) {
      this.files.set(normalisePath(path), { data: toBytes(content), mtimeMs: this.nextMtime() });
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    const file = this.files.get(normalisePath(path));
    if (file) return file.data.slice(); // a copy: callers must not reach into the store
    throw new Error(`${path}: ${this.isDirectory(path) ? 'is a folder, not a file' : 'no such file'}`);
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    const key = normalisePath(path);
    if (this.isDirectory(key)) throw new Error(`${path}: is a folder, not a file`);
    const parentFile = [...this.files.keys()].find((file) => file !== key && isInside(key, file));
    if (parentFile) throw new Error(`${path}: is not a folder, or a parent of it is a file (${parentFile})`);
    const kind = this.files.has(key) ? 'changed' : 'created';
    this.files.set(key, { data: data.slice(), mtimeMs: this.nextMtime() });
    this.notify({ kind, path: key });
  }

  async deleteFile(path: string): Promise<void> {
    const key = normalisePath(path);
    if (this.files.delete(key)) this.notify({ kind: 'deleted', path: key });
    else if (this.isDirectory(key)) throw new Error(`${path}: is a folder, not a file`);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const file = this.files.get(normalisePath(path));
    if (file) return { type: 'file', size: file.data.length, mtimeMs: file.mtimeMs };
    if (this.isDirectory(path)) return { type: 'directory', size: 0, mtimeMs: 0 };
    return undefined;
  }

  async listFiles(dir: string, options?: { extensions?: string[] }): Promise<string[]> {
    const folder = normalisePath(dir);
    if (this.files.has(folder)) throw new Error(`${dir}: is not a folder, or a parent of it is a file`);
    if (!this.isDirectory(folder)) throw new Error(`${dir}: no such folder`);
    const extensions = options?.extensions;
    return [...this.files.keys()]
      .filter((file) => isInside(file, folder) && !isBelowSkippedFolder(file, folder, SKIPPED_DIRECTORIES))
      .filter((file) => !extensions || hasExtension(file, extensions))
      .sort(compareCodeUnits);
  }

  /**
   * Events are delivered in a microtask after the write or delete, never during it. A folder
   * may be watched before any file exists in it (folders here exist only through their files).
   */
  watch(dir: string, listener: (e: WatchEvent) => void): Disposable {
    const watcher: Watcher = { dir: normalisePath(dir), listener };
    this.watchers.add(watcher);
    return { dispose: () => this.watchers.delete(watcher) };
  }

  private notify(event: WatchEvent): void {
    for (const watcher of this.watchers) {
      if (event.path === watcher.dir || !isInside(event.path, watcher.dir)) continue;
      // Checked again on delivery: a watcher disposed in between hears nothing more.
      queueMicrotask(() => {
        if (this.watchers.has(watcher)) watcher.listener({ ...event });
      });
    }
  }

  /** A folder exists while some file lies below it. */
  private isDirectory(path: string): boolean {
    const folder = normalisePath(path);
    for (const file of this.files.keys()) {
      if (file !== folder && isInside(file, folder)) return true;
    }
    return false;
  }

  /** Strictly increasing, so two writes in the same millisecond still look different. */
  private nextMtime(): number {
    this.lastMtime = Math.max(Date.now(), this.lastMtime + 1);
    return this.lastMtime;
  }
}

function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content.slice();
}
