// How each claim status reads as a rating: the number and words that exports put in
// schema.org ClaimReview (`reviewRating`), CSV and reports. Shared by the claim store and the
// exporters so that one status always means one rating.
//
// schema.org reads a Rating as "higher is better" (bestRating is the highest value), so `true`
// is 5 and `false` is 1; fact-checkers who published inverted scales were corrected on the
// schema.org list for exactly that. `misleading` and `out-of-context` leave a false impression
// whatever the accuracy of the words, so they sit with `mostly-false`; the words of the
// verdict (alternateName) tell them apart. `pending` and `unverifiable` are not on the scale at
// all: they get no number rather than an out-of-range one, and consumers read the words.

import type { ClaimStatus } from './types';
import { CLAIM_STATUSES } from './types';

export const RATING_SCALE = { worst: 1, best: 5 } as const;

export interface StatusRating {
  status: ClaimStatus;
  /** 1 (worst) .. 5 (best), or null when the status is not a verdict on the scale. */
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
    label: { en: 'Pending', fr: 'En cours de vérification' },
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
    label: { en: 'Mixed', fr: 'Mitigé' },
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
    value: 2,
    label: { en: 'Misleading', fr: 'Trompeur' },
    description: 'The words may be accurate but leave a false impression.',
  },
  'out-of-context': {
    status: 'out-of-context',
    value: 2,
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
