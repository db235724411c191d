// How each claim status reads as a rating: the number and words that exports put in
// schema.org ClaimReview (`reviewRating`), CSV and reports. Shared by the claim store and the
// exporters so that one status always means one rating.
//
// schema.org reads a Rating as "higher is better" (bestRating is the highest value), so `true`
// is 5 and `false` is 1; fact-checkers who published inverted scales were corrected on the
// schema.org list for exactly that. Only the five truth verdicts are on that scale:
// `misleading` and `out-of-context` judge the impression rather than the truth of the words,
// `unverifiable` has no verdict and `pending` no check yet, so they get no number (rather than
// an out-of-range 0 or a guess) and consumers read their words (ClaimReview `alternateName`).

import type { ClaimStatus } from './types';
import { CLAIM_STATUSES } from './types';

export const RATING_SCALE = { worst: 1, best: 5 } as const;

export interface StatusRating {
  status: ClaimStatus;
  /** 1 (worst) .. 5 (best), or null when the status is not a verdict on the truth scale. */
  value: number | null;
  /** The verdict in words (ClaimReview `alternateName`), per language. */
  label: { en: string; fr: string };
  /** One sentence for the README and the editor's status picker. */
  description: string;
}

const RATINGS: Record<ClaimStatus, StatusRating> = {
  pending: {
    status: 'pending',
    value: null,
    label: { en: 'Not yet rated', fr: 'Pas encore évalué' },
    description: 'Not checked yet (the default for a new claim).',
  },
  true: {
    status: 'true',
    value: 5,
    label: { en: 'True', fr: 'Vrai' },
    description: 'Accurate, nothing significant missing.',
  },
  'mostly-true': {
    status: 'mostly-true',
    value: 4,
    label: { en: 'Mostly true', fr: 'Plutôt vrai' },
    description: 'Accurate but needs clarification or a detail is wrong.',
  },
  mixed: {
    status: 'mixed',
    value: 3,
    label: { en: 'Half true', fr: 'À moitié vrai' },
    description: 'Partly accurate, partly not.',
  },
  'mostly-false': {
    status: 'mostly-false',
    value: 2,
    label: { en: 'Mostly false', fr: 'Plutôt faux' },
    description: 'An element of truth, but the essential is wrong.',
  },
  false: {
    status: 'false',
    value: 1,
    label: { en: 'False', fr: 'Faux' },
    description: 'Inaccurate.',
  },
  misleading: {
    status: 'misleading',
    value: null,
    label: { en: 'Misleading', fr: 'Trompeur' },
    description: 'The words may be accurate but leave a false impression.',
  },
  'out-of-context': {
    status: 'out-of-context',
    value: null,
    label: { en: 'Out of context', fr: 'Sorti de son contexte' },
    description: 'Accurate words or figures used in a context that changes their meaning.',
  },
  unverifiable: {
    status: 'unverifiable',
    value: null,
    label: { en: 'Unverifiable', fr: 'Invérifiable' },
    description: 'Cannot be proven or disproven with the available evidence.',
  },
};

export function ratingOf(status: ClaimStatus): StatusRating {
  return RATINGS[status];
}

/** Every status with its rating, in the order of CLAIM_STATUSES. */
export const STATUS_RATINGS: readonly StatusRating[] = CLAIM_STATUSES.map((status) => RATINGS[status]);
