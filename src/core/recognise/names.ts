// Canonical ids for names, and the normalisation that lets spelling variants of one person
// meet: "Volodymyr Zelensky", "Volodímir Zelenski", "Zeelenski" and "Zelenskyy" all reach
// `volodimir-zelenski`; "Vladimir Poutine" and "Vladimir Putin" reach `vladimir-putin`.
//
// The rule, in order, on each word:
//   1. accents folded and lowercased ("Vladímir" -> "vladimir");
//   2. French transliteration of Slavic/Arabic names mapped to the English one:
//      "ou" -> "u" (Poutine/Putin), "tch" -> "ch", final mute "e" dropped after a consonant
//      ("Poutine" -> "putin");
//   3. "y" -> "i" and "w" -> "v" (Zelensky/Zelenski, Wolodymyr/Volodymyr);
//   4. doubled letters collapsed ("Zelenskyy" -> "zelenskii" -> "zelenski", "Zeelenski").
// Two different people who share a family name never merge: the key keeps the first name
// ("melania-trump" is not "donald-trump"), and a bare family name only joins a full name of
// the same article (see `linkPersonMentions`), or a full name elsewhere in the workspace index.

import { fold } from './lexicon';

/** The phonetic key of one word of a name. */
export function nameWordKey(word: string): string {
  let w = fold(word).replace(/[^a-z0-9]/g, '');
  if (w.length <= 2) return w;
  w = w.replace(/tch/g, 'ch').replace(/ou/g, 'u');
  w = w.replace(/y/g, 'i').replace(/w/g, 'v');
  w = w.replace(/([a-z])\1+/g, '$1');
  // A final mute "e" of French transliterations ("Poutine", "Medvedeve" does not exist, but
  // "Poutine"/"Putin" does); kept on short words where it carries the name ("Lee", "Rose").
  if (w.length > 5 && /[^aeiou]e$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The key of a whole name: its words' keys joined by "-". Particles are kept ("de-gaulle"). */
export function personKey(words: string[]): string {
  return words.map(nameWordKey).filter((w) => w.length > 0).join('-');
}

/** A readable id from any surface: accents folded, non-alphanumerics to "-". */
export function slugId(surface: string): string {
  return fold(surface)
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance, stopping early once it exceeds `max` (small words only). */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, row[j]);
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Two family-name keys are variants of one name when equal, or, for names of six letters or
 * more, one edit apart with the same first and last letters ("zelenski"/"zelenki"). The guards
 * keep short names ("Bush"/"Rush", "Biden"/"Bidet") apart.
 */
export function sameFamilyName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  return boundedEditDistance(a, b, 1) <= 1;
}
