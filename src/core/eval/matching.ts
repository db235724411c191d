// One-to-one pairing of gold spans with predicted spans, the basis of every count the scorer
// makes. A gold span and a predicted span are each used at most once, so a prediction that
// covers two gold mentions earns one match, not two.

import type { Span } from '../recognise/types';

export interface Matching<G, P> {
  pairs: Array<{ gold: G; pred: P }>;
  unmatchedGold: G[];
  unmatchedPred: P[];
}

export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

const overlapLength = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const boundaryDistance = (a: Span, b: Span): number => Math.abs(a.start - b.start) + Math.abs(a.end - b.end);

/**
 * Greedy one-to-one matching over the candidate pairs that `accepts`: the pair sharing the most
 * characters first, then the one whose boundaries are closest, then reading order. Greedy is
 * enough here because gold spans never overlap each other, so a gold span competes only with
 * the few predictions that touch it.
 */
function matchGreedy<G extends Span, P extends Span>(gold: readonly G[], pred: readonly P[], accepts: (g: G, p: P) => boolean): Matching<G, P> {
  const candidates: Array<{ g: number; p: number; shared: number; distance: number }> = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (accepts(g, p)) candidates.push({ g: gi, p: pi, shared: overlapLength(g, p), distance: boundaryDistance(g, p) });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.g - b.g || a.p - b.p);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const pairs: Matching<G, P>['pairs'] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.g) || predUsed.has(c.p)) continue;
    goldUsed.add(c.g);
    predUsed.add(c.p);
    pairs.push({ gold: gold[c.g], pred: pred[c.p] });
  }
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  return {
    pairs,
    unmatchedGold: gold.filter((_, i) => !goldUsed.has(i)),
    unmatchedPred: pred.filter((_, i) => !predUsed.has(i)),
  };
}

/** Pairs with the same start and end (and `sameClass`, e.g. the same entity type). */
export function matchExact<G extends Span, P extends Span>(gold: readonly G[], pred: readonly P[], sameClass: (g: G, p: P) => boolean = () => true): Matching<G, P> {
  return matchGreedy(gold, pred, (g, p) => sameSpan(g, p) && sameClass(g, p));
}

/** Pairs whose spans share at least one character (and `sameClass`). */
export function matchOverlapping<G extends Span, P extends Span>(gold: readonly G[], pred: readonly P[], sameClass: (g: G, p: P) => boolean = () => true): Matching<G, P> {
  return matchGreedy(gold, pred, (g, p) => spansOverlap(g, p) && sameClass(g, p));
}
