#!/usr/bin/env node
// `npm run test:desktop`: the extension-host suite (test/suite/) in desktop VS Code through
// @vscode/test-electron, for machines where VS Code is installed. It never downloads VS Code
// (that fails without internet and would hang here): set VSCODE_EXECUTABLE to the Electron
// binary, or have a `code` command on PATH. The headless run of `npm test` (code-server) is what
// CI uses; see scripts/run-tests.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The desktop VS Code executable: $VSCODE_EXECUTABLE, or the binary behind the `code` command. */
function desktopVsCode() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  const which = spawnSync('which', ['code'], { encoding: 'utf8' });
  if (which.status !== 0) return undefined;
  // Linux packages link `code` to <install>/bin/code, a shell script; the binary is <install>/code.
  const script = fs.realpathSync(which.stdout.trim());
  const candidates = [path.join(path.dirname(script), '..', 'code'), path.join(path.dirname(script), '..', 'Code'), script];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

const executable = desktopVsCode();
if (!executable) {
  console.error('test:desktop: no desktop VS Code found (no VSCODE_EXECUTABLE, no `code` on PATH).');
  console.error('It is not downloaded: this machine cannot reach the VS Code download servers.');
  console.error('Run `npm test` instead: it runs the same suite headless in the VS Code server of code-server.');
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'press-annotator-desktop-'));
fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
fs.cpSync(path.join(root, 'test/fixtures/vscode'), workspace, { recursive: true });
try {
  const code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/suite/index'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
  });
  process.exit(code);
} catch (error) {
  console.error(`test:desktop: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
