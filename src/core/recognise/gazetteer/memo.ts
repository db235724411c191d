// Pure functions of a string, remembered. Names, words and spans repeat through an article and
// from one article to the next, so the recognisers' look-ups and keys are computed once per
// distinct string.

/** Entries a memo holds before it starts over: a stream of unusual strings never grows it without end. */
const MEMO_LIMIT = 50000;

/**
 * `compute`, remembered by argument. `compute` must be pure (its result depends on the string
 * alone) and never return undefined (use null for "none").
 */
export function memoised<R extends NonNullable<unknown> | null>(compute: (key: string) => R): (key: string) => R {
  const memory = new Map<string, R>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memory.size >= MEMO_LIMIT) memory.clear();
      memory.set(key, value);
    }
    return value;
  };
}
