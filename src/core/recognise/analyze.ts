// The recognisers' single entry point: one article's text in, its entities, quotations and
// speakers out. A pure function of the text (and options): the CLI, the extension, the
// workspace index and the evaluation all call this.

import { proseMask, isMarkdownPath } from '../text/markdown';
import { TokenArena, tokenize, type Token } from './tokenize';
import { findDates, timeZonesAfterClocks, type DateMatch } from './dates';
import { EntityRecogniser, chunksToMentions } from './entities';
import { findPartyTagPlaces } from './party-tags';
import { findQuotes, quoteKind } from './quotes';
import { SpeakerAttributor, locateQuotes } from './speakers';
import { detectLanguage } from './language';
import * as gazetteer from './gazetteer';
import type { AnalyzeOptions, ArticleAnalysis, EntityMention, Quotation } from './types';

/** Bumped whenever a change alters the output: caches keyed by it are rebuilt. */
export const RECOGNISER_VERSION = 678;

/** Token objects reused from one call to the next (see TokenArena): none escapes a call. */
const tokenArena = new TokenArena();

export function analyze(text: string, options: AnalyzeOptions & { fileName?: string } = {}): ArticleAnalysis {
  const markdown = options.format === 'markdown' || (options.format === undefined && !!options.fileName && isMarkdownPath(options.fileName));
  // Markdown code, URLs and front matter become spaces: same length, so offsets stay raw.
  const prose = markdown ? proseMask(text) : text;
  const tokens = tokenize(prose, tokenArena);
  const lang = options.lang && options.lang !== 'auto' ? options.lang : detectLanguage(prose, tokens);

  const dates = withoutDatesOfKnownEvents(tokens, findDates(prose, tokens));
  const dateTokens = dateTokenMask(tokens.length, dates);
  // The raw text, not the prose mask: a span's text must be what its offsets hold.
  const partyTags = findPartyTagPlaces(text, tokens, lang);
  const zones = timeZonesAfterClocks(prose, tokens, dates);
  const reserved = zones.length > 0 ? [...partyTags.tokens, ...zones] : partyTags.tokens;
  const chunks = new EntityRecogniser(prose, tokens, dateTokens, lang, reserved).recognise();

  const dateMentions = dates.map((d): EntityMention => {
    const spanText = text.slice(tokens[d.first].start, tokens[d.last - 1].end);
    // ("les grèves de 1936": an event its year names, found with the dates; see dates.ts.)
    return { start: tokens[d.first].start, end: tokens[d.last - 1].end, type: d.event ? 'EVENT' : 'DATE', text: spanText, id: d.event ? gazetteer.slugify(spanText) : d.id };
  });
  const named = chunksToMentions(text, tokens, chunks);
  const entities = mergeByStart(partyTags.mentions.length ? mergeByStart(named, partyTags.mentions) : named, dateMentions);

  const quotes: Quotation[] = findQuotes(prose).map((span) => {
    const quoteText = text.slice(span.start, span.end);
    return { start: span.start, end: span.end, text: quoteText, kind: quoteKind(quoteText), speaker: null };
  });
  new SpeakerAttributor(prose, tokens, entities, locateQuotes(tokens, quotes), lang).attributeAll();
  return { lang, entities, quotes };
}

/**
 * The dates, less those inside a named event the gazetteer knows ("les attentats du 11
 * septembre", "la crise de 1929"): the event is the entity. Dates claim their tokens before
 * names are looked up, so the event's name would otherwise never be read whole. Only the few
 * tokens before each date that open such a name are tried as the event's start.
 */
function withoutDatesOfKnownEvents(tokens: readonly Token[], dates: DateMatch[]): DateMatch[] {
  if (dates.length === 0) return dates;
  const reach = gazetteer.maxNameWords();
  return dates.filter((date) => !insideKnownEvent(tokens, date, reach));
}

function insideKnownEvent(tokens: readonly Token[], date: DateMatch, reach: number): boolean {
  const from = Math.max(0, date.first - reach + 1);
  for (let start = from; start < date.first; start++) {
    if (tokens[start].kind !== 'word' || !gazetteer.isDatedEventStart(tokens[start].folded)) continue;
    const words = tokens.slice(start, Math.min(tokens.length, date.last + reach)).map((tok) => tok.text);
    const name = gazetteer.longestNameAt(words, 0);
    if (name?.entry.type === 'EVENT' && start + name.words >= date.last) return true;
  }
  return false;
}

/**
 * 1 on the tokens of a date. A function of its own, like every loop of analyze(): V8 compiled
 * analyze() on entering a loop of its own (on-stack replacement) before the steps after it had
 * run, and that code failed on reaching them in later analyses.
 */
function dateTokenMask(tokenCount: number, dates: readonly { first: number; last: number }[]): Uint8Array {
  const mask = new Uint8Array(tokenCount);
  for (const d of dates) mask.fill(1, d.first, d.last);
  return mask;
}

/**
 * Two lists of mentions, each in reading order, as one list in reading order (the first list's
 * mention first at an equal start): a linear merge, where sorting the concatenation compared
 * each of 16,000 mentions a dozen times on a megabyte of text.
 */
function mergeByStart(first: EntityMention[], second: EntityMention[]): EntityMention[] {
  const merged: EntityMention[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j === second.length || (i < first.length && first[i].start <= second[j].start)) merged.push(first[i++]);
    else merged.push(second[j++]);
  }
  return merged;
}
