// Hand-made export input: a French article with accents, typographic quotes and two speakers,
// claims in each anchor state, and builders for the edge cases each format test needs.

import type { AnchorState, Claim, ClaimStatus } from '../../../src/core/claims/types';
import type { EntityMention, EntityType, Quotation } from '../../../src/core/recognise/types';
import type { AnchoredClaim, ExportArticle, ExportInput } from '../../../src/core/export/types';

export const FRENCH_TEXT =
  'Le ministre Bruno Dupont a déclaré : « Le chômage a baissé de 50 % en un an. » ' +
  "Selon l'INSEE, la baisse est de 2 %.\n\n" +
  "Marie Curie, porte-parole de l'OMS, a répondu que « rien ne le prouve ».\n";

/** Offsets of the `nth` occurrence of `words` in `text`; fails loudly when absent. */
export function spanOf(text: string, words: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1);
    if (at === -1) throw new Error(`"${words}" (#${nth}) is not in the sample text`);
  }
  return { start: at, end: at + words.length };
}

export function entity(text: string, words: string, type: EntityType, id: string): EntityMention {
  return { ...spanOf(text, words), type, text: words, id };
}

export function quote(text: string, words: string, speaker: { id: string; text: string } | null): Quotation {
  return { ...spanOf(text, words), text: words, kind: words.length > 30 ? 'direct' : 'partial', speaker };
}

export interface ClaimOptions {
  id: string;
  status?: ClaimStatus;
  state?: AnchorState;
  speaker?: string;
  note?: string;
  tags?: string[];
  sources?: Claim['sources'];
  author?: string;
  text?: string;
}

/** A claim on `words` of `text`, anchored where they are (or orphaned: pointing nowhere). */
export function claimOn(text: string, words: string, options: ClaimOptions): AnchoredClaim {
  const state = options.state ?? 'exact';
  const { start, end } = state === 'orphaned' ? { start: 0, end: words.length } : spanOf(text, words);
  const claim: Claim = {
    id: options.id,
    status: options.status ?? 'pending',
    text: options.text ?? words,
    speaker: options.speaker,
    sources: options.sources ?? [],
    note: options.note,
    tags: options.tags ?? [],
    created: '2025-03-01T09:30:00Z',
    updated: '2025-03-02T17:05:00Z',
    author: options.author,
    anchor: {
      exact: words,
      prefix: state === 'orphaned' ? 'avant les mots ' : text.slice(Math.max(0, start - 32), start),
      suffix: state === 'orphaned' ? ' après les mots' : text.slice(end, end + 32),
      start,
      end,
    },
  };
  return { claim, state, start, end };
}

export function frenchArticle(): ExportArticle {
  const text = FRENCH_TEXT;
  return {
    path: '/press/articles/chômage.txt',
    text,
    analysis: {
      lang: 'fr',
      entities: [
        entity(text, 'Bruno Dupont', 'PER', 'bruno-dupont'),
        entity(text, 'INSEE', 'ORG', 'insee'),
        entity(text, 'Marie Curie', 'PER', 'marie-curie'),
        entity(text, 'OMS', 'ORG', 'oms'),
      ],
      quotes: [
        quote(text, '« Le chômage a baissé de 50 % en un an. »', { id: 'bruno-dupont', text: 'Bruno Dupont' }),
        quote(text, '« rien ne le prouve »', { id: 'marie-curie', text: 'Marie Curie' }),
      ],
    },
    claims: [
      // Given out of reading order on purpose: exports sort them.
      claimOn(text, 'rien ne le prouve', { id: 'c2rien', state: 'moved', speaker: 'marie-curie' }),
      claimOn(text, 'Le chômage a baissé de 50 % en un an', {
        id: 'c1chom',
        status: 'false',
        speaker: 'bruno-dupont',
        note: 'Les chiffres de l\'INSEE disent 2 %, "pas 50".\nVoir le tableau 3, ligne 2.',
        tags: ['emploi', 'chiffres'],
        sources: [{ url: 'https://www.insee.fr/fr/statistiques/1', title: 'INSEE, enquête Emploi', accessed: '2025-03-01' }],
        author: 'Jeanne Martin',
      }),
      claimOn(text, 'Le déficit a doublé', { id: 'c3defi', status: 'mostly-false', state: 'orphaned', speaker: 'un conseiller' }),
    ],
  };
}

export function sampleInput(): ExportInput {
  return { articles: [frenchArticle()] };
}

/** An article with no recognised entity or quote, for the claim-only edge cases. */
export function bareArticle(path: string, text: string, claims: AnchoredClaim[] = [], lang: 'fr' | 'en' = 'en'): ExportArticle {
  return { path, text, analysis: { lang, entities: [], quotes: [] }, claims };
}
