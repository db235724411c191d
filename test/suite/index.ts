// Entry point loaded by the VS Code extension host when `extensionTestsPath` points at its bundle
// (out/suite/index.js, see scripts/run-tests.mjs). The host calls run(); a rejected promise makes
// the host exit with code 1, which the runner reports as a failure.
/// <reference types="mocha" />
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  // The test files are bundled into this file: define mocha's globals first, then load them.
  mocha.suite.emit('pre-require', globalThis, 'bundled-tests', mocha);
  loadTestFiles();

  const results = { passed: 0, failed: 0, failures: [] as string[] };
  await new Promise<void>((resolve) => {
    mocha
      .run()
      .on('pass', () => results.passed++)
      .on('fail', (test, err) => {
        results.failed++;
        results.failures.push(`${test.fullTitle()}: ${err.message}`);
      })
      .on('end', () => resolve());
  });
  // The runner on the shell side reads this file for the counts.
  const outDir = path.resolve(__dirname, '../../test-results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'ext-host.json'), JSON.stringify(results, null, 2));
  if (results.failed > 0 || results.passed === 0) {
    throw new Error(`${results.failed} extension-host test(s) failed, ${results.passed} passed`);
  }
}

/** Literal requires, so that esbuild bundles each file; order is the order the suites run in. */
function loadTestFiles(): void {
  require('./activation.test');
  require('./highlights.test');
  require('./workspace.test');
  require('./index-views.test');
  require('./export.test');
  require('./claims.test');
}
