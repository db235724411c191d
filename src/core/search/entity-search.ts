// Fuzzy search over the entity clusters: a journalist types "zelenski", "poutin" or "maison
// blanche" and finds Volodymyr Zelensky, Vladimir Poutine and the White House.
//
// Every cluster is found by its display name and by each of its written forms, folded the way
// the gazetteer folds names (no accents, lowercase, one space for hyphens and runs of spaces),
// and the query is folded the same way: accents never matter, hyphens neither. Fuse.js does the
// approximate matching (bitap, tolerant of a few typos anywhere in the name). Running Fuse over
// every form of a 10,000-article workspace costs tens of milliseconds a query, so a trigram index
// first picks the forms that share enough three-letter pieces with the query (a typo spoils at
// most three of them), and Fuse scores those. Results are ranked
// by how well they match, in steps of 0.1, then by how often the entity is mentioned, so that
// "trump" puts the much-mentioned Donald Trump above a rarely mentioned namesake that matches
// as well.

import Fuse from 'fuse.js';
import { foldKey } from '../recognise/gazetteer/fold';
import type { EntityType } from '../recognise/types';
import type { EntityCluster } from '../index/clustering';
import { compareCodeUnits } from '../workspace/paths';

export interface EntitySearchResult {
  id: string;
  type: EntityType;
  name: string;
  /** Match quality from 0 to 1 (1: a name or form equals the query), in steps of 0.1. */
  score: number;
  mentionCount: number;
  /** The written form that matched best. */
  matched: string;
}

export interface EntitySearchOptions {
  /** At most this many results (default 20). */
  limit?: number;
  /** Only these types. */
  types?: readonly EntityType[];
}

/** Fuse's threshold: 0 needs a perfect match, 1 matches anything. */
const THRESHOLD = 0.4;
/** The best score of a form that does not equal the query. */
const NEAR_MISS = 0.9;
/** Below this, a hit is noise ("truth" for "trump"). */
const MIN_SCORE = 0.55;
/** Fuse returns one hit per written form; several forms can belong to one cluster. */
const HITS_PER_RESULT = 4;
/** Forms handed to Fuse at most, those sharing the most trigrams with the query. */
const MAX_CANDIDATES = 400;
/** A form must share this share of the query's trigrams to be a candidate. */
const MIN_SHARED_TRIGRAMS = 0.3;
const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: THRESHOLD, minMatchCharLength: 2 };

interface Entry {
  folded: string;
  cluster: EntityCluster;
  form: string;
}

export class EntitySearch {
  private readonly entries: Entry[];
  private readonly postings = new Map<string, number[]>();
  private readonly shared: Uint16Array;

  constructor(clusters: readonly EntityCluster[]) {
    this.entries = [];
    for (const cluster of clusters) {
      const seen = new Set<string>();
      for (const form of [cluster.name, ...cluster.variants.map((v) => v.text)]) {
        const folded = foldKey(form);
        if (folded === '' || seen.has(folded)) continue;
        seen.add(folded);
        this.entries.push({ folded, cluster, form });
      }
    }
    this.entries.forEach((entry, index) => {
      for (const gram of trigrams(entry.folded)) {
        let list = this.postings.get(gram);
        if (!list) this.postings.set(gram, (list = []));
        list.push(index);
      }
    });
    this.shared = new Uint16Array(this.entries.length);
  }

  /** The entries sharing the most trigrams with the query, best first. */
  private candidates(folded: string, types: Set<EntityType> | undefined): Entry[] {
    const grams = trigrams(folded);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const index of this.postings.get(gram) ?? []) {
        if (this.shared[index]++ === 0) touched.push(index);
      }
    }
    const needed = Math.max(1, Math.ceil(grams.size * MIN_SHARED_TRIGRAMS));
    const found = touched.filter((i) => this.shared[i] >= needed && (!types || types.has(this.entries[i].cluster.type)));
    found.sort((a, b) => this.shared[b] - this.shared[a] || a - b);
    for (const index of touched) this.shared[index] = 0;
    return found.slice(0, MAX_CANDIDATES).map((i) => this.entries[i]);
  }

  search(query: string, options: EntitySearchOptions = {}): EntitySearchResult[] {
    const folded = foldKey(query);
    if (folded === '') return [];
    const limit = options.limit ?? 20;
    const types = options.types ? new Set(options.types) : undefined;
    const best = new Map<EntityCluster, { score: number; form: string }>();
    const candidates = this.candidates(folded, types);
    // A list of plain strings is Fuse's fastest path; candidates[i] tells whose string i is.
    const hits = new Fuse(candidates.map((c) => c.folded), FUSE_OPTIONS).search(folded, { limit: limit * HITS_PER_RESULT });
    for (const hit of hits) {
      const entry = candidates[hit.refIndex];
      // Only an equal form scores 1: a form merely containing the query ("trump" in "melania
      // trump") would otherwise tie with it.
      const score = entry.folded === folded ? 1 : Math.min(NEAR_MISS, 1 - (hit.score ?? 1));
      if (score < MIN_SCORE) continue;
      const known = best.get(entry.cluster);
      if (!known || score > known.score) best.set(entry.cluster, { score, form: entry.form });
    }
    return [...best]
      .map(([cluster, { score, form }]) => ({
        id: cluster.id,
        type: cluster.type,
        name: cluster.name,
        score: Math.round(score * 10) / 10,
        mentionCount: cluster.mentionCount,
        matched: form,
      }))
      .sort((a, b) => b.score - a.score || b.mentionCount - a.mentionCount || compareCodeUnits(a.name, b.name))
      .slice(0, limit);
  }
}

/** Three-letter pieces of the form with a space on each side, so short words have some too. */
function trigrams(folded: string): Set<string> {
  const padded = ` ${folded} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}
