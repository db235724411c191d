// The one door through which the core reaches files, so the same code runs over the disk
// (NodeWorkspace, for the CLI), over VS Code's virtual file systems (the extension's own
// implementation over vscode.workspace.fs) and in memory (MemoryWorkspace, for tests).
// Modelled on IWorkspace of microsoft/vscode-markdown-languageservice, kept smaller.
//
// Paths are POSIX-style strings with '/' separators, absolute or relative as the caller gives
// them (relative ones are resolved by the backend, e.g. against the working directory).
// Paths a workspace returns (listFiles) are normalised: no '.' or '..' segments where they
// can be resolved, no doubled or trailing '/'. Failures are thrown as Error with a message
// that starts with the path ("seeds/a.txt: no such file").

export interface FileStat {
  type: 'file' | 'directory';
  /** In bytes; 0 for directories. */
  size: number;
  mtimeMs: number;
}

export interface Disposable {
  dispose(): void;
}

export type WatchEvent = { kind: 'created' | 'changed' | 'deleted'; path: string };

export interface Workspace {
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Replaces the whole file, creating it and any missing parent folders. Atomic where the
   * backend allows: readers never see a half-written file.
   */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Deleting a file that does not exist does nothing; deleting a folder is an error. */
  deleteFile(path: string): Promise<void>;
  /** undefined when nothing exists at `path`. */
  stat(path: string): Promise<FileStat | undefined>;
  /**
   * Files below `dir`, recursively, as normalised paths starting with `dir`, sorted; skips
   * .git and node_modules. `extensions` ('.md' or 'md', any case) keeps only those files.
   */
  listFiles(dir: string, options?: { extensions?: string[] }): Promise<string[]>;
  /** Reports files created, changed or deleted below `dir` until disposed. */
  watch(dir: string, listener: (e: WatchEvent) => void): Disposable;
}

/** Folders listFiles never enters: repositories' internals and dependencies, not articles. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules']);
