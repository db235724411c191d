// What a hover says about an entity: its cluster's name, type, spelling variants and how many
// articles mention it. Pure: the workspace index provides the cross-article figures when it is
// ready; until then the open article alone answers (and says so).
import type { ArticleAnalysis, EntityMention, EntityType } from '../core/recognise/types';

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  variants: { text: string; count: number }[];
  /** Articles of the workspace that mention it; undefined while the index is not built. */
  articleCount?: number;
}

/** The mention covering `offset` (the innermost when several overlap). */
export function entityAt(analysis: ArticleAnalysis, offset: number): EntityMention | undefined {
  let found: EntityMention | undefined;
  for (const e of analysis.entities) {
    if (e.start > offset) break; // sorted by start
    if (offset <= e.end && (!found || e.end - e.start < found.end - found.start)) found = e;
  }
  return found;
}

/** The entity as seen in one article: variants are its mentions' texts, most frequent first. */
export function summariseInArticle(analysis: ArticleAnalysis, id: string): EntitySummary | undefined {
  const mentions = analysis.entities.filter((e) => e.id === id);
  if (mentions.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const variants = [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || b.text.length - a.text.length);
  const name = variants.reduce((best, v) => (v.text.length > best.length ? v.text : best), variants[0].text);
  return { id, type: mentions[0].type, name, variants };
}
