// Claim and correction ids: short enough to type in a terminal (`claims set k7m2qd`), random so
// that two people adding claims on two machines never pick the same one (a clean git merge),
// and never given out twice in one sidecar: every id in the file, and every id of a removed
// claim (kept in `removed-ids`), is taken.

/** No 0/o, 1/l/i: ids are read aloud and typed. */
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
/** Starting with a letter keeps YAML from reading an id as a number (`123456`, `1e5`). */
const LETTERS = 'abcdefghjkmnpqrstuvwxyz';
export const ID_LENGTH = 6;
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/i;

/** Uniform random integers below `bound`; swapped in tests for a seeded source. */
export type RandomSource = (bound: number) => number;

export const cryptoRandom: RandomSource = (bound) => {
  // Rejection sampling: a plain modulo would favour the first letters of the alphabet.
  const limit = Math.floor(0x100000000 / bound) * bound;
  const buffer = new Uint32Array(1);
  do globalThis.crypto.getRandomValues(buffer);
  while (buffer[0] >= limit);
  return buffer[0] % bound;
};

/** A fresh id not in `taken`; 31^5 × 23 ≈ 600 million possibilities. */
export function newId(taken: ReadonlySet<string>, random: RandomSource = cryptoRandom): string {
  for (;;) {
    let id = LETTERS[random(LETTERS.length)];
    while (id.length < ID_LENGTH) id += ALPHABET[random(ALPHABET.length)];
    if (!taken.has(id)) return id;
  }
}

/** What a hand-written id may look like: one word of letters, digits, `-` and `_`. */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
