// The executable: wires main() to the process (real files, stdout/stderr, exit code). Kept apart
// from main.ts so tests can import the commands without starting a process.

import * as os from 'node:os';
import * as path from 'node:path';
import { NodeWorkspace } from '../core/workspace/node-workspace';
import { main } from './main';
import type { CommandContext } from './context';

const ctx: CommandContext = {
  workspace: new NodeWorkspace(),
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  // Progress only on a terminal: a redirected stderr (a log, a CI run) gets no carriage returns.
  status: process.stderr.isTTY ? (text) => process.stderr.write(`\r${text}\u001b[K`) : undefined,
  cacheDir: cacheFolder(),
};

/** $PRESS_ANNOTATOR_CACHE, else the XDG cache folder: never inside the user's articles. */
function cacheFolder(): string {
  if (process.env.PRESS_ANNOTATOR_CACHE) return path.resolve(process.env.PRESS_ANNOTATOR_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'press-annotator');
}

main(process.argv.slice(2), ctx).then((code) => {
  process.exitCode = code;
});
