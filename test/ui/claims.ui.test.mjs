// UI test of claims, as a journalist tags one: select words, Ctrl+Alt+C, answer the quick picks;
// then a hand-broken sidecar brings an error with a button that opens it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { workbenchSession, quickOpen } from './workbench.mjs';

const ARTICLE = '002_1304480ed460ce49.txt';
const session = workbenchSession({ before, after });

/** Waits for the quick input titled `title`, types `text`, waits for a row with `rowText` (pick lists), Enter. */
async function answer(title, text, rowText) {
  const { page } = session;
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: 15_000 });
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(text);
  if (rowText) await page.locator('.quick-input-widget .monaco-list-row', { hasText: rowText }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

test('Tag Claim from the keyboard: status, speaker, source, note; the claim shows with its CodeLens', async () => {
  const { page, shots } = session;
  await quickOpen(page, ARTICLE);
  const editor = page.locator('.editor-instance .monaco-editor').first();
  // A sentence of the article: the first screen line of its paragraph about the talks.
  const line = editor.locator('.view-line', { hasText: 'félicitations' }).first();
  await line.waitFor();
  await line.click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Control+Alt+C');
  await answer('Claim status', 'Mostly false', 'Mostly false');
  await answer('Who makes the claim?', 'Trump', 'Donald Trump'); // the article's people come first
  await answer('Sources', 'https://example.org/fact-check');
  await answer('Note', 'Chiffre à recouper');

  const lens = editor.locator('.codelens-decoration', { hasText: 'Mostly false' });
  await lens.first().waitFor({ timeout: 30_000 });
  assert.match(await lens.first().textContent(), /Mostly false.*Edit.*Sources \(1\).*Delete/s);
  const sidecar = path.join(process.env.PRESS_TEST_WORKSPACE, `${ARTICLE}.press.yaml`);
  assert.match(fs.readFileSync(sidecar, 'utf8'), /status: mostly-false\n\s+text: [\s\S]*speaker: donald-trump[\s\S]*https:\/\/example\.org\/fact-check[\s\S]*note: Chiffre à recouper/);
  await page.screenshot({ path: path.join(shots, 'ui-claim.png') });
});

test('a sidecar broken by hand: an error names the line, its button opens the file there, nothing is overwritten', async () => {
  const { page, shots } = session;
  const sidecar = path.join(process.env.PRESS_TEST_WORKSPACE, `${ARTICLE}.press.yaml`);
  const broken = fs.readFileSync(sidecar, 'utf8').replace(/^claims:/m, 'claims: [oops');
  fs.writeFileSync(sidecar, broken);
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: '.press.yaml:' });
  await toast.first().waitFor({ timeout: 30_000 });
  assert.match(await toast.first().textContent(), /press\.yaml:\d+:\d+: .*will not be changed until fixed/);
  await page.screenshot({ path: path.join(shots, 'ui-broken-sidecar.png') });
  await toast.first().locator('a.monaco-button', { hasText: 'Open Sidecar' }).click();
  await page.locator('.tab.active', { hasText: `${ARTICLE}.press.yaml` }).waitFor({ timeout: 15_000 });
  assert.equal(fs.readFileSync(sidecar, 'utf8'), broken, 'the file is as the user left it');
});
