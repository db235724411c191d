// Reads that may fall just past either end of a list or a string, answered without reading out
// of bounds: V8 throws away optimised code the first time it reads out of bounds, then compiles
// the function again, and the recogniser's rules are large (a worker spent more time compiling
// them again than running some of them). Same values as the plain read: undefined for a list,
// NaN for charCodeAt.

/** tokens[i], or undefined when i is outside the list. For lists of tokens (one shape of list). */
export function tokenAt<T>(tokens: readonly T[], i: number): T | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/** text.charCodeAt(i): NaN when i is outside the text, as charCodeAt answers. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}
