// The shape shared by the curated lists of places, organisations and events: one real-world
// entity, its English name (whose slug is the id) and its other names.

export interface CuratedEntry<Kind extends string> {
  kind: Kind;
  /** English name; its slug is the id ("NATO" -> "nato", "White House" -> "white-house"). */
  en: string;
  /** French names, acronyms in both languages, short and older forms. */
  names: string[];
}

/** A builder of entries of one kind: `const party = entryOfKind('party'); party('Labour Party', 'Labour')`. */
export function entryOfKind<Kind extends string>(kind: Kind) {
  return (en: string, ...names: string[]): CuratedEntry<Kind> => ({ kind, en, names });
}
