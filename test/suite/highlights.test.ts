/// <reference types="mocha" />
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/recognise/analyze';
import { ENTITY_TYPES } from '../../src/core/recognise/types';
import { renderSidecar } from '../../src/core/claims/sidecar-edit';
import type { PlannedRange } from '../../src/extension/decoration-plan';
import { api, openSeedArticle, setSetting, waitFor, workspaceRoot } from './helpers';

/** "line:char-line:char" of a span, as VS Code's own TextDocument computes it. */
function where(doc: vscode.TextDocument, start: number, end: number): string {
  const s = doc.positionAt(start);
  const e = doc.positionAt(end);
  return `${s.line}:${s.character}-${e.line}:${e.character}`;
}

function planned(r: PlannedRange): string {
  return `${r.startLine}:${r.startCharacter}-${r.endLine}:${r.endCharacter}`;
}

async function currentPlan(doc: vscode.TextDocument) {
  const { analyses, highlights } = await api();
  await analyses.whenCurrent(doc);
  let plan = highlights.appliedPlan(doc.uri);
  await waitFor(() => (plan = highlights.appliedPlan(doc.uri)) !== undefined, 'decorations to be applied');
  return plan!;
}

suite('Highlights', () => {
  teardown(async () => {
    await setSetting('highlights.enabled', undefined);
    await setSetting('entityTypes', undefined);
    await setSetting('maxFileSizeMB', undefined);
    await setSetting('exclude', undefined);
  });

  test('decoration ranges of a seed article are exactly the recogniser\'s spans', async () => {
    const editor = await openSeedArticle();
    const doc = editor.document;
    const plan = await currentPlan(doc);
    const expected = analyze(doc.getText(), { fileName: doc.fileName });
    assert.ok(expected.entities.length > 10, 'the seed article has entities');
    for (const type of ENTITY_TYPES) {
      assert.deepStrictEqual(
        plan.entities[type].map(planned),
        expected.entities.filter((e) => e.type === type).map((e) => where(doc, e.start, e.end)),
        `${type} ranges`,
      );
    }
    assert.deepStrictEqual(plan.quotes.map(planned), expected.quotes.map((q) => where(doc, q.start, q.end)));
    const attributed = expected.quotes.filter((q) => q.speaker);
    assert.ok(attributed.length > 0, 'some quotes have a speaker');
    assert.strictEqual(plan.quotes.filter((q) => q.speakerLabel?.startsWith('— ')).length, attributed.length);
  });

  test('an edit re-analyses after the debounce and the ranges follow the new text', async () => {
    const editor = await openSeedArticle('001_26eafcd5d4735cad.txt');
    const doc = editor.document;
    await currentPlan(doc);
    const inserted = 'Emmanuel Macron a parlé à Berlin.\n\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), inserted));
    const plan = await currentPlan(doc);
    const { analyses } = await api();
    assert.strictEqual(analyses.current(doc)?.version, doc.version, 'analysis is of the edited version');
    const expected = analyze(doc.getText(), { fileName: doc.fileName });
    assert.deepStrictEqual(plan.entities.PER.map(planned), expected.entities.filter((e) => e.type === 'PER').map((e) => where(doc, e.start, e.end)));
    assert.ok(plan.entities.PER.some((r) => r.startLine === 0), 'the inserted name is highlighted');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('entity types setting and Toggle Highlights change what is shown', async () => {
    const editor = await openSeedArticle();
    const { highlights } = await api();
    await currentPlan(editor.document);
    await setSetting('entityTypes', ['PER']);
    await waitFor(() => {
      const p = highlights.appliedPlan(editor.document.uri);
      return !!p && p.entities.LOC.length === 0 && p.entities.PER.length > 0;
    }, 'only people to be highlighted');
    const enabled = await vscode.commands.executeCommand<boolean>('pressAnnotator.toggleHighlights');
    assert.strictEqual(enabled, false);
    await waitFor(() => highlights.appliedPlan(editor.document.uri) === undefined, 'highlights to be cleared');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('pressAnnotator.toggleHighlights'), true);
    await waitFor(() => highlights.appliedPlan(editor.document.uri) !== undefined, 'highlights to come back');
  });

  test('the status bar counts the active article', async () => {
    const editor = await openSeedArticle();
    const { statusBar } = await api();
    await currentPlan(editor.document);
    const expected = analyze(editor.document.getText(), { fileName: editor.document.fileName });
    await waitFor(() => statusBar.text.includes(`$(person) ${expected.entities.length} `), `status bar text, got "${statusBar.text}"`);
    assert.ok(statusBar.text.includes(`$(quote) ${expected.quotes.length} `));
  });

  test('Markdown: names in prose are highlighted, names in code are not', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'notes.md');
    const text = '# Notes\n\nEmmanuel Macron a reçu Olaf Scholz à Paris.\n\n```\nEmmanuel Macron\n```\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.strictEqual(editor.document.languageId, 'markdown');
    const plan = await currentPlan(editor.document);
    assert.deepStrictEqual(plan.entities.PER.map((r) => r.startLine), [2, 2], 'two people in the prose line, none in the code block');
  });

  test('files over the size limit or excluded are not analysed, and the status bar says why', async () => {
    const editor = await openSeedArticle('002_1304480ed460ce49.txt');
    const { highlights, statusBar, analyses } = await api();
    await currentPlan(editor.document);
    const skipReason = () => {
      const result = analyses.latest(editor.document.uri);
      return result && 'reason' in result ? result.reason : undefined;
    };
    await setSetting('maxFileSizeMB', 0.001);
    await waitFor(() => skipReason() !== undefined, 'the file to be skipped');
    assert.strictEqual(highlights.appliedPlan(editor.document.uri), undefined, 'no highlights');
    const skipped = analyses.latest(editor.document.uri);
    assert.ok(skipped && 'reason' in skipped && /too large/.test(skipped.reason), JSON.stringify(skipped));
    assert.match(statusBar.text, /circle-slash/);
    await setSetting('maxFileSizeMB', undefined);
    await currentPlan(editor.document);
    await setSetting('exclude', ['002_*.txt']);
    await waitFor(() => skipReason() !== undefined, 'the file to be excluded');
    assert.strictEqual(highlights.appliedPlan(editor.document.uri), undefined, 'no highlights');
    const excluded = analyses.latest(editor.document.uri);
    assert.ok(excluded && 'reason' in excluded && /excluded by .* "002_\*\.txt"/.test(excluded.reason), JSON.stringify(excluded));
  });

  test('entity corrections in the sidecar win over the recogniser in the editor', async () => {
    const editor = await openSeedArticle('001_26eafcd5d4735cad.txt');
    const plan = await currentPlan(editor.document);
    const expected = analyze(editor.document.getText(), { fileName: editor.document.fileName });
    const place = expected.entities.find((e) => e.type === 'LOC')!;
    const sameId = expected.entities.filter((e) => e.id === place.id).length;
    assert.ok(plan.entities.LOC.length >= sameId);
    const content = { version: 1 as const, article: '001_26eafcd5d4735cad.txt', claims: [], removedIds: [],
      entities: [{ id: 'corr01', kind: 'not-an-entity' as const, entity: place.id }] };
    const sidecar = vscode.Uri.joinPath(workspaceRoot(), '001_26eafcd5d4735cad.txt.press.yaml');
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(renderSidecar(content)));
    const { highlights } = await api();
    await waitFor(() => highlights.appliedPlan(editor.document.uri)?.entities.LOC.length === plan.entities.LOC.length - sameId, `"${place.text}" to lose its highlight`);
    await vscode.workspace.fs.delete(sidecar);
    await waitFor(() => highlights.appliedPlan(editor.document.uri)?.entities.LOC.length === plan.entities.LOC.length, 'the highlight to come back');
  });
});
