// CSV export: one row per claim, for a spreadsheet. RFC 4180 (CRLF between records, fields
// with a comma, quote or line break in double quotes, quotes doubled) with a UTF-8 byte order
// mark in front: without it Excel reads the file as the local 8-bit code page and "déclaré"
// comes out as "dÃ©clarÃ©".
//
// Article text is not trusted: a cell that starts with = + - @ (or a tab or carriage return)
// is a formula to Excel, LibreOffice and Google Sheets, so such cells get a leading apostrophe
// (the OWASP "CSV injection" advice); the spreadsheet shows the text, it does not run it.

import { ratingOf } from '../claims/ratings';
import { claimsInReadingOrder, isAnchored, speakerInfo } from './common';
import type { AnchoredClaim, ExportArticle, ExportInput } from './types';

export const CSV_COLUMNS = [
  'file',
  'id',
  'status',
  'rating',
  'text',
  'speaker',
  'sources',
  'note',
  'tags',
  'start',
  'end',
  'anchor state',
  'created',
  'updated',
  'author',
] as const;

const BOM = '\uFEFF';
const RECORD_SEPARATOR = '\r\n';

export function renderCsv(input: ExportInput): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const article of input.articles) {
    for (const anchored of claimsInReadingOrder(article)) rows.push(claimRow(article, anchored));
  }
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(RECORD_SEPARATOR) + RECORD_SEPARATOR;
}

function claimRow(article: ExportArticle, anchored: AnchoredClaim): string[] {
  const { claim } = anchored;
  const found = isAnchored(anchored);
  const rating = ratingOf(claim.status).value;
  return [
    article.path,
    claim.id,
    claim.status,
    rating === null ? '' : String(rating),
    claim.text,
    speakerInfo(article, claim.speaker)?.name ?? '',
    // One source per line: URLs hold no line break, and a spreadsheet shows them stacked in the cell.
    claim.sources.map((s) => s.url).join('\n'),
    claim.note ?? '',
    claim.tags.join(', '),
    found ? String(anchored.start) : '',
    found ? String(anchored.end) : '',
    anchored.state,
    claim.created,
    claim.updated,
    claim.author ?? '',
  ];
}

/** One RFC 4180 field, defused against formula injection. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
