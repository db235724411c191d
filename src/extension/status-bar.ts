// Status bar item with the counts for the article in the active editor, or why it is skipped.
import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { countAnnotations } from './decoration-plan';
import { Settings } from './settings';

/** Claims in a document, from the claims feature (0 until it knows). */
export type ClaimCounter = (document: vscode.TextDocument) => number;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pressAnnotator.counts', vscode.StatusBarAlignment.Right, 100);
  claimCount: ClaimCounter = () => 0;

  constructor(private readonly analyses: Analyses, private readonly settings: () => Settings) {
    this.item.name = 'Press Annotator';
    this.item.command = 'pressAnnotator.entities.focus';
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.analyses.isArticle(editor.document)) {
      this.item.hide();
      return;
    }
    const result = this.analyses.latest(editor.document.uri);
    if (!result) {
      this.item.text = '$(loading~spin) Press Annotator';
      this.item.tooltip = 'Analysing the article…';
    } else if ('reason' in result) {
      this.item.text = '$(circle-slash) Press Annotator';
      this.item.tooltip = `Not analysed: ${result.reason}`;
    } else {
      const { entities, quotes } = countAnnotations(result.analysis, this.settings().entityTypes);
      const claims = this.claimCount(editor.document);
      this.item.text = `$(person) ${entities}  $(quote) ${quotes}  $(checklist) ${claims}`;
      this.item.tooltip = `Press Annotator: ${entities} entities, ${quotes} quotations, ${claims} claims in this article (${result.analysis.lang})`;
    }
    this.item.show();
  }

  /** What the item shows, for tests. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
