// The claim model: what a journalist tags in an article and what the sidecar file
// `<article>.press.yaml` stores. Offsets are UTF-16 code units, end-exclusive, into the article
// text as VS Code holds it (see src/core/text/decode.ts).

/**
 * Fact-check ratings, aligned with schema.org ClaimReview (`reviewRating`), each with the number
 * exported as `ratingValue` (1 worst .. 5 best; 0 when the scale does not apply).
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

/** Where a claim sits: the quoted words with context, and their last known offsets. */
export interface ClaimAnchor {
  /** The exact claimed words (W3C TextQuoteSelector `exact`). */
  exact: string;
  /** Up to ~32 characters before and after (TextQuoteSelector `prefix` / `suffix`). */
  prefix: string;
  suffix: string;
  /** Last known offsets (TextPositionSelector). */
  start: number;
  end: number;
}

/** How a claim was found again in the current text. */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

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
