// How the workspace index reads a person's name across articles: which word is the family name,
// whether a given name, initials or nothing comes before it, and which family names are close
// enough to be one name misspelt. Word keys come from the recogniser (nameWordKey), so the index
// and the per-article ids agree on what a spelling variant is.

import { nameWordKey, sameFamilyName } from '../recognise/names';

/** A person's name as the index compares it. */
export type PersonName =
  | { kind: 'full'; family: string; given: string }
  | { kind: 'initials'; family: string; initial: string }
  | { kind: 'bare'; family: string };

/** "J.", "JD", "J.-P.", "J. D.": one or two capitals, with or without periods. */
const INITIALS = /^(?:\p{Lu}\.?(?:-?\p{Lu}\.?)?)$/u;

/**
 * Reads one written form of a name. The last word is the family name; lowercase words before it
 * are particles ("Charles de Gaulle" has the given name Charles and family name Gaulle; "de
 * Gaulle" alone is a bare family name); the first remaining word is the given name, unless all
 * remaining words are initials.
 */
export function readPersonName(surface: string): PersonName | undefined {
  const words = surface.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return undefined;
  const family = nameWordKey(words[words.length - 1]);
  if (family === '') return undefined;
  const leading = words.slice(0, -1).filter((w) => !/^\p{Ll}/u.test(w));
  if (leading.length === 0) return { kind: 'bare', family };
  if (leading.every((w) => INITIALS.test(w))) return { kind: 'initials', family, initial: leading[0][0].toLowerCase() };
  return { kind: 'full', family, given: givenNameKey(leading[0]) };
}

/**
 * The key two given names must share to be one person's. On top of nameWordKey, spellings that
 * name the same first name in the press are folded: c/k (Mark/Marc, Nikolai/Nicolai), ks/x
 * (Aleksei/Alexei) and a final -ey/-ei (Sergey/Sergei). Different names stay different:
 * Melania is not Donald, Michel is not Michael.
 */
export function givenNameKey(word: string): string {
  return nameWordKey(word).replace(/ks/g, 'x').replace(/k/g, 'c').replace(/ey$/, 'ei');
}

/**
 * Family names that are one name: equal keys, or for keys of six letters or more with the same
 * first and last letters, one edit apart (the recogniser's sameFamilyName) or two neighbouring
 * letters swapped ("Zelenksi" for "Zelenski"). Short names never match a neighbour: Bush is not
 * Rush, Biden is not Bidet.
 */
export function closeFamilyNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (!typoGuardHolds(a, b)) return false;
  return sameFamilyName(a, b) || isOneTransposition(a, b);
}

/** The guard of every typo match; also what the neighbour index relies on (length >= 6). */
export const MIN_TYPO_LENGTH = 6;

function typoGuardHolds(a: string, b: string): boolean {
  if (a.length < MIN_TYPO_LENGTH || b.length < MIN_TYPO_LENGTH) return false;
  return a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
}

function isOneTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first !== -1) return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
    first = i;
  }
  return false;
}

/**
 * The family keys present in the workspace, with their close neighbours found without comparing
 * every pair: two keys within one edit or one swap share a "deletion variant" (the key with one
 * letter removed), so each key is filed under its variants (symmetric-delete lookup).
 */
export class FamilyKeyIndex {
  private readonly counts = new Map<string, number>();
  private readonly byVariant = new Map<string, Set<string>>();

  add(key: string): void {
    const count = this.counts.get(key) ?? 0;
    this.counts.set(key, count + 1);
    if (count > 0 || key.length < MIN_TYPO_LENGTH) return;
    for (const variant of deletionVariants(key)) {
      let keys = this.byVariant.get(variant);
      if (!keys) this.byVariant.set(variant, (keys = new Set()));
      keys.add(key);
    }
  }

  remove(key: string): void {
    const count = this.counts.get(key) ?? 0;
    if (count > 1) {
      this.counts.set(key, count - 1);
      return;
    }
    this.counts.delete(key);
    if (key.length < MIN_TYPO_LENGTH) return;
    for (const variant of deletionVariants(key)) {
      const keys = this.byVariant.get(variant);
      keys?.delete(key);
      if (keys?.size === 0) this.byVariant.delete(variant);
    }
  }

  has(key: string): boolean {
    return this.counts.has(key);
  }

  /** Present keys close to `key` (itself included when present). */
  neighbours(key: string): string[] {
    const found = new Set<string>();
    if (this.counts.has(key)) found.add(key);
    if (key.length >= MIN_TYPO_LENGTH) {
      for (const variant of deletionVariants(key)) {
        for (const other of this.byVariant.get(variant) ?? []) if (closeFamilyNames(key, other)) found.add(other);
      }
    }
    return [...found];
  }

  /** Every present key reachable from `keys` through close neighbours. */
  component(keys: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const queue = [...keys].filter((k) => this.counts.has(k));
    for (const key of queue) seen.add(key);
    while (queue.length > 0) {
      for (const next of this.neighbours(queue.pop() as string)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  }
}

/** The key itself and the key with each one letter removed. */
function deletionVariants(key: string): Set<string> {
  const variants = new Set([key]);
  for (let i = 0; i < key.length; i++) variants.add(key.slice(0, i) + key.slice(i + 1));
  return variants;
}
