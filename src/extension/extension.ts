// Entry point of the VS Code extension. activate() only wires features; each feature lives in
// its own file in this folder and registers its disposables in context.subscriptions.
import * as vscode from 'vscode';
import { loadSidecarAnnotations } from '../core/claims/annotations';
import { createAnalysisRunner } from '../core/index/analysis-runner';
import { Analyses, ARTICLE_SELECTOR } from './analyses';
import { registerClaimCommands } from './claim-commands';
import { registerClaimUpdates } from './claim-updates';
import { ClaimCodeLenses, ClaimHighlights, registerClaimHovers, speakerNameIn } from './claim-view';
import { ClaimsService } from './claims-service';
import { Highlights } from './decorations';
import { registerExportCommand } from './export-command';
import { registerEntityHovers } from './hovers';
import { IndexService, registerReindexCommand } from './index-service';
import { registerLiveUpdates } from './live-updates';
import { registerReveal } from './reveal';
import { registerSearchCommand } from './search-command';
import { parseSettings, SECTION, Settings } from './settings';
import { StatusBar } from './status-bar';
import { registerToggleHighlights } from './toggle-highlights';
import { registerViews } from './views';
import { entityUnderCursor, registerXrefPanel, XrefPanel } from './xref-panel';

/** What activate() returns: the live objects, for the extension-host tests. */
export interface PressAnnotatorApi {
  analyses: Analyses;
  highlights: Highlights;
  statusBar: StatusBar;
  index: IndexService;
  views: ReturnType<typeof registerViews>;
  xrefPanel: XrefPanel;
  claims: ClaimsService;
  claimHighlights: ClaimHighlights;
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
  const index = new IndexService(workerScript, context.storageUri, currentSettings, loadSidecarAnnotations);
  const claims = new ClaimsService();
  const claimHighlights = new ClaimHighlights();
  const claimLenses = new ClaimCodeLenses((document) => claims.claimsOf(document));
  analyses.corrections = (uri) => claims.correctionsOf(uri);
  const xrefPanel = new XrefPanel(context.extensionUri, index);
  const views = registerViews(index);
  statusBar.claimCount = (document) => claims.claimsOf(document).length;
  context.subscriptions.push({ dispose: () => void runner.close() }, analyses, highlights, statusBar, index, xrefPanel, claims, claimHighlights);

  context.subscriptions.push(
    ...views.disposables,
    registerEntityHovers(analyses, (type, id) => index.summary(type, id)),
    registerToggleHighlights(),
    registerClaimHovers((document) => claims.claimsOf(document), speakerNameIn(analyses, index)),
    vscode.languages.registerCodeLensProvider(ARTICLE_SELECTOR, claimLenses),
    ...registerClaimCommands(claims, analyses),
    ...registerClaimUpdates(claims, claimHighlights, claimLenses, analyses, statusBar),
    registerReveal(),
    registerReindexCommand(index),
    registerSearchCommand(index),
    registerExportCommand(index),
    ...registerXrefPanel(xrefPanel, () => entityUnderCursor(analyses, index)),
    ...registerLiveUpdates(analyses, highlights, statusBar, () => { settings = readSettings(); }),
  );
  void index.rebuild();
  return { analyses, highlights, statusBar, index, views, xrefPanel, claims, claimHighlights };
}

export function deactivate(): void {}

function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return parseSettings((key) => config.get(key));
}
