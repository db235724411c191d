// The Entities view: a legend of the highlight colours, then entity types > clusters (name,
// mention and article counts, variants in the tooltip) > articles > mentions with their line of
// context. Clicking a mention reveals it in the editor.
import * as vscode from 'vscode';
import type { EntityCluster } from '../core/index/clustering';
import { entityCrossReference, XrefMention } from '../core/search/cross-reference';
import { ENTITY_TYPES, EntityType } from '../core/recognise/types';
import { baseName } from '../core/workspace/paths';
import { ENTITY_LABEL, ENTITY_RULER_COLOR, QUOTE_RULER } from './colors';
import { IndexService } from './index-service';
import { revealCommand } from './reveal';

export const ENTITIES_VIEW = 'pressAnnotator.entities';

const TYPE_HEADING: Record<EntityType, string> = {
  PER: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
  DATE: 'Dates',
  EVENT: 'Events',
};

export type EntityNode =
  | { kind: 'legend' }
  | { kind: 'legend-item'; label: string; color: string; detail: string }
  | { kind: 'status'; label: string; detail?: string }
  | { kind: 'type'; type: EntityType; clusters: EntityCluster[] }
  | { kind: 'cluster'; cluster: EntityCluster }
  | { kind: 'article'; cluster: EntityCluster; path: string; mentions: XrefMention[] }
  | { kind: 'mention'; path: string; mention: XrefMention };

export class EntitiesTree implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly service: IndexService) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'legend':
        return [
          ...ENTITY_TYPES.map((type): EntityNode => ({ kind: 'legend-item', label: TYPE_HEADING[type], color: ENTITY_RULER_COLOR[type], detail: `${type} highlight` })),
          { kind: 'legend-item', label: 'Quotations', color: QUOTE_RULER, detail: 'quote highlight; the speaker follows as "— Name"' },
        ];
      case 'type':
        return node.clusters.map((cluster) => ({ kind: 'cluster', cluster }));
      case 'cluster':
        return this.articlesOf(node.cluster);
      case 'article':
        return node.mentions.map((mention) => ({ kind: 'mention', path: node.path, mention }));
      default:
        return [];
    }
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'legend': {
        const item = new vscode.TreeItem('Legend', vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('symbol-color');
        return item;
      }
      case 'legend-item': {
        const item = new vscode.TreeItem(node.label);
        item.iconPath = new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(node.color));
        item.description = node.detail;
        return item;
      }
      case 'status': {
        const item = new vscode.TreeItem(node.label);
        item.description = node.detail;
        item.iconPath = new vscode.ThemeIcon('info');
        return item;
      }
      case 'type': {
        const item = new vscode.TreeItem(TYPE_HEADING[node.type], vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.clusters.length}`;
        item.iconPath = new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(ENTITY_RULER_COLOR[node.type]));
        item.id = `type:${node.type}`;
        return item;
      }
      case 'cluster': {
        const c = node.cluster;
        const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `cluster:${c.type}:${c.id}`;
        item.description = `${c.mentionCount} mention${c.mentionCount === 1 ? '' : 's'} · ${c.articles.length} article${c.articles.length === 1 ? '' : 's'}`;
        item.tooltip = new vscode.MarkdownString().appendText(`${c.name} (${ENTITY_LABEL[c.type]})\nVariants: ${c.variants.map((v) => `${v.text} (${v.count})`).join(', ')}`);
        item.contextValue = 'entity';
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(baseName(node.path), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `article:${node.cluster.id}:${node.path}`;
        item.description = `${node.mentions.length}`;
        item.resourceUri = this.service.uriOf(node.path);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.mention.context);
        item.description = `line ${node.mention.line + 1}`;
        item.tooltip = node.mention.context;
        item.command = revealCommand({ uri: this.service.uriOf(node.path).toString(), start: node.mention.start, end: node.mention.end });
        return item;
      }
    }
  }

  private async roots(): Promise<EntityNode[]> {
    const state = this.service.current;
    if (state.kind === 'building') return [{ kind: 'status', label: 'Indexing articles…' }];
    if (state.kind === 'failed') return [{ kind: 'status', label: 'Indexing failed', detail: state.message }];
    if (state.kind === 'none') return [];
    const clusters = state.index.clusters();
    const byType = ENTITY_TYPES.map((type): EntityNode => ({
      kind: 'type',
      type,
      clusters: clusters.filter((c) => c.type === type).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)),
    }));
    return [{ kind: 'legend' }, ...byType.filter((n) => n.kind === 'type' && n.clusters.length > 0)];
  }

  private async articlesOf(cluster: EntityCluster): Promise<EntityNode[]> {
    const index = this.service.index;
    if (!index) return [];
    const xref = await entityCrossReference(index, cluster);
    return xref.articles
      .filter((a) => a.mentions.length > 0)
      .map((a) => ({ kind: 'article', cluster, path: a.path, mentions: a.mentions }));
  }
}
