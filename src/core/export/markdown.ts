// Markdown fact-check report: claims by article, each with its verdict, speaker, sources, note
// and the claimed words in their paragraph. Every piece of article or claim text is escaped,
// so words such as "*", "<script>" or "[x](javascript:…)" in an article show as typed and never
// become formatting, HTML or links.

import type { ClaimSource } from '../claims/types';
import { isWebUrl } from './common';
import { clip, collapseSpaces, oneLine } from '../text/spaces';
import { articleMetaText, buildReport, claimFields, ORPHANED_EXPLANATION, QuoteInContext, ReportArticle, ReportClaim, summaryText } from './report';
import type { ExportInput } from './types';

const HEADING_MAX_CHARS = 100;

export function renderMarkdown(input: ExportInput): string {
  const report = buildReport(input);
  const blocks = ['# Fact-check report', summaryText(report), ...report.articles.flatMap(articleBlocks)];
  return blocks.join('\n\n') + '\n';
}

function articleBlocks(article: ReportArticle): string[] {
  const claims = article.claims.length === 0 ? ['No claims.'] : article.claims.flatMap((c, i) => claimBlocks(c, i + 1));
  return [`## ${escapeField(article.path)}`, articleMetaText(article), ...claims];
}

function claimBlocks(claim: ReportClaim, number: number): string[] {
  const heading = `### ${number}. ${claim.verdict} — ${escapeInline(clip(oneLine(claim.text), HEADING_MAX_CHARS))}`;
  const blocks = [heading, ...whereBlocks(claim), fieldList(claim)];
  if (claim.note !== undefined && claim.note.trim() !== '') blocks.push('**Note**', escapeBlock(claim.note));
  return blocks;
}

function whereBlocks(claim: ReportClaim): string[] {
  if (claim.context) return [quoteLine(claim.context)];
  return [`**Orphaned:** ${ORPHANED_EXPLANATION}`, quoteLine(claim.lastSeen)];
}

function quoteLine(context: QuoteInContext): string {
  return `> ${escapeInline(context.before)}**${escapeInline(context.words)}**${escapeInline(context.after)}`;
}

function fieldList(claim: ReportClaim): string {
  const fields = claimFields(claim, { text: escapeField, sources: (sources) => sources.map(sourceLink).join('; ') });
  return fields.map(([name, value]) => `- **${name}:** ${value}`).join('\n');
}

/** A link only for http(s) addresses; anything else (javascript:, data:…) stays visible text. */
function sourceLink(source: ClaimSource): string {
  const title = escapeField(source.title?.trim() ? source.title : source.url);
  if (!isWebUrl(source.url)) return title;
  const destination = source.url.replace(/[<>\s]/g, encodeURIComponent);
  return `[${title}](<${destination}>)`;
}

/** A one-line field: spaces collapsed and trimmed, then escaped. */
function escapeField(text: string): string {
  return escapeInline(oneLine(text));
}

/**
 * One line of text (whitespace runs collapsed, ends kept) where no character can start Markdown or HTML syntax. Escaping every
 * inline-significant character (CommonMark allows a backslash before any ASCII punctuation)
 * keeps the raw file readable while the rendered one shows the text as typed.
 */
export function escapeInline(text: string): string {
  return collapseSpaces(text).replace(/[\\`*_{}[\]<>&|~!]/g, '\\$&');
}

/**
 * Several lines (a note): paragraphs kept, each line escaped, and anything a line could start
 * with that Markdown reads as a block (heading, quote, list, rule, indented code) neutralised.
 */
export function escapeBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .split('\n')
    .map((line) => escapeField(line).replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

