// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the markup fact-checkers
// publish so that search engines show their verdicts: one ClaimReview per reviewed claim.
//
// - claimReviewed: the claim's words; itemReviewed: a Claim whose author is the speaker (a
//   Person, or an Organization when the speaker is a recognised organisation or place) and whose
//   appearance is the article.
// - reviewRating: the shared status scale (src/core/claims/ratings.ts): ratingValue 1..5 with
//   worstRating 1 and bestRating 5, and alternateName, the verdict in words, in the article's
//   language ("Faux" for a French article), which is what readers are shown. Statuses off the
//   truth scale (misleading, out-of-context, unverifiable) have no number: only their words.
// - `pending` claims are left out: a claim nobody has checked yet has no review to publish.
// - url: the article's URI, to be replaced by the published fact-check page's address when
//   the markup goes on the web (the file cannot know it).
// - reviewBody: the note; citation: the sources; keywords: the tags; author: who checked.

import { RATING_SCALE, ratingOf } from '../claims/ratings';
import { articleUri, claimIri, claimsInReadingOrder, speakerInfo } from './common';
import type { EntityType } from '../recognise/types';
import type { AnchoredClaim, ExportArticle, ExportInput } from './types';

export const SCHEMA_CONTEXT = 'https://schema.org';

export interface Rating {
  '@type': 'Rating';
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  alternateName: string;
}

export interface ClaimReview {
  '@type': 'ClaimReview';
  '@id': string;
  url: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    appearance: { '@type': 'CreativeWork'; url: string };
  };
  reviewRating: Rating;
  author?: { '@type': 'Person'; name: string };
  reviewBody?: string;
  citation?: { '@type': 'CreativeWork'; url: string; name?: string }[];
  keywords?: string;
}

export function renderClaimReviews(input: ExportInput): string {
  return JSON.stringify({ '@context': SCHEMA_CONTEXT, '@graph': claimReviews(input) }, null, 2) + '\n';
}

export function claimReviews(input: ExportInput): ClaimReview[] {
  return input.articles.flatMap((article) =>
    claimsInReadingOrder(article)
      .filter((anchored) => anchored.claim.status !== 'pending')
      .map((anchored) => claimReview(article, anchored)),
  );
}

function claimReview(article: ExportArticle, anchored: AnchoredClaim): ClaimReview {
  const { claim } = anchored;
  const url = articleUri(article);
  const speaker = speakerInfo(article, claim.speaker);
  const review: ClaimReview = {
    '@type': 'ClaimReview',
    '@id': claimIri(article, anchored),
    url,
    datePublished: claim.updated,
    dateModified: claim.updated,
    inLanguage: article.analysis.lang,
    claimReviewed: claim.text,
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': speakerKind(speaker.type), name: speaker.name } } : {}),
      appearance: { '@type': 'CreativeWork', url },
    },
    reviewRating: rating(article, anchored),
  };
  if (claim.author) review.author = { '@type': 'Person', name: claim.author };
  if (claim.note !== undefined && claim.note.trim() !== '') review.reviewBody = claim.note;
  if (claim.sources.length > 0) {
    review.citation = claim.sources.map((s) => ({ '@type': 'CreativeWork', url: s.url, ...(s.title ? { name: s.title } : {}) }));
  }
  if (claim.tags.length > 0) review.keywords = claim.tags.join(', ');
  return review;
}

function rating(article: ExportArticle, { claim }: AnchoredClaim): Rating {
  const { value, label } = ratingOf(claim.status);
  const alternateName = label[article.analysis.lang];
  if (value === null) return { '@type': 'Rating', alternateName };
  return { '@type': 'Rating', ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst, alternateName };
}

/** A recognised organisation or place (a country, a city hall) speaks as an Organization; people and free text as a Person. */
function speakerKind(type: EntityType | undefined): 'Person' | 'Organization' {
  return type === 'ORG' || type === 'LOC' ? 'Organization' : 'Person';
}
