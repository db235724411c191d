// Where an article's sidecar lives: beside it, named after the FULL file name, so that `a.txt`
// and `a.md` in one folder never share one.

/** Annotations are stored next to the article in `<article>.press.yaml`: never an article. */
export const SIDECAR_SUFFIX = '.press.yaml';

/**
 * The article a sidecar belongs to, or undefined when `path` is not a sidecar. The suffix is
 * matched as the store writes it: "a.txt.PRESS.YAML" is another file on most file systems, and
 * one rule for every reader (scan, build, watch, CLI) keeps them agreeing on what a sidecar is.
 */
export function articlePathForSidecar(path: string): string | undefined {
  if (!path.endsWith(SIDECAR_SUFFIX) || path.length === SIDECAR_SUFFIX.length) return undefined;
  return path.slice(0, -SIDECAR_SUFFIX.length);
}

export function isSidecarPath(path: string): boolean {
  return articlePathForSidecar(path) !== undefined;
}

/** `articles/a.md` -> `articles/a.md.press.yaml`. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}
