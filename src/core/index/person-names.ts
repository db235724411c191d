// How the workspace index reads a person's name across articles: which word is the family name,
// whether a given name, initials or nothing comes before it, and which family names are close
// enough to be one name misspelt. Word keys come from the recogniser (nameWordKey), so the index
// and the per-article ids agree on what a spelling variant is.

import { MIN_TYPO_LENGTH, nameWordKey, sameFamilyName, typoGuardHolds } from '../recognise/names';
import { KeySets } from './key-sets';

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
  // Every written form is read again whenever its block is regrouped: remember the readings.
  if (readings.has(surface)) return readings.get(surface);
  const name = parsePersonName(surface);
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(surface, name);
  return name;
}

const readings = new Map<string, PersonName | undefined>();
const MAX_READINGS = 200_000;

function parsePersonName(surface: string): PersonName | undefined {
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
  return sameFamilyName(a, b) || (typoGuardHolds(a, b) && isOneTransposition(a, b));
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
  /** Built on first use: a warm start that changes nothing never needs it. */
  private variantIndex: KeySets | undefined;

  add(key: string): void {
    const count = this.counts.get(key) ?? 0;
    this.counts.set(key, count + 1);
    if (count === 0 && this.variantIndex) fileVariants(this.variantIndex, key);
  }

  remove(key: string): void {
    const count = this.counts.get(key) ?? 0;
    if (count > 1) {
      this.counts.set(key, count - 1);
      return;
    }
    this.counts.delete(key);
    if (!this.variantIndex || key.length < MIN_TYPO_LENGTH) return;
    for (const variant of deletionVariants(key)) this.variantIndex.delete(variant, key);
  }

  private get byVariant(): KeySets {
    if (!this.variantIndex) {
      this.variantIndex = new KeySets();
      for (const key of this.counts.keys()) fileVariants(this.variantIndex, key);
    }
    return this.variantIndex;
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
        for (const other of this.byVariant.get(variant)) if (closeFamilyNames(key, other)) found.add(other);
      }
    }
    return [...found];
  }

  /**
   * Every block of the index at once (a build): keys are joined within each variant's bucket,
   * which is all the neighbour search would look at, without a search per key.
   */
  private allComponents(): Set<string>[] {
    const parent = new Map<string, string>();
    const find = (key: string): string => {
      let root = key;
      while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
      parent.set(key, root);
      return root;
    };
    const byVariant = this.byVariant;
    for (const variant of byVariant.keys()) {
      if (byVariant.sizeOf(variant) < 2) continue;
      const keys = [...byVariant.get(variant)];
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          if (closeFamilyNames(keys[i], keys[j])) parent.set(find(keys[j]), find(keys[i]));
        }
      }
    }
    const blocks = new Map<string, Set<string>>();
    for (const key of this.counts.keys()) {
      const root = find(key);
      let block = blocks.get(root);
      if (!block) blocks.set(root, (block = new Set()));
      block.add(key);
    }
    return [...blocks.values()];
  }

  /** Every present key reachable from `keys` through close neighbours. */
  component(keys: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    for (const block of this.components(keys)) for (const key of block) seen.add(key);
    return seen;
  }

  /** The same keys, split into the blocks that are not connected to one another. */
  components(keys: Iterable<string>): Set<string>[] {
    const wanted = keys instanceof Set ? keys : new Set(keys);
    if (wanted.size >= this.counts.size && [...this.counts.keys()].every((k) => wanted.has(k))) return this.allComponents();
    const seen = new Set<string>();
    const blocks: Set<string>[] = [];
    for (const start of wanted) {
      if (seen.has(start) || !this.counts.has(start)) continue;
      const block = new Set([start]);
      seen.add(start);
      const queue = [start];
      while (queue.length > 0) {
        for (const next of this.neighbours(queue.pop() as string)) {
          if (seen.has(next)) continue;
          seen.add(next);
          block.add(next);
          queue.push(next);
        }
      }
      blocks.push(block);
    }
    return blocks;
  }
}

function fileVariants(index: KeySets, key: string): void {
  if (key.length < MIN_TYPO_LENGTH) return;
  for (const variant of deletionVariants(key)) index.add(variant, key);
}

/** The key itself and the key with each one letter removed. */
function deletionVariants(key: string): Set<string> {
  const variants = new Set([key]);
  for (let i = 0; i < key.length; i++) variants.add(key.slice(0, i) + key.slice(i + 1));
  return variants;
}
