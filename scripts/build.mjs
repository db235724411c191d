#!/usr/bin/env node
// Bundles every entry point with esbuild, one output file each:
//   dist/extension.js  the VS Code extension (vscode stays external: the host provides it)
//   dist/cli.js        the headless CLI (bin: press-annotator)
//   dist/webview.js/.css  the cross-reference panel's page (media/webview/), for the webview
//   dist/index-worker.js  the workspace index's analysis on worker threads (cold scans)
//   out/test/**.js     unit tests, run by `node --test out/test/`
//   out/suite/index.js extension-host tests (test/suite/), loaded by real VS Code; mocha stays
//                      external: the extension host resolves it from node_modules
//   out/scripts/*.js   eval and bench, run by `npm run eval` / `npm run bench`
// Usage: node scripts/build.mjs [--clean] [--watch]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const watch = process.argv.includes('--watch');

/** All files below `dir` whose name ends with one of `suffixes`. */
function filesBelow(dir, suffixes) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && suffixes.some((s) => e.name.endsWith(s)))
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)));
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode'],
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js' },
  {
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The workspace index's cold scan analyses articles on worker threads; the worker bundle sits
  // beside dist/cli.js and dist/extension.js, which load it by that relative name.
  { ...common, entryPoints: ['src/core/index/analysis-worker.ts'], outfile: 'dist/index-worker.js' },
  {
    ...common,
    entryPoints: filesBelow('test/unit', ['.test.ts']),
    outdir: 'out/test',
    outbase: 'test/unit',
  },
  {
    ...common,
    entryPoints: filesBelow('test/suite', ['index.ts']),
    outfile: 'out/suite/index.js',
    external: ['vscode', 'mocha'],
  },
  {
    ...common,
    entryPoints: filesBelow('scripts', ['.ts']),
    outdir: 'out/scripts',
    outbase: 'scripts',
  },
  {
    // The cross-reference panel's script and stylesheet (media/webview/), loaded by the webview
    // under its strict CSP: dist/webview.js and dist/webview.css.
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: false,
    logLevel: 'warning',
    entryPoints: { webview: 'media/webview/xref.js' },
    outdir: 'dist',
  },
].filter((b) => (b.entryPoints ?? []).length !== 0 && Object.keys(b.entryPoints).length > 0);

// --clean (used by `npm test`) drops outputs of deleted tests; without it, parallel builds are safe.
if (process.argv.includes('--clean')) fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
}
