// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) JSON-LD: one Annotation per
// claim, so annotation tools and archives can take the fact-check with them.
//
// - target: the article's URI with two selectors for the same words, a TextQuoteSelector
//   (exact + 32 characters of prefix and suffix, which survives edits) and a
//   TextPositionSelector (start/end). The model counts positions in Unicode code points, not
//   the UTF-16 units the rest of Press Annotator uses, so offsets are converted (an emoji
//   before the claim shifts them by one). An orphaned claim gets only its last-seen quote: it
//   points at no position of the current text.
// - body: the verdict (purpose "assessing"), the note ("commenting"), one body per tag
//   ("tagging") and per source ("linking", wrapped in a SpecificResource because the model
//   puts a purpose only on those).
// - id: the claim's IRI inside its sidecar, stable across exports; creator, created, modified
//   from the claim.
// The document is a JSON array of complete annotations, each with its own @context, so that a
// consumer may split it and import them one by one.

import { codePointOffsets } from './code-points';
import { articleUri, claimIri, claimsInReadingOrder, GENERATOR_NAME, isAnchored } from './common';
import type { AnchoredClaim, ExportArticle, ExportInput } from './types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Context length of the TextQuoteSelector, as Hypothesis and the claim anchors use. */
const QUOTE_CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type AnnotationBody =
  | { type: 'TextualBody'; purpose: 'assessing' | 'commenting' | 'tagging'; value: string; format?: string }
  | { type: 'SpecificResource'; purpose: 'linking'; source: string | { id: string; label: string } };

export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  generator: { type: 'Software'; name: string };
  body: AnnotationBody[];
  target: { source: string; selector: TextQuoteSelector | [TextQuoteSelector, TextPositionSelector] };
}

export function renderWebAnnotations(input: ExportInput): string {
  return JSON.stringify(webAnnotations(input), null, 2) + '\n';
}

export function webAnnotations(input: ExportInput): WebAnnotation[] {
  return input.articles.flatMap((article) => {
    const toCodePoints = codePointOffsets(article.text);
    return claimsInReadingOrder(article).map((anchored) => annotation(article, anchored, toCodePoints));
  });
}

function annotation(article: ExportArticle, anchored: AnchoredClaim, toCodePoints: (offset: number) => number): WebAnnotation {
  const { claim } = anchored;
  return {
    '@context': ANNOTATION_CONTEXT,
    id: claimIri(article, anchored),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.created,
    modified: claim.updated,
    ...(claim.author ? { creator: { type: 'Person' as const, name: claim.author } } : {}),
    generator: { type: 'Software', name: GENERATOR_NAME },
    body: bodies(anchored),
    target: { source: articleUri(article), selector: selectors(article, anchored, toCodePoints) },
  };
}

function bodies({ claim }: AnchoredClaim): AnnotationBody[] {
  const result: AnnotationBody[] = [{ type: 'TextualBody', purpose: 'assessing', value: claim.status }];
  if (claim.note !== undefined && claim.note.trim() !== '') {
    result.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
  }
  for (const tag of claim.tags) result.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const s of claim.sources) {
    result.push({ type: 'SpecificResource', purpose: 'linking', source: s.title ? { id: s.url, label: s.title } : s.url });
  }
  return result;
}

function selectors(
  article: ExportArticle,
  anchored: AnchoredClaim,
  toCodePoints: (offset: number) => number,
): TextQuoteSelector | [TextQuoteSelector, TextPositionSelector] {
  if (!isAnchored(anchored)) {
    const { exact, prefix, suffix } = anchored.claim.anchor;
    return { type: 'TextQuoteSelector', exact, prefix, suffix };
  }
  const { text } = article;
  const { start, end } = anchored;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(safeBoundary(text, start - QUOTE_CONTEXT_CHARS, +1), start),
    suffix: text.slice(end, safeBoundary(text, end + QUOTE_CONTEXT_CHARS, -1)),
  };
  return [quote, { type: 'TextPositionSelector', start: toCodePoints(start), end: toCodePoints(end) }];
}

/** Clamps `offset` into the text and moves it off the middle of a surrogate pair, in `direction`. */
function safeBoundary(text: string, offset: number, direction: 1 | -1): number {
  const clamped = Math.min(Math.max(0, offset), text.length);
  const code = text.charCodeAt(clamped);
  const splitsPair = clamped > 0 && clamped < text.length && code >= 0xdc00 && code <= 0xdfff;
  return splitsPair ? clamped + direction : clamped;
}
