#!/usr/bin/env node
// `npm start`: builds the extension and opens real VS Code on seeds/ with it loaded.
//   - desktop VS Code when a `code` command exists:
//       code --extensionDevelopmentPath=<repo> seeds/
//   - otherwise the VS Code server bundled in the `code-server` npm package, on 127.0.0.1 at a
//     free port, with the extension in development mode; the URL to open is printed. Ctrl+C stops it.
// PRESS_ANNOTATOR_PORT=8080 picks the port; --server forces the server even where `code` exists.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './code-server.mjs';
import { remoteUri, workbenchUrl } from '../test/ui/workbench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(root, 'seeds');

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function findCode() {
  const found = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.split(/\r?\n/)[0].trim() : undefined;
}

const code = process.argv.includes('--server') ? undefined : findCode();
if (code) {
  console.log(`Opening VS Code on ${seeds} with the extension from ${root}`);
  const child = spawn(code, [`--extensionDevelopmentPath=${root}`, seeds], { stdio: 'inherit' });
  child.on('exit', (status) => process.exit(status ?? 0));
} else {
  const port = process.env.PRESS_ANNOTATOR_PORT ? Number(process.env.PRESS_ANNOTATOR_PORT) : undefined;
  const log = path.join(os.tmpdir(), 'press-annotator-code-server.log');
  const server = await startCodeServer({ log, port, settings: { 'editor.wordWrap': 'on', 'git.openRepositoryInParentFolders': 'never' } });
  const url = workbenchUrl(server.url, seeds, [['extensionDevelopmentPath', remoteUri(server.url, root)], ['skipWelcome', 'true']]);
  console.log('No `code` command here: started the VS Code server bundled with code-server (loopback only).');
  console.log(`Open this address in a browser on this machine:\n\n  ${url}\n`);
  console.log(`Server log: ${log}. Press Ctrl+C to stop.`);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (status) => {
    console.error(`code-server stopped (exit ${status}); see ${log}`);
    process.exit(status ?? 1);
  });
  fs.watchFile(log, () => {}); // keeps the event loop alive while the server runs
}
