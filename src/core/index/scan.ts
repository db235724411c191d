// Which files of a folder the index holds: articles (.txt, .md, .markdown) that neither a
// .gitignore nor the exclude setting leaves out, and the sidecars beside them.

import { isArticlePath } from '../workspace/read-article';
import { isSidecarPath } from '../claims/sidecar-path';
import { baseName, compareCodeUnits, dirName, normalisePath, relativePath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { ExcludePatterns, IgnoreFile, IgnoreRules } from './gitignore';

export interface ScanOptions {
  /**
   * Patterns in .gitignore syntax, relative to the root ("drafts/", "*.tmp", "**\/archive/**"):
   * the same grammar as the .gitignore files, so one rule set applies everywhere.
   */
  exclude?: readonly string[];
  /** Ignore .gitignore files (default true: they are respected). */
  respectGitignore?: boolean;
}

export interface WorkspaceListing {
  /** Normalised article paths, sorted. */
  articles: string[];
  /** Sidecar paths that exist, whatever their article's fate. */
  sidecars: Set<string>;
  /** Decides for any later path (watch events) whether the index holds it. */
  filter: PathFilter;
  /** What could not be read (a .gitignore), as "path: reason". */
  problems: string[];
}

export const GITIGNORE = '.gitignore';

/** Decides which paths below a root the index holds. */
export class PathFilter {
  private readonly exclude: ExcludePatterns;
  private readonly root: string;

  constructor(
    root: string,
    private readonly ignoreRules: IgnoreRules | undefined,
    exclude: readonly string[],
  ) {
    this.root = normalisePath(root);
    this.exclude = new ExcludePatterns(exclude);
  }

  /** An article of this workspace: inside the root, an article extension, not left out. */
  acceptsArticle(path: string): boolean {
    return isArticlePath(path) && this.isIncluded(path);
  }

  isIncluded(path: string): boolean {
    // Listings give normalised paths already; normalising 10,000 of them again costs more than the rules.
    const relative = this.below(looksNormalised(path) ? path : normalisePath(path));
    if (relative === undefined || relative === '') return false;
    if (this.exclude.isExcluded(relative)) return false;
    return !this.ignoreRules?.isIgnored(relative);
  }

  /** The path relative to the root when inside it (both normalised), as relativePath does. */
  private below(normalised: string): string | undefined {
    if (this.root === '.') return normalised === '..' || normalised.startsWith('/') || normalised.startsWith('../') ? undefined : normalised;
    if (normalised === this.root) return '';
    const prefix = this.root === '/' ? '/' : this.root + '/';
    return normalised.startsWith(prefix) ? normalised.slice(prefix.length) : undefined;
  }
}

function looksNormalised(path: string): boolean {
  return !/(?:^|\/)\.{1,2}(?:\/|$)|\/\/|.\/$/.test(path);
}

export async function scanWorkspace(ws: Workspace, root: string, options: ScanOptions = {}): Promise<WorkspaceListing> {
  const folder = normalisePath(root);
  const files = await ws.listFiles(folder);
  const problems: string[] = [];
  const ignoreRules = options.respectGitignore === false ? undefined : await readIgnoreRules(ws, folder, files, problems);
  const filter = new PathFilter(folder, ignoreRules, options.exclude ?? []);
  const articles = files.filter((file) => filter.acceptsArticle(file)).sort(compareCodeUnits);
  const sidecars = new Set(files.filter(isSidecarPath));
  return { articles, sidecars, filter, problems };
}

/** True for a path whose change alters which files are ignored. */
export function isIgnoreFile(path: string): boolean {
  return baseName(path) === GITIGNORE;
}

async function readIgnoreRules(ws: Workspace, root: string, files: string[], problems: string[]): Promise<IgnoreRules> {
  const ignoreFiles: IgnoreFile[] = [];
  for (const file of files.filter(isIgnoreFile)) {
    try {
      const content = new TextDecoder().decode(await ws.readFile(file));
      ignoreFiles.push({ folder: relativePath(dirName(file), root), content });
    } catch (error) {
      // An unreadable .gitignore hides nothing: better an article too many than one lost.
      problems.push(error instanceof Error ? error.message : `${file}: ${String(error)}`);
    }
  }
  return new IgnoreRules(ignoreFiles);
}
