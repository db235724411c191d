// Entry point of the VS Code extension. activate() only wires features; each feature lives in
// its own file in this folder and registers its disposables in context.subscriptions.
import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { Analyzer } from './analyzer';
import { Highlights } from './decorations';
import { registerEntityHovers } from './hovers';
import { registerLiveUpdates } from './live-updates';
import { parseSettings, SECTION, Settings } from './settings';
import { StatusBar } from './status-bar';
import { registerToggleHighlights } from './toggle-highlights';

/** What activate() returns: the live objects, for the extension-host tests. */
export interface PressAnnotatorApi {
  analyses: Analyses;
  highlights: Highlights;
  statusBar: StatusBar;
}

export function activate(context: vscode.ExtensionContext): PressAnnotatorApi {
  let settings = readSettings();
  const currentSettings = () => settings;

  const analyzer = new Analyzer(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysis-worker.js').fsPath);
  const analyses = new Analyses(analyzer, currentSettings);
  const highlights = new Highlights(analyses, currentSettings);
  const statusBar = new StatusBar(analyses, currentSettings);
  context.subscriptions.push(analyzer, analyses, highlights, statusBar);

  context.subscriptions.push(
    registerEntityHovers(analyses, () => undefined),
    registerToggleHighlights(),
    ...registerLiveUpdates(analyses, highlights, statusBar, () => { settings = readSettings(); }),
  );
  return { analyses, highlights, statusBar };
}

export function deactivate(): void {}

function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return parseSettings((key) => config.get(key));
}
