// Finding the items of a top-level block list (`claims:`, `entities:`, `removed-ids:`) in a
// sidecar's text by their indentation alone, the way YAML delimits block sequences, so that a
// save touches a 1,000-claim file without parsing all of it: only the items it changes are
// parsed (parseItem). Anything this does not recognise for sure (tabs in the indentation, a
// flow list, a list written in a form other than "- " items) is reported as undefined, and the
// caller takes the slow, whole-document road; every result is checked by reading it back.

import { Node, YAMLMap, isMap, parseDocument, visit } from 'yaml';

export interface ListItem {
  /** Start of the line holding the item's "- ". */
  lineStart: number;
  /** Where the item's content starts (after "- ") and ends (after its last content line). */
  start: number;
  end: number;
  /** Column of the item's keys. */
  indent: number;
  /** Its `id:` value, when written plainly on its own line. */
  id?: string;
}

export interface BlockList {
  /** [start, end) of the key's own line ("claims:"), line break included. */
  keyLine: { start: number; end: number };
  /** The key is followed by nothing on its line (an empty list, or block items). */
  bare: boolean;
  items: ListItem[];
}

interface Line {
  start: number;
  /** Offset after the line break (or the end of the text). */
  end: number;
  text: string;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline + 1;
    lines.push({ start, end, text: source.slice(start, newline === -1 ? end : newline).replace(/\r$/, '') });
    start = end;
  }
  return lines;
}

const isQuiet = (text: string): boolean => /^\s*(?:#.*)?$/.test(text);

/**
 * The list under the top-level `key`, or undefined when the text has no such key (null) or
 * writes it in a form this reader does not follow (then: undefined with `unsure`).
 */
export function findBlockList(source: string, key: string): BlockList | 'absent' | 'unsure' {
  const lines = splitLines(source);
  const keyPattern = new RegExp(`^${key.replace(/[-]/g, '\\-')}:(.*)$`);
  const keyIndex = lines.findIndex((line) => keyPattern.test(line.text));
  if (keyIndex === -1) return 'absent';
  if (lines.some((line) => /^\t|^ *\t/.test(line.text) && !isQuiet(line.text))) return 'unsure';
  const rest = (keyPattern.exec(lines[keyIndex].text) as RegExpExecArray)[1];
  const bare = isQuiet(rest);
  const keyLine = { start: lines[keyIndex].start, end: lines[keyIndex].end };
  if (!bare) return /^\s*\[\s*\]\s*(?:#.*)?$/.test(rest) ? { keyLine, bare, items: [] } : 'unsure';
  const items: ListItem[] = [];
  let dash = -1;
  let current: ListItem | undefined;
  for (let i = keyIndex + 1; i < lines.length; i++) {
    const { text, start } = lines[i];
    if (isQuiet(text)) continue;
    const indent = text.length - text.trimStart().length;
    if (dash === -1) {
      if (!/^\s*-(?: |$)/.test(text)) {
        if (indent === 0) break; // the next top-level key: an empty list
        return 'unsure';
      }
      dash = indent;
    }
    const isItem = indent === dash && /^\s*-(?: |$)/.test(text);
    if (isItem) {
      if (!/^\s*- +\S/.test(text)) return 'unsure'; // "-" alone on its line
      const [, before, gap] = /^(\s*)-( +)/.exec(text) as RegExpExecArray;
      const contentStart = start + before.length + 1 + gap.length;
      current = { lineStart: start, start: contentStart, end: lines[i].end, indent: contentStart - start };
      items.push(current);
    } else if (indent > dash && current) {
      current.end = lines[i].end;
    } else {
      break; // back to a lower indentation: the list is over
    }
  }
  for (const item of items) item.id = plainId(source.slice(item.start, item.end), item.indent);
  return { keyLine, bare, items };
}

/** The value of the item's `id:` key (first line, or a line at the item's key column). */
function plainId(text: string, indent: number): string | undefined {
  const pattern = /^id:[ \t]*(["']?)([A-Za-z0-9_-]+)\1[ \t]*(?:#.*)?$/;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const atColumn = i === 0 ? line : line.slice(indent);
    if (i > 0 && line.length - line.trimStart().length !== indent) continue;
    const match = pattern.exec(atColumn);
    if (match) return match[2];
  }
  return undefined;
}

/**
 * The item's YAML mapping, parsed alone, with node ranges in offsets of the whole `source`;
 * undefined when the item does not parse cleanly by itself.
 */
export function parseItem(source: string, item: ListItem): YAMLMap | undefined {
  const snippet = ' '.repeat(item.indent) + source.slice(item.start, item.end);
  const document = parseDocument(snippet, { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const shift = item.start - item.indent;
  const move = (node: Node | null | undefined): void => {
    if (node?.range) node.range = [node.range[0] + shift, node.range[1] + shift, node.range[2] + shift];
  };
  // visit() reaches every node once: the root, pair keys and values, list items.
  visit(document.contents, {
    Node(_, node) {
      move(node);
    },
  });
  return document.contents;
}
