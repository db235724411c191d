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
