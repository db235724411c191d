/// <reference types="mocha" />
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openSeedArticle, EXTENSION_ID, waitFor } from './helpers';

suite('Activation', () => {
  suiteSetup(() => {
    const kind = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
    console.log(`host: VS Code ${vscode.version}, Node ${process.version}, uiKind=${kind}, remoteName=${vscode.env.remoteName}`);
  });

  test('opening a plain-text article activates the extension', async () => {
    await openSeedArticle();
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded in development mode`);
    await waitFor(() => ext.isActive, 'the extension to activate');
  });
});
