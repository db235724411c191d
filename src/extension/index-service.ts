// The workspace index (src/core/index) for the first workspace folder, built with progress in
// the status bar (cancellable from the Re-index command's notification), then kept up to date by
// the file watcher. Views, hovers, search and the cross-reference panel read it from here.
import * as vscode from 'vscode';
import { createAnalysisRunner, isAbortError, AnalysisRunner } from '../core/index/analysis-runner';
import type { AnnotationLoader } from '../core/index/annotations';
import { withoutAnnotations } from '../core/index/annotations';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { EntitySearch } from '../core/search/entity-search';
import type { EntitySummary } from './entity-summary';
import { Settings } from './settings';
import { VsCodeWorkspace } from './vscode-workspace';

export const REINDEX_COMMAND = 'pressAnnotator.reindex';

export type IndexState =
  | { kind: 'none'; reason: string }
  | { kind: 'building' }
  | { kind: 'ready'; index: WorkspaceIndex }
  | { kind: 'failed'; message: string };

export class IndexService implements vscode.Disposable {
  private state: IndexState = { kind: 'none', reason: 'not built yet' };
  private search: EntitySearch | undefined;
  private watcher: vscode.Disposable | undefined;
  private building: Promise<IndexState> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired after a build and after every incremental update. */
  readonly onDidChange = this.changed.event;
  private readonly runner: AnalysisRunner;
  workspace: VsCodeWorkspace | undefined;

  /** The URI of an index path (a local file path before the index has a workspace). */
  uriOf(path: string): vscode.Uri {
    return this.workspace?.uriOf(path) ?? vscode.Uri.file(path);
  }

  constructor(
    workerScript: string,
    private readonly cacheDir: vscode.Uri | undefined,
    private readonly settings: () => Settings,
    private readonly loadAnnotations: AnnotationLoader = withoutAnnotations,
  ) {
    this.runner = createAnalysisRunner({ workerScript });
  }

  get current(): IndexState {
    return this.state;
  }

  get index(): WorkspaceIndex | undefined {
    return this.state.kind === 'ready' ? this.state.index : undefined;
  }

  /** The index, building it first when needed (with progress in the window). */
  async ready(): Promise<WorkspaceIndex | undefined> {
    if (this.state.kind === 'ready') return this.state.index;
    const state = await (this.building ?? this.rebuild());
    return state.kind === 'ready' ? state.index : undefined;
  }

  /** Fuzzy entity search over the current clusters (rebuilt lazily after changes). */
  entitySearch(): EntitySearch | undefined {
    const index = this.index;
    if (!index) return undefined;
    this.search ??= new EntitySearch(index.clusters());
    return this.search;
  }

  /** What the hover says about an entity across the workspace. */
  summary(type: EntitySummary['type'], id: string): EntitySummary | undefined {
    const cluster = this.index?.clusterOf(type, id) ?? this.index?.cluster(id);
    if (!cluster) return undefined;
    return { id: cluster.id, type: cluster.type, name: cluster.name, variants: cluster.variants, articleCount: cluster.articles.length };
  }

  /**
   * Builds the index from scratch (from the cache where files did not change). `interactive`
   * shows a cancellable notification (the Re-index command); otherwise progress shows in the
   * status bar only.
   */
  rebuild(interactive = false, cancel?: vscode.CancellationToken): Promise<IndexState> {
    const run = this.buildWithProgress(interactive, cancel).finally(() => {
      if (this.building === run) this.building = undefined;
    });
    this.building = run;
    return run;
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
    void this.runner.close();
  }

  private async buildWithProgress(interactive: boolean, external?: vscode.CancellationToken): Promise<IndexState> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return this.setState({ kind: 'none', reason: 'no folder is open' });
    this.watcher?.dispose();
    this.watcher = undefined;
    this.setState({ kind: 'building' });
    const settings = this.settings();
    const ws = new VsCodeWorkspace(folder.uri);
    this.workspace = ws;
    const location = interactive ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    return vscode.window.withProgress(
      { location, title: 'Press Annotator: indexing articles', cancellable: interactive },
      async (progress, token) => {
        const abort = new AbortController();
        const cancel = token.onCancellationRequested(() => abort.abort());
        const cancelFromCaller = external?.onCancellationRequested(() => abort.abort());
        if (external?.isCancellationRequested) abort.abort();
        let reported = 0;
        try {
          const index = await WorkspaceIndex.open(ws, folder.uri.path, {
            lang: settings.language,
            maxBytes: settings.maxFileSizeBytes,
            exclude: settings.exclude,
            cachePath: this.cachePath(folder.uri, ws),
            loadAnnotations: (request) => this.loadAnnotations(request),
            runner: this.runner,
          }, {
            signal: abort.signal,
            onProgress: ({ done, total }) => {
              const percent = total === 0 ? 100 : (done / total) * 100;
              progress.report({ message: `${done}/${total} articles`, increment: percent - reported });
              reported = percent;
            },
          });
          await index.saveCache().catch(() => undefined); // a cache that cannot be written only costs speed
          const watch = index.watch();
          const listen = index.onDidChange(() => {
            this.search = undefined;
            this.changed.fire();
          });
          this.watcher = { dispose: () => { watch.dispose(); listen.dispose(); } };
          return this.setState({ kind: 'ready', index });
        } catch (error) {
          if (isAbortError(error)) return this.setState({ kind: 'none', reason: 'indexing was cancelled' });
          const message = error instanceof Error ? error.message : String(error);
          void vscode.window.showErrorMessage(`Press Annotator: indexing failed: ${message}`);
          return this.setState({ kind: 'failed', message });
        } finally {
          cancel.dispose();
          cancelFromCaller?.dispose();
        }
      },
    );
  }

  /** The cache lives in the extension's workspace storage, when that is on the folder's file system. */
  private cachePath(folder: vscode.Uri, ws: VsCodeWorkspace): string | undefined {
    if (!this.cacheDir || this.cacheDir.scheme !== folder.scheme || this.cacheDir.authority !== folder.authority) return undefined;
    return ws.pathOf(vscode.Uri.joinPath(this.cacheDir, 'index-cache.json'));
  }

  private setState(state: IndexState): IndexState {
    this.state = state;
    this.search = undefined;
    this.changed.fire();
    return state;
  }
}

export function registerReindexCommand(service: IndexService): vscode.Disposable {
  return vscode.commands.registerCommand(REINDEX_COMMAND, async () => {
    const state = await service.rebuild(true);
    if (state.kind === 'ready') {
      const stats = state.index.stats;
      vscode.window.setStatusBarMessage(`Press Annotator: ${stats?.articles ?? 0} articles indexed in ${stats?.ms ?? 0} ms`, 5000);
    }
    return state.kind;
  });
}
