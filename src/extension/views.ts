// The activity-bar views (Entities, Claims) and the context keys their welcome content reads.
import * as vscode from 'vscode';
import { ClaimsTree, CLAIMS_VIEW, registerClaimsGrouping } from './claims-tree';
import { EntitiesTree, ENTITIES_VIEW } from './entities-tree';
import { IndexService } from './index-service';

/** `pressAnnotator.indexState`: none | building | empty | ready | failed (for viewsWelcome). */
export const INDEX_STATE_KEY = 'pressAnnotator.indexState';

export function registerViews(service: IndexService): { entities: EntitiesTree; claims: ClaimsTree; disposables: vscode.Disposable[] } {
  const entities = new EntitiesTree(service);
  const claims = new ClaimsTree(service);
  const entitiesView = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: entities, showCollapseAll: true });
  const claimsView = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: claims, showCollapseAll: true });
  const refresh = () => {
    const state = service.current;
    const key = state.kind === 'ready' && state.index.articles().length === 0 ? 'empty' : state.kind;
    void vscode.commands.executeCommand('setContext', INDEX_STATE_KEY, key);
    entities.refresh();
    claims.refresh();
    const claimCount = service.index?.claims().length ?? 0;
    claimsView.badge = claimCount > 0 ? { value: claimCount, tooltip: `${claimCount} claims in the workspace` } : undefined;
  };
  refresh();
  return {
    entities,
    claims,
    disposables: [entitiesView, claimsView, service.onDidChange(refresh), ...registerClaimsGrouping(claims)],
  };
}
