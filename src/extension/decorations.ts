// Highlights in the editor: one decoration type per entity type and one for quotations (with the
// speaker after the quote as "— Name"), each with an overview-ruler mark. Only visible editors
// are decorated; an editor that becomes visible gets the cached analysis at once.
import * as vscode from 'vscode';
import { ENTITY_TYPES, EntityType } from '../core/recognise/types';
import { Analyses } from './analyses';
import { ENTITY_COLOR, ENTITY_RULER_COLOR, QUOTE_BACKGROUND, QUOTE_RULER, SPEAKER_FOREGROUND } from './colors';
import { DecorationPlan, PlannedRange, planDecorations } from './decoration-plan';
import { Settings } from './settings';

export class Highlights implements vscode.Disposable {
  private readonly entityTypes: Record<EntityType, vscode.TextEditorDecorationType>;
  private readonly quoteType: vscode.TextEditorDecorationType;
  /** What was last applied per document URI: tests compare it with the recogniser. */
  private readonly applied = new Map<string, DecorationPlan>();

  constructor(private readonly analyses: Analyses, private readonly settings: () => Settings) {
    this.entityTypes = Object.fromEntries(
      ENTITY_TYPES.map((type) => [type, vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(ENTITY_COLOR[type]),
        borderRadius: '2px',
        overviewRulerColor: new vscode.ThemeColor(ENTITY_RULER_COLOR[type]),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      })]),
    ) as Record<EntityType, vscode.TextEditorDecorationType>;
    this.quoteType = vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(QUOTE_BACKGROUND),
      overviewRulerColor: new vscode.ThemeColor(QUOTE_RULER),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      after: { color: new vscode.ThemeColor(SPEAKER_FOREGROUND), fontStyle: 'italic', margin: '0 0 0 0.4em' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }

  /** Decorates every visible editor showing `uri` (all visible editors when omitted). */
  update(uri?: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!uri || editor.document.uri.toString() === uri.toString()) this.decorate(editor);
    }
  }

  /** The plan last applied to a document, or undefined if none is shown. */
  appliedPlan(uri: vscode.Uri): DecorationPlan | undefined {
    return this.applied.get(uri.toString());
  }

  dispose(): void {
    for (const t of Object.values(this.entityTypes)) t.dispose();
    this.quoteType.dispose();
  }

  private decorate(editor: vscode.TextEditor): void {
    const key = editor.document.uri.toString();
    const settings = this.settings();
    const result = this.analyses.latest(editor.document.uri);
    // A stale analysis stays on screen (VS Code moves its ranges with the edits) until the
    // fresh one arrives; only a missing one, or highlights turned off, clears the editor.
    if (!settings.highlights || !result || !('analysis' in result)) {
      this.clear(editor);
      this.applied.delete(key);
      return;
    }
    if (result.version !== editor.document.version) return;
    const plan = planDecorations(result.text, result.analysis, settings.entityTypes);
    for (const type of ENTITY_TYPES) editor.setDecorations(this.entityTypes[type], plan.entities[type].map(toRange));
    editor.setDecorations(this.quoteType, plan.quotes.map((q) => ({
      range: toRange(q),
      renderOptions: q.speakerLabel ? { after: { contentText: q.speakerLabel } } : undefined,
    })));
    this.applied.set(key, plan);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of ENTITY_TYPES) editor.setDecorations(this.entityTypes[type], []);
    editor.setDecorations(this.quoteType, []);
  }
}

export function toRange(r: PlannedRange): vscode.Range {
  return new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter);
}
