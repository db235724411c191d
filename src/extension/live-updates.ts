// Keeps analyses, highlights and the status bar in step with what the user does: opening,
// showing, typing, closing, switching editors, changing settings.
import * as vscode from 'vscode';
import { Analyses, TYPING_DEBOUNCE_MS } from './analyses';
import { Highlights } from './decorations';
import { SECTION } from './settings';
import { StatusBar } from './status-bar';

export function registerLiveUpdates(analyses: Analyses, highlights: Highlights, statusBar: StatusBar, onSettingsChanged: () => void): vscode.Disposable[] {
  const visibleDocuments = () => vscode.window.visibleTextEditors.map((e) => e.document);
  const analyseVisible = () => {
    for (const document of visibleDocuments()) {
      if (!analyses.latest(document.uri)) analyses.schedule(document);
    }
    highlights.update();
  };
  analyseVisible();
  statusBar.update();
  return [
    analyses.onDidChange((uri) => {
      highlights.update(uri);
      statusBar.update();
    }),
    vscode.window.onDidChangeVisibleTextEditors(analyseVisible),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return; // dirty-state or language change only
      // Only documents someone looks at are re-analysed; others on demand when shown.
      if (vscode.window.visibleTextEditors.some((e) => e.document === event.document)) {
        analyses.schedule(event.document, TYPING_DEBOUNCE_MS);
      } else {
        analyses.forget(event.document);
      }
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      // A language switch (plaintext -> markdown) reopens the document: analyse it afresh.
      analyses.forget(document);
      if (vscode.window.visibleTextEditors.some((e) => e.document === document)) analyses.schedule(document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => analyses.forget(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      onSettingsChanged();
      analyses.refresh(visibleDocuments());
      highlights.update();
      statusBar.update();
    }),
  ];
}
