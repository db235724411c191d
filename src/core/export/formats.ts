// Every export format, for the CLI's --format and the editor's "Export annotations" command
// (pick a format, then a save dialog for a 'file' format or a folder for a 'folder' one).

import { renderBrat } from './brat';
import { renderClaimReviews } from './claim-review';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { ExportFormat, ExportFormatId } from './types';
import { renderWebAnnotations } from './web-annotation';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'json',
    label: 'JSON (everything)',
    extension: 'json',
    mediaType: 'application/json',
    description: 'Entities, quotations with speakers, and claims with their verdict, sources and anchors, per article.',
    target: 'file',
    render: renderJson,
  },
  {
    id: 'csv',
    label: 'CSV spreadsheet',
    extension: 'csv',
    mediaType: 'text/csv',
    description: 'One row per claim (RFC 4180, UTF-8 with BOM: opens in Excel with accents intact).',
    target: 'file',
    render: renderCsv,
  },
  {
    id: 'md',
    label: 'Markdown fact-check report',
    extension: 'md',
    mediaType: 'text/markdown',
    description: 'Claims by article with verdict, speaker, sources, note and the quote in context.',
    target: 'file',
    render: renderMarkdown,
  },
  {
    id: 'html',
    label: 'HTML fact-check report',
    extension: 'html',
    mediaType: 'text/html',
    description: 'The same report as one self-contained web page (inline style, no script).',
    target: 'file',
    render: renderHtml,
  },
  {
    id: 'webannotation',
    label: 'W3C Web Annotations (JSON-LD)',
    extension: 'jsonld',
    mediaType: 'application/ld+json',
    description: 'One annotation per claim, with text quote and text position selectors on the article.',
    target: 'file',
    render: renderWebAnnotations,
  },
  {
    id: 'claimreview',
    label: 'schema.org ClaimReview (JSON-LD)',
    extension: 'jsonld',
    mediaType: 'application/ld+json',
    description: 'One ClaimReview per checked claim, the markup fact-checkers publish for search engines.',
    target: 'file',
    render: renderClaimReviews,
  },
  {
    id: 'brat',
    label: 'brat standoff (.ann + .txt)',
    extension: 'ann',
    mediaType: 'text/plain',
    description: 'Entities and quotations for researchers\' annotation tools: a .ann beside a copy of each text.',
    target: 'folder',
    render: renderBrat,
  },
];

export const EXPORT_FORMAT_IDS: readonly ExportFormatId[] = EXPORT_FORMATS.map((f) => f.id);

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}
