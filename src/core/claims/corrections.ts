// Applying a sidecar's entity corrections to the recognisers' output. Pure: the analysis given is
// not modified. Corrections apply in the order of the file (a later one sees the earlier ones'
// result), then the same-as identities, which rename ids everywhere, quote speakers included.
// A correction that finds nothing to correct (its mention was deleted from the article, an id
// no longer recognised) is reported, never silently ignored.

import type { ArticleAnalysis, EntityMention } from '../recognise/types';
import { resolveAnchor } from './anchoring';
import type { EntityCorrection } from './types';

export interface UnappliedCorrection {
  id: string;
  reason: string;
}

export interface CorrectedAnalysis {
  analysis: ArticleAnalysis;
  unapplied: UnappliedCorrection[];
}

export function applyEntityCorrections(analysis: ArticleAnalysis, corrections: readonly EntityCorrection[], text: string): CorrectedAnalysis {
  if (corrections.length === 0) return { analysis, unapplied: [] }; // the same object: nothing corrected
  let entities = analysis.entities.map((e) => ({ ...e }));
  const unapplied: UnappliedCorrection[] = [];
  const renames = new Map<string, string>();
  for (const correction of corrections) {
    const outcome = applyOne(entities, correction, text, renames);
    entities = outcome.entities;
    if (outcome.missed) unapplied.push({ id: correction.id, reason: outcome.missed });
  }
  const canonicalOf = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    while (renames.has(current) && !seen.has(current)) {
      seen.add(current);
      current = renames.get(current) as string;
    }
    return current;
  };
  if (renames.size > 0) for (const e of entities) e.id = canonicalOf(e.id);
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  const quotes = analysis.quotes.map((q) => (q.speaker && renames.size > 0 ? { ...q, speaker: { ...q.speaker, id: canonicalOf(q.speaker.id) } } : q));
  return { analysis: { ...analysis, entities, quotes }, unapplied };
}

function applyOne(
  entities: EntityMention[],
  correction: EntityCorrection,
  text: string,
  renames: Map<string, string>,
): { entities: EntityMention[]; missed?: string } {
  switch (correction.kind) {
    case 'same-as': {
      if (correction.entity && correction.to && correction.entity !== correction.to) renames.set(correction.entity, correction.to);
      return { entities };
    }
    case 'not-same-as':
      return { entities }; // a statement for grouping (the index), nothing to change in one article
    case 'add':
      return addMentions(entities, correction, text);
    default: {
      const targets = targetsOf(entities, correction, text);
      if (typeof targets === 'string') return { entities, missed: targets };
      if (correction.kind === 'not-an-entity') return { entities: entities.filter((e) => !targets.has(e)) };
      for (const e of targets) {
        if (correction.kind === 'type' && correction.type) e.type = correction.type;
        if (correction.kind === 'canonical-id' && correction.to) e.id = correction.to;
      }
      return { entities };
    }
  }
}

/** The mentions a correction is about, or why there are none. */
function targetsOf(entities: EntityMention[], correction: EntityCorrection, text: string): Set<EntityMention> | string {
  let span: { start: number; end: number } | undefined;
  if (correction.anchor) {
    const found = resolveAnchor(text, correction.anchor);
    if (found.state === 'orphaned') return `the mention "${correction.text ?? correction.anchor.exact}" is no longer in the article`;
    span = found;
  }
  const matches = entities.filter(
    (e) =>
      (!correction.entity || e.id === correction.entity) &&
      (!correction.text || e.text === correction.text || span !== undefined) &&
      (!span || (e.start < span.end && span.start < e.end)),
  );
  if (matches.length === 0) {
    const what = [correction.entity && `id ${correction.entity}`, correction.text && `"${correction.text}"`].filter(Boolean).join(', ');
    return `no recognised mention matches (${what}${span ? ' at its anchor' : ''})`;
  }
  return new Set(matches);
}

/** A missed mention: at its anchor, or at every whole-word occurrence not already a mention. */
function addMentions(entities: EntityMention[], correction: EntityCorrection, text: string): { entities: EntityMention[]; missed?: string } {
  const words = correction.text ?? '';
  const make = (start: number, end: number): EntityMention => ({ start, end, type: correction.type ?? 'PER', text: text.slice(start, end), id: correction.entity ?? '' });
  if (correction.anchor) {
    const found = resolveAnchor(text, correction.anchor);
    if (found.state === 'orphaned') return { entities, missed: `the words "${words}" are no longer in the article` };
    const kept = entities.filter((e) => e.end <= found.start || e.start >= found.end);
    return { entities: [...kept, make(found.start, found.end)] };
  }
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const added: EntityMention[] = [];
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!entities.some((e) => e.start < end && start < e.end)) added.push(make(start, end));
  }
  if (added.length === 0 && !entities.some((e) => e.text === words && e.id === correction.entity)) {
    return { entities, missed: `"${words}" does not occur in the article as a whole word` };
  }
  return { entities: [...entities, ...added] };
}
