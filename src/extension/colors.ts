// Theme colour ids contributed under `contributes.colors` (package.json), so users and themes can
// override every highlight in `workbench.colorCustomizations`.
import type { EntityType } from '../core/recognise/types';

export const ENTITY_COLOR: Record<EntityType, string> = {
  PER: 'pressAnnotator.personBackground',
  ORG: 'pressAnnotator.organisationBackground',
  LOC: 'pressAnnotator.placeBackground',
  DATE: 'pressAnnotator.dateBackground',
  EVENT: 'pressAnnotator.eventBackground',
};

export const ENTITY_RULER_COLOR: Record<EntityType, string> = {
  PER: 'pressAnnotator.personRuler',
  ORG: 'pressAnnotator.organisationRuler',
  LOC: 'pressAnnotator.placeRuler',
  DATE: 'pressAnnotator.dateRuler',
  EVENT: 'pressAnnotator.eventRuler',
};

export const QUOTE_BACKGROUND = 'pressAnnotator.quoteBackground';
export const QUOTE_RULER = 'pressAnnotator.quoteRuler';
export const SPEAKER_FOREGROUND = 'pressAnnotator.speakerForeground';

/** Human names of the entity types, for hovers, the legend and quick picks. */
export const ENTITY_LABEL: Record<EntityType, string> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  DATE: 'date',
  EVENT: 'event',
};

/** Status colours of claims (highlight and tree icon), contributed like the entity colours. */
export const CLAIM_STATUS_COLOR: Record<string, string> = {
  pending: 'pressAnnotator.claimPending',
  true: 'pressAnnotator.claimTrue',
  'mostly-true': 'pressAnnotator.claimTrue',
  mixed: 'pressAnnotator.claimMixed',
  'mostly-false': 'pressAnnotator.claimFalse',
  false: 'pressAnnotator.claimFalse',
  misleading: 'pressAnnotator.claimMixed',
  'out-of-context': 'pressAnnotator.claimMixed',
  unverifiable: 'pressAnnotator.claimPending',
};
