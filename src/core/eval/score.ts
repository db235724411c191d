// Scores predicted analyses against gold annotations. Pure functions: no I/O, no recogniser.
//
// Definitions (micro-averaged: counts are summed over types and articles before dividing):
//  - Entities, EXACT: a prediction is right when a gold mention has the same start, end and
//    type. OVERLAP: same type and the spans share a character. Either way each gold and each
//    predicted mention is matched at most once (see matching.ts). Per type and overall P/R/F1.
//  - Quotes, EXACT: same start and end (the marks included). OVERLAP: the spans share a
//    character, one-to-one. Kind accuracy: share of exactly matched quotes whose kind is right.
//  - Speaker accuracy: share of ALL gold quotes whose speaker is right. A gold quote with
//    speaker X is right when an overlapping predicted quote is matched to it and that quote's
//    speaker id maps to X (ids.ts: majority vote over exactly matched mentions, then
//    accent-folded slugs). A gold quote with no speaker (null) is right when a matched
//    predicted quote also has none. A gold quote with no matched prediction is wrong.
//  - Ids: pairwise clustering precision and recall over exactly matched mentions (ids.ts).
//  - A ratio with an empty denominator is 0, never NaN; the counts beside it tell the story.

import { ENTITY_TYPES, type ArticleAnalysis, type EntityMention, type EntityType, type Quotation } from '../recognise/types';
import type { GoldDoc, GoldEntity, GoldQuote } from './gold';
import { learnIdMapping, pairCounts, type IdMapping, type PairCounts } from './ids';
import { matchExact, matchOverlapping } from './matching';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Ratio {
  value: number;
  num: number;
  den: number;
}

export type EntityError =
  | { kind: 'missed'; gold: GoldEntity }
  | { kind: 'spurious'; pred: EntityMention }
  /** Same type, overlapping but different boundaries. */
  | { kind: 'boundary'; gold: GoldEntity; pred: EntityMention }
  /** Same span, different type. */
  | { kind: 'type'; gold: GoldEntity; pred: EntityMention };

export type QuoteError =
  | { kind: 'missed'; gold: GoldQuote }
  | { kind: 'spurious'; pred: Quotation }
  | { kind: 'boundary'; gold: GoldQuote; pred: Quotation }
  | { kind: 'kind'; gold: GoldQuote; pred: Quotation }
  /** `pred` is undefined when no predicted quote matched the gold quote at all. */
  | { kind: 'speaker'; gold: GoldQuote; pred?: Quotation; predictedSpeaker: string | null };

export interface DocScore {
  file: string;
  entities: Record<EntityType, { exact: Counts; overlap: Counts }>;
  quotes: { exact: Counts; overlap: Counts; kindRight: number; kindTotal: number; speakerRight: number; speakerTotal: number };
  ids: PairCounts;
  entityErrors: EntityError[];
  quoteErrors: QuoteError[];
}

export interface CorpusScore {
  documents: number;
  entities: {
    byType: Record<EntityType, { exact: Prf; overlap: Prf }>;
    overall: { exact: Prf; overlap: Prf };
  };
  quotes: { exact: Prf; overlap: Prf; kindAccuracy: Ratio; speakerAccuracy: Ratio };
  ids: { precision: Ratio; recall: Ratio };
}

export const ratio = (num: number, den: number): Ratio => ({ value: den === 0 ? 0 : num / den, num, den });

export function prf(c: Counts): Prf {
  const precision = ratio(c.tp, c.tp + c.fp).value;
  const recall = ratio(c.tp, c.tp + c.fn).value;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

const countsOf = (m: { pairs: unknown[]; unmatchedGold: unknown[]; unmatchedPred: unknown[] }): Counts => ({
  tp: m.pairs.length,
  fp: m.unmatchedPred.length,
  fn: m.unmatchedGold.length,
});

const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function scoreEntities(gold: readonly GoldEntity[], pred: readonly EntityMention[]): Pick<DocScore, 'entities' | 'entityErrors'> {
  const sameType = (g: GoldEntity, p: EntityMention) => g.type === p.type;
  const entities = {} as DocScore['entities'];
  for (const type of ENTITY_TYPES) {
    const g = gold.filter((e) => e.type === type);
    const p = pred.filter((e) => e.type === type);
    entities[type] = { exact: countsOf(matchExact(g, p)), overlap: countsOf(matchOverlapping(g, p)) };
  }
  return { entities, entityErrors: entityErrors(gold, pred, sameType) };
}

/** Explains the exact-match misses: a wrong type, wrong boundaries, or a plain miss / false alarm. */
function entityErrors(gold: readonly GoldEntity[], pred: readonly EntityMention[], sameType: (g: GoldEntity, p: EntityMention) => boolean): EntityError[] {
  const exact = matchExact(gold, pred, sameType);
  const wrongType = matchExact(exact.unmatchedGold, exact.unmatchedPred);
  const boundary = matchOverlapping(wrongType.unmatchedGold, wrongType.unmatchedPred, sameType);
  const errors: EntityError[] = [
    ...wrongType.pairs.map(({ gold: g, pred: p }) => ({ kind: 'type' as const, gold: g, pred: p })),
    ...boundary.pairs.map(({ gold: g, pred: p }) => ({ kind: 'boundary' as const, gold: g, pred: p })),
    ...boundary.unmatchedGold.map((g) => ({ kind: 'missed' as const, gold: g })),
    ...boundary.unmatchedPred.map((p) => ({ kind: 'spurious' as const, pred: p })),
  ];
  return errors.sort((a, b) => errorStart(a) - errorStart(b));
}

const errorStart = (e: EntityError | QuoteError): number => ('gold' in e ? e.gold.start : e.pred.start);

function speakerIsRight(gold: GoldQuote, pred: Quotation | undefined, ids: IdMapping): boolean {
  if (!pred) return false;
  if (gold.speaker === null) return pred.speaker === null;
  return pred.speaker !== null && ids.toGold(pred.speaker.id) === gold.speaker;
}

function scoreQuotes(gold: readonly GoldQuote[], pred: readonly Quotation[], ids: IdMapping): Pick<DocScore, 'quotes' | 'quoteErrors'> {
  const exact = matchExact(gold, pred);
  const overlap = matchOverlapping(gold, pred);
  const errors: QuoteError[] = [];
  const boundary = matchOverlapping(exact.unmatchedGold, exact.unmatchedPred);
  errors.push(...boundary.pairs.map(({ gold: g, pred: p }) => ({ kind: 'boundary' as const, gold: g, pred: p })));
  errors.push(...boundary.unmatchedGold.map((g) => ({ kind: 'missed' as const, gold: g })));
  errors.push(...boundary.unmatchedPred.map((p) => ({ kind: 'spurious' as const, pred: p })));

  const wrongKind = exact.pairs.filter(({ gold: g, pred: p }) => g.kind !== p.kind);
  errors.push(...wrongKind.map(({ gold: g, pred: p }) => ({ kind: 'kind' as const, gold: g, pred: p })));

  let speakerRight = 0;
  for (const g of gold) {
    const p = overlap.pairs.find((pair) => pair.gold === g)?.pred;
    if (speakerIsRight(g, p, ids)) speakerRight++;
    else errors.push({ kind: 'speaker', gold: g, pred: p, predictedSpeaker: p?.speaker ? ids.toGold(p.speaker.id) : null });
  }
  errors.sort((a, b) => errorStart(a) - errorStart(b));
  return {
    quotes: {
      exact: countsOf(exact),
      overlap: countsOf(overlap),
      kindRight: exact.pairs.length - wrongKind.length,
      kindTotal: exact.pairs.length,
      speakerRight,
      speakerTotal: gold.length,
    },
    quoteErrors: errors,
  };
}

/** Scores one article's predicted analysis against its gold. */
export function scoreDocument(gold: GoldDoc, predicted: ArticleAnalysis): DocScore {
  const goldSpeakers = gold.quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker]));
  const ids = learnIdMapping(gold.entities, predicted.entities, goldSpeakers);
  return {
    file: gold.file,
    ...scoreEntities(gold.entities, predicted.entities),
    ...scoreQuotes(gold.quotes, predicted.quotes, ids),
    ids: pairCounts(gold.entities, predicted.entities),
  };
}

/** Micro-averages article scores into corpus scores. */
export function aggregate(docs: readonly DocScore[]): CorpusScore {
  const byType = {} as CorpusScore['entities']['byType'];
  let exactAll = zeroCounts();
  let overlapAll = zeroCounts();
  for (const type of ENTITY_TYPES) {
    const exact = docs.reduce((sum, d) => addCounts(sum, d.entities[type].exact), zeroCounts());
    const overlap = docs.reduce((sum, d) => addCounts(sum, d.entities[type].overlap), zeroCounts());
    byType[type] = { exact: prf(exact), overlap: prf(overlap) };
    exactAll = addCounts(exactAll, exact);
    overlapAll = addCounts(overlapAll, overlap);
  }
  const sum = (pick: (d: DocScore) => number) => docs.reduce((total, d) => total + pick(d), 0);
  return {
    documents: docs.length,
    entities: { byType, overall: { exact: prf(exactAll), overlap: prf(overlapAll) } },
    quotes: {
      exact: prf(docs.reduce((s, d) => addCounts(s, d.quotes.exact), zeroCounts())),
      overlap: prf(docs.reduce((s, d) => addCounts(s, d.quotes.overlap), zeroCounts())),
      kindAccuracy: ratio(sum((d) => d.quotes.kindRight), sum((d) => d.quotes.kindTotal)),
      speakerAccuracy: ratio(sum((d) => d.quotes.speakerRight), sum((d) => d.quotes.speakerTotal)),
    },
    ids: {
      precision: ratio(sum((d) => d.ids.sameBoth), sum((d) => d.ids.samePred)),
      recall: ratio(sum((d) => d.ids.sameBoth), sum((d) => d.ids.sameGold)),
    },
  };
}

/** The quality bars the recogniser aims at, judged on corpora nobody tuned it on. */
export const TARGETS = {
  entitiesExactF1: 0.9,
  quotesExactF1: 0.95,
  speakerAccuracy: 0.85,
} as const;
