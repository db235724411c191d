// How claims show in the editor: a status-coloured underline (one decoration type per colour),
// an overview-ruler mark, a hover with status, speaker, sources and note, and a CodeLens row of
// actions above each claim (status, edit, sources, delete). Orphaned claims — their words no
// longer found — get one CodeLens at the top of the article that lists them.
import * as vscode from 'vscode';
import { ratingOf } from '../core/claims/ratings';
import type { AnchoredClaim } from '../core/claims/types';
import { collapseSpaces } from '../core/text/spaces';
import { Analyses, ARTICLE_SELECTOR } from './analyses';
import { speakerNames } from './decoration-plan';
import { IndexService } from './index-service';
import { CLAIM_STATUS_COLOR } from './colors';

export const CLAIM_COMMANDS = {
  tag: 'pressAnnotator.tagClaim',
  editStatus: 'pressAnnotator.editClaimStatus',
  edit: 'pressAnnotator.editClaim',
  openSources: 'pressAnnotator.openClaimSources',
  delete: 'pressAnnotator.deleteClaim',
  showOrphans: 'pressAnnotator.showOrphanedClaims',
  openSidecar: 'pressAnnotator.openSidecar',
} as const;

/** The claims of an open document, found again in its current text. */
export type ClaimsOfDocument = (document: vscode.TextDocument) => readonly AnchoredClaim[];

export class ClaimHighlights implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();

  constructor() {
    for (const color of new Set(Object.values(CLAIM_STATUS_COLOR))) {
      this.types.set(color, vscode.window.createTextEditorDecorationType({
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: new vscode.ThemeColor(color),
        overviewRulerColor: new vscode.ThemeColor(color),
        overviewRulerLane: vscode.OverviewRulerLane.Center,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }));
    }
  }

  /** Ranges applied per colour id, by document, for tests. */
  readonly applied = new Map<string, Map<string, vscode.Range[]>>();

  update(editor: vscode.TextEditor, claims: readonly AnchoredClaim[]): void {
    const byColor = new Map<string, vscode.Range[]>();
    for (const color of this.types.keys()) byColor.set(color, []);
    for (const c of claims) {
      if (c.state === 'orphaned') continue;
      byColor.get(CLAIM_STATUS_COLOR[c.claim.status])?.push(new vscode.Range(editor.document.positionAt(c.start), editor.document.positionAt(c.end)));
    }
    for (const [color, type] of this.types) editor.setDecorations(type, byColor.get(color) ?? []);
    this.applied.set(editor.document.uri.toString(), byColor);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
  }
}

function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

export function claimHoverMarkdown(anchored: AnchoredClaim, uri: vscode.Uri, speakerName?: string): vscode.MarkdownString {
  const { claim } = anchored;
  const rating = ratingOf(claim.status);
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`$(checklist) **Claim — `);
  md.appendText(rating.label.en);
  md.appendMarkdown(`**${rating.value === null ? '' : ` (${rating.value}/5)`}\n\n`);
  md.appendMarkdown('> ');
  md.appendText(collapseSpaces(claim.text));
  md.appendMarkdown('\n\n');
  if (claim.speaker) {
    md.appendMarkdown('Speaker: ');
    md.appendText(speakerName ?? claim.speaker);
    md.appendMarkdown('\n\n');
  }
  if (claim.sources.length > 0) {
    md.appendMarkdown('Sources:\n');
    for (const s of claim.sources) {
      md.appendMarkdown('- ');
      // Only http(s) links are made clickable; the URL text is escaped like any other.
      if (/^https?:\/\//i.test(s.url)) md.appendMarkdown(`[${escapeLinkText(s.title ?? s.url)}](${encodeURI(decodeURI(s.url))})`);
      else md.appendText(s.url);
      md.appendMarkdown('\n');
    }
    md.appendMarkdown('\n');
  }
  if (claim.note) {
    md.appendMarkdown('Note: ');
    md.appendText(claim.note);
    md.appendMarkdown('\n\n');
  }
  if (anchored.state !== 'exact') md.appendMarkdown(`*Anchor: ${anchored.state}*\n\n`);
  const args = [{ uri: uri.toString(), claimId: claim.id }];
  md.appendMarkdown([
    commandLink('Edit status', CLAIM_COMMANDS.editStatus, args),
    commandLink('Edit', CLAIM_COMMANDS.edit, args),
    commandLink('Cross-references', 'pressAnnotator.showCrossReferences', [{ claimId: claim.id }]),
    commandLink('Delete', CLAIM_COMMANDS.delete, args),
  ].join(' · '));
  md.isTrusted = { enabledCommands: [CLAIM_COMMANDS.editStatus, CLAIM_COMMANDS.edit, CLAIM_COMMANDS.delete, 'pressAnnotator.showCrossReferences'] };
  return md;
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]()*_`<>]/g, (c) => `\\${c}`);
}

/** A speaker id as the reader knows it: the article's fullest name for it, else the cluster's. */
export function speakerNameIn(analyses: Analyses, service: IndexService): (document: vscode.TextDocument, id: string) => string | undefined {
  return (document, id) => {
    const current = analyses.current(document);
    return (current && speakerNames(current.analysis.entities).get(id)) ?? service.index?.cluster(id)?.name;
  };
}

export function registerClaimHovers(claimsOf: ClaimsOfDocument, speakerName: (document: vscode.TextDocument, id: string) => string | undefined): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, {
    provideHover(document, position) {
      const offset = document.offsetAt(position);
      const found = claimsOf(document).find((c) => c.state !== 'orphaned' && c.start <= offset && offset <= c.end);
      if (!found) return undefined;
      const speaker = found.claim.speaker ? speakerName(document, found.claim.speaker) : undefined;
      return new vscode.Hover(claimHoverMarkdown(found, document.uri, speaker), new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)));
    },
  });
}

export class ClaimCodeLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly claimsOf: ClaimsOfDocument) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const claims = this.claimsOf(document);
    const lenses: vscode.CodeLens[] = [];
    const orphans = claims.filter((c) => c.state === 'orphaned');
    const top = new vscode.Range(0, 0, 0, 0);
    if (orphans.length > 0) {
      lenses.push(new vscode.CodeLens(top, {
        title: `$(warning) ${orphans.length} orphaned claim${orphans.length === 1 ? '' : 's'}: words no longer in the article`,
        command: CLAIM_COMMANDS.showOrphans,
        arguments: [{ uri: document.uri.toString() }],
      }));
    }
    for (const c of claims) {
      if (c.state === 'orphaned') continue;
      const range = new vscode.Range(document.positionAt(c.start), document.positionAt(c.start));
      const args = [{ uri: document.uri.toString(), claimId: c.claim.id }];
      lenses.push(
        new vscode.CodeLens(range, { title: `$(circle-large-filled) ${ratingOf(c.claim.status).label.en}`, tooltip: 'Change the status', command: CLAIM_COMMANDS.editStatus, arguments: args }),
        new vscode.CodeLens(range, { title: 'Edit', command: CLAIM_COMMANDS.edit, arguments: args }),
        new vscode.CodeLens(range, { title: `Sources (${c.claim.sources.length})`, command: CLAIM_COMMANDS.openSources, arguments: args }),
        new vscode.CodeLens(range, { title: 'Delete', command: CLAIM_COMMANDS.delete, arguments: args }),
      );
    }
    return lenses;
  }
}
