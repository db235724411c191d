// Canonical ids for names, and the normalisation that lets spelling variants of one person
// meet: "Volodymyr Zelensky", "Volodímir Zelenski", "Zeelenski" and "Zelenskyy" all reach
// `volodimir-zelenski`; "Vladimir Poutine" and "Vladimir Putin" reach `vladimir-putin`.
//
// The rule, in order, on each word:
//   1. accents folded and lowercased ("Vladímir" -> "vladimir");
//   2. French transliteration of Slavic names mapped to the English one: in a word with "ou"
//      and a Slavic ending (-ine, -ov, -ev, -ski, -enko, -ouk…), "ou" -> "u" and a final
//      "-ine" -> "-in" (Poutine/Putin, Koutouzov/Kutuzov); "tch" -> "ch";
//   3. "y" after a consonant -> "i" (Zelensky/Zelenski, Volodymyr/Volodimir), while "y" after a
//      vowel stays ("Holloway", "Reyes");
//   4. doubled vowels collapsed ("Zelenskyy" -> "zelenskii" -> "zelenski", "Zeelenski").
// Consonants are left alone, so ids stay readable ("steve-witkoff", "john-ratcliffe").
// Two different people who share a family name never merge: the key keeps the first name
// ("melania-trump" is not "donald-trump"), and a bare family name only joins a full name of
// the same article (see EntityRecogniser), or a full name elsewhere in the workspace index.

import { fold } from './lexicon';
import { memoised } from './gazetteer/memo';

const SLAVIC_ENDING = /(?:ine|ov|ev|ova|eva|ski|sky|enko|ouk|ou)$/;

/** The phonetic key of one word of a name (memoised: names repeat through an article). */
export const nameWordKey: (word: string) => string = memoised(computeNameWordKey);

function computeNameWordKey(word: string): string {
  let w = fold(word).replace(/[^a-z0-9]/g, '');
  if (w.length <= 2) return w;
  // French transliterations of Slavic names only: "Poutine", "Koutouzov", "Kravtchouk"; French
  // names keep their "ou" and "-ine" ("Roux", "Catherine", "Martine" is not "Martin").
  if (w.includes('ou') && SLAVIC_ENDING.test(w)) w = w.replace(/ou/g, 'u').replace(/ine$/, 'in');
  w = w.replace(/tch/g, 'ch');
  w = w.replace(/yy/g, 'y').replace(/sk(?:iy|ii)$/, 'sky');
  w = w.replace(/([^aeiouy])y/g, '$1i');
  return w.replace(/([aeiou])\1+/g, '$1');
}

/** The key of a whole name: its words' keys joined by "-". Particles are kept ("de-gaulle"). */
export function personKey(words: readonly string[]): string {
  // Built in place: called for every full name of every article.
  let key = '';
  for (let i = 0; i < words.length; i++) key = withNameWordKey(key, nameWordKey(words[i]));
  return key;
}

/** A person's key so far (see personKey) with the key of its next word. */
export function withNameWordKey(key: string, part: string): string {
  if (part.length === 0) return key;
  return key === '' ? part : `${key}-${part}`;
}

/** Levenshtein distance, stopping early once it exceeds `max` (small words only). */
function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two typed rows swapped in place and code units compared, where an array was grown for each
  // row (the first through a closure) and each comparison read two one-character strings.
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, row[j]);
    }
    if (rowMin > max) return max + 1;
    const done = prev;
    prev = row;
    row = done;
  }
  return prev[b.length];
}

/**
 * Two family-name keys are variants of one name when equal, or, for names of six letters or
 * more, one edit apart with the same first and last letters ("zelenski"/"zelenki"). The guards
 * keep short names ("Bush"/"Rush", "Biden"/"Bidet") apart.
 */
export function sameFamilyName(a: string, b: string): boolean {
  return a === b || (typoGuardHolds(a, b) && boundedEditDistance(a, b, 1) <= 1);
}

/** The shortest family-name key a typo match is tried on. */
export const MIN_TYPO_LENGTH = 6;

/** The guard of every typo match between family-name keys: long enough, same first and last letters. */
export function typoGuardHolds(a: string, b: string): boolean {
  const guard = typoGuardKey(a);
  return guard !== undefined && guard === typoGuardKey(b);
}

/**
 * What typoGuardHolds compares, as one string: two keys pass the guard exactly when both have
 * one and it is the same. Undefined for a key too short for any typo match.
 */
export function typoGuardKey(key: string): string | undefined {
  return key.length < MIN_TYPO_LENGTH ? undefined : key[0] + key[key.length - 1];
}
