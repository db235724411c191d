// White space in one-line fields (cross-reference context lines, export headings, notes): one
// rule everywhere, so a listing and an export show an article's words the same way.

/**
 * Whitespace runs (line breaks included) as single spaces. No-break spaces are kept: French
 * typography puts them inside « » and before : ; ! ? so that a line never starts with the
 * punctuation.
 */
export function collapseSpaces(text: string): string {
  return text.replace(BREAKING_SPACES, ' ');
}

/** White space a line may break at: any but the no-break spaces of French typography. */
const BREAKING_SPACE_CLASS = '[^\\S\\u00A0\\u202F]';
const BREAKING_SPACES = new RegExp(`${BREAKING_SPACE_CLASS}+`, 'g');
/** One space a line may break at; the last one in a string (the words after it kept whole). */
export const BREAKING_SPACE = new RegExp(BREAKING_SPACE_CLASS);
export const LAST_BREAKING_SPACE = new RegExp(`${BREAKING_SPACE_CLASS}[\\S\\u00A0\\u202F]*$`);

/** collapseSpaces, trimmed. */
export function oneLine(text: string): string {
  return collapseSpaces(text).trim();
}

/**
 * `text` cut to at most `max` characters (code points: an emoji counts one and is never cut in
 * half) with an ellipsis when it was longer. Callers put it on one line first.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
