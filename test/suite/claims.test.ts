/// <reference types="mocha" />
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Claim } from '../../src/core/claims/types';
import type { ClaimNode } from '../../src/extension/claims-tree';
import { api, openSeedArticle, waitFor, workspaceRoot } from './helpers';

const ARTICLE = '004_8203fcc26b8d55c1.txt';
const sidecarUri = () => vscode.Uri.joinPath(workspaceRoot(), `${ARTICLE}.press.yaml`);
const readSidecarText = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri()));

/** Selects the first occurrence of `words` in the editor. */
function select(editor: vscode.TextEditor, words: string): vscode.Range {
  const at = editor.document.getText().indexOf(words);
  assert.ok(at >= 0, `"${words}" is in the article`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
  editor.selection = new vscode.Selection(range.start, range.end);
  return range;
}

suite('Claims', () => {
  let words: string;
  let tagged: Claim;

  suiteSetup(async () => {
    const editor = await openSeedArticle(ARTICLE);
    // A sentence of the article, whatever it is: its first 40 characters after the first line.
    const text = editor.document.getText();
    const start = text.indexOf('\n') + 1;
    words = text.slice(start, start + 40).trim();
  });

  test('Tag Claim writes the claim to the sidecar on disk and underlines it', async () => {
    const editor = await openSeedArticle(ARTICLE);
    const range = select(editor, words);
    tagged = await vscode.commands.executeCommand<Claim>('pressAnnotator.tagClaim', {
      skipPrompts: true, status: 'mostly-false', speaker: 'donald-trump', sources: [{ url: 'https://example.org/check' }], note: 'Chiffres à vérifier',
    });
    assert.ok(tagged?.id, 'the command returns the new claim');
    const onDisk = parse(await readSidecarText());
    assert.strictEqual(onDisk.version, 1);
    assert.strictEqual(onDisk.article, ARTICLE);
    const claim = onDisk.claims.find((c: { id: string }) => c.id === tagged.id);
    assert.ok(claim, 'the claim is in the sidecar');
    assert.strictEqual(claim.text, words);
    assert.strictEqual(claim.status, 'mostly-false');
    assert.strictEqual(claim.speaker, 'donald-trump');
    assert.deepStrictEqual(claim.sources.map((s: { url: string }) => s.url), ['https://example.org/check']);
    assert.strictEqual(claim.anchor.start, editor.document.offsetAt(range.start));
    const { claimHighlights, statusBar } = await api();
    await waitFor(() => [...(claimHighlights.applied.get(editor.document.uri.toString())?.values() ?? [])].flat().some((r) => r.isEqual(range)), 'the claim to be underlined');
    await waitFor(() => / 1$/.test(statusBar.text), `status bar claim count, got "${statusBar.text}"`);
  });

  test('hover and CodeLens on the claim show its status, speaker, sources and actions', async () => {
    const editor = await openSeedArticle(ARTICLE);
    const at = editor.document.getText().indexOf(words) + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /Claim — Mostly false/);
    assert.match(text, /example\.org\/check/);
    assert.match(text, /Chiffres à vérifier/);
    assert.match(text, /command:pressAnnotator\.deleteClaim/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => t.includes('Mostly false')), `lenses: ${titles}`);
    assert.ok(titles.includes('Sources (1)') && titles.includes('Delete') && titles.includes('Edit'), `lenses: ${titles}`);
  });

  test('editing the article re-anchors the claim in memory; the sidecar is not rewritten', async () => {
    const editor = await openSeedArticle(ARTICLE);
    const before = await readSidecarText();
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Mise à jour : ajout d\'un paragraphe.\n\n'));
    const { claims } = await api();
    await waitFor(() => claims.claimsOf(editor.document).some((c) => c.claim.id === tagged.id && c.state === 'moved'), 'the claim to be found moved');
    const moved = claims.claimsOf(editor.document).find((c) => c.claim.id === tagged.id)!;
    assert.strictEqual(editor.document.getText().slice(moved.start, moved.end), words, 'anchored on the same words');
    assert.strictEqual(await readSidecarText(), before, 'nothing written on disk');
    // Saving a change writes the claim at its new place.
    const updated = await vscode.commands.executeCommand<Claim>('pressAnnotator.editClaimStatus', { uri: editor.document.uri.toString(), claimId: tagged.id, status: 'false' });
    assert.strictEqual(updated.status, 'false');
    const onDisk = parse(await readSidecarText()).claims.find((c: { id: string }) => c.id === tagged.id);
    assert.strictEqual(String(onDisk.status), 'false'); // written as a plain word: YAML reads it as a boolean
    assert.strictEqual(onDisk.anchor.start, moved.start);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the Claims view lists the claim by article and by status', async () => {
    const { views, index } = await api();
    // The status the test before wrote ("false") reaches the index through the file watcher, after
    // its debounce: wait for that, not only for the claim (which it holds from the first test).
    await waitFor(() => (index.index?.claims() ?? []).some((c) => c.claim.id === tagged.id && String(c.claim.status) === 'false'), 'the index to pick up the sidecar');
    const tree = views.claims;
    const groups = tree.getChildren();
    const group = groups.find((g) => g.kind === 'group' && g.path?.endsWith(ARTICLE)) as Extract<ClaimNode, { kind: 'group' }>;
    assert.ok(group, `groups: ${groups.map((g) => tree.getTreeItem(g).label)}`);
    const items = tree.getChildren(group).map((n) => tree.getTreeItem(n));
    const item = items.find((i) => i.label === words);
    assert.ok(item, `claims: ${items.map((i) => i.label)}`);
    assert.match(String(item.description), /False/);
    assert.ok(item.command, 'a claim reveals on click');
    await vscode.commands.executeCommand('pressAnnotator.claims.groupByStatus');
    const byStatus = tree.getChildren().map((g) => tree.getTreeItem(g).label);
    assert.ok(byStatus.includes('False'), `status groups: ${byStatus}`);
    await vscode.commands.executeCommand('pressAnnotator.claims.groupByArticle');
  });

  test('the CSV export carries the claim', async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'claims.csv');
    await vscode.commands.executeCommand('pressAnnotator.exportAnnotations', { format: 'csv', scope: 'workspace', target: target.toString() });
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(csv.includes(tagged.id), 'the claim id is in the CSV');
    assert.ok(csv.includes('https://example.org/check'));
  });

  test('words rewritten: the claim is orphaned, listed, not moved onto other words', async () => {
    const editor = await openSeedArticle(ARTICLE);
    const at = editor.document.getText().indexOf(words);
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + words.length)), 'Phrase entièrement réécrite par la rédaction.'));
    const { claims } = await api();
    await waitFor(() => claims.claimsOf(editor.document).some((c) => c.claim.id === tagged.id && c.state === 'orphaned'), 'the claim to be orphaned');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.ok(lenses.some((l) => /1 orphaned claim/.test(l.command?.title ?? '')), 'an orphan CodeLens at the top');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('a broken sidecar is reported and never overwritten; changes are refused', async () => {
    const editor = await openSeedArticle(ARTICLE);
    const broken = (await readSidecarText()).replace(/^claims:/m, 'claims: [unclosed');
    await vscode.workspace.fs.writeFile(sidecarUri(), new TextEncoder().encode(broken));
    const { claims } = await api();
    await waitFor(async () => (await claims.sidecar(editor.document.uri)).readOnly !== undefined, 'the broken sidecar to be read');
    const file = await claims.sidecar(editor.document.uri);
    assert.ok(file.issues.some((i) => i.severity === 'error' && i.line > 0), 'errors with a line');
    select(editor, editor.document.getText().slice(0, 12));
    const result = await vscode.commands.executeCommand('pressAnnotator.tagClaim', { skipPrompts: true });
    assert.strictEqual(result, undefined, 'tagging is refused');
    assert.strictEqual(await readSidecarText(), broken, 'the broken file is untouched');
  });

  test('Delete removes the claim; Undo (restore) brings it back under a new id', async () => {
    const editor = await openSeedArticle('003_a8a482ace9042be1.txt');
    select(editor, editor.document.getText().slice(30, 60));
    await vscode.commands.executeCommand<Claim>('pressAnnotator.tagClaim', { skipPrompts: true, status: 'pending' });
    select(editor, editor.document.getText().slice(0, 25));
    const claim = await vscode.commands.executeCommand<Claim>('pressAnnotator.tagClaim', { skipPrompts: true, status: 'true' });
    const removed = await vscode.commands.executeCommand<Claim>('pressAnnotator.deleteClaim', { uri: editor.document.uri.toString(), claimId: claim.id });
    assert.strictEqual(removed.id, claim.id);
    const { claims } = await api();
    assert.ok(!(await claims.sidecar(editor.document.uri)).content.claims.some((c) => c.id === claim.id));
    const restored = await claims.restore(editor.document, removed);
    assert.notStrictEqual(restored.id, claim.id);
    const back = (await claims.sidecar(editor.document.uri)).content.claims.find((c) => c.id === restored.id);
    assert.strictEqual(back?.text, claim.text);
    assert.strictEqual(back?.status, 'true');
  });
});
