// Canonical ids are the system's own spelling (`volodymyr-zelenski`) while the gold has its
// own (`volodymyr-zelensky`): ids can only be compared through a mapping learnt per article,
// and clustering quality is measured without any mapping at all.

import type { EntityMention } from '../recognise/types';
import type { GoldEntity } from './gold';
import { sameSpan } from './matching';

/** Accent-folded slug: `Pékin`, `pekin` and `PEKIN ` all fold to `pekin`. */
export function foldId(id: string): string {
  return id
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Maps a predicted id to the gold id it stands for in one article. */
export interface IdMapping {
  toGold(predictedId: string): string;
}

/**
 * Learns, for one article, which gold id each predicted id stands for.
 *  1. Majority vote: every predicted mention with exactly the span of a gold mention (whatever
 *     the types: a mistyped mention still says whom it names) votes for that gold id; the id
 *     with most votes wins, ties going to the alphabetically first so runs are reproducible.
 *  2. A predicted id that no mention voted for (a speaker id given only at an attribution, or
 *     an id whose mentions were all misplaced) maps to the gold id with the same accent-folded
 *     slug, if the article has one.
 *  3. Otherwise it maps to itself, which matches no gold id unless the spellings are equal.
 */
export function learnIdMapping(gold: readonly GoldEntity[], pred: readonly EntityMention[], goldSpeakerIds: Iterable<string> = []): IdMapping {
  const votes = new Map<string, Map<string, number>>();
  for (const p of pred) {
    const g = gold.find((x) => sameSpan(x, p));
    if (!g) continue;
    const tally = votes.get(p.id) ?? new Map<string, number>();
    tally.set(g.id, (tally.get(g.id) ?? 0) + 1);
    votes.set(p.id, tally);
  }
  const byVote = new Map<string, string>();
  for (const [predId, tally] of votes) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    byVote.set(predId, ranked[0][0]);
  }
  const bySlug = new Map<string, string>();
  for (const id of [...gold.map((g) => g.id), ...goldSpeakerIds]) {
    if (!bySlug.has(foldId(id))) bySlug.set(foldId(id), id);
  }
  return { toGold: (predictedId) => byVote.get(predictedId) ?? bySlug.get(foldId(predictedId)) ?? predictedId };
}

/** Pair counts for pairwise clustering precision and recall. */
export interface PairCounts {
  /** Pairs of mentions that share a gold id. */
  sameGold: number;
  /** Pairs of mentions that share a predicted id. */
  samePred: number;
  /** Pairs that share both. */
  sameBoth: number;
}

/**
 * Pairwise clustering counts over the mentions both sides agree exist: gold mentions with a
 * predicted mention of exactly the same span (any type). Restricting to them keeps detection
 * errors, already counted by the span scores, out of the id score, which then says only
 * whether mentions of one entity got one id (recall = sameBoth / sameGold) and mentions of
 * different entities got different ids (precision = sameBoth / samePred). Pairwise, not
 * B-cubed: a frequent entity weighs quadratically, as its id is repeated most often.
 */
export function pairCounts(gold: readonly GoldEntity[], pred: readonly EntityMention[]): PairCounts {
  const linked: Array<{ goldId: string; predId: string }> = [];
  for (const g of gold) {
    const p = pred.find((x) => sameSpan(x, g));
    if (p) linked.push({ goldId: g.id, predId: p.id });
  }
  const counts: PairCounts = { sameGold: 0, samePred: 0, sameBoth: 0 };
  for (let i = 0; i < linked.length; i++) {
    for (let j = i + 1; j < linked.length; j++) {
      const sameGold = linked[i].goldId === linked[j].goldId;
      const samePred = linked[i].predId === linked[j].predId;
      if (sameGold) counts.sameGold++;
      if (samePred) counts.samePred++;
      if (sameGold && samePred) counts.sameBoth++;
    }
  }
  return counts;
}
