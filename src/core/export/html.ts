// Self-contained HTML fact-check report: one file, inline CSS, no script, no remote resource,
// so it opens from a mail attachment or a shared drive as it is. Every piece of article or claim
// text goes through escapeHtml; a Content-Security-Policy that allows nothing but the inline
// style is a second lock should anything ever slip through.

import type { ClaimSource } from '../claims/types';
import { isWebUrl } from './common';
import { oneLine } from '../text/spaces';
import { articleMetaText, buildReport, claimFields, ORPHANED_EXPLANATION, QuoteInContext, ReportArticle, ReportClaim, summaryText } from './report';
import type { ExportInput } from './types';

const STYLE = `
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; word-break: break-all; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
.meta, .summary { color: #555; }
.claim { border: 1px solid #ddd; border-left: 6px solid var(--verdict); border-radius: 4px; padding: .8rem 1rem; margin: 1rem 0; }
.badge { display: inline-block; background: var(--verdict); color: #fff; border-radius: 3px; padding: 0 .45rem; margin-right: .4rem; font-size: .85rem; }
blockquote { margin: .5rem 0; padding: .4rem .8rem; background: #f6f6f6; border-radius: 3px; }
mark { background: #ffe58a; padding: 0 .1rem; }
.orphaned blockquote { text-decoration: line-through; color: #777; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .5rem 0 0; }
dt { font-weight: 600; color: #444; }
dd { margin: 0; overflow-wrap: anywhere; }
.note p { margin: .4rem 0; }
.status-true { --verdict: #1a7f37; } .status-mostly-true { --verdict: #4c9a2a; } .status-mixed { --verdict: #b08800; }
.status-mostly-false { --verdict: #d1640a; } .status-false { --verdict: #c62828; } .status-misleading { --verdict: #a2337a; }
.status-out-of-context { --verdict: #8250df; } .status-unverifiable { --verdict: #57606a; } .status-pending { --verdict: #8c959f; }
`;

export function renderHtml(input: ExportInput): string {
  const report = buildReport(input);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Fact-check report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<h1>Fact-check report</h1>',
    `<p class="summary">${escapeHtml(summaryText(report))}</p>`,
    ...report.articles.map(articleSection),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function articleSection(article: ReportArticle): string {
  const claims = article.claims.length === 0 ? '<p>No claims.</p>' : article.claims.map((c, i) => claimArticle(c, i + 1, article.lang)).join('\n');
  return `<section>\n<h2>${escapeHtml(article.path)}</h2>\n<p class="meta">${escapeHtml(articleMetaText(article))}</p>\n${claims}\n</section>`;
}

function claimArticle(claim: ReportClaim, number: number, lang: string): string {
  const classes = `claim status-${escapeHtml(claim.status)}${claim.context ? '' : ' orphaned'}`;
  const parts = [
    `<article class="${classes}" id="claim-${escapeHtml(claim.id)}">`,
    `<h3><span class="badge">${escapeHtml(claim.verdict)}</span>${number}. ${escapeHtml(oneLine(claim.text))}</h3>`,
    ...where(claim, lang),
    fields(claim),
  ];
  if (claim.note !== undefined && claim.note.trim() !== '') parts.push(note(claim.note));
  parts.push('</article>');
  return parts.join('\n');
}

function where(claim: ReportClaim, lang: string): string[] {
  if (claim.context) return [quote(claim.context, lang)];
  return [`<p><strong>Orphaned:</strong> ${ORPHANED_EXPLANATION}</p>`, quote(claim.lastSeen, lang)];
}

/** The article's words, marked with its language so a screen reader reads French as French. */
function quote(context: QuoteInContext, lang: string): string {
  return `<blockquote lang="${escapeHtml(lang)}">${escapeHtml(context.before)}<mark>${escapeHtml(context.words)}</mark>${escapeHtml(context.after)}</blockquote>`;
}

function fields(claim: ReportClaim): string {
  const rows = claimFields(claim, { text: escapeHtml, sources: (sources) => sources.map(sourceLink).join('<br>') });
  return `<dl>\n${rows.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('\n')}\n</dl>`;
}

/** Paragraphs on blank lines, line breaks kept. */
function note(text: string): string {
  const paragraphs = text
    .trim()
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map((p) => `<p>${p.split(/\r\n|\r|\n/).map((line) => escapeHtml(line.trim())).join('<br>')}</p>`);
  return `<div class="note"><strong>Note</strong>\n${paragraphs.join('\n')}</div>`;
}

/** A link only for http(s) addresses; anything else (javascript:, data:…) stays visible text. */
function sourceLink(source: ClaimSource): string {
  const title = escapeHtml(source.title?.trim() ? source.title : source.url);
  if (!isWebUrl(source.url)) return title;
  return `<a href="${escapeHtml(source.url)}" rel="noopener noreferrer">${title}</a>`;
}

/** Text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
