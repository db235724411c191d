// "Press Annotator: Search Entities": a quick pick that searches as you type with the core's
// fuzzy entity search (fuse.js over cluster names and variants, accents and typos forgiven).
// Enter opens the entity's cross-references; the item's button jumps to its first mention.
import * as vscode from 'vscode';
import type { EntitySearchResult } from '../core/search/entity-search';
import { ENTITY_LABEL } from './colors';
import { IndexService } from './index-service';
import { reveal } from './reveal';
import { SHOW_XREF_COMMAND } from './xref-panel';

export const SEARCH_COMMAND = 'pressAnnotator.searchEntities';

interface ResultItem extends vscode.QuickPickItem {
  result: EntitySearchResult;
}

const GO_TO_MENTION: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Go to the first mention' };

/**
 * With `{ query }` (scripts, tests) it answers without UI: the results, best first; with
 * `{ query, open: true }` it also opens the best result's cross-references.
 */
export function registerSearchCommand(service: IndexService): vscode.Disposable {
  return vscode.commands.registerCommand(SEARCH_COMMAND, async (args?: { query?: string; open?: boolean }) => {
    const index = await service.ready();
    const search = service.entitySearch();
    if (!index || !search) {
      void vscode.window.showWarningMessage('Press Annotator: open a folder of articles to search its entities.');
      return [];
    }
    if (args?.query !== undefined) {
      const results = search.search(args.query);
      if (args.open && results[0]) await vscode.commands.executeCommand(SHOW_XREF_COMMAND, { entityId: results[0].id });
      return results;
    }
    return pick(service);
  });
}

function pick(service: IndexService): Promise<EntitySearchResult[]> {
  return new Promise((resolve) => {
    const quickPick = vscode.window.createQuickPick<ResultItem>();
    quickPick.title = 'Search entities';
    quickPick.placeholder = 'A name, even misspelt or without accents: zelenski, poutin, maison blanche…';
    quickPick.matchOnDescription = false;
    // The core ranks; VS Code's own filter would hide typo matches, so it is turned off.
    (quickPick as { sortByLabel?: boolean }).sortByLabel = false;
    const update = (query: string) => {
      const results = service.entitySearch()?.search(query) ?? [];
      quickPick.items = results.map((result) => ({
        label: result.name,
        description: `${ENTITY_LABEL[result.type]} · ${result.mentionCount} mention${result.mentionCount === 1 ? '' : 's'}`,
        detail: result.matched !== result.name ? `matched “${result.matched}”` : undefined,
        alwaysShow: true,
        buttons: [GO_TO_MENTION],
        result,
      }));
    };
    quickPick.onDidChangeValue(update);
    quickPick.onDidAccept(async () => {
      const chosen = quickPick.selectedItems[0];
      quickPick.hide();
      if (chosen) await vscode.commands.executeCommand(SHOW_XREF_COMMAND, { entityId: chosen.result.id });
      resolve(chosen ? [chosen.result] : []);
    });
    quickPick.onDidTriggerItemButton(async ({ item }) => {
      quickPick.hide();
      await goToFirstMention(service, item.result.id);
      resolve([item.result]);
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve([]);
    });
    quickPick.show();
  });
}

async function goToFirstMention(service: IndexService, id: string): Promise<void> {
  const index = service.index;
  const cluster = index?.cluster(id);
  if (!index || !cluster) return;
  const members = new Set(index.membersOf(cluster).map((m) => `${m.type}|${m.id}`));
  for (const path of cluster.articles) {
    const mention = index.article(path)?.entities.find((e) => members.has(`${e.type}|${e.id}`));
    const uri = service.workspace?.uriOf(path);
    if (mention && uri) {
      await reveal({ uri: uri.toString(), start: mention.start, end: mention.end });
      return;
    }
  }
}
