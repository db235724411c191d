// The place inside a legislator's party tag, the way the press writes it after the name:
// American wire copy's party-state tags ("Rep. Jane Doe, D-Ind.,", "Sen. John Roe (R-Ohio)",
// "R-W.Va.") and the British and Irish press's party-constituency brackets ("Mr Robert Allan
// (Lab., Leeds East)", "Sir Hector Dunne (C., Bodmin)"). The state or constituency is a place.
//
// A party tag is one token to the tokenizer ("D-Ind" joins at its hyphen), so the state is a span
// inside that token: this pass returns mentions by offsets, merged with the entities afterwards,
// and the token indexes it used so that the name recogniser leaves them alone.

import * as gazetteer from './gazetteer';
import { WordClass } from './lexicon';
import { lexemeIdOf, tokenColumns, type Token } from './tokenize';
import type { EntityMention } from './types';
import { codeAt } from './bounds';

export interface PartyTagPlaces {
  /** The states and constituencies, in reading order. */
  mentions: EntityMention[];
  /** Tokens the tags cover, which no other entity may take ("R-W" is no organisation). */
  tokens: number[];
}

/** A party's letter, a hyphen, then a capital: "D-Ind", "R-Ohio", "I-Vt", "R-W". */
const US_PARTY_TAG = /^[DRI]-\p{Lu}/u;

/** US_PARTY_TAG, its Unicode expression run only on words that open with D, R or I and a hyphen. */
function isUsPartyTag(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first === 68 || first === 82 || first === 73) && codeAt(word, 1) === 45 && US_PARTY_TAG.test(word);
}

/**
 * Party abbreviations of British parliamentary reports, written with their period: "Lab.", "C.",
 * "Con.", "L.", "Lib.", "Ind.", "U." (Hansard and the broadsheets' reports of debates). A list, not
 * a shape: "(Ret., Army)" or "(Jr., Senior Partner)" are no party tags.
 */
const PARTY_ABBREVIATIONS: ReadonlySet<string> = new Set(['Lab', 'C', 'Con', 'L', 'Lib', 'LD', 'Ind', 'U', 'UU', 'Nat']);

/** The ids a party-state tag's place may have: the states of the postal list and those AP spells out. */
const STATE_IDS: ReadonlySet<string> = new Set([...gazetteer.postalAbbreviationIds(), 'alaska', 'hawaii', 'idaho', 'iowa', 'maine', 'ohio', 'texas', 'utah']);

export function findPartyTagPlaces(text: string, tokens: readonly Token[], lang: string): PartyTagPlaces {
  const found: PartyTagPlaces = { mentions: [], tokens: [] };
  if (lang !== 'en') return found;
  // The comma or bracket before, by lexeme id: two integer comparisons rule out most tokens.
  const { ids, classes, texts } = tokenColumns(tokens);
  const commaId = lexemeIdOf(',', 'punct');
  const openId = lexemeIdOf('(', 'punct');
  for (let i = 1; i < tokens.length; i++) {
    const before = ids[i - 1];
    if (before !== commaId && before !== openId) continue;
    // Right after a person's name: a capitalised word before the comma or the bracket.
    // From the columns, not the token object: a word (none before the first token), then its case.
    if (!(i >= 2 && classes[i - 2] & WordClass.Word) || !gazetteer.startsWithCapital(texts[i - 2])) continue;
    if (tokens[i].kind === 'word' && isUsPartyTag(tokens[i].text)) addUsState(text, tokens, i, found);
    else if (before === openId) addConstituency(text, tokens, i, found);
  }
  return found;
}

/**
 * "D-Ind.,", "R-W.Va.)", "D-Ohio,": the letters after the hyphen, with the tokens glued to them,
 * spell a state's postal abbreviation or a state's name. The tag must end there (a comma, a
 * bracket, a sentence's end), so that "R-Rated films" or "D-Day landings" are left alone.
 */
function addUsState(text: string, tokens: readonly Token[], i: number, found: PartyTagPlaces): void {
  const tag = tokens[i];
  const start = tag.start + 2;
  let best: { last: number; id: string } | undefined;
  for (let k = i; k < Math.min(tokens.length, i + 6); k++) {
    if (k > i && tokens[k].start !== tokens[k - 1].end) break;
    const spelled = text.slice(start, tokens[k].end);
    const id = spelled.endsWith('.') ? gazetteer.postalAbbreviationId(spelled) : stateId(spelled);
    if (id) best = { last: k, id };
  }
  if (!best || !STATE_IDS.has(best.id)) return;
  // The tag ends there: a comma, a bracket, a semicolon, or the sentence ("…, R-Ohio. She said").
  const next = tokens[best.last + 1];
  const after = next?.text;
  if (after !== undefined && after !== ',' && after !== ')' && after !== '.' && after !== ';' && after !== ':' && !next.sentenceStart) return;
  const end = tokens[best.last].end;
  found.mentions.push({ start, end, type: 'LOC', text: text.slice(start, end), id: best.id });
  for (let k = i; k <= best.last; k++) found.tokens.push(k);
}

/** A whole state's name, as the place list knows it ("Ohio", "Texas"): a place, not a body. */
function stateId(spelled: string): string | undefined {
  const entry = gazetteer.lookupName(spelled);
  return entry?.type === 'LOC' ? entry.id : undefined;
}

/**
 * "(Lab., Chester-le-Street)", "(C., Bodmin)": a party's short form with its period, a comma,
 * then capitalised words up to the closing bracket, right after a person's name (a capitalised
 * word before the bracket). Those words are the constituency.
 */
function addConstituency(text: string, tokens: readonly Token[], i: number, found: PartyTagPlaces): void {
  const party = tokens[i];
  if (party.kind !== 'word' || !PARTY_ABBREVIATIONS.has(party.text) || tokens[i + 1]?.text !== '.' || tokens[i + 2]?.text !== ',') return;
  const first = i + 3;
  let close = first;
  while (close < tokens.length && close - first < 8 && tokens[close].text !== ')') {
    const tok = tokens[close];
    // Only name words and the hyphens that join them: "Chester-le-Street", "Leeds North East".
    if (tok.kind !== 'word' && tok.text !== '-') return;
    close++;
  }
  if (close === first || tokens[close]?.text !== ')' || !/^\p{Lu}/u.test(tokens[first].text)) return;
  const start = tokens[first].start;
  const end = tokens[close - 1].end;
  const surface = text.slice(start, end);
  const known = gazetteer.lookupName(surface);
  found.mentions.push({ start, end, type: 'LOC', text: surface, id: known?.type === 'LOC' ? known.id : gazetteer.slugify(surface) });
  for (let k = first; k < close; k++) found.tokens.push(k);
}
