// Who is tagging: git's `user.name` where the article lives (what the journalist's commits are
// signed with), else the account name. Kept out of the core, which is given the name.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function defaultAuthor(articlePath: string): string | undefined {
  const folder = path.dirname(path.resolve(articlePath));
  try {
    const name = execFileSync('git', ['config', 'user.name'], {
      cwd: fs.existsSync(folder) ? folder : process.cwd(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2000,
    }).trim();
    if (name) return name;
  } catch {
    // No git, or no user.name set: fall back to the account.
  }
  try {
    return os.userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
