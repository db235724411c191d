// UI tests of the activity-bar views, the search quick pick and the cross-reference panel, in
// the real workbench. Screenshots go to test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { workbenchSession, quickOpen, runCommand } from './workbench.mjs';

const session = workbenchSession({ before, after }, {
  onReady: async (page) => {
    await quickOpen(page, '000_ab92f1f5da12f13e.txt'); // activates the extension
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  },
});

const pane = (name) => session.page.locator(`.pane:has(.pane-header:has-text("${name}"))`);

test('the Entities view shows the legend and entity types, then clusters with counts', async () => {
  const { page, shots } = session;
  await runCommand(page, 'Press Annotator: Focus on Entities View');
  const rows = pane('Entities').locator('.monaco-list-row');
  await rows.filter({ hasText: 'People' }).first().waitFor({ timeout: 60_000 });
  const labels = await rows.allTextContents();
  assert.ok(labels[0].startsWith('Legend'), `rows: ${labels}`);
  const trump = rows.filter({ hasText: 'Donald Trump' }).first();
  await trump.waitFor();
  assert.match(await trump.textContent(), /Donald Trump\s*\d+ mentions · \d+ articles/);
  await trump.click();
  await rows.filter({ hasText: '000_ab92f1f5da12f13e.txt' }).first().waitFor();
  await page.screenshot({ path: path.join(shots, 'ui-entities-tree.png') });
});

test('Search Entities finds "poutin" and opens the cross-reference panel, which shows markup as text', async () => {
  const { page, shots } = session;
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await runCommand(page, 'Press Annotator: Search Entities');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill('poutin');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Vladimir Poutine' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');

  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const title = frame.locator('h1.title');
  await title.waitFor({ timeout: 30_000 });
  assert.equal(await title.textContent(), 'Vladimir Poutine');
  const rows = frame.locator('li.row');
  assert.ok((await rows.count()) > 3);
  // The fixture's quote holds "<b>…</b>": it must read as text, not as bold HTML.
  const markup = frame.locator('li.row', { hasText: '<b>n\'existe pas</b>' });
  await markup.first().waitFor();
  assert.equal(await frame.locator('#app b, #app img, #app script').count(), 0);
  assert.equal(await frame.locator('body[data-pwned]').count(), 0);
  // Keyboard: the first row takes focus, ArrowDown moves it.
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await frame.locator('li.row:focus').getAttribute('data-index'), '1');
  await page.screenshot({ path: path.join(shots, 'ui-cross-references.png') });
});

test('the panel comes back with the same content and focused row after being hidden', async () => {
  const { page, shots } = session;
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  // Open an article in the panel's editor group: the panel's tab is hidden (its page unloaded).
  await quickOpen(page, '001_26eafcd5d4735cad.txt');
  await frame.locator('h1.title').waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {});
  await page.locator('.tab', { hasText: 'Cross-references: Vladimir Poutine' }).click();
  const title = frame.locator('h1.title');
  await title.waitFor({ timeout: 30_000 });
  assert.equal(await title.textContent(), 'Vladimir Poutine');
  assert.equal(await frame.locator('li.row[tabindex="0"]').getAttribute('data-index'), '1', 'the focused row is remembered');
});
