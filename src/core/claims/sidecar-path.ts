// Where an article's sidecar lives: beside it, named after the FULL file name, so that `a.txt`
// and `a.md` in one folder never share one.

import { SIDECAR_SUFFIX } from '../workspace/read-article';

// The suffix and the test of what is a sidecar live beside the article reader, which needs them
// too (it cannot import this file: this file imports it).
export { SIDECAR_SUFFIX, articlePathForSidecar, isSidecarPath } from '../workspace/read-article';

/** `articles/a.md` -> `articles/a.md.press.yaml`. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}
