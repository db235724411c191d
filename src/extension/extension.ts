// Entry point of the VS Code extension. activate() only wires features; each feature lives in
// its own file in this folder and registers its disposables in context.subscriptions.
import * as vscode from 'vscode';
import { createAnalysisRunner } from '../core/index/analysis-runner';
import { Analyses } from './analyses';
import { Highlights } from './decorations';
import { entityAt } from './entity-summary';
import { ClaimsSource, registerExportCommand } from './export-command';
import { registerEntityHovers } from './hovers';
import { IndexService, registerReindexCommand } from './index-service';
import { registerLiveUpdates } from './live-updates';
import { registerReveal } from './reveal';
import { registerSearchCommand } from './search-command';
import { parseSettings, SECTION, Settings } from './settings';
import { StatusBar } from './status-bar';
import { registerToggleHighlights } from './toggle-highlights';
import { registerViews } from './views';
import { registerXrefPanel, XrefPanel } from './xref-panel';

/** What activate() returns: the live objects, for the extension-host tests. */
export interface PressAnnotatorApi {
  analyses: Analyses;
  highlights: Highlights;
  statusBar: StatusBar;
  index: IndexService;
  views: ReturnType<typeof registerViews>;
  xrefPanel: XrefPanel;
}

export function activate(context: vscode.ExtensionContext): PressAnnotatorApi {
  let settings = readSettings();
  const currentSettings = () => settings;
  const workerScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'index-worker.js').fsPath;

  // One worker thread for the open articles; the index has its own pool for cold scans.
  const runner = createAnalysisRunner({ workerScript, threads: 1 });
  const analyses = new Analyses(runner, currentSettings);
  const highlights = new Highlights(analyses, currentSettings);
  const statusBar = new StatusBar(analyses, currentSettings);
  const index = new IndexService(workerScript, context.storageUri, currentSettings);
  const xrefPanel = new XrefPanel(context.extensionUri, index);
  const views = registerViews(index);
  statusBar.claimCount = (uri) => {
    const path = index.workspace?.pathOf(uri);
    return (path && index.index?.article(path)?.claims.length) || 0;
  };
  context.subscriptions.push({ dispose: () => void runner.close() }, analyses, highlights, statusBar, index, xrefPanel);

  // Full claims for exports come from the sidecar store (src/core/claims) once it exists; the
  // index's loader is plugged in at the same time. Until then no article has claims.
  const claimsForExport: ClaimsSource = async () => [];

  const idUnderCursor = () => {
    const editor = vscode.window.activeTextEditor;
    const current = editor && analyses.current(editor.document);
    const mention = current && entityAt(current.analysis, editor.document.offsetAt(editor.selection.active));
    return mention && (index.index?.clusterOf(mention.type, mention.id)?.id ?? mention.id);
  };

  context.subscriptions.push(
    ...views.disposables,
    registerEntityHovers(analyses, (type, id) => index.summary(type, id)),
    registerToggleHighlights(),
    registerReveal(),
    registerReindexCommand(index),
    registerSearchCommand(index),
    registerExportCommand(index, () => claimsForExport),
    ...registerXrefPanel(xrefPanel, idUnderCursor),
    ...registerLiveUpdates(analyses, highlights, statusBar, () => { settings = readSettings(); }),
    index.onDidChange(() => statusBar.update()),
  );
  void index.rebuild();
  return { analyses, highlights, statusBar, index, views, xrefPanel };
}

export function deactivate(): void {}

function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return parseSettings((key) => config.get(key));
}
