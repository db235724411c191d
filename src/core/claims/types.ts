// The claim model: what a journalist tags in an article and what the sidecar file
// `<article>.press.yaml` stores (claims, entity corrections, retired ids). Offsets are UTF-16
// code units, end-exclusive, into the article text as VS Code holds it (see
// src/core/text/decode.ts).

import type { EntityType } from '../recognise/types';

/**
 * Fact-check ratings, aligned with schema.org ClaimReview (`reviewRating`), each with the number
 * exported as `ratingValue` (1 worst .. 5 best; none for pending, misleading, out-of-context and
 * unverifiable: see ratings.ts).
 */
export const CLAIM_STATUSES = [
  'pending',
  'true',
  'mostly-true',
  'mixed',
  'mostly-false',
  'false',
  'misleading',
  'out-of-context',
  'unverifiable',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

/** Where a claim sits: the quoted words with context, and their last known offsets. */
export interface ClaimAnchor {
  /** The exact claimed words (W3C TextQuoteSelector `exact`); the sidecar stores them once, as the claim's `text`. */
  exact: string;
  /** Up to ~32 characters before and after (TextQuoteSelector `prefix` / `suffix`). */
  prefix: string;
  suffix: string;
  /** Last known offsets (TextPositionSelector). */
  start: number;
  end: number;
}

/**
 * How a claim was found again in the current text: `exact` at its stored offsets, `moved` (the
 * same words elsewhere), `fuzzy` (slightly different words, where the claim was), `orphaned`
 * (not found: kept with its text, pointing at no words).
 */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

/** Where an anchor was found in the current text. For `orphaned`, start/end are the last known offsets. */
export interface AnchorResolution {
  state: AnchorState;
  start: number;
  end: number;
}

/** A claim as found again in the article's current text. */
export interface AnchoredClaim extends AnchorResolution {
  claim: Claim;
}

export interface ClaimSource {
  url: string;
  title?: string;
  /** ISO 8601 date. */
  accessed?: string;
}

export interface Claim {
  /** Short, random, never reused. */
  id: string;
  status: ClaimStatus;
  /** The claimed words, as tagged. */
  text: string;
  /** An entity id (`donald-trump`) or free text. */
  speaker?: string;
  sources: ClaimSource[];
  note?: string;
  tags: string[];
  /** ISO 8601 timestamps. */
  created: string;
  updated: string;
  author?: string;
  anchor: ClaimAnchor;
}

/**
 * Corrections to the recognisers' output, kept in the sidecar's `entities:` section:
 *   not-an-entity  the mentions targeted are dropped;
 *   type           the mentions targeted get `type`;
 *   canonical-id   the mentions targeted get the id `to`;
 *   add            a mention the recognisers missed: `text` with `type` and id `entity`, at
 *                  `anchor` (one place) or, without an anchor, at every whole-word occurrence;
 *   same-as        the ids `entity` and `to` name the same person or thing: `entity` becomes
 *                  `to` everywhere (quote speakers included);
 *   not-same-as    the ids `entity` and `to` name different people or things: whatever a
 *                  grouping rule says, they are never merged.
 * Targets (not-an-entity, type, canonical-id): every mention with id `entity`, or with the
 * surface `text`, or, with an `anchor`, the one mention at that place.
 */
export const CORRECTION_KINDS = ['not-an-entity', 'type', 'canonical-id', 'add', 'same-as', 'not-same-as'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface EntityCorrection {
  /** Same id space as the claims': short, random, never reused. */
  id: string;
  kind: CorrectionKind;
  /** An entity id: the target, or the id of an added mention. */
  entity?: string;
  /** A surface text: the target, or the words of an added mention. */
  text?: string;
  type?: EntityType;
  /** The new canonical id (canonical-id, same-as), or the other id (not-same-as). */
  to?: string;
  note?: string;
  created?: string;
  author?: string;
  /** One mention only (its `exact` equals `text`). */
  anchor?: ClaimAnchor;
}

/** Everything a sidecar holds that the program understands. */
export interface SidecarContent {
  version: 1;
  /** The article's file name, as written in the sidecar. */
  article: string;
  /** In the file's order (the article's reading order when the program wrote them). */
  claims: Claim[];
  entities: EntityCorrection[];
  /** Ids of removed claims and corrections: never given out again. */
  removedIds: string[];
}
