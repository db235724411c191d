// POSIX path arithmetic on plain strings, shared by every Workspace implementation (node:path
// is not available to all of them, and its win32 flavour would use the wrong separator).

/** Resolves '.', '..' and repeated '/' where possible; keeps leading '..' of relative paths. */
export function normalisePath(path: string): string {
  const absolute = path.startsWith('/');
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (segment !== '..' || !absolute) segments.push(segment);
  }
  const joined = segments.join('/');
  if (absolute) return '/' + joined;
  return joined === '' ? '.' : joined;
}

export function joinPath(dir: string, ...names: string[]): string {
  return normalisePath([dir, ...names].join('/'));
}

/** The last segment of a path ("a.txt" for "seeds/a.txt"). */
export function baseName(path: string): string {
  const normalised = normalisePath(path);
  return normalised.slice(normalised.lastIndexOf('/') + 1);
}

/** The folder holding a path ("seeds" for "seeds/a.txt", "." for "a.txt", "/" for "/a"). */
export function dirName(path: string): string {
  const normalised = normalisePath(path);
  const slash = normalised.lastIndexOf('/');
  if (slash === -1) return '.';
  return slash === 0 ? '/' : normalised.slice(0, slash);
}

/** True when `path` is `dir` itself or lies below it (both normalised first). */
export function isInside(path: string, dir: string): boolean {
  const child = normalisePath(path);
  const parent = normalisePath(dir);
  if (child === parent) return true;
  if (parent === '.') return !child.startsWith('/') && !child.startsWith('../') && child !== '..';
  return child.startsWith(parent === '/' ? '/' : parent + '/');
}

/** Case-insensitive extension test; extensions may be given with or without the dot. */
export function hasExtension(path: string, extensions: readonly string[]): boolean {
  const name = baseName(path).toLowerCase();
  return extensions.some((extension) => name.endsWith('.' + extension.toLowerCase().replace(/^\./, '')));
}

/** `path` relative to `dir`, which must contain it ("fr/a.md" for "seeds/fr/a.md" in "seeds"). */
export function relativePath(path: string, dir: string): string {
  const child = normalisePath(path);
  const parent = normalisePath(dir);
  if (child === parent) return '';
  if (parent === '.') return child;
  return child.slice(parent === '/' ? 1 : parent.length + 1);
}

/** True when a folder of `skipped` lies between `dir` and the file at `path`. */
export function isBelowSkippedFolder(path: string, dir: string, skipped: ReadonlySet<string>): boolean {
  return relativePath(path, dir).split('/').slice(0, -1).some((segment) => skipped.has(segment));
}

/** Sorts paths by UTF-16 code units: the same order on every machine, whatever its locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
