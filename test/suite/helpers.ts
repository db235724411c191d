// Shared by the extension-host tests: the workspace is a fresh copy of seeds/ plus
// test/fixtures/vscode/ made by scripts/run-tests.mjs, so tests may write into it.
import * as vscode from 'vscode';
import type { PressAnnotatorApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'press-annotator.press-annotator';
export const SEED_ARTICLE = '000_ab92f1f5da12f13e.txt';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder (run them through scripts/run-tests.mjs)');
  return folder.uri;
}

export async function openSeedArticle(name = SEED_ARTICLE): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), name));
  return vscode.window.showTextDocument(doc);
}

/** Polls `check` until it holds; VS Code reports most of what tests look at asynchronously. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The running extension's API (activates it if needed). */
export async function api(): Promise<PressAnnotatorApi> {
  const ext = vscode.extensions.getExtension<PressAnnotatorApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** Sets (or with undefined, removes) a pressAnnotator.* user setting. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('pressAnnotator').update(key, value, vscode.ConfigurationTarget.Global);
}
