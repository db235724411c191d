// Starts the VS Code server bundled in the `code-server` npm package on loopback, for the tests
// (scripts/run-tests.mjs) and for `npm start` where no desktop `code` command exists.
// Auth is off, so it only ever listens on 127.0.0.1; the marketplace, telemetry and update
// checks are off, so nothing reaches the network. Settings, data and extensions live in a fresh
// temporary folder: the user's own VS Code profile is never read or written.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
};

/** A port that was free a moment ago on 127.0.0.1 (listen on port 0, read it, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once GET /healthz answers 200. `log` receives the server's output; `settings` are
 * merged over the quiet defaults. `stop()` ends the server's whole process group, extension
 * host included.
 */
export async function startCodeServer({ log, settings = {}, port } = {}) {
  const entry = path.join(root, 'node_modules/code-server/out/node/entry.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm ci\` first (see .ci/run for the system packages it needs)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'press-annotator-code-server-'));
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const chosenPort = port ?? (await freePort());
  const config = path.join(tmp, 'config.yaml');
  // Its own config file: without one, code-server writes ~/.config/code-server/config.yaml.
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${chosenPort}\nauth: none\ncert: false\n`);
  const out = log ? fs.openSync(log, 'w') : 'ignore';
  const child = spawn(process.execPath, [
    entry,
    '--config', config,
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy',
    '--user-data-dir', userData,
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--ignore-last-opened',
  ], {
    stdio: ['ignore', out, out],
    detached: true, // own process group, so the extension host dies with it
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}', // no marketplace: nothing tries to reach open-vsx
      XDG_CONFIG_HOME: path.join(tmp, 'config'),
      XDG_DATA_HOME: path.join(tmp, 'data'),
    },
  });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch {} };
  const url = `http://127.0.0.1:${chosenPort}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early${log ? `; see ${log}` : ''}`);
    try {
      if ((await fetch(new URL('healthz', url))).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      stop();
      throw new Error('code-server did not come up in 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop, child };
}
