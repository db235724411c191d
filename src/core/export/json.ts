// JSON export: everything, per article. The entities and quotations have the shape of
// `press-annotator analyze --format json`, so a script that reads one reads the other; each
// article adds its claims with their verdict, sources and where they sit in the current text.

import type { Claim } from '../claims/types';
import { ratingOf } from '../claims/ratings';
import type { ArticleAnalysis } from '../recognise/types';
import { claimsInReadingOrder, isAnchored, speakerInfo } from './common';
import type { AnchoredClaim, ExportArticle, ExportInput } from './types';

export const JSON_EXPORT_VERSION = 1;

export function renderJson(input: ExportInput): string {
  const document = { version: JSON_EXPORT_VERSION, files: input.articles.map(articleJson) };
  return JSON.stringify(document, null, 2) + '\n';
}

function articleJson(article: ExportArticle) {
  return {
    path: article.path,
    ...analysisJson(article.analysis),
    claims: claimsInReadingOrder(article).map((c) => claimJson(article, c)),
  };
}

/** The recognisers' output with a fixed key order (the analyze command's JSON contract). */
export function analysisJson(analysis: ArticleAnalysis) {
  return {
    lang: analysis.lang,
    entities: analysis.entities.map(({ start, end, type, text, id }) => ({ start, end, type, text, id })),
    quotes: analysis.quotes.map(({ start, end, text, kind, speaker }) => ({
      start,
      end,
      text,
      kind,
      speaker: speaker ? { id: speaker.id, text: speaker.text } : null,
    })),
  };
}

function claimJson(article: ExportArticle, anchored: AnchoredClaim) {
  const { claim } = anchored;
  const found = isAnchored(anchored);
  return {
    id: claim.id,
    status: claim.status,
    rating: ratingOf(claim.status).value,
    text: claim.text,
    speaker: claim.speaker ?? null,
    speakerName: speakerInfo(article, claim.speaker)?.name ?? null,
    sources: claim.sources.map(({ url, title, accessed }) => ({ url, title: title ?? null, accessed: accessed ?? null })),
    note: claim.note ?? null,
    tags: [...claim.tags],
    created: claim.created,
    updated: claim.updated,
    author: claim.author ?? null,
    anchor: {
      state: anchored.state,
      // An orphaned claim points at no words of the current text: no offsets rather than stale ones.
      start: found ? anchored.start : null,
      end: found ? anchored.end : null,
      text: found ? article.text.slice(anchored.start, anchored.end) : null,
    },
    storedAnchor: storedAnchorJson(claim),
  };
}

function storedAnchorJson({ anchor }: Claim) {
  return { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, start: anchor.start, end: anchor.end };
}
