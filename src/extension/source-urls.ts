// Parsing what the user types as a claim's sources. Pure, so it is unit-tested without VS Code.
import type { ClaimSource } from '../core/claims/types';

/** Space- or comma-separated http(s) URLs; the message says which word is not one. */
export function parseSourceUrls(input: string): { sources: ClaimSource[] } | { error: string } {
  const sources: ClaimSource[] = [];
  for (const word of input.split(/[\s,]+/).filter((w) => w.length > 0)) {
    let url: URL;
    try {
      url = new URL(word);
    } catch {
      return { error: `"${word}" is not a URL (it should start with https://)` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `"${word}" is not a web address (http or https)` };
    sources.push({ url: url.toString() });
  }
  return { sources };
}
