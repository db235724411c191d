/// <reference types="mocha" />
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXPORT_FORMATS } from '../../src/core/export/formats';
import { api, SEED_ARTICLE, workspaceRoot } from './helpers';

// ignoreBOM keeps the BOM in the string (the CSV must start with one).
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

suite('Export Annotations', () => {
  suiteSetup(async () => {
    assert.ok(await (await api()).index.ready(), 'index ready');
  });

  for (const format of EXPORT_FORMATS) {
    test(`${format.id}: writes ${format.target === 'file' ? 'a file' : 'a folder of files'} in its format`, async () => {
      const target = vscode.Uri.joinPath(workspaceRoot(), 'exports', format.target === 'file' ? `all.${format.extension}` : `brat-${Date.now()}`);
      const written = await vscode.commands.executeCommand<string[]>('pressAnnotator.exportAnnotations', { format: format.id, scope: 'workspace', target: target.toString() });
      assert.ok(written && written.length > 0, 'something was written');
      const files = await Promise.all(written.map(async (u) => ({ uri: u, text: decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(u))) })));
      const first = files[0].text;
      switch (format.id) {
        case 'json': {
          const parsed = JSON.parse(first);
          const serialised = JSON.stringify(parsed);
          assert.ok(serialised.includes(SEED_ARTICLE), 'the seed article is exported');
          assert.ok(serialised.includes('Donald Trump'), 'its entities are exported');
          break;
        }
        case 'webannotation':
        case 'claimreview':
          JSON.parse(first); // valid JSON-LD document
          break;
        case 'csv':
          assert.strictEqual(first.charCodeAt(0), 0xfeff, 'UTF-8 BOM for Excel');
          assert.ok(first.split(/\r?\n/)[0].includes(','), 'a header row');
          break;
        case 'md':
          assert.match(first, /^#/m);
          break;
        case 'html':
          assert.match(first, /^<!DOCTYPE html>/i);
          assert.ok(!/<script/i.test(first), 'the report has no script');
          break;
        case 'brat': {
          const ann = files.filter((f) => f.uri.endsWith('.ann'));
          assert.ok(ann.length >= 5, `one .ann per article: ${files.map((f) => f.uri.split('/').pop())}`);
          const seed = files.find((f) => f.uri.endsWith(SEED_ARTICLE.replace(/\.txt$/, '.ann')));
          assert.ok(seed, 'the seed article has its .ann');
          assert.match(seed.text, /^T1\tPER \d+ \d+\tDonald Trump$/m);
          break;
        }
        default:
          assert.fail(`a test is missing for the ${format.id} format`);
      }
    });
  }

  test('an export that would overwrite an article is refused, nothing written', async () => {
    const article = vscode.Uri.joinPath(workspaceRoot(), SEED_ARTICLE);
    const before = decode(await vscode.workspace.fs.readFile(article));
    const csv = await vscode.commands.executeCommand('pressAnnotator.exportAnnotations', { format: 'csv', scope: 'workspace', target: article.toString() });
    assert.strictEqual(csv, undefined);
    // brat writes a .txt copy beside each .ann: into the articles' own folder, that is the articles.
    const brat = await vscode.commands.executeCommand('pressAnnotator.exportAnnotations', { format: 'brat', scope: 'workspace', target: workspaceRoot().toString() });
    assert.strictEqual(brat, undefined);
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(article)), before, 'the article is untouched');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(workspaceRoot(), SEED_ARTICLE.replace(/\.txt$/, '.ann')))), 'no .ann written');
  });

  test('an unknown format is refused with a message, nothing written', async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'nothing.xyz');
    const written = await vscode.commands.executeCommand('pressAnnotator.exportAnnotations', { format: 'xyz', scope: 'workspace', target: target.toString() });
    assert.strictEqual(written, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
  });
});
