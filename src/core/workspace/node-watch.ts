// NodeWorkspace.watch: turns fs.watch's raw notifications ("rename"/"change" plus a name,
// repeated, sometimes missing) into one ordered stream of created/changed/deleted file events.
//
// fs.watch({ recursive: true }) is native on macOS and Windows only. On Linux, Node ≥ 20
// emulates it in JavaScript and loses events: deleting a file that was replaced by a rename
// (which is how writeFile saves) is not reported at all (seen on Node 20.20), and siblings
// sharing a name prefix get spurious events (nodejs/node#58868). Plain per-folder watches
// (inotify) do not have these problems, so on Linux every folder of the tree gets its own
// watcher, and folders appearing later are added as they are seen.

import { FSWatcher, watch as watchFileSystem } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { Disposable, SKIPPED_DIRECTORIES, WatchEvent, Workspace } from './workspace';
import { baseName, compareCodeUnits, isInside, joinPath, relativePath } from './paths';

const NATIVE_RECURSIVE_WATCH = process.platform === 'darwin' || process.platform === 'win32';

/** Temporary files of NodeWorkspace.writeFile: `.<name>.<hex>.tmp`, hidden and recognisable. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function tempFileName(path: string, randomHex: string): string {
  return `.${baseName(path)}.${randomHex}.tmp`;
}

export class WatchSession implements Disposable {
  private readonly watchers = new Map<string, FSWatcher>();
  /** Files known to exist, with the size and mtime last reported (undefined: not yet). */
  private readonly known = new Map<string, string | undefined>();
  /** Folders ever seen below the root: their deletion is not reported as a file's. */
  private readonly folders = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly workspace: Workspace,
    private readonly root: string,
    private readonly listener: (e: WatchEvent) => void,
  ) {}

  /** Watches the root synchronously (throws if it cannot), the rest of the tree in background. */
  start(): void {
    this.watchFolder(this.root);
    void this.workspace.listFiles(this.root).then(
      (files) => this.learnExisting(files),
      () => undefined,
    );
    if (!NATIVE_RECURSIVE_WATCH) void this.watchSubfolders(this.root);
  }

  dispose(): void {
    this.stopped = true;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private watchFolder(folder: string): void {
    const watcher = watchFileSystem(folder, { recursive: NATIVE_RECURSIVE_WATCH }, (_, name) => {
      if (name === null) return;
      // Windows reports names with backslashes; the workspace speaks '/'.
      const relative = name.toString().replace(/\\/g, '/');
      // A watched folder that is deleted reports its own name, as if it held a namesake.
      if (relative === baseName(folder)) this.enqueueSelfOrChild(folder, joinPath(folder, relative));
      else this.enqueue(joinPath(folder, relative));
    });
    // A folder that disappears may error instead of reporting: its parent reports the loss.
    watcher.on('error', () => this.unwatchBelow(folder));
    this.watchers.set(folder, watcher);
    this.folders.add(folder);
  }

  private async watchSubfolders(folder: string): Promise<void> {
    const subfolders = await this.subfoldersOf(folder);
    for (const subfolder of subfolders) {
      if (this.stopped || this.watchers.has(subfolder)) continue;
      try {
        this.watchFolder(subfolder);
      } catch {
        continue; // deleted in the meantime
      }
      await this.watchSubfolders(subfolder);
    }
  }

  private async subfoldersOf(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name))
      .map((entry) => joinPath(folder, entry.name));
  }

  /** Files present when watching started: replacing one later reports "changed". */
  private learnExisting(files: string[]): void {
    for (const file of files) if (!this.known.has(file)) this.known.set(file, undefined);
  }

  private enqueue(path: string): void {
    if (path === this.root || !this.isReportable(path)) return;
    this.schedule(() => this.classify(path));
  }

  /** `folder/name` where name is the folder's own: the folder itself if it is gone. */
  private enqueueSelfOrChild(folder: string, child: string): void {
    if (!this.isReportable(child)) return;
    this.schedule(async () => ((await this.workspace.stat(folder)) ? this.classify(child) : this.classify(folder)));
  }

  /** One at a time, so the listener hears about a path's events in the order they happened. */
  private schedule(task: () => Promise<void>): void {
    if (this.stopped) return;
    this.queue = this.queue.then(task).catch(() => undefined);
  }

  /** Not writeFile's temporary files, not .git or node_modules nor anything inside them. */
  private isReportable(path: string): boolean {
    const segments = relativePath(path, this.root).split('/');
    if (TEMP_FILE.test(segments[segments.length - 1])) return false;
    return !segments.some((segment) => SKIPPED_DIRECTORIES.has(segment));
  }

  private async classify(path: string): Promise<void> {
    const stat = await this.workspace.stat(path);
    if (this.stopped) return;
    if (!stat) return this.reportDeleted(path);
    if (stat.type === 'directory') {
      this.folders.add(path); // needed where the recursion is native and no watcher says so
      return this.folderAppeared(path);
    }
    this.folders.delete(path); // a folder replaced by a file of the same name
    const version = `${stat.size}:${stat.mtimeMs}`;
    // fs.watch repeats itself (a rename is often followed by a "change"): report news only.
    if (this.known.get(path) === version) return;
    const kind = this.known.has(path) ? 'changed' : 'created';
    this.known.set(path, version);
    this.listener({ kind, path });
  }

  /**
   * Without native recursion a new folder needs its own watcher, and files written into it
   * before the watcher existed are reported by listing it once.
   */
  private async folderAppeared(folder: string): Promise<void> {
    if (NATIVE_RECURSIVE_WATCH || this.watchers.has(folder)) return;
    try {
      this.watchFolder(folder);
    } catch {
      return; // already gone again
    }
    await this.watchSubfolders(folder);
    const files = await this.workspace.listFiles(folder).catch(() => []);
    for (const file of files) this.enqueue(file);
  }

  /** A deleted folder takes its known files with it: each is reported. */
  private reportDeleted(path: string): void {
    // Folders are remembered after deletion: fs.watch may report a folder's loss twice.
    const wasFolder = this.folders.has(path);
    this.unwatchBelow(path);
    const gone = [...this.known.keys()].filter((file) => isInside(file, path));
    // An unknown path is reported anyway: it may have existed before the listing finished.
    if (gone.length === 0 && !wasFolder) gone.push(path);
    for (const file of gone.sort(compareCodeUnits)) {
      this.known.delete(file);
      this.listener({ kind: 'deleted', path: file });
    }
  }

  private unwatchBelow(folder: string): void {
    for (const [watched, watcher] of this.watchers) {
      if (watched === this.root || !isInside(watched, folder)) continue;
      watcher.close();
      this.watchers.delete(watched);
    }
  }
}
