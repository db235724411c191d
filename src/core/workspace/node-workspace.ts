// Workspace over the local disk (node:fs), used by the CLI. Relative paths are resolved by
// Node against the working directory.

import { randomBytes } from 'node:crypto';
import * as callbackFs from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { Disposable, FileStat, SKIPPED_DIRECTORIES, WatchEvent, Workspace } from './workspace';
import { WatchSession, tempFileName } from './node-watch';
import { compareCodeUnits, dirName, hasExtension, joinPath, normalisePath } from './paths';

type FileSystem = typeof nodeFs;

export interface NodeWorkspaceOptions {
  /** The node:fs/promises functions to use; tests swap one for a failing one. */
  fileSystem?: FileSystem;
}

/**
 * node:fs/promises, except readFile and stat, which are synchronous: reading an article or
 * taking a stat takes microseconds, while a round trip through libuv's thread pool cost this
 * thread about a sixth of a warm start that stats 10,000 articles (0.8 s of CPU instead of 0.95 s
 * over four alternated runs), and reading 10,000 articles through it (open, fstat, read, close:
 * four round trips each, with the callback API; the promise API cost three to four times more)
 * took 0.5-0.9 s of CPU where readFileSync takes 0.1 s, on the thread that also feeds the
 * analysis workers in a cold index. This workspace serves the CLI, whose thread has nothing else
 * to do meanwhile; the extension reads through VS Code's file system. Same results, same errors.
 */
const DEFAULT_FILE_SYSTEM: FileSystem = {
  ...nodeFs,
  readFile: (async (path: string) => callbackFs.readFileSync(path)) as FileSystem['readFile'],
  stat: (async (path: string) => callbackFs.statSync(path)) as FileSystem['stat'],
};

export class NodeWorkspace implements Workspace {
  private readonly fs: FileSystem;

  constructor(options: NodeWorkspaceOptions = {}) {
    this.fs = options.fileSystem ?? DEFAULT_FILE_SYSTEM;
  }

  async readFile(path: string): Promise<Uint8Array> {
    try {
      const buffer = await this.fs.readFile(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      throw fileError(path, error);
    }
  }

  /**
   * Writes a temporary file next to the target, flushes it to disk, then renames it over the
   * target: rename is atomic on POSIX file systems, so a reader sees the old or the new
   * content, and a crash mid-write leaves the old file whole. The folder is flushed too, so
   * the rename itself survives a power cut.
   */
  async writeFile(path: string, data: Uint8Array): Promise<void> {
    const folder = dirName(path);
    const temp = joinPath(folder, tempFileName(path, randomBytes(6).toString('hex')));
    try {
      await this.fs.mkdir(folder, { recursive: true });
      await this.writeAndSync(temp, data, await this.existingMode(path));
      await this.fs.rename(temp, path);
    } catch (error) {
      await this.fs.rm(temp, { force: true }).catch(() => undefined);
      throw fileError(path, error);
    }
    await this.syncFolder(folder);
  }

  async deleteFile(path: string): Promise<void> {
    try {
      await this.fs.unlink(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw fileError(path, error);
    }
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const stats = await this.fs.stat(path);
      const type = stats.isDirectory() ? 'directory' : 'file';
      return { type, size: type === 'directory' ? 0 : stats.size, mtimeMs: stats.mtimeMs };
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined;
      throw fileError(path, error);
    }
  }

  async listFiles(dir: string, options?: { extensions?: string[] }): Promise<string[]> {
    const files: string[] = [];
    await this.collectFiles(normalisePath(dir), files);
    const extensions = options?.extensions;
    return (extensions ? files.filter((file) => hasExtension(file, extensions)) : files).sort(compareCodeUnits);
  }

  /** See WatchSession for how fs.watch's raw notifications become reliable events. */
  watch(dir: string, listener: (e: WatchEvent) => void): Disposable {
    const session = new WatchSession(this, normalisePath(dir), listener);
    try {
      session.start();
    } catch (error) {
      session.dispose();
      throw fileError(dir, error, 'folder');
    }
    return session;
  }

  private async writeAndSync(temp: string, data: Uint8Array, mode: number | undefined): Promise<void> {
    // 'wx': fail rather than write through a file (or link) that happens to have our name.
    const handle = await this.fs.open(temp, 'wx', mode);
    try {
      if (mode !== undefined) await handle.chmod(mode); // exactly, whatever the umask
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Keeps the permissions of the file being replaced (a new file gets the default). */
  private async existingMode(path: string): Promise<number | undefined> {
    const stats = await this.fs.stat(path).catch(() => undefined);
    return stats?.isFile() ? stats.mode & 0o7777 : undefined;
  }

  /** Best effort: some platforms (Windows) cannot open or flush a folder. */
  private async syncFolder(folder: string): Promise<void> {
    try {
      const handle = await this.fs.open(folder, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // The data is already renamed into place; only its durability on power loss is weaker.
    }
  }

  /** What a symbolic link points to; undefined when broken or looping. */
  private async linkTarget(path: string): Promise<FileStat['type'] | undefined> {
    return (await this.stat(path).catch(() => undefined))?.type;
  }

  private async collectFiles(dir: string, into: string[]): Promise<void> {
    let entries;
    try {
      entries = await this.fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw fileError(dir, error, 'folder');
    }
    for (const entry of entries) {
      const path = joinPath(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await this.collectFiles(path, into);
      } else if (entry.isFile() || (entry.isSymbolicLink() && (await this.linkTarget(path)) === 'file')) {
        // Links to files are listed; links to folders are not followed (they may loop).
        into.push(path);
      }
    }
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

const PLAIN_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'is not a folder, or a parent of it is a file',
  ENOSPC: 'no space left on the disk',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is busy (open in another program?)',
  EMFILE: 'too many open files',
};

/** An Error whose message starts with the path and says what went wrong in plain words. */
function fileError(path: string, error: unknown, noun: 'file' | 'folder' = 'file'): Error {
  const code = errorCode(error);
  let reason = code ? PLAIN_REASONS[code] : undefined;
  if (code === 'ENOENT' && noun === 'folder') reason = 'no such folder';
  const detail = reason ?? (error instanceof Error ? error.message : String(error));
  return new Error(`${path}: ${detail}`, { cause: error });
}
