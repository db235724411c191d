// Keeps claim underlines, CodeLenses and the status bar in step with the claims (saved, changed
// on disk) and with the text (claims are found again after each debounced edit).
import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { ClaimCodeLenses, ClaimHighlights } from './claim-view';
import { ClaimsService } from './claims-service';
import { StatusBar } from './status-bar';

export function registerClaimUpdates(claims: ClaimsService, highlights: ClaimHighlights, lenses: ClaimCodeLenses, analyses: Analyses, statusBar: StatusBar): vscode.Disposable[] {
  const update = (uri?: vscode.Uri) => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!analyses.isArticle(editor.document)) continue;
      if (!uri || editor.document.uri.toString() === uri.toString()) highlights.update(editor, claims.claimsOf(editor.document));
    }
    lenses.refresh();
    statusBar.update();
  };
  update();
  return [
    claims.onDidChange((uri) => {
      update(uri);
      // Its entity corrections may have changed: analyse the article again to apply them.
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document && vscode.window.visibleTextEditors.some((e) => e.document === document)) analyses.schedule(document);
    }),
    analyses.onDidChange(update),
    vscode.window.onDidChangeVisibleTextEditors(() => update()),
  ];
}
