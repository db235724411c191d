// UI tests: Playwright drives the real VS Code workbench (served by code-server) like a reader.
// Run through scripts/run-tests.mjs, which sets VSCODE_SERVER_URL, EXTENSION_ROOT and
// PRESS_TEST_WORKSPACE (a fresh copy of seeds/ and test/fixtures/vscode/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { workbenchSession, quickOpen } from './workbench.mjs';

const session = workbenchSession({ before, after });

test('a seed article opens highlighted: entities, quotes, the speaker after a quote', async () => {
  const { page, shots } = session;
  await quickOpen(page, '000_ab92f1f5da12f13e.txt');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line', { hasText: 'Donald Trump' }).first().waitFor();
  // Backgrounds are drawn as overlay boxes (.view-overlays .cdr) with the decoration type's
  // class; the speaker is a CSS ::after attachment on an empty span inside the text.
  const boxes = editor.locator('.view-overlays [class*="TextEditorDecorationType"]');
  await boxes.first().waitFor({ timeout: 30_000 });
  const types = await boxes.evaluateAll((els) => [...new Set(els.map((e) => e.className.match(/TextEditorDecorationType\d+/)[0]))]);
  assert.ok(types.length >= 5, `people, organisations, places, dates and quotes are highlighted: ${types}`);
  const attachments = editor.locator('.view-lines [class*="TextEditorDecorationType"]');
  const after = await attachments.evaluateAll((els) => els.map((e) => getComputedStyle(e, '::after').content));
  assert.ok(after.some((c) => c.includes('— Donald Trump')), `after-texts: ${after.filter((c) => c !== 'none')}`);
  assert.match(await page.title(), /Extension Development Host/);
  await page.screenshot({ path: path.join(shots, 'ui-highlights.png') });
});

test('the quotation grammar colours guillemets and quoted words as soon as the file opens', async () => {
  const { page, shots } = session;
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const tokenClass = (text) => editor.locator('.view-line span > span', { hasText: text }).first().getAttribute('class');
  // (no-break spaces in the rendered line: match single words)
  const plain = await tokenClass('homologue');
  const quoted = await tokenClass('fructueuse');
  assert.ok(plain && quoted, 'tokens found');
  assert.notEqual(quoted.match(/mtk\d+/)?.[0], plain.match(/mtk\d+/)?.[0], `quoted ${quoted} vs plain ${plain}`);
});
