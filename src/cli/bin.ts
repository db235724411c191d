// The executable: wires main() to the process (real files, stdout/stderr, exit code). Kept apart
// from main.ts so tests can import the commands without starting a process.

import { NodeWorkspace } from '../core/workspace/node-workspace';
import { main } from './main';
import type { CommandContext } from './context';

const ctx: CommandContext = {
  workspace: new NodeWorkspace(),
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

main(process.argv.slice(2), ctx).then((code) => {
  process.exitCode = code;
});
