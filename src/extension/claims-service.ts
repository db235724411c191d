// Claims of the open articles, through the core's sidecar store (src/core/claims): read
// `<article>.press.yaml` through the workspace, find each claim again in the document's current
// text (re-anchored on every edit, in memory only: the sidecar is rewritten only when the user
// saves a change), and save changes with the store's conflict-safe save.
//
// The sidecar files are watched: a change on disk (git pull, a hand edit) reloads them. A
// sidecar with errors shows them (file, line, column) with a button that opens it at the first
// bad line; a read-only sidecar (YAML errors, conflict markers, unknown version…) is never
// written: every change is refused with the store's reason.
import * as os from 'os';
import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { anchorClaims, newClaim, takenIds, timestamp, withRefreshedAnchor } from '../core/claims/claims';
import { newId } from '../core/claims/ids';
import type { SidecarChange } from '../core/claims/sidecar-edit';
import { describeIssues, readSidecar, saveSidecar, SidecarFile } from '../core/claims/sidecar-store';
import { articlePathForSidecar, sidecarPathFor } from '../core/claims/sidecar-path';
import type { AnchoredClaim, Claim, EntityCorrection } from '../core/claims/types';
import type { ClaimDetails } from './claim-prompts';
import { VsCodeWorkspace } from './vscode-workspace';

interface Loaded {
  file: SidecarFile;
  /** anchorClaims() result, for the document version it was computed on. */
  anchored?: { version: number; claims: AnchoredClaim[] };
}

export class ClaimsService implements vscode.Disposable {
  private readonly loaded = new Map<string, Loaded>();
  private readonly loading = new Map<string, Promise<Loaded>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fired with the article's URI when its claims changed (loaded, saved, changed on disk). */
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.FileSystemWatcher;
  private author: Promise<string | undefined> | undefined;
  /** Sidecars whose errors were already shown, by path and text, so a message is shown once. */
  private readonly reported = new Set<string>();

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/*.press.yaml');
    const reload = (uri: vscode.Uri) => {
      const article = articlePathForSidecar(uri.path);
      if (article) void this.reload(uri.with({ path: article }));
    };
    this.watcher.onDidCreate(reload);
    this.watcher.onDidChange(reload);
    this.watcher.onDidDelete(reload);
  }

  /** The claims of an open document, found again in its current text (empty until loaded). */
  claimsOf(document: vscode.TextDocument): AnchoredClaim[] {
    const loaded = this.loaded.get(document.uri.toString());
    if (!loaded) {
      void this.load(document.uri);
      return [];
    }
    if (loaded.anchored?.version !== document.version) {
      loaded.anchored = { version: document.version, claims: anchorClaims(document.getText(), loaded.file.content.claims) };
    }
    return loaded.anchored.claims;
  }

  /** The entity corrections of an article's sidecar (empty until loaded; loading starts). */
  correctionsOf(articleUri: vscode.Uri): readonly EntityCorrection[] {
    const loaded = this.loaded.get(articleUri.toString());
    if (!loaded) void this.load(articleUri);
    return loaded?.file.content.entities ?? [];
  }

  /** The sidecar as last read (loading it first if needed). */
  async sidecar(articleUri: vscode.Uri): Promise<SidecarFile> {
    return (await this.load(articleUri)).file;
  }

  sidecarUri(articleUri: vscode.Uri): vscode.Uri {
    return articleUri.with({ path: sidecarPathFor(articleUri.path) });
  }

  async tag(document: vscode.TextDocument, range: vscode.Range, details: ClaimDetails): Promise<Claim> {
    const { file } = await this.load(document.uri, true);
    const claim = newClaim(document.getText(), document.offsetAt(range.start), document.offsetAt(range.end), details, {
      takenIds: takenIds(file.content, file.takenIds),
      author: await this.authorName(),
    });
    await this.save(document.uri, file, [{ kind: 'add-claim', claim }]);
    return claim;
  }

  /** Saves `change(claim)`; a claim found moved or fuzzy is written at its new place. */
  async update(document: vscode.TextDocument, id: string, change: (claim: Claim) => Claim): Promise<Claim> {
    const { file } = await this.load(document.uri, true);
    const anchored = this.claimsOf(document).find((c) => c.claim.id === id);
    if (!anchored) throw new Error(`claim ${id} is not in ${this.sidecarUri(document.uri).path}`);
    const updated = { ...change(withRefreshedAnchor(anchored.claim, document.getText(), anchored)), updated: timestamp() };
    await this.save(document.uri, file, [{ kind: 'update-claim', claim: updated }]);
    return updated;
  }

  async remove(document: vscode.TextDocument, id: string): Promise<Claim> {
    const { file } = await this.load(document.uri, true);
    const claim = file.content.claims.find((c) => c.id === id);
    if (!claim) throw new Error(`claim ${id} is not in ${this.sidecarUri(document.uri).path}`);
    await this.save(document.uri, file, [{ kind: 'remove-claim', id }]);
    return claim;
  }

  /** Undo of a delete: the same claim again, under a new id (ids are never reused). */
  async restore(document: vscode.TextDocument, claim: Claim): Promise<Claim> {
    const { file } = await this.load(document.uri, true);
    const restored: Claim = { ...claim, id: newId(takenIds(file.content, file.takenIds)) };
    await this.save(document.uri, file, [{ kind: 'add-claim', claim: restored }]);
    return restored;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }

  private async save(articleUri: vscode.Uri, file: SidecarFile, changes: SidecarChange[]): Promise<void> {
    const ws = workspaceFor(articleUri);
    const { file: written } = await saveSidecar(ws, file, changes);
    this.loaded.set(articleUri.toString(), { file: written });
    this.changed.fire(articleUri);
  }

  /** Loads once; `fresh` reads the file again (before a change, to save on the latest version). */
  private async load(articleUri: vscode.Uri, fresh = false): Promise<Loaded> {
    const key = articleUri.toString();
    const known = this.loaded.get(key);
    if (known && !fresh) return known;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const run = (async () => {
      const file = await readSidecar(workspaceFor(articleUri), articleUri.path);
      const previous = this.loaded.get(key);
      const loaded: Loaded = { file };
      this.loaded.set(key, loaded);
      if (!previous || previous.file.source !== file.source || previous.file.exists !== file.exists) this.changed.fire(articleUri);
      this.reportIssues(articleUri, file);
      return loaded;
    })().finally(() => this.loading.delete(key));
    this.loading.set(key, run);
    return run;
  }

  private async reload(articleUri: vscode.Uri): Promise<void> {
    if (!this.loaded.has(articleUri.toString())) return; // not open: read when it is
    await this.load(articleUri, true);
  }

  /** Errors (not warnings) once per file content, with a button that opens the file at the line. */
  private reportIssues(articleUri: vscode.Uri, file: SidecarFile): void {
    const errors = file.issues.filter((i) => i.severity === 'error');
    const key = `${file.path}\n${file.source ?? ''}`;
    if (errors.length === 0 || this.reported.has(key)) return;
    this.reported.add(key);
    const [first] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'})` : '';
    const kept = file.readOnly ? ` It will not be changed until fixed: ${file.readOnly}.` : ' The readable claims are shown.';
    const open = 'Open Sidecar';
    void vscode.window.showErrorMessage(`Press Annotator: ${describeIssues({ ...file, issues: [first] })[0]}${more}.${kept}`, open).then((choice) => {
      if (choice === open) void openAt(articleUri.with({ path: file.path }), first.line, first.column);
    });
  }

  /** The claim author: git's user.name in the workspace, else the OS user. */
  private authorName(): Promise<string | undefined> {
    this.author ??= new Promise((resolve) => {
      const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      execFile('git', ['config', 'user.name'], { cwd, timeout: 2000 }, (error, stdout) => {
        const name = error ? '' : stdout.trim();
        if (name) return resolve(name);
        try {
          resolve(os.userInfo().username || undefined);
        } catch {
          resolve(undefined);
        }
      });
    });
    return this.author;
  }
}

/** The sidecar is read on the article's own file system (its scheme and authority). */
function workspaceFor(articleUri: vscode.Uri): VsCodeWorkspace {
  return new VsCodeWorkspace(articleUri.with({ path: '/' }));
}

/** Opens a file with the cursor at a 1-based line and column. */
export async function openAt(uri: vscode.Uri, line: number, column: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
}
