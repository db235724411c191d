// Small pieces every exporter needs: claims in reading order, who the speaker is, URIs for the
// linked-data formats, the words a claim covers now.

import type { ArticleAnalysis, EntityType } from '../recognise/types';
import { SIDECAR_SUFFIX } from '../claims/sidecar-path';
import type { AnchoredClaim, ExportArticle } from './types';

export const GENERATOR_NAME = 'Press Annotator';

export function isAnchored(anchored: AnchoredClaim): boolean {
  return anchored.state !== 'orphaned';
}

/** Anchored claims by position, then the orphaned ones (they have none) in their given order. */
export function claimsInReadingOrder(article: ExportArticle): AnchoredClaim[] {
  const found = article.claims.filter(isAnchored).sort((a, b) => a.start - b.start || a.end - b.end);
  return [...found, ...article.claims.filter((c) => !isAnchored(c))];
}


export interface SpeakerInfo {
  /** The entity id when the speaker is a recognised entity of the article. */
  id?: string;
  /** The longest mention of that entity ("Emmanuel Macron" rather than "Macron"), or the free text. */
  name: string;
  type?: EntityType;
}

/** A claim's speaker is an entity id or free text: resolved against the article's entities. */
export function speakerInfo(article: ExportArticle, speaker: string | undefined): SpeakerInfo | undefined {
  if (speaker === undefined || speaker.trim() === '') return undefined;
  const entity = longestMentions(article.analysis).get(speaker);
  return entity ? { id: speaker, name: entity.text, type: entity.type } : { name: speaker };
}

const longestMentionCache = new WeakMap<ArticleAnalysis, Map<string, { text: string; type: EntityType }>>();

/** Entity id -> its longest mention, built once per analysis: articles hold thousands of mentions. */
export function longestMentions(analysis: ArticleAnalysis): Map<string, { text: string; type: EntityType }> {
  let byId = longestMentionCache.get(analysis);
  if (!byId) {
    byId = new Map();
    for (const e of analysis.entities) {
      const best = byId.get(e.id);
      if (!best || e.text.length > best.text.length) byId.set(e.id, { text: e.text, type: e.type });
    }
    longestMentionCache.set(analysis, byId);
  }
  return byId;
}

/** The article's URI: the one given, else a file URI (or relative reference) built from its path. */
export function articleUri(article: ExportArticle): string {
  return article.uri ?? pathToUri(article.path);
}

/**
 * A claim's IRI: its id inside the sidecar that stores it (`…/a.md.press.yaml#k3f9q`), so that
 * the same claim has the same IRI in every export and across exports.
 */
export function claimIri(article: ExportArticle, anchored: AnchoredClaim): string {
  return `${articleUri(article)}${SIDECAR_SUFFIX}#${encodeURIComponent(anchored.claim.id)}`;
}

/** `/a b/c.txt` -> `file:///a%20b/c.txt`; `C:/x.txt` -> `file:///C%3A/x.txt`; relative paths stay relative. */
export function pathToUri(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (path.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded}`;
  return encoded;
}

/** Only http(s) addresses become links in reports; anything else is shown as text. */
export function isWebUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

