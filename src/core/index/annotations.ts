// What the index takes from an article's sidecar: its claims (re-anchored in the current text)
// and its entity corrections (applied to the recognisers' output, and the identities they state
// for clustering). The sidecar store lives in src/core/claims/; the index reaches it only through
// an AnnotationLoader, so tests give a fake one and the index never parses YAML itself.

import type { AnchorState, ClaimStatus } from '../claims/types';
import type { ArticleAnalysis } from '../recognise/types';
import type { Workspace } from '../workspace/workspace';
import type { ClusterCorrections } from './clustering';

/** A claim as the index holds it: where it sits in the current text, and how it was found. */
export interface IndexedClaim {
  id: string;
  status: ClaimStatus;
  /** The claimed words, as tagged. */
  text: string;
  /** An entity id or free text. */
  speaker?: string;
  start: number;
  end: number;
  state: AnchorState;
}

export interface ArticleAnnotations {
  /** The recognisers' output with the sidecar's entity corrections applied. */
  analysis: ArticleAnalysis;
  claims: IndexedClaim[];
  identities: ClusterCorrections;
  /** What was wrong in the sidecar ("file:line:col: message"); whatever could be read is used. */
  problems: string[];
}

export interface AnnotationRequest {
  workspace: Workspace;
  articlePath: string;
  sidecarPath: string;
  /** The article's current text (claims are re-anchored in it). */
  text: string;
  /** The recognisers' output for that text. */
  analysis: ArticleAnalysis;
}

/** Reads one sidecar. Should not throw: a bad sidecar is reported in `problems`. */
export type AnnotationLoader = (request: AnnotationRequest) => Promise<ArticleAnnotations>;

/** No sidecar store: the recognisers' output as is, no claims. */
export const withoutAnnotations: AnnotationLoader = async ({ analysis }) => ({
  analysis,
  claims: [],
  identities: { sameAs: [], apart: [] },
  problems: [],
});
