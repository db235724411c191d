// Finding a claim again after the article changed. An anchor is a W3C text-quote selector (the
// exact words with ~32 characters of context each side) plus a text-position selector (the
// offsets). The chain, from cheapest and surest to last resort, each step accepting a place
// only when the words' surroundings vouch for it:
//   1. the stored offsets, if the words are still there                       -> exact
//   2. the words with their whole context, nearest the stored place          -> exact / moved
//   3. the words alone, nearest first, the one whose context matches best    -> moved
//   4. an approximate match (small edits inside the words) at the places the
//      context, pieces of the words or the stored offsets point to          -> fuzzy
//   5. the words alone without context, when they cannot be another passage:
//      unique and long, or a whole paragraph that moved                      -> moved
//   6. nothing convincing                                                    -> orphaned
// "Never moved to wrong words" is the rule that shapes every threshold: when in doubt, orphan
// (the claim keeps its text and the user re-attaches it). A place resting on weak evidence
// (changed words, or neither side of the context intact) is not taken when the text supports
// another reading as well: another unchanged copy, a cheaper copy set aside, or the claim's
// words torn apart elsewhere against their context (see rank, unrivalled, contested). Nor does
// changed words' side of context count when it is part of another copy of the words that runs
// into them (words that repeat their own context: see sidesEchoWords). The property test in
// test/unit/claims/anchoring-property.test.ts measures how often each step is right.
//
// Searches run on an LF-only view of the text (see EolView), so a change of line endings is
// not an edit. Costs are bounded: searches look in windows growing around the stored offsets,
// at most MAX_OCCURRENCES occurrences are weighed, and the approximate match only runs on small
// windows at a few seeded places.

import type { Span } from '../recognise/types';
import type { AnchorResolution, ClaimAnchor } from './types';
import { EolView, normaliseEol } from './eol-view';
import { alignAnchored, contextEdits, searchApproximate } from './approximate';

/** Characters of context kept each side of a claim. */
export const CONTEXT_LENGTH = 32;

export interface AnchoringOptions {
  /** Largest share of the words that may differ for a fuzzy match (default 0.25). */
  maxEditRatio?: number;
}

/** A side's context counts as recognised from this similarity on (see contextSimilarity). */
const CONTEXT_RECOGNISED = 0.75;
/** Contexts shorter than this (a claim near the start or end of the text) weigh less. */
const FULL_WEIGHT_CONTEXT = 12;
/** Words at least this long do not stand at a given offset by chance. */
const DISTINCTIVE_LENGTH = 12;
/** A paragraph found intact (its words and its context up to the line breaks) counts from this length. */
const MIN_PARAGRAPH_QUOTE = 24;
/** Changed words this long, changed by this share at most, need only one side of their context. */
const LONG_WORDS = 32;
const BARELY_CHANGED = 0.1;
/** A typo fixed changes a character or two. */
const TYPO_EDITS = 2;
/** The context next to the words, used to seed the approximate search. */
const NEARBY_PIECE = 12;
const MAX_OCCURRENCES = 256;
/** Places weighed where the words stand with one whole side of their context (each side). */
const SIDE_MATCHES = 4;
/** What a whole side of context rewritten costs (see contextCost). */
const REWRITTEN_SIDE = CONTEXT_LENGTH / 2;
/** Cost of the distance from the stored place, per doubling beyond a context's length. */
const DISTANCE_WEIGHT = 2;
/** Cap on the edits tolerated, whatever the length: keeps the approximate search small. */
const MAX_EDITS = 64;
/** Longer claims are only found exactly (the approximate search would cost too much). */
const MAX_FUZZY_LENGTH = 4000;
const MAX_SEEDS = 24;
/** Places weighed where a piece of the torn words may stand against each side of the context (see contested). */
const TORN_PLACES = 4;
const FIRST_SEARCH_RADIUS = 2048;

/** Builds the anchor of `text[start, end)`. Throws RangeError for offsets outside the text. */
export function createAnchor(text: string, start: number, end: number): ClaimAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`the span ${start}..${end} is not a non-empty range inside the text (length ${text.length})`);
  }
  const prefixStart = avoidSplitPair(text, Math.max(0, start - CONTEXT_LENGTH), +1);
  const suffixEnd = avoidSplitPair(text, Math.min(text.length, end + CONTEXT_LENGTH), -1);
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd), start, end };
}

/** Moves an offset that falls between the two halves of a surrogate pair off the pair. */
function avoidSplitPair(text: string, offset: number, direction: 1 | -1): number {
  const code = text.charCodeAt(offset);
  const isLowHalf = code >= 0xdc00 && code <= 0xdfff;
  const before = text.charCodeAt(offset - 1);
  return isLowHalf && before >= 0xd800 && before <= 0xdbff ? offset + direction : offset;
}

/** Resolves one anchor; to resolve many against one text, use resolveAnchors (shares the view). */
export function resolveAnchor(text: string, anchor: ClaimAnchor, options?: AnchoringOptions): AnchorResolution {
  return resolveAnchors(text, [anchor], options)[0];
}

export function resolveAnchors(text: string, anchors: readonly ClaimAnchor[], options?: AnchoringOptions): AnchorResolution[] {
  const view = new EolView(text);
  const maxEditRatio = options?.maxEditRatio ?? 0.25;
  return anchors.map((anchor) => new AnchorSearch(view, anchor, maxEditRatio).resolve());
}


/** What the stored selector says for a place, strongest first (see Found.evidence and rank). */
const enum Evidence {
  /** Anything else: weighed by cost alone. */
  None = 0,
  /** Both sides of the context exactly as stored, around words changed more than a small edit. */
  ContextAroundRewrite = 1,
  /** The words unchanged, with one side of the context intact (or their paragraph). */
  WordsWithOneSide = 2,
  /** Both sides of the context exactly as stored, the words unchanged or barely edited (smallEdit). */
  ContextAroundWords = 3,
}

/** A place the words may be now, with the evidence for it. */
interface Found {
  /** View offsets. */
  start: number;
  end: number;
  kind: 'words' | 'fuzzy';
  /** Edits between the stored words and text[start, end). */
  quoteEdits: number;
  /** Edits between the stored prefix (suffix) and the text before (after). */
  beforeEdits: number;
  afterEdits: number;
  /** Start or end of the text that the stored context reached and this place does not (0..2). */
  edgesMissed: number;
  /** The context vouches for this place (see candidate). */
  acceptable: boolean;
  /** What the stored selector says for this place (see Evidence). */
  evidence: Evidence;
  /** The stored prefix (suffix) is intact next to this place: as stored, or as part of the claim's paragraph. */
  prefixIntact: boolean;
  suffixIntact: boolean;
  /** Unchanged words with a whole side of their context intact, not one cut short by an edge of the text. */
  conclusive: boolean;
}

class AnchorSearch {
  private readonly text: string;
  private readonly exact: string;
  private readonly prefix: string;
  private readonly suffix: string;
  /** The stored offsets, in the view. */
  private readonly hint: number;
  private readonly prefixReachesStart: boolean;
  private readonly suffixReachesEnd: boolean;
  /** See tornPieces: looked for once, when a place on weak evidence is about to be taken. */
  private pieces?: { heads: Span[]; tails: Span[] };

  constructor(
    private readonly view: EolView,
    private readonly anchor: ClaimAnchor,
    private readonly maxEditRatio: number,
  ) {
    this.text = view.text;
    this.exact = normaliseEol(anchor.exact);
    this.prefix = normaliseEol(anchor.prefix);
    this.suffix = normaliseEol(anchor.suffix);
    this.hint = Math.min(view.fromRaw(Math.max(0, anchor.start)), this.text.length);
    this.prefixReachesStart = anchor.start === anchor.prefix.length;
    // createAnchor may shorten a context by one code unit not to split a surrogate pair.
    this.suffixReachesEnd = anchor.suffix.length < CONTEXT_LENGTH - 1;
  }

  resolve(): AnchorResolution {
    const found = this.exact.length === 0 ? undefined : this.find();
    if (!found) return { state: 'orphaned', start: this.anchor.start, end: this.anchor.end };
    const start = this.view.toRaw(found.start);
    const end = this.view.toRaw(found.end);
    if (found.kind === 'fuzzy') return { state: 'fuzzy', start, end };
    const unchanged = start === this.anchor.start && end === this.anchor.end && this.view.raw.slice(start, end) === this.anchor.exact;
    return { state: unchanged ? 'exact' : 'moved', start, end };
  }

  private find(): Found | undefined {
    const { text, exact, hint } = this;
    const atHint = text.startsWith(exact, hint) ? this.words(hint) : undefined;
    // The words at the stored offset settle it with a whole side of their context intact; with
    // none, or only a few characters cut short by the start (end) of the text, they are only a
    // candidate: a line moved to the top can begin with the same few characters, and the words
    // may stand elsewhere with their whole context on one side (see rank).
    if (atHint?.conclusive) return atHint;

    // The stored selector (prefix + words + suffix) is one string: the place where it needs the
    // fewest edits wins, whether the edits fell in the words or around them (see cost). Found
    // whole, it only has to be weighed against what lies nearer the stored place.
    let radius = Infinity;
    const candidates: Found[] = [];
    if (this.prefix.length + this.suffix.length > 0) {
      const [withContext] = nearestOccurrences(text, this.prefix + exact + this.suffix, hint - this.prefix.length, 1);
      if (withContext !== undefined) {
        const whole = this.words(withContext + this.prefix.length);
        radius = Math.abs(whole.start - hint);
        if (radius <= CONTEXT_LENGTH) return whole;
        candidates.push(whole);
      }
    }
    const nearest = nearestOccurrences(text, exact, hint, MAX_OCCURRENCES, radius);
    const occurrences = nearest.filter((at) => Math.abs(at - hint) < radius);
    for (const at of occurrences) candidates.push(this.words(at));
    // The words with one whole side of their context, looked for as one string: common words
    // (a claim "a") occur more often than the occurrences weighed above, and the claim may have
    // moved past them. Only then: otherwise every such place is among the occurrences already
    // (searching anyway doubled the cost of re-anchoring 1,000 claims on 1 MB).
    const cut = nearest.length === MAX_OCCURRENCES;
    const withPrefix = cut && this.prefix.length > 0 ? nearestOccurrences(text, this.prefix + exact, hint - this.prefix.length, SIDE_MATCHES, radius) : [];
    const withSuffix = cut && this.suffix.length > 0 ? nearestOccurrences(text, exact + this.suffix, hint, SIDE_MATCHES, radius) : [];
    for (const at of [...withPrefix.map((at) => at + this.prefix.length), ...withSuffix]) {
      if (Math.abs(at - hint) < radius) candidates.push(this.words(at));
    }
    // An approximate match can only beat words barely edited between both sides as stored with
    // fewer edits in the words than they cost: that bounds the search. (Below that rank a
    // near-copy with both sides as stored may beat whatever its cost: see rank.)
    const bestSoFar = this.rank(candidates)[0];
    const bound = bestSoFar?.evidence === Evidence.ContextAroundWords ? Math.ceil(this.cost(bestSoFar)) : Infinity;
    const maxEdits = Math.min(MAX_EDITS, Math.floor(exact.length * this.maxEditRatio), bound);
    const seeds: Seed[] = radius === Infinity ? this.seeds(maxEdits) : [{ kind: 'near', at: hint }];
    for (const match of this.approximateMatches(seeds, maxEdits)) {
      if (Math.abs(match.start - hint) < radius) candidates.push(match);
    }
    const weighed = candidates.map((c) => (this.sidesEchoWords(c, candidates) ? { ...c, acceptable: false } : c));
    const best = this.rank(weighed).find((c) => !this.contested(c));
    if (best) return best;

    // Last resort: the words unchanged, but both sides of their context edited right up to
    // them. Accepted where nothing else can be meant: words long enough not to stand there by
    // chance, where they were, still starting (ending) a paragraph as they did (the line break
    // outlives a rewrite of the paragraph next to it; a copy pasted at the old offset seldom
    // lands on one), and nowhere else, not even barely changed (with no context to go by, any
    // other copy may be the claim); or, for a claim that was a whole paragraph, the only
    // paragraph made of exactly its words (a paragraph moved elsewhere).
    if (atHint && exact.length >= DISTINCTIVE_LENGTH && this.keepsParagraphEdge(atHint) && this.unrivalled(atHint, candidates, 'any copy') && !this.contested(atHint)) {
      return atHint;
    }
    const paragraphs = occurrences.filter((at) => this.isWholeParagraph(at));
    const paragraph = paragraphs.length === 1 && this.wasWholeParagraph() ? this.words(paragraphs[0]) : undefined;
    return paragraph && !this.contested(paragraph) ? paragraph : undefined;
  }

  /**
   * The acceptable places, best first. A candidate overlapping a cheaper one is the same place
   * found twice (kept as unchanged words if either finding was): the cheapest finding says how
   * the place ranks, so an alignment cannot make its place look better by swallowing text typed
   * next to the words (both sides then "intact"). Words accepted on weak evidence are left out
   * where another place rivals them (see unrivalled).
   *
   * Places with the strongest evidence come first (both sides of the context as stored around
   * words barely edited, then the unchanged words with one side intact, then both sides around
   * words changed more: see Found.evidence); then the lowest cost, then
   * the nearest. Cost alone weighs a context edited by two characters almost like an intact
   * one, caps a rewritten one and charges for distance, so it could prefer weaker evidence
   * nearer: a copy of the words pasted two characters after the intact prefix, in text typed
   * against the claim, over the real words with their suffix intact (issue 4); a near-copy of
   * the words after the same prefix (an article printing its headline twice) over the real
   * words, moved, with their suffix intact. Below the three ranks of Evidence, edits in the
   * words and in the context are weighed together, by cost.
   */
  private rank(candidates: Found[]): Found[] {
    const byCost = candidates
      .filter((c) => c.acceptable && (c.evidence > Evidence.None || this.unrivalled(c, candidates, !c.prefixIntact && !c.suffixIntact ? 'recognisable copy' : 'cheaper copy')))
      .map((c) => ({ c, cost: this.cost(c), distance: Math.abs(c.start - this.hint) }))
      .sort((a, b) => a.cost - b.cost || a.distance - b.distance);
    const places: { found: Found; evidence: Evidence; cost: number; distance: number }[] = [];
    for (const { c, cost, distance } of byCost) {
      const same = places.find((p) => c.start < p.found.end && p.found.start < c.end);
      if (!same) places.push({ found: c, evidence: c.evidence, cost, distance });
      // Unchanged words beat a near-copy of them at the same place: the difference is only in
      // where the alignment put the edge of an edit next to them.
      else if (same.found.kind === 'fuzzy' && c.kind === 'words') same.found = c;
    }
    return places.sort((a, b) => b.evidence - a.evidence || a.cost - b.cost || a.distance - b.distance).map((p) => p.found);
  }

  /**
   * Edits in the words and in their context, plus a charge for the distance from the stored
   * place (log scale: two edits per doubling beyond a context's length: an edit shifts the
   * words after it by its own length, rarely more). The charge settles what contexts cannot:
   * the same heading twice near the start of the text, one copy edited around.
   */
  private cost(found: Found): number {
    const context = contextCost(this.prefix, found.beforeEdits) + contextCost(this.suffix, found.afterEdits) + found.edgesMissed;
    return found.quoteEdits + context + DISTANCE_WEIGHT * Math.log2(1 + Math.abs(found.start - this.hint) / CONTEXT_LENGTH);
  }

  private words(start: number): Found {
    return this.candidate(start, start + this.exact.length, 'words', 0);
  }

  private candidate(start: number, end: number, kind: Found['kind'], quoteEdits: number): Found {
    const beforeEdits = contextEdits(this.text, start, this.prefix, 'before');
    const afterEdits = contextEdits(this.text, end, this.suffix, 'after');
    // A context cut short by the start (end) of the text had the edge as its next character: a
    // certain piece of context, missed where the edge is not there now. (An empty context
    // already counts it in its edits.)
    const startMissed = this.prefix.length > 0 && this.prefixReachesStart && start > this.prefix.length + beforeEdits;
    const endMissed = this.suffix.length > 0 && this.suffixReachesEnd && this.text.length - end > this.suffix.length + afterEdits;
    const edgesMissed = Number(startMissed) + Number(endMissed);
    const prefixAsStored = beforeEdits === 0 && !startMissed;
    const suffixAsStored = afterEdits === 0 && !endMissed;
    const prefixIntact = prefixAsStored || this.paragraphHolds(start, end);
    const suffixIntact = suffixAsStored || this.paragraphHolds(start, end);
    // Exact words need one side of their context exactly as stored (or, when long, both sides
    // recognisable): a common word whose context is merely similar is, as often as not,
    // another occurrence of it. Changed words
    // need more: one side intact and the other recognisable, unless they are long and barely
    // changed (a sentence with a typo fixed has no near-twin).
    const barelyChanged = this.exact.length >= LONG_WORDS && quoteEdits <= this.exact.length * BARELY_CHANGED;
    const acceptable =
      kind === 'words'
        ? prefixIntact || suffixIntact || (this.recognisedBothSides({ beforeEdits, afterEdits }) && this.exact.length >= DISTINCTIVE_LENGTH)
        : (prefixIntact && (barelyChanged || sideSupport(this.suffix, afterEdits) >= CONTEXT_RECOGNISED)) ||
          (suffixIntact && (barelyChanged || sideSupport(this.prefix, beforeEdits) >= CONTEXT_RECOGNISED));
    return {
      start,
      end,
      kind,
      quoteEdits,
      beforeEdits,
      afterEdits,
      edgesMissed,
      acceptable,
      evidence:
        prefixAsStored && suffixAsStored
          ? this.smallEdit(quoteEdits) ? Evidence.ContextAroundWords : Evidence.ContextAroundRewrite
          : kind === 'words' && (prefixIntact || suffixIntact) ? Evidence.WordsWithOneSide : Evidence.None,
      prefixIntact,
      suffixIntact,
      conclusive: kind === 'words' && ((prefixIntact && !this.prefixReachesStart) || (suffixIntact && !this.suffixReachesEnd)),
    };
  }

  /**
   * Edits in the words small enough for both sides of the context to vouch for them more than
   * one side vouches for unchanged words elsewhere: a typo or two fixed, or a tenth of long
   * words. A line gone from the middle of the words is not (the same words standing unchanged
   * elsewhere with a side of their context are the claim, the near-copy a repetition); such a
   * place still ranks above changed words with one side.
   */
  private smallEdit(quoteEdits: number): boolean {
    return quoteEdits <= Math.max(TYPO_EDITS, this.exact.length * BARELY_CHANGED);
  }

  private recognisedBothSides({ beforeEdits, afterEdits }: Pick<Found, 'beforeEdits' | 'afterEdits'>): boolean {
    return sideSupport(this.prefix, beforeEdits) >= CONTEXT_RECOGNISED && sideSupport(this.suffix, afterEdits) >= CONTEXT_RECOGNISED;
  }

  /**
   * The claim's own paragraph found intact around [start, end): the parts of the stored
   * contexts up to the line breaks, and the words. In short paragraphs (headings, list items)
   * 32 characters of context reach into the neighbours, which a paragraph move replaces.
   */
  private paragraphHolds(start: number, end: number): boolean {
    const { text, prefix, suffix } = this;
    const before = prefix.lastIndexOf('\n');
    const after = suffix.indexOf('\n');
    if (before === -1 && after === -1) return false;
    const partBefore = before === -1 ? prefix : prefix.slice(before);
    const partAfter = after === -1 ? suffix : suffix.slice(0, after + 1);
    if (partBefore.length + (end - start) + partAfter.length < MIN_PARAGRAPH_QUOTE) return false;
    const beforeHolds = text.endsWith(partBefore, start) || (partBefore === '\n' && start === 0);
    // The paragraph may now be the last of the text, without a line break after it.
    const afterHolds = text.startsWith(partAfter, end) || (partAfter.endsWith('\n') && text.length === end + partAfter.length - 1 && text.endsWith(partAfter.slice(0, -1)));
    return beforeHolds && afterHolds;
  }

  /**
   * No other copy of the words among the candidates: none unchanged, wherever it stands, and
   * none changed no more than an approximate match may be, acceptable itself or with a side of
   * the stored context recognisable (unchanged, with a side still there), that costs less than
   * a whole side of context more ('cheaper copy', asked of changed words with one side intact:
   * that costs less at all; 'any copy': none barely changed at all). Words accepted with neither side intact (both
   * sides merely similar, or text typed between them and an intact side) are taken only then:
   * otherwise the text cannot tell which is the claim (a paraphrase of the sentence elsewhere
   * in the article; a decoy next to the intact context while the claim, moved, keeps the other
   * side but for one character; a decoy and the claim each with text typed between them and an
   * intact side; a copy pasted three characters after the intact prefix, into text typed
   * against the claim, while the claim's own context was rewritten), and orphaning beats
   * guessing.
   */
  private unrivalled(found: Found, candidates: Found[], rival: 'recognisable copy' | 'cheaper copy' | 'any copy'): boolean {
    const within = this.cost(found) + (rival === 'cheaper copy' ? 0 : REWRITTEN_SIDE);
    const recognisable = (c: Found): boolean =>
      c.acceptable || sideSupport(this.prefix, c.beforeEdits) >= CONTEXT_RECOGNISED || sideSupport(this.suffix, c.afterEdits) >= CONTEXT_RECOGNISED;
    // A side of the context still there: less than half of it rewritten (see contextCost).
    const sideThere = (c: Found): boolean => sideSupport(this.prefix, c.beforeEdits) > 0.5 || sideSupport(this.suffix, c.afterEdits) > 0.5;
    const rivals = (c: Found): boolean =>
      rival === 'any copy'
        ? c.quoteEdits <= this.exact.length * BARELY_CHANGED
        : (rival === 'recognisable copy' && c.quoteEdits === 0) ||
          (c.quoteEdits <= this.exact.length * this.maxEditRatio && (recognisable(c) || (c.quoteEdits === 0 && sideThere(c))) && this.cost(c) < within);
    return candidates.every((c) => (c.start < found.end && found.start < c.end) || !rivals(c));
  }

  /**
   * Changed words whose every intact side lies inside another reading of the words: a copy of
   * them, barely edited (see smallEdit), that covers the side and runs on a side's length into
   * this place, so that where the side meets the words is that copy's words. The words then
   * repeat themselves (article 3 prints its headline twice, and a claim across both headlines
   * holds its own prefix), any copy of them carries the stored context inside it, and the side
   * vouches for nothing (a pasted copy with a line duplicated in it, read from its second
   * headline on, had the first headline for an "intact" prefix). A reading that merely begins
   * where these words end (a claim ending on the first word of the next headline) is the next
   * passage, not a copy of this one. Unchanged words are left alone: one side intact settles
   * them (the first target of the property test).
   */
  private sidesEchoWords(found: Found, candidates: Found[]): boolean {
    if (found.kind !== 'fuzzy' || !(found.prefixIntact || found.suffixIntact)) return false;
    const { prefix, suffix } = this;
    const copies = candidates.filter((c) => c !== found && this.smallEdit(c.quoteEdits));
    const echoed = (side: 'prefix' | 'suffix'): boolean =>
      copies.some((c) =>
        side === 'prefix'
          ? prefix.length > 0 && c.start <= found.start - prefix.length && c.end >= found.start + prefix.length
          : suffix.length > 0 && c.end >= found.end + suffix.length && c.start <= found.end - suffix.length,
      );
    return (!found.prefixIntact || echoed('prefix')) && (!found.suffixIntact || echoed('suffix'));
  }

  /**
   * The claim's words, torn apart, stand elsewhere against the stored context: a piece of
   * them right after the stored prefix and a piece right before the stored suffix (each side
   * exactly as stored, the edge of the text aside; one piece may be all of them), together all
   * of the words but what an approximate match may lose. Asked of places lacking a side: the
   * torn reading has what they lack, and the text cannot tell which is the claim (a copy of the
   * words pasted before a line that happens to begin with the suffix, while a line move split
   * the claim after its intact prefix; a copy pasted two characters after the intact prefix,
   * while the claim, its first words deleted, keeps its suffix). Unchanged words with one side
   * intact give way only to all of the words torn in two, each part against its side (a copy
   * pasted just before a moved line that begins with the suffix, the claim split by the move).
   * A piece of a copy of the found text itself is that passage printed twice, not another
   * reading.
   */
  private contested(found: Found): boolean {
    if (found.prefixIntact && found.suffixIntact) return false;
    const { text } = this;
    const { heads, tails } = (this.pieces ??= this.tornPieces());
    const words = text.slice(found.start, found.end);
    const longest = (pieces: Span[], isCopy: (piece: Span) => boolean): number =>
      pieces.reduce((most, p) => ((p.end <= found.start || found.end <= p.start) && !isCopy(p) ? Math.max(most, p.end - p.start) : most), 0);
    const head = longest(heads, (p) => text.startsWith(words, p.start));
    const tail = longest(tails, (p) => text.endsWith(words, p.end));
    if (found.evidence === Evidence.WordsWithOneSide) return head > 0 && tail > 0 && head + tail >= this.exact.length;
    return head + tail >= this.exact.length * (1 - this.maxEditRatio);
  }

  /** The pieces of the words right after the stored prefix and right before the stored suffix, nearest first. */
  private tornPieces(): { heads: Span[]; tails: Span[] } {
    const { text, exact, prefix, suffix, hint } = this;
    const heads = prefix.length < FULL_WEIGHT_CONTEXT ? [] : nearestOccurrences(text, prefix, hint - prefix.length, TORN_PLACES).map((at) => at + prefix.length);
    const tails = suffix.length < FULL_WEIGHT_CONTEXT ? [] : nearestOccurrences(text, suffix, hint + exact.length, TORN_PLACES);
    return {
      heads: heads.map((start) => ({ start, end: start + commonLength(text, start, exact, 'forward') })),
      tails: tails.map((end) => ({ start: end - commonLength(text, end, exact, 'backward'), end })),
    };
  }

  /** The words start a paragraph at `found` as they did when stored, or end one. */
  private keepsParagraphEdge(found: Found): boolean {
    const { text, prefix, suffix } = this;
    const starts = prefix.endsWith('\n') && (found.start === 0 || text[found.start - 1] === '\n');
    const ends = suffix.startsWith('\n') && (found.end === text.length || text[found.end] === '\n');
    return starts || ends;
  }

  private wasWholeParagraph(): boolean {
    return (this.prefix === '' || this.prefix.endsWith('\n')) && (this.suffix === '' || this.suffix.startsWith('\n'));
  }

  private isWholeParagraph(at: number): boolean {
    const end = at + this.exact.length;
    return (at === 0 || this.text[at - 1] === '\n') && (end === this.text.length || this.text[end] === '\n');
  }

  /** Small edits inside the words, looked for at the places something still points to. */
  private approximateMatches(seeds: Seed[], maxEdits: number): Found[] {
    const { exact, text } = this;
    if (exact.length > MAX_FUZZY_LENGTH || maxEdits < 1) return [];
    const matches: Found[] = [];
    for (const seed of seeds) {
      const span = this.alignAt(seed, maxEdits);
      if (!span || span.edits > maxEdits || span.end <= span.start) continue;
      const match = this.candidate(span.start, span.end, span.edits === 0 ? 'words' : 'fuzzy', span.edits);
      const inside = span.edits > 0 ? text.slice(span.start, span.end).indexOf(exact) : -1;
      if (inside === -1) {
        matches.push(match);
        continue;
      }
      // The unchanged words inside, with only text typed next to them: the words are the claim,
      // the typed text is not (the alignment merely swallowed it). The context around the whole
      // vouches for them only as it would for unchanged words without an intact side, both
      // sides recognisable: "barely changed" is for edits inside the words, not for text typed
      // between them and their context (a copy pasted two characters after the intact prefix,
      // the other side rewritten, reads the same as the claim with a word typed before it).
      const words = this.words(span.start + inside);
      matches.push(match.acceptable && this.recognisedBothSides(match) ? { ...words, acceptable: true } : words);
    }
    return matches;
  }

  /** The words aligned at a seed: from its start, up to its end, or anywhere near it. */
  private alignAt(seed: Seed, maxEdits: number): { start: number; end: number; edits: number } | undefined {
    const { text, exact } = this;
    const reach = exact.length + maxEdits;
    if (seed.kind === 'starts-at') {
      const { edits, length } = alignAnchored(text, exact, seed.at, 'forward', reach);
      return { start: seed.at, end: seed.at + length, edits };
    }
    if (seed.kind === 'ends-at') {
      const { edits, length } = alignAnchored(text, exact, seed.at, 'backward', reach);
      return { start: seed.at - length, end: seed.at, edits };
    }
    // With at most k edits, words predicted to start at `seed` lie within k of it.
    const from = Math.max(0, seed.at - maxEdits);
    const to = Math.min(text.length, seed.at + reach);
    if (!this.somePieceWithin(from, to, maxEdits)) return undefined;
    return searchApproximate(text, exact, from, to, maxEdits, seed.at + exact.length);
  }

  /**
   * A cheap necessary condition for a match with at most k edits in text[from, to): one of k+1
   * pieces of the words stands there untouched (pigeonhole). Spares the full alignment where
   * the words plainly are not, which is most places.
   */
  private somePieceWithin(from: number, to: number, maxEdits: number): boolean {
    const { exact } = this;
    const pieces = Math.min(maxEdits + 1, exact.length);
    const window = this.text.slice(from, to);
    for (let k = 0; k < pieces; k++) {
      const piece = exact.slice(Math.floor((k * exact.length) / pieces), Math.floor(((k + 1) * exact.length) / pieces));
      if (window.includes(piece)) return true;
    }
    return false;
  }

  /**
   * Where the words may be: right after the stored prefix and right before the stored suffix,
   * where the part of them next to the words (or the edge of the text they reached) is found
   * intact; near the stored offset; and, by the pigeonhole principle, around an intact piece of
   * the words (with at most k edits, one of k+1 pieces is untouched).
   */
  private seeds(maxEdits: number): Seed[] {
    const { text, exact, prefix, suffix, hint } = this;
    const seeds: Seed[] = [];
    const prefixTail = prefix.slice(-NEARBY_PIECE);
    const suffixHead = suffix.slice(0, NEARBY_PIECE);
    if (this.prefixReachesStart && text.startsWith(prefix)) seeds.push({ kind: 'starts-at', at: prefix.length });
    if (this.suffixReachesEnd && text.endsWith(suffix)) seeds.push({ kind: 'ends-at', at: text.length - suffix.length });
    if (prefixTail.length >= 8) {
      for (const at of nearestOccurrences(text, prefixTail, hint - prefixTail.length, 3)) seeds.push({ kind: 'starts-at', at: at + prefixTail.length });
    }
    if (suffixHead.length >= 8) {
      for (const at of nearestOccurrences(text, suffixHead, hint + exact.length, 3)) seeds.push({ kind: 'ends-at', at });
    }
    seeds.push({ kind: 'near', at: hint });
    const pieces = Math.min(maxEdits + 1, Math.floor(exact.length / 8));
    for (let k = 0; k < pieces; k++) {
      const pieceStart = Math.floor((k * exact.length) / pieces);
      const piece = exact.slice(pieceStart, Math.floor(((k + 1) * exact.length) / pieces));
      for (const at of nearestOccurrences(text, piece, hint + pieceStart, 2)) seeds.push({ kind: 'near', at: at - pieceStart });
    }
    return dedupeSeeds(seeds, maxEdits);
  }
}

/** A place to look for changed words: where they must start or end, or roughly where they start. */
interface Seed {
  kind: 'starts-at' | 'ends-at' | 'near';
  at: number;
}

/**
 * What the edits of one side's context weigh. Past half its length a context is simply not
 * there (unrelated prose differs by 60% or so), and every such side weighs the same: otherwise
 * noise would decide between two candidates. A context cut short by the start or end of the
 * text says less, and its edits count for less; an empty one counts its 0 or 1 in full.
 */
function contextCost(context: string, edits: number): number {
  if (context.length === 0) return edits;
  const capped = Math.min(edits, context.length / 2);
  return (capped * Math.min(context.length, CONTEXT_LENGTH)) / CONTEXT_LENGTH;
}

/**
 * How well one side's context is recognised, 0..1; a short context (a claim near either end of
 * the text) weighs less, an empty one (the very start or end) counts fully when it holds.
 */
function sideSupport(context: string, edits: number): number {
  if (context.length === 0) return edits === 0 ? 1 : 0;
  const similarity = 1 - edits / context.length;
  return context.length >= FULL_WEIGHT_CONTEXT ? similarity : similarity * (context.length / FULL_WEIGHT_CONTEXT);
}

/**
 * How many characters of `words` the text repeats from `at` on (forward: the words' first
 * characters, from `at`; backward: their last ones, up to `at`).
 */
function commonLength(text: string, at: number, words: string, direction: 'forward' | 'backward'): number {
  let n = 0;
  if (direction === 'forward') {
    while (n < words.length && at + n < text.length && text.charCodeAt(at + n) === words.charCodeAt(n)) n++;
  } else {
    while (n < words.length && at - n > 0 && text.charCodeAt(at - n - 1) === words.charCodeAt(words.length - n - 1)) n++;
  }
  return n;
}

/** Keeps the first of seeds of one kind closer than `spacing` (the first are the most trusted). */
function dedupeSeeds(seeds: Seed[], spacing: number): Seed[] {
  const kept: Seed[] = [];
  for (const seed of seeds) {
    if (kept.length >= MAX_SEEDS) break;
    if (!kept.some((k) => k.kind === seed.kind && Math.abs(k.at - seed.at) <= spacing)) kept.push(seed);
  }
  return kept;
}

/**
 * Up to `limit` offsets where `needle` occurs, nearest `hint` first (within `maxRadius` of it).
 * Searches windows growing around the hint, so the cost is proportional to how far the answer
 * is, not to the text.
 */
export function nearestOccurrences(text: string, needle: string, hint: number, limit: number, maxRadius = Infinity): number[] {
  if (needle.length === 0 || needle.length > text.length) return [];
  const center = Math.max(0, Math.min(hint, text.length));
  for (let radius = Math.min(FIRST_SEARCH_RADIUS, maxRadius); ; radius = Math.min(radius * 8, maxRadius)) {
    const from = Math.max(0, center - radius);
    const to = Math.min(text.length, center + radius + needle.length);
    const found = occurrencesIn(text, needle, from, to);
    const coversAll = (from === 0 && to === text.length) || radius >= maxRadius;
    // Anything outside the window is farther than `radius`: those found within it are the nearest.
    const sure = found.filter((at) => Math.abs(at - center) <= radius || coversAll);
    if (sure.length >= limit || coversAll) {
      return sure.sort((a, b) => Math.abs(a - center) - Math.abs(b - center) || a - b).slice(0, limit);
    }
  }
}

function occurrencesIn(text: string, needle: string, from: number, to: number): number[] {
  const window = text.slice(from, to);
  const found: number[] = [];
  for (let at = window.indexOf(needle); at !== -1; at = window.indexOf(needle, at + 1)) found.push(from + at);
  return found;
}
