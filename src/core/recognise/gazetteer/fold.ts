// Key folding shared by the runtime lookups and the build-time generator
// (scripts/build-gazetteers.mjs bundles this file with esbuild), so that a name is folded the
// same way when the data is written and when an article is read.
//
// foldKey runs for every candidate span of every article, so it folds one character at a time
// through a table (ASCII) or a per-character cache (anything else) instead of running
// normalize() and a chain of regular expressions over the whole string.

import { memoised } from './memo';

// Marks that typesetters and keyboards use interchangeably: the typographic apostrophe of
// "Côte d’Ivoire" must reach the same key as the ASCII one, and "Maison-Blanche" the same key as
// "Maison Blanche". Periods are dropped so "St. Louis" and "St Louis" meet.
const APOSTROPHES = /[’‘ʼ`´′]/g;
const SEPARATOR = /^[-‐‑‒–—―−_\s\u00a0\u202f]$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Letters that NFD leaves whole because they are not "letter + accent"; the press writes them
// with these ASCII letters (Azerbaijani "Heydər Əliyev" is "Heydar Aliyev").
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ə: 'a' };
const LIGATURE_RE = /[œæßøđłıþə]/g;

/** `lowercased` with the letters above written as the press writes them in ASCII ("ł" -> "l"). */
export function replaceLigatures(lowercased: string): string {
  return lowercased.replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

/** Stands for "a separator here": runs of them become one space, none at either end. */
const SEPARATOR_MARK = ' ';

/** The folded form of one character: lowercase, no accent, unified apostrophe, or a separator. */
function foldChar(ch: string): string {
  if (SEPARATOR.test(ch)) return SEPARATOR_MARK;
  if (ch === '.') return '';
  return ch
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, "'");
}

const ASCII_FOLD: readonly string[] = Array.from({ length: 128 }, (_, code) => foldChar(String.fromCharCode(code)));
const foldedChars = new Map<number, string>();

function foldedChar(code: number, ch: string): string {
  if (code < 128) return ASCII_FOLD[code];
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    folded = foldChar(ch);
    foldedChars.set(code, folded);
  }
  return folded;
}

/** True when every char is a lowercase ASCII letter, digit or plain apostrophe: already a key. */
function isPlainKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lowerLetter = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (!lowerLetter && !digit && c !== 39) return false;
  }
  return s.length > 0;
}

/**
 * Accent-fold + lowercase + unify apostrophes/dashes/spaces: "Maison-Blanche", "maison blanche"
 * and "MAISON BLANCHE" give one key ("maison blanche"); "Côte d’Ivoire" gives "cote d'ivoire".
 * Single lowercase words (the common case in running text) are returned without allocating.
 */
export function foldKey(surface: string): string {
  if (isPlainKey(surface)) return surface;
  let key = '';
  let separatorPending = false;
  for (let i = 0; i < surface.length; i++) {
    const folded = foldedChar(surface.charCodeAt(i), surface[i]);
    if (folded === SEPARATOR_MARK) {
      separatorPending = key.length > 0;
    } else if (folded !== '') {
      if (separatorPending) key += ' ';
      separatorPending = false;
      key += folded;
    }
  }
  return key;
}

/**
 * foldKey of the first word of `surface` only ("Maison-Blanche" -> "maison"), for a cheap
 * rejection before folding a long span.
 */
export function firstWordKey(surface: string): string {
  let start = 0;
  while (start < surface.length && foldedChar(surface.charCodeAt(start), surface[start]) === SEPARATOR_MARK) start++;
  let end = start;
  while (end < surface.length && foldedChar(surface.charCodeAt(end), surface[end]) !== SEPARATOR_MARK) end++;
  return foldKey(start === 0 && end === surface.length ? surface : surface.slice(start, end));
}

/**
 * Stable id of a real-world entity from its (English) name: "Côte d'Ivoire" -> "cote-d-ivoire".
 * Memoised: every mention of a name asks for its id.
 */
export const slugify: (name: string) => string = memoised((name) =>
  foldKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, ''),
);
