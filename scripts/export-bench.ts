// `npm run bench` rows for the exports: every format rendering a 1 MB article with 1,000 claims
// (every status, one in fifty orphaned), the size an export reaches on a long investigation.
import { performance } from 'node:perf_hooks';
import { createAnchor } from '../src/core/claims/anchoring';
import { CLAIM_STATUSES } from '../src/core/claims/types';
import type { AnchoredClaim } from '../src/core/claims/types';
import { EXPORT_FORMATS } from '../src/core/export/formats';
import type { ExportInput } from '../src/core/export/types';
import { analyze } from '../src/core/recognise/analyze';
import { formatTable } from '../src/cli/table';
import { median } from './bench-stats';

const RUNS = 15;
const CLAIMS = 1000;

/** 1,000 claims of about 40 characters spread evenly over the article, on word boundaries. */
function claimsOver(text: string, speakers: string[]): AnchoredClaim[] {
  const claims: AnchoredClaim[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const start = text.indexOf(' ', Math.floor((i / CLAIMS) * (text.length - 200))) + 1;
    const end = text.indexOf(' ', start + 40);
    const anchor = createAnchor(text, start, end);
    claims.push({
      claim: {
        id: `c${i.toString(36)}`,
        status: CLAIM_STATUSES[i % CLAIM_STATUSES.length],
        text: anchor.exact,
        speaker: speakers[i % speakers.length],
        sources: [{ url: `https://example.org/source/${i}`, title: 'Source' }],
        note: 'First line of the note.\nSecond line.',
        tags: ['bench'],
        created: '2025-01-01T00:00:00Z',
        updated: '2025-01-02T00:00:00Z',
        author: 'Bench',
        anchor,
      },
      state: i % 50 === 0 ? 'orphaned' : 'exact',
      start,
      end,
    });
  }
  return claims;
}

export function runExportBench(article: string): void {
  const analysis = analyze(article);
  const speakers = [...new Set(analysis.entities.filter((e) => e.type === 'PER').map((e) => e.id))];
  const input: ExportInput = { articles: [{ path: '/bench/article.txt', text: article, analysis, claims: claimsOver(article, speakers) }] };
  const rows: string[][] = [];
  for (const format of EXPORT_FORMATS) {
    format.render(input); // let the JIT optimise it
    (globalThis as { gc?: () => void }).gc?.();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      format.render(input);
      times.push(performance.now() - started);
    }
    rows.push([`export ${format.id}, 1 MB article + 1,000 claims (median)`, `${median(times).toFixed(1)} ms`, '']);
  }
  console.log('');
  console.log(formatTable(['MEASURE', 'VALUE', 'TARGET'], rows));
}
