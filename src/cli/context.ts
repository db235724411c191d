// What every command receives: where to print and the workspace to read files through. Tests
// pass an in-memory workspace and capture the output.

import type { Workspace } from '../core/workspace/workspace';

export interface CommandContext {
  workspace: Workspace;
  out(text: string): void;
  err(text: string): void;
  /** Redraws a one-line status on stderr (progress); only given when stderr is a terminal. */
  status?(text: string): void;
  /** A folder where commands may keep caches (the workspace index's); none when undefined. */
  cacheDir?: string;
}
