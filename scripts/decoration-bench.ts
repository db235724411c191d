// `npm run bench` rows for the extension: the extension-host work of one highlight update of a
// 1 MB article once the debounce has fired and the analysis is back from the worker thread —
// line/character ranges for every entity and quote (planDecorations, LineIndex included) and
// the status-bar counts. The analysis itself runs on the worker and is measured above.
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/recognise/analyze';
import { ENTITY_TYPES } from '../src/core/recognise/types';
import { countAnnotations, planDecorations } from '../src/extension/decoration-plan';
import { formatTable } from '../src/cli/table';

const RUNS = 30;

export function runDecorationBench(article: string): void {
  const analysis = analyze(article);
  const shown = new Set(ENTITY_TYPES);
  for (let i = 0; i < 5; i++) planDecorations(article, analysis, shown); // let the JIT optimise it
  // Collect the analysis' garbage first (npm run bench passes --expose-gc), so the times are the
  // update's own, not a major collection left over from analyze().
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    planDecorations(article, analysis, shown);
    countAnnotations(analysis, shown);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)];
  const p95 = times[Math.ceil(RUNS * 0.95) - 1];
  const worst = times[RUNS - 1];
  const spans = analysis.entities.length + analysis.quotes.length;
  console.log('');
  console.log(formatTable(['MEASURE', 'VALUE', 'TARGET'], [
    ['decoration update, 1 MB article (median)', `${median.toFixed(2)} ms`, '< 16 ms'],
    ['decoration update, 1 MB article (p95)', `${p95.toFixed(2)} ms`, '< 16 ms'],
    [`decoration update, 1 MB article (worst of ${RUNS})`, `${worst.toFixed(2)} ms`, ''],
    ['spans decorated in that article', `${spans}`, ''],
  ]));
}
