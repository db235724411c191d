// Plain-text rendering of scores for `npm run eval`: one table per corpus, and with --verbose
// every error of every article with its context, so a developer sees what to fix.

import { ENTITY_TYPES, type Span } from '../recognise/types';
import { clip } from '../text/spaces';
import { TARGETS, type CorpusScore, type DocScore, type EntityError, type Prf, type QuoteError, type Ratio } from './score';

const num = (x: number): string => x.toFixed(3);
const pad = (s: string | number, width: number): string => String(s).padStart(width);

/** P, R and F1 of one line; dashes when there was nothing to find and nothing found. */
function prfCells(p: Prf): string {
  if (p.tp + p.fp + p.fn === 0) return ['-', '-', '-'].map((s) => pad(s, 6)).join('');
  return [p.precision, p.recall, p.f1].map((x) => pad(num(x), 6)).join('');
}

function prfRow(label: string, exact: Prf, overlap: Prf): string {
  return `${label.padEnd(9)}${prfCells(exact)}   ${prfCells(overlap)}   ${pad(exact.tp + exact.fn, 5)} ${pad(exact.tp + exact.fp, 5)}`;
}

const ratioText = (r: Ratio): string => `${num(r.value)} (${r.num}/${r.den})`;

function targetText(label: string, value: number, target: number): string {
  return `${label} ${num(value)} ${value >= target ? '>=' : '< '} ${target.toFixed(2)} ${value >= target ? 'ok' : 'MISSED'}`;
}

/** The table of one corpus: entities per type and overall, quotes, speakers, ids, targets. */
export function formatCorpusReport(name: string, score: CorpusScore): string {
  const { entities, quotes, ids } = score;
  return [
    `== ${name}: ${score.documents} article${score.documents === 1 ? '' : 's'} ==`,
    `${''.padEnd(9)}${'exact'.padEnd(18)}   ${'overlap'.padEnd(18)}`,
    `${'type'.padEnd(9)}${['P', 'R', 'F1'].map((h) => pad(h, 6)).join('')}   ${['P', 'R', 'F1'].map((h) => pad(h, 6)).join('')}   ${pad('gold', 5)} ${pad('pred', 5)}`,
    ...ENTITY_TYPES.map((type) => prfRow(type, entities.byType[type].exact, entities.byType[type].overlap)),
    prfRow('entities', entities.overall.exact, entities.overall.overlap),
    prfRow('quotes', quotes.exact, quotes.overlap),
    `kind accuracy     ${ratioText(quotes.kindAccuracy)} of exactly matched quotes`,
    `speaker accuracy  ${ratioText(quotes.speakerAccuracy)} of gold quotes`,
    `ids pairwise      P ${ratioText(ids.precision)}  R ${ratioText(ids.recall)}  (pairs of exactly matched mentions)`,
    `targets: ${[
      targetText('entities exact F1', entities.overall.exact.f1, TARGETS.entitiesExactF1),
      targetText('quotes exact F1', quotes.exact.f1, TARGETS.quotesExactF1),
      targetText('speaker accuracy', quotes.speakerAccuracy.value, TARGETS.speakerAccuracy),
    ].join(' | ')}`,
  ].join('\n');
}

const oneLine = (s: string): string => s.replace(/\r?\n/g, '⏎');

function shorten(s: string, max = 70): string {
  return clip(oneLine(s), max);
}

/** The span in ⟨ ⟩ with a few words either side, on one line. */
export function contextOf(text: string, span: Span, width = 30): string {
  const before = text.slice(Math.max(0, span.start - width), span.start);
  const after = text.slice(span.end, span.end + width);
  return oneLine(`…${before}⟨${shorten(text.slice(span.start, span.end), 80)}⟩${after}…`);
}

function describeEntityError(text: string, e: EntityError): string {
  switch (e.kind) {
    case 'missed':
      return `entity MISSED   ${e.gold.type.padEnd(5)} ${JSON.stringify(e.gold.text)} (${e.gold.id})  ${contextOf(text, e.gold)}`;
    case 'spurious':
      return `entity SPURIOUS ${e.pred.type.padEnd(5)} ${JSON.stringify(e.pred.text)} (${e.pred.id})  ${contextOf(text, e.pred)}`;
    case 'boundary':
      return `entity BOUNDARY ${e.gold.type.padEnd(5)} gold ${JSON.stringify(e.gold.text)} / predicted ${JSON.stringify(e.pred.text)}  ${contextOf(text, e.gold)}`;
    case 'type':
      return `entity TYPE     gold ${e.gold.type} / predicted ${e.pred.type} ${JSON.stringify(e.gold.text)}  ${contextOf(text, e.gold)}`;
  }
}

function describeQuoteError(text: string, e: QuoteError): string {
  switch (e.kind) {
    case 'missed':
      return `quote  MISSED   ${JSON.stringify(shorten(e.gold.text))} (${e.gold.kind}, ${e.gold.speaker ?? 'no speaker'})`;
    case 'spurious':
      return `quote  SPURIOUS ${JSON.stringify(shorten(e.pred.text))}  ${contextOf(text, e.pred, 20)}`;
    case 'boundary':
      return `quote  BOUNDARY gold ${JSON.stringify(shorten(e.gold.text, 50))} / predicted ${JSON.stringify(shorten(e.pred.text, 50))}`;
    case 'kind':
      return `quote  KIND     gold ${e.gold.kind} / predicted ${e.pred.kind} ${JSON.stringify(shorten(e.gold.text))}`;
    case 'speaker': {
      const predicted = !e.pred
        ? 'no matching quote'
        : e.pred.speaker
          ? `${e.predictedSpeaker} (${JSON.stringify(e.pred.speaker.text)}, id ${e.pred.speaker.id})`
          : 'no speaker';
      return `quote  SPEAKER  gold ${e.gold.speaker ?? 'no speaker'} / predicted ${predicted}  ${JSON.stringify(shorten(e.gold.text, 50))}`;
    }
  }
}

/** Every error of one article, entities first, each with its context; empty when perfect. */
export function formatDocErrors(text: string, doc: DocScore): string[] {
  const lines = [
    ...doc.entityErrors.map((e) => describeEntityError(text, e)),
    ...doc.quoteErrors.map((e) => describeQuoteError(text, e)),
  ];
  return lines.length === 0 ? [] : [`-- ${doc.file}`, ...lines.map((l) => `  ${l}`)];
}
