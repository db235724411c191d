// The sidecar store as the workspace index sees it (src/core/index/annotations.ts): an article's
// claims re-anchored in its current text, its entity corrections applied to the recognisers'
// output, the identities they state for grouping entities across articles, and every problem
// as "path:line:column: message". Reading never writes the sidecar.

import type { AnnotationLoader, ArticleAnnotations, IndexedClaim } from '../index/annotations';
import { anchorClaims } from './claims';
import { applyEntityCorrections } from './corrections';
import { describeIssues, readSidecar } from './sidecar-store';
import type { EntityCorrection } from './types';

export const loadSidecarAnnotations: AnnotationLoader = async ({ workspace, articlePath, text, analysis }): Promise<ArticleAnnotations> => {
  const file = await readSidecar(workspace, articlePath);
  if (!file.exists) return { analysis, claims: [], identities: { sameAs: [], apart: [] }, problems: [] };
  const corrected = applyEntityCorrections(analysis, file.content.entities, text);
  const claims: IndexedClaim[] = anchorClaims(text, file.content.claims).map(({ claim, state, start, end }) => ({
    id: claim.id,
    status: claim.status,
    text: claim.text,
    ...(claim.speaker ? { speaker: claim.speaker } : {}),
    start,
    end,
    state,
  }));
  const problems = [
    ...describeIssues(file),
    ...corrected.unapplied.map((u) => `${file.path}: entity correction ${u.id} not applied: ${u.reason}`),
  ];
  return { analysis: corrected.analysis, claims, identities: identitiesOf(file.content.entities), problems };
};

/** same-as and not-same-as pairs; ids given by hand are pinned (no rule re-attaches them). */
function identitiesOf(corrections: readonly EntityCorrection[]): ArticleAnnotations['identities'] {
  const pair = (c: EntityCorrection): [string, string] => [c.entity as string, c.to as string];
  return {
    sameAs: corrections.filter((c) => c.kind === 'same-as' && c.entity && c.to).map(pair),
    apart: corrections.filter((c) => c.kind === 'not-same-as' && c.entity && c.to).map(pair),
    pinned: corrections.flatMap((c) => (c.kind === 'canonical-id' && c.to ? [c.to] : c.kind === 'add' && c.entity ? [c.entity] : [])),
  };
}
