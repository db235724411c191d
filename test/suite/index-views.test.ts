/// <reference types="mocha" />
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EntityNode } from '../../src/extension/entities-tree';
import type { EntitySearchResult } from '../../src/core/search/entity-search';
import type { XrefViewModel } from '../../src/extension/xref-panel';
import { api, openSeedArticle, waitFor } from './helpers';

async function readyIndex() {
  const a = await api();
  const index = await a.index.ready();
  assert.ok(index, `index state: ${JSON.stringify(a.index.current)}`);
  return { a, index };
}

suite('Workspace index, Entities tree, search, hovers, cross-reference panel', () => {
  test('the Entities tree lists types, then clusters with counts, then articles, then mentions that reveal', async () => {
    const { a, index } = await readyIndex();
    const tree = a.views.entities;
    const roots = await tree.getChildren();
    assert.strictEqual(roots[0].kind, 'legend');
    const legend = await tree.getChildren(roots[0]);
    assert.deepStrictEqual(legend.map((n) => tree.getTreeItem(n).label), ['People', 'Organisations', 'Places', 'Dates', 'Events', 'Quotations']);
    const people = roots.find((n) => n.kind === 'type' && n.type === 'PER');
    assert.ok(people, `roots: ${roots.map((n) => tree.getTreeItem(n).label)}`);
    const clusters = await tree.getChildren(people);
    const trump = clusters.find((n) => tree.getTreeItem(n).label === 'Donald Trump') as Extract<EntityNode, { kind: 'cluster' }>;
    assert.ok(trump, `people: ${clusters.slice(0, 10).map((n) => tree.getTreeItem(n).label)}`);
    const cluster = index.cluster(trump.cluster.id)!;
    assert.strictEqual(tree.getTreeItem(trump).description, `${cluster.mentionCount} mentions · ${cluster.articles.length} articles`);
    assert.ok(cluster.articles.length >= 2, 'Trump appears in several seed articles');
    const articles = await tree.getChildren(trump);
    assert.deepStrictEqual(articles.map((n) => n.kind === 'article' && n.path), cluster.articles);
    const mentions = await tree.getChildren(articles[0]);
    const mentionItem = tree.getTreeItem(mentions[0]);
    assert.ok(mentionItem.command, 'a mention reveals on click');
    await vscode.commands.executeCommand(mentionItem.command.command, ...(mentionItem.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.path, cluster.articles[0]);
    assert.match(editor.document.getText(editor.selection), /Trump/);
  });

  test('Search Entities finds people despite typos and missing accents, best first', async () => {
    await readyIndex();
    const poutine = await vscode.commands.executeCommand<EntitySearchResult[]>('pressAnnotator.searchEntities', { query: 'poutin' });
    assert.strictEqual(poutine[0]?.name, 'Vladimir Poutine', JSON.stringify(poutine.slice(0, 3)));
    const etats = await vscode.commands.executeCommand<EntitySearchResult[]>('pressAnnotator.searchEntities', { query: 'etats unis' });
    assert.ok(etats.some((r) => r.name === 'États-Unis'), JSON.stringify(etats.slice(0, 3)));
  });

  test('hovering an entity shows its cluster, variants, article count and a cross-reference link', async () => {
    await readyIndex();
    const editor = await openSeedArticle();
    const { analyses } = await api();
    await analyses.whenCurrent(editor.document);
    const offset = editor.document.getText().indexOf('Donald Trump') + 3;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
    assert.ok(analyses.current(editor.document), 'analysis is current');
    // MarkdownString.appendText escapes spaces as &nbsp;.
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /Donald Trump/, `hovers: ${JSON.stringify(hovers)}`);
    assert.match(text, /person/);
    assert.match(text, /Mentioned in \d+ articles/);
    assert.match(text, /Variants: Trump \\\(\d+\\\), Donald Trump/);
    assert.match(text, /command:pressAnnotator\.showCrossReferences\?/);
  });

  test('the cross-reference panel shows every article with counts', async () => {
    const { a, index } = await readyIndex();
    const id = index.clusters().find((c) => c.name === 'Donald Trump')!.id;
    const rendered = a.xrefPanel.nextRender(id);
    const model = await vscode.commands.executeCommand<XrefViewModel>('pressAnnotator.showCrossReferences', { entityId: id });
    const summary = await rendered;
    assert.strictEqual(summary.title, 'Donald Trump');
    assert.deepStrictEqual(summary.articleHeadings, model.articles.map((x) => x.name));
    const c = model.xref.counts;
    assert.strictEqual(summary.rows, c.mentions + c.quotes + c.claims);
    assert.ok(c.articles >= 2 && c.mentions >= c.articles);
  });

  test('article text with <script> and <img onerror> is shown as text in the panel, never run', async () => {
    const { a, index } = await readyIndex();
    assert.ok(index.article(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'zz-markup-in-text.txt').path), 'fixture indexed');
    const id = index.clusters().find((c) => c.name === 'Vladimir Poutine')!.id;
    const rendered = a.xrefPanel.nextRender(id);
    const model = await vscode.commands.executeCommand<XrefViewModel>('pressAnnotator.showCrossReferences', id);
    const summary = await rendered;
    const fixture = model.xref.articles.find((x) => x.path.endsWith('zz-markup-in-text.txt'));
    assert.ok(fixture, 'the fixture mentions Poutine');
    assert.ok(fixture.quotes.some((q) => q.text.includes('<b>')), 'the quote with markup is listed');
    assert.strictEqual(summary.scriptElements, 0, 'no script element in the page body');
    assert.strictEqual(summary.imgElements, 0, 'no img element');
    assert.strictEqual(summary.markupShownAsText, true, 'the markup is shown as literal text');
    assert.strictEqual(summary.payloadRan, false, 'no payload ran');
    await waitFor(() => a.xrefPanel.shownId === id, 'panel to show the entity');
  });

  test('indexing can be cancelled: the index says so, and a new build brings it back', async () => {
    const { index } = await api();
    const cancel = new vscode.CancellationTokenSource();
    const building = index.rebuild(false, cancel.token);
    cancel.cancel();
    const state = await building;
    assert.deepStrictEqual(state, { kind: 'none', reason: 'indexing was cancelled' });
    assert.strictEqual(index.index, undefined);
    const rebuilt = await index.rebuild();
    assert.strictEqual(rebuilt.kind, 'ready');
  });
});
