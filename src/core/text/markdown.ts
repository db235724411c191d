// Markdown articles: recognisers must only see the prose. proseMask blanks everything else
// without moving a single character, so an offset found in the mask is an offset in the file.

import { scanBlocks } from './markdown-blocks';
import { TerminatorFinder, maskInline } from './markdown-inline';
import { Masker } from './markdown-mask';

/** Articles are treated as Markdown when their name ends in .md or .markdown (any case). */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}

/**
 * Returns a string of the same length as `text` in which every character that is not prose
 * is a space (CR and LF stay, so lines and offsets match the raw file):
 *   - YAML `---` / TOML `+++` front matter at the very start;
 *   - fenced code (``` or ~~~, any length; an unclosed fence runs to the end), indented code
 *     (4+ columns after a blank line or a heading, outside lists), inline code spans;
 *   - link and image destinations and titles `](url "title")`, reference brackets and
 *     definitions `[id]: url "title"`, footnote markers `[^1]`, autolinks `<https://…>`,
 *     bare URLs (`https://…`, `www.…`);
 *   - HTML tags, comments, and script/style/pre/textarea blocks (text between tags stays);
 *   - markup characters: heading `#`s, setext underlines and rules, emphasis `*` `_` `~~`
 *     runs, list bullets and numbers, task boxes, `>` quote markers, table pipes and
 *     delimiter rows, escaping backslashes, character entities (`&nbsp;` `&#233;`).
 * Link text and image alt text stay prose.
 */
export function proseMask(text: string): string {
  const masker = new Masker(text);
  const { blocks, labels } = scanBlocks(masker);
  const terminators = new TerminatorFinder(text);
  for (const block of blocks) maskInline(masker, block, labels, terminators);
  return masker.render();
}
