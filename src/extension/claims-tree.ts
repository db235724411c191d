// The Claims view: every claim of the workspace, grouped by article or by status (a toggle in
// the view's title bar). Orphaned claims (their words no longer found) are listed, with a
// warning icon, never hidden. Clicking a claim reveals it.
import * as vscode from 'vscode';
import { ratingOf } from '../core/claims/ratings';
import { CLAIM_STATUSES, ClaimStatus } from '../core/claims/types';
import type { IndexedClaim } from '../core/index/annotations';
import { baseName, compareCodeUnits } from '../core/workspace/paths';
import { CLAIM_STATUS_COLOR } from './colors';
import { IndexService } from './index-service';
import { revealCommand } from './reveal';

export const CLAIMS_VIEW = 'pressAnnotator.claims';
export const CLAIMS_GROUPING_COMMANDS = { byArticle: 'pressAnnotator.claims.groupByArticle', byStatus: 'pressAnnotator.claims.groupByStatus' };

export type ClaimsGrouping = 'article' | 'status';

type Entry = { path: string; claim: IndexedClaim };

export type ClaimNode =
  | { kind: 'group'; label: string; status?: ClaimStatus; path?: string; entries: Entry[] }
  | { kind: 'claim'; entry: Entry; showPath: boolean };

export class ClaimsTree implements vscode.TreeDataProvider<ClaimNode> {
  private readonly changed = new vscode.EventEmitter<ClaimNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private grouping: ClaimsGrouping = 'article';

  constructor(private readonly service: IndexService) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  setGrouping(grouping: ClaimsGrouping): void {
    this.grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'pressAnnotator.claimsGrouping', grouping);
    this.refresh();
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    if (node) return node.kind === 'group' ? node.entries.map((entry) => ({ kind: 'claim', entry, showPath: this.grouping === 'status' })) : [];
    const entries: Entry[] = (this.service.index?.claims() ?? []).map(({ article, claim }) => ({ path: article.path, claim }));
    return this.grouping === 'article' ? byArticle(entries) : byStatus(entries);
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.entries.length}`;
      item.id = `group:${this.grouping}:${node.path ?? node.status}`;
      if (node.path) {
        item.resourceUri = this.service.uriOf(node.path);
        item.iconPath = vscode.ThemeIcon.File;
      } else if (node.status) {
        item.iconPath = new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(CLAIM_STATUS_COLOR[node.status]));
      }
      return item;
    }
    const { claim, path } = node.entry;
    const item = new vscode.TreeItem(claim.text);
    item.id = `claim:${claim.id}`;
    const orphaned = claim.state === 'orphaned';
    item.description = [node.showPath ? baseName(path) : ratingOf(claim.status).label.en, claim.speaker, orphaned ? 'orphaned: words not found' : undefined]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = orphaned
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(CLAIM_STATUS_COLOR[claim.status]));
    item.tooltip = new vscode.MarkdownString().appendText(
      `${ratingOf(claim.status).label.en} — ${claim.text}${claim.speaker ? `\nSpeaker: ${claim.speaker}` : ''}\n${orphaned ? 'Orphaned: these words are no longer in the article; the claim is kept in the sidecar.' : `Anchor: ${claim.state}`}`,
    );
    item.contextValue = orphaned ? 'claim.orphaned' : 'claim';
    if (!orphaned) item.command = revealCommand({ uri: this.service.uriOf(path).toString(), start: claim.start, end: claim.end });
    return item;
  }
}

function byArticle(entries: Entry[]): ClaimNode[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) groups.set(e.path, [...(groups.get(e.path) ?? []), e]);
  return [...groups]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([path, list]) => ({ kind: 'group', label: baseName(path), path, entries: list.sort((a, b) => a.claim.start - b.claim.start) }));
}

function byStatus(entries: Entry[]): ClaimNode[] {
  return CLAIM_STATUSES.flatMap((status): ClaimNode[] => {
    const list = entries.filter((e) => e.claim.status === status);
    return list.length === 0 ? [] : [{ kind: 'group', label: ratingOf(status).label.en, status, entries: list }];
  });
}

export function registerClaimsGrouping(tree: ClaimsTree): vscode.Disposable[] {
  void vscode.commands.executeCommand('setContext', 'pressAnnotator.claimsGrouping', 'article');
  return [
    vscode.commands.registerCommand(CLAIMS_GROUPING_COMMANDS.byArticle, () => tree.setGrouping('article')),
    vscode.commands.registerCommand(CLAIMS_GROUPING_COMMANDS.byStatus, () => tree.setGrouping('status')),
  ];
}
