#!/usr/bin/env node
// `npm test`: every test of the project in one command, so that `.ci/run` covers everything.
//   node scripts/run-tests.mjs [--only=unit|ext|ui|vscode] [--no-build]
// Phases, in order:
//   build      node scripts/build.mjs --clean (extension, CLI, unit tests, extension-host suite)
//   typecheck  tsc --noEmit -p .
//   unit       node --test out/test/  (plain Node, no VS Code)
//   ext        extension-host tests: real VS Code (code-server on 127.0.0.1, headless Chromium)
//              loads the extension in development mode and runs the mocha suite of test/suite/
//              through the `payload` query (extensionTestsPath); the exit code comes back through
//              window.codeAutomationExit
//   ui         node --test test/ui/ : Playwright drives the same workbench, screenshots go to
//              test-results/
// Each VS Code phase opens its own fresh copy of seeds/ plus test/fixtures/vscode/, so tests may
// write sidecars and edit articles without touching the repository.
// Prints "N passed, N failed" last and exits 1 on any failure, timeout, or when nothing ran.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, workbenchUrl, remoteUri, freshDir } from '../test/ui/workbench.mjs';
import { startCodeServer } from './code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = (process.argv.find((a) => a.startsWith('--only=')) ?? '--only=all').slice(7);
const build = !process.argv.includes('--no-build');
const wants = (phase) => only === 'all' || only === phase || (only === 'vscode' && (phase === 'ext' || phase === 'ui'));
const results = path.join(root, 'test-results');
const EXT_HOST_TIMEOUT_MS = 300_000;
const totals = { passed: 0, failed: 0 };

if (!['all', 'unit', 'ext', 'ui', 'vscode'].includes(only)) {
  console.error(`unknown --only=${only}; use unit, ext, ui or vscode`);
  process.exit(2);
}

/** Runs a command, echoing its output; resolves with its exit code and what it printed. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], ...options });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('error', (e) => resolve({ code: 1, out: String(e) }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
  });
}

/** Pass/fail counts from node:test's spec reporter summary (ℹ pass N / ℹ fail N). */
function nodeTestCounts(out, code) {
  const n = (label) => Number((out.match(new RegExp(`ℹ ${label} (\\d+)`)) ?? [])[1] ?? 0);
  const counts = { passed: n('pass'), failed: n('fail') + n('cancelled') };
  if (code !== 0 && counts.failed === 0) counts.failed = 1; // crashed before reporting
  return counts;
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function add(phase, counts, since) {
  console.log(`${phase}: ${counts.passed} passed, ${counts.failed} failed (${seconds(since)})`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
}

/** A step that must succeed for the rest to mean anything (build, typecheck). */
async function mustSucceed(phase, command, args) {
  const t = Date.now();
  const { code } = await run(command, args);
  console.log(`${phase}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} (${seconds(t)})`);
  if (code !== 0) totals.failed++;
  return code === 0;
}

/** A fresh folder with the seed articles and the VS Code test fixtures, for one phase. */
function makeTestWorkspace(prefix) {
  const dir = freshDir(prefix);
  fs.cpSync(path.join(root, 'seeds'), dir, { recursive: true });
  const fixtures = path.join(root, 'test/fixtures/vscode');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, dir, { recursive: true });
  return dir;
}

async function runExtensionHostTests(url) {
  const resultFile = path.join(results, 'ext-host.json');
  fs.rmSync(resultFile, { force: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageLog = fs.createWriteStream(path.join(results, 'ext-host-browser.log'));
    page.on('console', (m) => pageLog.write(`[${m.type()}] ${m.text()}\n`));
    let onExit;
    const exited = new Promise((r) => { onExit = r; });
    // Called by the workbench: console output of the extension host, then its exit code.
    await page.exposeFunction('codeAutomationLog', (_type, args) => console.log(...(Array.isArray(args) ? args : [args])));
    await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
    await page.goto(workbenchUrl(url, makeTestWorkspace('press-annotator-ext-'), [
      ['extensionDevelopmentPath', remoteUri(url, root)],
      ['extensionTestsPath', remoteUri(url, path.join(root, 'out/suite/index'))],
      ['skipWelcome', 'true'],
    ]));
    let timer;
    const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), EXT_HOST_TIMEOUT_MS); });
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    await page.screenshot({ path: path.join(results, 'ext-host.png') }).catch(() => {});
    let counts = { passed: 0, failed: 1, failures: [`no result file (exit: ${code})`] };
    try { counts = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch {}
    if (code !== 0 && counts.failed === 0) counts.failed = 1; // crashed or timed out after passing tests
    console.log(`extension host exit code: ${code}`);
    for (const f of counts.failures ?? []) console.log(`  FAILED ${f}`);
    return counts;
  } finally {
    await browser.close();
  }
}

async function runUiTests(url) {
  const { code, out } = await run(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', 'test/ui/'], {
    env: { ...process.env, VSCODE_SERVER_URL: url, EXTENSION_ROOT: root, PRESS_TEST_WORKSPACE: makeTestWorkspace('press-annotator-ui-') },
  });
  return nodeTestCounts(out, code);
}

async function runVsCodePhases() {
  let server;
  try {
    const t0 = Date.now();
    server = await startCodeServer({
      log: path.join(results, 'code-server.log'),
      // Articles are long paragraphs: wrapped, every highlight is on screen for the screenshots.
      settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false },
    });
    process.on('exit', server.stop);
    console.log(`code-server up at ${server.url} in ${seconds(t0)}`);
    if (wants('ext')) {
      const t = Date.now();
      add('extension-host tests', await runExtensionHostTests(server.url), t);
    }
    if (wants('ui')) {
      const t = Date.now();
      add('UI tests', await runUiTests(server.url), t);
    }
  } catch (e) {
    console.error(e);
    totals.failed++;
  } finally {
    server?.stop();
  }
}

async function main() {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
  fs.rmSync(results, { recursive: true, force: true });
  fs.mkdirSync(results, { recursive: true });
  const ready = !build || (
    (await mustSucceed('build', process.execPath, ['scripts/build.mjs', '--clean']))
    && (await mustSucceed('typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']))
  );
  if (ready) {
    if (wants('unit')) {
      const t = Date.now();
      const { code, out } = await run(process.execPath, ['--test', '--test-reporter=spec', 'out/test/']);
      add('unit tests', nodeTestCounts(out, code), t);
    }
    if (wants('ext') || wants('ui')) await runVsCodePhases();
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

await main();
