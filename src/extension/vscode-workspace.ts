// The core's Workspace over vscode.workspace.fs, so the core reaches files the way VS Code does:
// local disks, remote hosts (code-server, SSH, WSL) and virtual file systems alike, and sees
// unsaved-but-written changes made by other extensions.
//
// Paths are POSIX strings: absolute ones are the URI path on the root's scheme and authority
// (`/home/me/news/a.txt`), relative ones are resolved against the root folder.
import * as vscode from 'vscode';
import { Disposable, FileStat, SKIPPED_DIRECTORIES, WatchEvent, Workspace } from '../core/workspace/workspace';
import { compareCodeUnits, hasExtension, normalisePath } from '../core/workspace/paths';

export class VsCodeWorkspace implements Workspace {
  constructor(private readonly root: vscode.Uri) {}

  /** The URI a core path names. */
  uriOf(path: string): vscode.Uri {
    const normalised = normalisePath(path);
    if (normalised.startsWith('/')) return this.root.with({ path: normalised });
    return vscode.Uri.joinPath(this.root, normalised);
  }

  /** The core path of a URI on the same scheme and authority (its URI path). */
  pathOf(uri: vscode.Uri): string {
    return normalisePath(uri.path);
  }

  async readFile(path: string): Promise<Uint8Array> {
    return this.wrap(path, () => vscode.workspace.fs.readFile(this.uriOf(path)));
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    const uri = this.uriOf(path);
    await this.wrap(path, async () => {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      // VS Code's disk provider writes through a temporary file when `atomic` is supported;
      // other providers replace the file in one call, the best they offer.
      await vscode.workspace.fs.writeFile(uri, data);
    });
  }

  async deleteFile(path: string): Promise<void> {
    const stat = await this.stat(path);
    if (!stat) return;
    if (stat.type === 'directory') throw new Error(`${path}: is a folder, not a file`);
    await this.wrap(path, () => vscode.workspace.fs.delete(this.uriOf(path), { useTrash: false }));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(this.uriOf(path));
      const directory = (stat.type & vscode.FileType.Directory) !== 0;
      return { type: directory ? 'directory' : 'file', size: directory ? 0 : stat.size, mtimeMs: stat.mtime };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw new Error(`${path}: ${describe(error)}`, { cause: error });
    }
  }

  async listFiles(dir: string, options?: { extensions?: string[] }): Promise<string[]> {
    const found: string[] = [];
    const walk = async (folder: string): Promise<void> => {
      const entries = await this.wrap(folder, () => vscode.workspace.fs.readDirectory(this.uriOf(folder)));
      for (const [name, type] of entries) {
        const child = normalisePath(`${folder}/${name}`);
        if ((type & vscode.FileType.Directory) !== 0) {
          if (!SKIPPED_DIRECTORIES.has(name)) await walk(child);
        } else if (!options?.extensions || hasExtension(child, options.extensions)) {
          found.push(child);
        }
      }
    };
    await walk(normalisePath(dir));
    return found.sort(compareCodeUnits);
  }

  watch(dir: string, listener: (e: WatchEvent) => void): Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.uriOf(dir), '**/*'));
    const report = (kind: WatchEvent['kind']) => (uri: vscode.Uri) => listener({ kind, path: this.pathOf(uri) });
    const subscriptions = [
      watcher,
      watcher.onDidCreate((uri) => void this.reportCreated(uri, listener)),
      watcher.onDidChange(report('changed')),
      watcher.onDidDelete(report('deleted')),
    ];
    return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
  }

  /**
   * VS Code coalesces the events of a new folder into one "created" for the folder (the files
   * in it are implied), so a folder of articles copied in at once would go unnoticed: report
   * the files it holds as created too.
   */
  private async reportCreated(uri: vscode.Uri, listener: (e: WatchEvent) => void): Promise<void> {
    const path = this.pathOf(uri);
    listener({ kind: 'created', path });
    const stat = await this.stat(path).catch(() => undefined);
    if (stat?.type !== 'directory') return;
    const files = await this.listFiles(path).catch(() => []);
    for (const file of files) listener({ kind: 'created', path: file });
  }

  /** Runs a file-system call; failures become Errors whose message starts with the path. */
  private async wrap<T>(path: string, call: () => Thenable<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        throw new Error(`${path}: no such file`, { cause: error });
      }
      throw new Error(`${path}: ${describe(error)}`, { cause: error });
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
