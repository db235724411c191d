// An export must never replace what it reads. brat's folder output holds a copy of each text
// named like the article (`a.txt`), so exporting into the articles' own folder would rewrite
// every .txt article with its LF copy; a save dialog can as easily land on an article or its
// sidecar. Callers check their targets here before writing anything.

import { SIDECAR_SUFFIX } from '../claims/sidecar-path';
import { normalisePath } from '../workspace/paths';

/**
 * The targets that are one of the exported articles or their sidecars. Paths are compared
 * normalised and, since macOS and Windows disks ignore case, without case: refusing a harmless
 * write is better than losing an article.
 */
export function targetsOverwritingInputs(targets: readonly string[], articlePaths: readonly string[]): string[] {
  const inputs = new Set(articlePaths.flatMap((path) => [path, path + SIDECAR_SUFFIX]).map(comparable));
  return targets.filter((target) => inputs.has(comparable(target)));
}

function comparable(path: string): string {
  return normalisePath(path).toLowerCase();
}
