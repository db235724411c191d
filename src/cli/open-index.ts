// What the index, search and xref commands share: the options that say which files to index and
// where the cache goes, and opening the index of a folder with progress on a terminal.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { loadSidecarAnnotations } from '../core/claims/annotations';
import type { AnnotationLoader } from '../core/index/annotations';
import { joinPath } from '../core/workspace/paths';
import { ParsedArgs, stringFlag, UsageError, LANG_FLAG, langFlag } from './args';
import type { CommandContext } from './context';

export const INDEX_FLAGS = {
  exclude: { kind: 'list' },
  lang: LANG_FLAG,
  cache: { kind: 'string' },
  'no-cache': { kind: 'boolean' },
  'no-gitignore': { kind: 'boolean' },
} as const;

export const INDEX_OPTIONS_HELP = `  --exclude PATTERN     leave out files matching a .gitignore-style pattern, relative to DIR
                        ("drafts/", "*.tmp.md", "**/archive/**"); repeatable
  --no-gitignore        also index files that .gitignore files leave out
  --lang fr|en|auto     language of the articles (default: auto, decided per article)
  --cache FILE          the index cache file (default: one file per folder under
                        $PRESS_ANNOTATOR_CACHE or ~/.cache/press-annotator)
  --no-cache            neither read nor write the cache`;

/** How often the progress line is redrawn. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Indexes `dir`: reports unreadable files and sidecar problems on stderr (the rest is still
 * indexed), and whether any file failed. Throws a plain message for a missing folder.
 */
export async function openIndex(
  dir: string,
  args: ParsedArgs,
  ctx: CommandContext,
  loadAnnotations: AnnotationLoader = loadSidecarAnnotations,
): Promise<{ index: WorkspaceIndex; failed: boolean }> {
  const stat = await ctx.workspace.stat(dir);
  if (!stat) throw new Error(`${dir}: no such folder`);
  if (stat.type !== 'directory') throw new UsageError(`${dir} is a file; give the folder that holds the articles`);
  let lastDrawn = 0;
  const onProgress = ctx.status
    ? ({ done, total }: { done: number; total: number }) => {
        const now = Date.now();
        if (done < total && now - lastDrawn < PROGRESS_INTERVAL_MS) return;
        lastDrawn = now;
        ctx.status?.(`indexing ${dir}: ${done}/${total} articles`);
      }
    : undefined;
  const index = await WorkspaceIndex.open(
    ctx.workspace,
    dir,
    {
      exclude: (args.flags.get('exclude') as string[] | undefined) ?? [],
      respectGitignore: !args.flags.get('no-gitignore'),
      lang: langFlag(args),
      cachePath: cachePathFor(dir, args, ctx),
      loadAnnotations,
    },
    { onProgress },
  );
  ctx.status?.('');
  for (const problem of index.problems()) ctx.err(`press-annotator: ${problem.message.startsWith(problem.path) ? problem.message : `${problem.path}: ${problem.message}`}`);
  const cache = index.stats?.cache ?? '';
  if (cache.startsWith('ignored: ')) ctx.err(`press-annotator: note: the index cache was rebuilt (${cache.slice('ignored: '.length)})`);
  return { index, failed: (index.stats?.failed ?? 0) > 0 };
}

/** One cache file per indexed folder, named after its absolute path. */
function cachePathFor(dir: string, args: ParsedArgs, ctx: CommandContext): string | undefined {
  if (args.flags.get('no-cache')) return undefined;
  const given = stringFlag(args, 'cache');
  if (given !== undefined) return given;
  if (ctx.cacheDir === undefined) return undefined;
  const key = createHash('sha1').update(path.resolve(dir)).digest('hex').slice(0, 16);
  return joinPath(ctx.cacheDir, `index-${key}.cache`);
}
