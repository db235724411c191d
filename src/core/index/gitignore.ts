// Which files of a workspace git would leave out: every .gitignore applies to its own folder and
// below, a deeper file overrides a shallower one, and nothing inside an ignored folder can be
// re-included (git never looks inside it, so `!keep.txt` below an ignored folder does nothing).
//
// One file's patterns are matched by the `ignore` package (the matcher eslint and prettier use,
// tested against `git check-ignore`): the pattern grammar (anchoring, `**`, character classes,
// escapes, trailing spaces, negation) is subtle enough that a home-made matcher would get some
// of it wrong. This module adds what `ignore` leaves to its caller: the nesting of files.

import ignore, { type Ignore } from 'ignore';

export interface IgnoreFile {
  /** The folder holding the .gitignore, relative to the root ('' for the root itself). */
  folder: string;
  content: string;
}

export class IgnoreRules {
  private readonly byFolder = new Map<string, Ignore>();
  private readonly folderVerdicts = new Map<string, boolean>();
  private readonly rulesByFolder = new Map<string, [string, Ignore][]>();

  constructor(files: readonly IgnoreFile[]) {
    for (const file of files) {
      const rules = this.byFolder.get(file.folder) ?? ignore();
      this.byFolder.set(file.folder, rules.add(file.content));
    }
  }

  /** `relPath` is relative to the root, '/'-separated, without './' (as relativePath gives). */
  isIgnored(relPath: string): boolean {
    return this.verdict(relPath, false);
  }

  private isIgnoredFolder(folder: string): boolean {
    let verdict = this.folderVerdicts.get(folder);
    if (verdict === undefined) {
      verdict = this.verdict(folder, true);
      this.folderVerdicts.set(folder, verdict);
    }
    return verdict;
  }

  /** The rule files that apply in `folder`, shallowest first; kept per folder (a scan asks once per file). */
  private rulesAbove(folder: string): [string, Ignore][] {
    let found = this.rulesByFolder.get(folder);
    if (found === undefined) {
      found = [];
      for (const above of foldersDownTo(folder)) {
        const rules = this.byFolder.get(above);
        if (rules) found.push([above, rules]);
      }
      this.rulesByFolder.set(folder, found);
    }
    return found;
  }

  private verdict(relPath: string, isFolder: boolean): boolean {
    const parent = parentOf(relPath);
    if (parent !== '' && this.isIgnoredFolder(parent)) return true;
    // The shallowest file first, so a deeper file's last matching rule has the final word.
    let ignored = false;
    for (const [folder, rules] of this.rulesAbove(parent)) {
      const below = folder === '' ? relPath : relPath.slice(folder.length + 1);
      const result = rules.test(isFolder ? below + '/' : below);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

/** Patterns in .gitignore syntax matched against root-relative paths (the "exclude" setting). */
export class ExcludePatterns {
  private readonly rules: Ignore;

  constructor(readonly patterns: readonly string[]) {
    this.rules = ignore().add(patterns.map((p) => p.trim()).filter((p) => p.length > 0));
  }

  isExcluded(relPath: string): boolean {
    return this.patterns.length > 0 && this.rules.ignores(relPath);
  }

  /**
   * The pattern to name when `relPath` is excluded (the whole set decides: "!drafts/keep.md"
   * re-includes what "drafts/*" excluded), or undefined when it is not.
   */
  excludingPattern(relPath: string): string | undefined {
    if (!this.isExcluded(relPath)) return undefined;
    this.single ??= this.patterns.map((pattern) => ({ pattern, rules: ignore().add(pattern.trim()) }));
    return this.single.find(({ pattern, rules }) => !pattern.trim().startsWith('!') && rules.ignores(relPath))?.pattern ?? this.patterns.join(', ');
  }

  /** One rule set per pattern, built on first need (see excludingPattern). */
  private single: { pattern: string; rules: Ignore }[] | undefined;
}

function parentOf(relPath: string): string {
  const slash = relPath.lastIndexOf('/');
  return slash === -1 ? '' : relPath.slice(0, slash);
}

/** '' then every folder from the root down to `folder` ("a", "a/b" for "a/b"). */
function foldersDownTo(folder: string): string[] {
  const folders = [''];
  if (folder === '') return folders;
  const parts = folder.split('/');
  for (let i = 1; i <= parts.length; i++) folders.push(parts.slice(0, i).join('/'));
  return folders;
}
