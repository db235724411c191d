// UI tests: Playwright drives the real VS Code workbench (served by code-server) like a reader.
// Run through scripts/run-tests.mjs, which sets VSCODE_SERVER_URL, EXTENSION_ROOT and
// PRESS_TEST_WORKSPACE (a fresh copy of seeds/ and test/fixtures/vscode/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launchBrowser, workbenchUrl, remoteUri, waitForWorkbench, quickOpen } from './workbench.mjs';

const base = process.env.VSCODE_SERVER_URL;
const root = process.env.EXTENSION_ROOT;
const folder = process.env.PRESS_TEST_WORKSPACE;
const shots = root ? path.join(root, 'test-results') : '';
let browser;
let page;

before(async () => {
  assert.ok(base && root && folder, 'run through scripts/run-tests.mjs');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(workbenchUrl(base, folder, [
    ['extensionDevelopmentPath', remoteUri(base, root)],
    ['skipWelcome', 'true'],
  ]));
  await waitForWorkbench(page);
});

after(async () => {
  if (page) await page.screenshot({ path: path.join(shots, 'ui-final.png') }).catch(() => {});
  await browser?.close();
});

test('a seed article opens in the workbench with the extension loaded', async () => {
  await quickOpen(page, '000_ab92f1f5da12f13e.txt');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line').first().waitFor();
  await page.screenshot({ path: path.join(shots, 'ui-editor.png') });
  const title = await page.title();
  assert.match(title, /Extension Development Host/);
});
