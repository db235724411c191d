// A map from a key to a set of strings that stores a set of one as the bare string. The
// clustering files members by root, roots by id, people by family name and family names by
// spelling variant this way: of the 150,000 sets of a 10,000-article index, 140,000 held a
// single string, each in a Set of its own (some 150 bytes) where the string costs nothing more.
// Values keep the order they were added in, as a Set's do.

const NONE: readonly string[] = [];

export class KeySets {
  private readonly entries = new Map<string, string | Set<string>>();

  /** Keys with at least one value. */
  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Keys in the order they were first given a value (since they last had none). */
  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** The values filed under `key`, in the order they were added; valid until the next change. */
  get(key: string): Iterable<string> {
    const values = this.entries.get(key);
    if (values === undefined) return NONE;
    return typeof values === 'string' ? [values] : values;
  }

  sizeOf(key: string): number {
    const values = this.entries.get(key);
    if (values === undefined) return 0;
    return typeof values === 'string' ? 1 : values.size;
  }

  add(key: string, value: string): void {
    const values = this.entries.get(key);
    if (values === undefined) this.entries.set(key, value);
    else if (typeof values !== 'string') values.add(value);
    else if (values !== value) this.entries.set(key, new Set([values, value]));
  }

  delete(key: string, value: string): void {
    const values = this.entries.get(key);
    if (values === value) this.entries.delete(key);
    else if (typeof values !== 'string' && values?.delete(value) && values.size === 1) {
      this.entries.set(key, values.values().next().value as string); // back to a bare string
    }
  }
}
