// A small French and English date grammar over tokens: calendar dates ("24 février 2022",
// "March 3, 1984", "2025-02"), months and years, weekdays ("mercredi", "vendredi prochain") and
// relative expressions ("semaine prochaine", "jours à venir", "last week", "il y a cinq ans"),
// holidays, decades, quarters, centuries, seasons, the night between two days and the time of
// day ("vers 7 h 30", "3 p.m.", "a quarter to eleven": a point in time, so a DATE too), and the old
// British press's order ("Saturday last", "the 17th of January"). The id is an
// ISO form where the date is known ("2022-02-24", "xxxx-02-12", "2022-02") and a slug otherwise.

import {
  ADDRESS_LEADS, CLOCK_INTRODUCERS, COUNT_APPROXIMATORS, TIME_ZONES, DATE_QUALIFIERS_AFTER, ENGLISH_STREET_TYPES, DATE_QUALIFIERS_BEFORE, DECADE_NAMES, DECADE_WORDS, DURATION_PREPOSITIONS, QUARTER_ORDINALS,
  FULL_MONTH_NAMES, HOLIDAYS, HOLIDAYS_IN_LOWERCASE, isLowercaseContentWord, HOUR_WORDS, MONTHS, NAMED_HOURS, NUMBER_WORDS, OF_PREPOSITIONS, PERIOD_UNITS, RELATIVE_PHRASES, SEASONS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, WordClass, ORG_NAME_ENDINGS, PREPOSITIONS,
} from './lexicon';
import { isFirstName, slugify } from './gazetteer';
import { isAllCaps, isLetterOrDigitCode, lexemeIdOf, onlySpacesBetween, tokenColumns, type Token } from './tokenize';
import { tokenAt } from './bounds';

export interface DateMatch {
  /** Token range, end-exclusive. */
  first: number;
  last: number;
  id: string;
  /** An event named by its year ("les grèves de 1936"): an EVENT, not a DATE (see yearNamedEventStart). */
  event?: true;
}

/** Words after a weekday that are part of the date: "mardi soir", "le mercredi précédent", "Tuesday morning", "Wednesday noon". */
const DAY_QUALIFIERS = new Set([
  ...DATE_QUALIFIERS_AFTER, ...NAMED_HOURS.keys(), 'precedent', 'suivant', 'matin', 'soir', 'apres-midi', 'morning', 'afternoon', 'evening', 'night',
]);

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isYear(tok: Token | undefined): tok is Token {
  if (!tok || tok.kind !== 'number' || !/^\d{4}$/.test(tok.text)) return false;
  const y = Number(tok.text);
  return y >= 1000 && y <= 2199;
}

/**
 * "the boys of '93", "No tour in ’70", "the '82 drought": an apostrophe for the century before
 * two digits, after a space, is the year (19xx from '30, 20xx before).
 */
function shortYear(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const mark = tokens[i];
  const digits = tokens[i + 1];
  if (!digits || digits.kind !== 'number' || !/^\d{2}$/.test(digits.text) || digits.start !== mark.end) return undefined;
  if (isLetterOrDigitCode(text.charCodeAt(mark.start - 1)) || isLetterOrDigitCode(text.charCodeAt(digits.end))) return undefined;
  const year = Number(digits.text);
  return { first: i, last: i + 2, id: String(year >= 30 ? 1900 + year : 2000 + year) };
}

function dayNumber(tok: Token | undefined): number | undefined {
  if (!tok) return undefined;
  const m = /^(\d{1,2})(?:er|st|nd|rd|th)?$/i.exec(tok.text);
  if (!m) return undefined;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : undefined;
}

function monthOf(tok: Token | undefined): number | undefined {
  if (!tok || tok.kind !== 'word') return undefined;
  const word = tok.folded;
  const month = MONTHS.get(word);
  // "mars", "mai", "may", "march" are also common words: only full month names count, and
  // "may"/"march" only when capitalised (English writes months with a capital).
  if (month === undefined) return undefined;
  if ((word === 'may' || word === 'march') && !/^\p{Lu}/u.test(tok.text)) return undefined;
  return month;
}

/** "1er", "24" before a month; a number token glued to "er" is one token in our tokeniser. */
function calendarDate(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const ordinal = ordinalOfMonth(text, tokens, i);
  if (ordinal) return ordinal;
  // Day Month [Year] (French, British)
  const day = dayNumber(tokens[i]);
  if (day !== undefined && onlySpacesBetween(text, tokens[i], tokens[i + 1])) {
    const month = monthOf(tokens[i + 1]);
    if (month !== undefined) {
      // "3 janv. 2020", "12 Feb. 1990": the abbreviation's period stays in the date.
      const m = abbreviationPeriod(text, tokens, i + 1) ? i + 2 : i + 1;
      if (isYear(tokens[m + 1]) && onlySpacesBetween(text, tokens[m], tokens[m + 1])) {
        return { first: i, last: m + 2, id: `${tokens[m + 1].text}-${pad2(month)}-${pad2(day)}` };
      }
      return { first: i, last: m + 1, id: `xxxx-${pad2(month)}-${pad2(day)}` };
    }
  }
  const month = monthOf(tokens[i]);
  if (month === undefined) return undefined;
  // "Aug. 15", "Sept. 3, 2019" (AP style): an abbreviated month keeps its period.
  const d = abbreviationPeriod(text, tokens, i) ? i + 1 : i;
  // Month Day[,] Year (American)
  const usDay = dayNumber(tokens[d + 1]);
  if (usDay !== undefined && onlySpacesBetween(text, tokens[d], tokens[d + 1])) {
    const comma = tokens[d + 2]?.text === ',' ? 1 : 0;
    const yearTok = tokens[d + 2 + comma];
    if (isYear(yearTok)) return { first: i, last: d + 3 + comma, id: `${yearTok.text}-${pad2(month)}-${pad2(usDay)}` };
    return { first: i, last: d + 2, id: `xxxx-${pad2(month)}-${pad2(usDay)}` };
  }
  // Month Year ("Nov. 2019" keeps its period too)
  if (isYear(tokens[d + 1]) && onlySpacesBetween(text, tokens[d], tokens[d + 1])) {
    return { first: i, last: d + 2, id: `${tokens[d + 1].text}-${pad2(month)}` };
  }
  // "in August, 1930.", "in June, 1858, and": old English style sets the year off with a comma
  // (only before punctuation: "In August, 1930 people came" counts people).
  const [comma, year, after] = [tokens[d + 1], tokens[d + 2], tokens[d + 3]];
  if (comma?.text === ',' && comma.start === tokens[d].end && isYear(year) && onlySpacesBetween(text, comma, year) && (!after || after.kind === 'punct')) {
    return { first: i, last: d + 3, id: `${year.text}-${pad2(month)}` };
  }
  // A month alone: only written in full ("sept" is also French for seven, "jan" a first name),
  // and not "mars", "mai" or "May", which are common words or names too, unless "mois de" or
  // "since" says so ("depuis le mois de mars", "en mai", "since May").
  const word = tokens[i].folded;
  const ambiguous = ['mars', 'mai', 'may'].includes(word) && !monthSaidSo(tokens, i);
  if (!FULL_MONTH_NAMES.has(word) || ambiguous || familyNameAfterGivenName(text, tokens, i)) return undefined;
  return { first: i, last: i + 1, id: `xxxx-${pad2(month)}` };
}

/**
 * "the 17th of January", "the 3rd of June, 1898": the British day written as an ordinal, then
 * "of" and the month ("the" stays out, as an article does), with its year if one follows.
 */
function ordinalOfMonth(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'number' || !/^\d{1,2}(?:st|nd|rd|th)$/i.test(tok.text) || tokens[i + 1]?.folded !== 'of' || !spacedRun(text, tokens, i, i + 2)) return undefined;
  const day = dayNumber(tok);
  const month = monthOf(tokens[i + 2]);
  if (day === undefined || month === undefined) return undefined;
  const comma = tokens[i + 3]?.text === ',' ? 1 : 0;
  const year = tokens[i + 3 + comma];
  if (isYear(year) && (comma === 1 || onlySpacesBetween(text, tokens[i + 2], year))) return { first: i, last: i + 4 + comma, id: `${year.text}-${pad2(month)}-${pad2(day)}` };
  return { first: i, last: i + 3, id: `xxxx-${pad2(month)}-${pad2(day)}` };
}

/**
 * Where "Saturday last", "Monday next", "Friday week" or "November last" ends: the old British
 * press writes "last", "next" (and "week", after a day) after the day or the month. Not before a
 * period ("May last year" is last year's May, "Monday next week") nor "next to".
 */
function postposedQualifierEnd(text: string, tokens: Token[], i: number, isWeekday: boolean): number {
  const next = tokens[i + 1];
  if (!tokens[i].capitalised || !next || !next.lowercase || !onlySpacesBetween(text, tokens[i], next)) return 0;
  // ("Theresa May last visited", "Joe Friday last": a given name makes the word a family name.)
  if (familyNameAfterGivenName(text, tokens, i)) return 0;
  if (next.folded !== 'last' && next.folded !== 'next' && !(isWeekday && next.folded === 'week')) return 0;
  const after = tokens[i + 2];
  if (after && after.kind === 'word' && (after.folded === 'to' || PERIODS_AFTER_QUALIFIER.has(after.folded) || isPeriodWord(after))) return 0;
  return i + 2;
}

/** Periods "last" or "next" qualify when they follow it: "Monday last week", "May next year". */
const PERIODS_AFTER_QUALIFIER: ReadonlySet<string> = new Set([
  'fortnight', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'weekend', 'season', 'term', 'time', 'decade', 'century', 'morning', 'afternoon', 'evening',
]);

/** "mois de mars", "en mai", "since May": words that make "mars", "mai" or "May" the month. */
function monthSaidSo(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.folded;
  const second = tokens[i - 2]?.folded;
  // ("the end of May", "the middle of March": the part before "of" says so.)
  // (Not "the end of May's premiership": the possessive makes her the Prime Minister.)
  const ofPart = before === 'of' && ENGLISH_PARTS.has(second ?? '') && tokens[i + 1]?.text !== "'s" && tokens[i + 1]?.text !== '’s';
  if (tokens[i].folded === 'may') return tokens[i].capitalised && !tokens[i].sentenceStart && (before === 'since' || before === 'until' || ofPart || monthAfterIn(tokens, i));
  return tokens[i].lowercase && ((before === 'de' && second === 'mois') || before === 'en');
}

/**
 * "in May", "by May": the month, when no capitalised word or possessive follows ("in May
 * Street", "in May's cabinet" name a street and the Prime Minister), nor a verb's "be" or
 * "have" that makes it a person ("interest in May has").
 */
function monthAfterIn(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.folded !== 'in' && tokens[i - 1]?.folded !== 'by') return false;
  const next = tokens[i + 1];
  if (!next) return true;
  return !(next.kind === 'word' && (next.capitalised || next.text === "'s" || next.text === '’s' || MONTH_AS_SUBJECT_VERBS.has(next.folded)));
}

/** Verbs after "May" that make her the subject: "trust in May has gone", "in May was". */
const MONTH_AS_SUBJECT_VERBS: ReadonlySet<string> = new Set(['has', 'had', 'is', 'was', 'said', 'says', 'told']);

/** "Hélène Avril", "Jeanne Juin": a capitalised month right after a given name is a family name. */
function familyNameAfterGivenName(text: string, tokens: Token[], i: number): boolean {
  const given = tokens[i - 1];
  const month = tokens[i];
  return !!given && !month.lowercase && !month.sentenceStart && given.kind === 'word' && !given.lowercase && isFirstName(given.text) && onlySpacesBetween(text, given, month);
}

/** The month at i is abbreviated ("Aug", "janv") and its period follows, glued to it. */
function abbreviationPeriod(text: string, tokens: Token[], i: number): boolean {
  const dot = tokens[i + 1];
  return dot?.text === '.' && dot.start === tokens[i].end && !FULL_MONTH_NAMES.has(tokens[i].folded) && !!tokens[i + 2] && onlySpacesBetween(text, dot, tokens[i + 2]);
}

/**
 * "last November", "next Tuesday", "this summer", "novembre dernier", "l'été prochain", and a
 * season after an article or preposition ("in the spring", "au printemps"): a month, weekday
 * or season made relative by the word next to it. "fall" counts only with a qualifier ("the
 * fall of Rome" is no date).
 */
function qualifiedPeriod(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const word = tokens[i].folded;
  const next = tokens[i + 1];
  if (DATE_QUALIFIERS_BEFORE.has(word) && isPeriodWord(next) && onlySpacesBetween(text, tokens[i], next)) {
    return { first: i, last: i + 2, id: slugify(`${word} ${next.text}`) };
  }
  if (!isPeriodWord(tokens[i]) || WEEKDAYS.has(word)) return undefined;
  if (next && DATE_QUALIFIERS_AFTER.has(next.folded) && onlySpacesBetween(text, tokens[i], next)) {
    return { first: i, last: i + 2, id: slugify(`${word} ${next.text}`) };
  }
  // "in March last", "her survey in November last": that month, written the old British way.
  const month = MONTHS.get(word);
  if (month !== undefined && postposedQualifierEnd(text, tokens, i, false)) return { first: i, last: i + 2, id: `xxxx-${pad2(month)}` };
  // "the spring of 1965", "l'été de 1973".
  const of = tokens[i + 1];
  if (SEASONS.has(word) && of && (of.folded === 'of' || of.folded === 'de') && isYear(tokens[i + 2])) {
    return { first: i, last: i + 3, id: `${tokens[i + 2].text}-${word}` };
  }
  const before = tokens[i - 1];
  // ("depuis le printemps", "les affrontements du printemps"; not "le Printemps de Prague", an event.)
  const introduced = before && SEASON_INTRODUCERS.has(before.folded) && (tokens[i].lowercase || (before.folded !== 'le' && before.folded !== 'du'));
  // ("the Winter Palace", "the Summer Gardens": capitalised before a name word, it opens the name.)
  const opensName = !tokens[i].lowercase && !tokens[i].sentenceStart && !!next && next.kind === 'word' && next.capitalised && onlySpacesBetween(text, tokens[i], next);
  // ("the summer heat", "the winter crop", "spent the winter rebuilding": an English season after
  // "the" and before a lowercase word is a noun's modifier or a stretch of time, no date.)
  const modifier = before?.folded === 'the' && next?.kind === 'word' && next.lowercase && !SEASON_CLAUSE_WORDS.has(next.folded);
  if (SEASONS.has(word) && word !== 'fall' && !isYear(next) && introduced && !opensName && !modifier && onlySpacesBetween(text, before, tokens[i])) {
    // "ce printemps", "cet été": the demonstrative says which one, as in "ce matin", "cette année".
    if (before.folded === 'ce' || before.folded === 'cet') return { first: i - 1, last: i + 1, id: slugify(`${before.text} ${tokens[i].text}`) };
    return { first: i, last: i + 1, id: word };
  }
  return undefined;
}

/** A season, a weekday or a month written in full ("may" and "march" only capitalised). */
function isPeriodWord(tok: Token | undefined): boolean {
  return !!tok && tok.kind === 'word' && (SEASONS.has(tok.folded) || WEEKDAYS.has(tok.folded) || (FULL_MONTH_NAMES.has(tok.folded) && monthOf(tok) !== undefined));
}

/** Words that make the capitalised word after them a weekday: "on Sunday", "last Sunday", "since Monday". */
const WEEKDAY_INTRODUCERS: ReadonlySet<string> = new Set(['on', 'by', 'last', 'next', 'this', 'every', 'since', 'until', 'from']);

const SEASON_INTRODUCERS: ReadonlySet<string> = new Set(['the', 'in', 'au', 'en', "l'", 'cet', 'ce', 'du', 'le']);
/** Words after "the summer" that go on about that season, not a noun it qualifies: "the winter when the snow came". */
const SEASON_CLAUSE_WORDS: ReadonlySet<string> = new Set(['of', 'when', 'and', 'or', 'before', 'after', 'that', 'is', 'was', 'will', 'had', 'has']);

function isoDate(tok: Token): DateMatch | undefined {
  const m = /^(1\d{3}|2[01]\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/.exec(tok.text);
  if (m) return { first: 0, last: 1, id: m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}` };
  const dmy = /^(0?[1-9]|[12]\d|3[01])[/.](0?[1-9]|1[0-2])[/.](1\d{3}|2[01]\d{2})$/.exec(tok.text);
  if (dmy) return { first: 0, last: 1, id: `${dmy[3]}-${pad2(Number(dmy[2]))}-${pad2(Number(dmy[1]))}` };
  return undefined;
}

function weekday(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const word = tokens[i].folded;
  if (WEEKDAY_ABBREVIATIONS.has(word)) return shortWeekdayBeforeDate(text, tokens, i);
  if (!WEEKDAYS.has(word)) return undefined;
  // English weekdays are capitalised; a lowercase "monday" is rare enough to accept too.
  const next = tokens[i + 1];
  if (next && onlySpacesBetween(text, tokens[i], next) && DAY_QUALIFIERS.has(next.folded)) {
    // "THURSDAY MORNING, SEPTEMBER 2, 1886": a paper's date line, the day's part then the date.
    const dated = tokens[i + 2]?.text === ',' ? calendarDate(text, tokens, i + 3) : undefined;
    if (dated && onlySpacesBetween(text, tokens[i + 2], tokens[i + 3])) return { first: i, last: dated.last, id: dated.id };
    return { first: i, last: i + 2, id: slugify(`${word} ${next.text}`) };
  }
  // "Saturday last", "Monday next", "Friday week": old British style puts the qualifier after the day.
  const postposed = postposedQualifierEnd(text, tokens, i, true);
  if (postposed) return { first: i, last: postposed, id: slugify(`${word} ${next.text}`) };
  const date = calendarDate(text, tokens, i + 1) ?? (next && /^\d/.test(next.text) ? dayOfThisMonth(text, tokens, i + 1) : undefined);
  if (date && onlySpacesBetween(text, tokens[i], next)) return { first: i, last: date.last, id: date.id };
  // "Thursday, the 17th of January", "on Monday the 18th of May": the day, then its date after "the".
  const the = next?.text === ',' ? i + 2 : i + 1;
  const ordinal = tokens[the]?.folded === 'the' ? ordinalOfMonth(text, tokens, the + 1) : undefined;
  if (ordinal && spacedRun(text, tokens, the, the + 1)) return { first: i, last: ordinal.last, id: ordinal.id };
  // "Wednesday, June 16": English sets the date off with a comma.
  const afterComma = next?.text === ',' ? calendarDate(text, tokens, i + 2) : undefined;
  if (afterComma && onlySpacesBetween(text, next, tokens[i + 2])) return { first: i, last: afterComma.last, id: afterComma.id };
  // "Saturday Tribune", "Sunday Times": a paper's name, no day (but "on Sunday Times Square was
  // empty": a day after "on", "last", "since", and a name that goes on past the paper's word).
  const before = tokens[i - 1]?.folded ?? '';
  const papersName = tokens[i].capitalised && next?.capitalised && ORG_NAME_ENDINGS.has(next.folded) && onlySpacesBetween(text, tokens[i], next);
  if (papersName && !WEEKDAY_INTRODUCERS.has(before) && !tokens[i + 2]?.capitalised) return undefined;
  return { first: i, last: i + 1, id: word };
}

/** "Fri 16 Sep 2022", "Tue. 3 March 2003": a shortened weekday, capitalised, right before a calendar date. */
function shortWeekdayBeforeDate(text: string, tokens: Token[], i: number): DateMatch | undefined {
  if (!tokens[i].capitalised) return undefined;
  const at = tokens[i + 1]?.text === '.' && tokens[i + 1].start === tokens[i].end ? i + 2 : i + 1;
  const date = tokens[at]?.kind === 'number' ? calendarDate(text, tokens, at) : undefined;
  return date && onlySpacesBetween(text, tokens[at - 1], tokens[at]) ? { first: i, last: date.last, id: date.id } : undefined;
}

/**
 * "nuit de mardi à mercredi", "nuit du 12 au 13 mai": the night between two days is one date,
 * named by both (the French press dates night events so).
 */
function nightBetween(text: string, tokens: Token[], i: number): DateMatch | undefined {
  if (tokens[i].folded !== 'nuit') return undefined;
  const of = tokens[i + 1];
  const from = tokens[i + 2];
  const to = tokens[i + 3];
  const until = tokens[i + 4];
  if (!of || !spacedRun(text, tokens, i, i + 4)) return undefined;
  if (of.folded === 'de' && WEEKDAYS.has(from?.folded ?? '') && to?.folded === 'a' && to.text === 'à' && WEEKDAYS.has(until?.folded ?? '')) {
    return { first: i, last: i + 5, id: slugify(tokensText(tokens, i, i + 5)) };
  }
  if (of.folded === 'du' && dayNumber(from) !== undefined && to?.folded === 'au') {
    const end = calendarDate(text, tokens, i + 4);
    if (end && onlySpacesBetween(text, to, until)) return { first: i, last: end.last, id: slugify(tokensText(tokens, i, end.last)) };
    if (dayNumber(until) !== undefined) return { first: i, last: i + 5, id: slugify(tokensText(tokens, i, i + 5)) };
  }
  return undefined;
}

/**
 * A time of day: "18h", "7 h 30", "vers 4 heures", "2 heures du matin", "à minuit", "3 p.m.",
 * "10.30am", "seven o'clock", "at 10:30". Its id is the 24-hour clock ("02h00", "15h00").
 * "N heures", a bare "10:30" and midday or midnight by name are times only after a word such
 * as "vers" or "at", or before a part of the day: "pendant 4 heures" is a duration and
 * "à 2 heures de route" a distance.
 */
function clockTime(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const tok = tokens[i];
  const before = tokens[i - 1];
  const named = NAMED_HOURS.get(tok.folded);
  if (named !== undefined) {
    // "le Midi" is the south of France. "depuis midi", "since noon": a named hour is no length.
    const since = before?.folded === 'depuis' || before?.folded === 'since';
    if (!(isIntroducedClock(text, tokens, i) || since || boundsHourSpan(tokens, i)) || (tok.folded === 'midi' && tok.capitalised)) return undefined;
    // "midi et demi", "minuit et quart", "midi dix": the minutes in words after the named hour too
    // (not a count: "À midi trente personnes attendaient", a bare number before a word).
    let minutes = frenchMinutesInWords(text, tokens, i + 1);
    if (minutes && minutes.last === i + 2 && tokens[i + 2]?.kind === 'word') minutes = undefined;
    const hour = minutes ? (named + minutes.hourShift + 24) % 24 : named;
    return { first: i, last: minutes?.last ?? i + 1, id: clockId(hour, minutes?.minute ?? 0) };
  }
  const start = hourAt(tok);
  if (!start) return undefined;
  let { hour, minute } = start;
  let last = i + 1;
  let written: 'h' | 'heures' | 'oclock' | undefined;
  const unit = tokens[last];
  if (unit && onlySpacesBetween(text, tok, unit) && start.minute === undefined) {
    if (tok.kind === 'number' && /^h(\d\d)?$/.test(unit.folded)) {
      // "18h", "7h30", "7 h 30": the h says clock, unless a duration is meant ("en 2 h 30").
      if (DURATION_PREPOSITIONS.has(before?.folded ?? '')) return undefined;
      written = 'h';
      if (unit.folded.length === 3) minute = Number(unit.folded.slice(1));
    } else if (unit.folded === 'heures' || unit.folded === 'heure') {
      written = 'heures';
    } else if (unit.folded === "o'clock") {
      written = 'oclock';
    }
    if (written) last++;
    // "11 h. 40", "8 h. 10 du soir": older French copy abbreviates the hour with a period.
    const period = tokens[last];
    if (written === 'h' && minute === undefined && period?.text === '.' && period.start === tokens[last - 1].end && isMinute(tokens[last + 1]) && onlySpacesBetween(text, period, tokens[last + 1])) last++;
    if (written && written !== 'oclock' && minute === undefined && isMinute(tokens[last]) && onlySpacesBetween(text, tokens[last - 1], tokens[last])) {
      minute = Number(tokens[last++].text);
    }
    // "quatre heures et demie", "cinq heures dix", "six heures moins le quart": the minutes in words.
    const spelled = written === 'heures' && minute === undefined ? frenchMinutesInWords(text, tokens, last) : undefined;
    if (spelled) {
      hour += spelled.hourShift;
      minute = spelled.minute;
      last = spelled.last;
    }
  } else if (unit?.folded === "o'clock" && start.minute !== undefined && onlySpacesBetween(text, tok, unit)) {
    // "at about 9:40 o'clock": old copy's o'clock after the minutes too.
    written = 'oclock';
    last++;
  }
  // "at six in the morning": an English part of the day joins an hour only after an introducer
  // ("killed 7 in the morning raid" counts people).
  let part = dayPart(text, tokens, last);
  if (part?.spelled && !spelledPartOfDay(text, tokens, i, part.last)) part = undefined;
  // "at eleven this morning", "from seven tonight": a bare hour after an introducer, with this
  // day's part after it (clockOfThisDayEnd joins them); not "the other two this morning".
  const hourOfThisDay = !written && !part && start.minute === undefined && isIntroducedClock(text, tokens, i) && thisDayPartEnd(text, tokens, last) > last;
  const bareHour = !written && !part && !hourOfThisDay && bareHourInWords(text, tokens, i);
  if (!written && tok.kind !== 'number' && !part?.spelled && !hourOfThisDay && !bareHour) return undefined;
  if (part) {
    hour = hourInPart(hour, part.shift);
    last = part.last;
  }
  const introduced = isIntroducedClock(text, tokens, i) || (written === 'heures' && boundsTheDay(tokens, i, last));
  const isTime = written === 'h' || written === 'oclock' || !!part || hourOfThisDay || bareHour || ((written === 'heures' || start.minute !== undefined) && (introduced || isTimeStamp(text, tokens, i)));
  if (!isTime || hour > 23) return undefined;
  // "à 2 heures de route" is a distance, "à une heure avancée" or "tardive" no hour at all.
  if (!part && written === 'heures' && HOUR_NOT_TIME_AFTER.has(tokens[last]?.folded ?? '')) return undefined;
  // "left its rate at 4.25 percent", "at 10.30 million": a quantity, no time.
  // (As written, lowercase: "à 10.30 M. Dupont présidera" keeps its time; "per" only in "per cent".)
  const following = tokens[last];
  if (!part && !written && following && QUANTITY_UNITS.has(following.text) && (following.text !== 'per' || tokens[last + 1]?.text === 'cent')) return undefined;
  return { first: i, last, id: clockId(hour, minute ?? 0) };
}

/**
 * "09:14", "Updated: 11:02, 13 July 2026", "21.40 BST": a 24-hour clock by its leading zero, any
 * "hh:mm" stamped before a date's day, or any hour and minutes before a time zone in capitals, is
 * a time with no word to introduce it (a score or a verse, "3:1", "Luke 14:26", has neither).
 */
function isTimeStamp(text: string, tokens: Token[], i: number): boolean {
  // "Fri 16 Sep 2022 21.40 BST": a time zone in capitals after it says clock, whatever the separator.
  const zone = tokens[i + 1];
  if (zone && TIME_ZONES.has(zone.folded) && isAllCaps(zone.text) && onlySpacesBetween(text, tokens[i], zone)) return true;
  if (!/^\d\d:\d\d$/.test(tokens[i].text)) return false;
  return tokens[i].text.startsWith('0') || (tokens[i + 1]?.text === ',' && tokens[i + 2]?.kind === 'number');
}

/**
 * An introducer right before tokens[i], only spaces between. Asked only where the answer
 * matters: asked up front, it lowercased the word before each of the 6,000 "a" of the 1 MB text.
 */
function isIntroducedClock(text: string, tokens: Token[], i: number): boolean {
  return (isClockIntroducer(text, tokens, i - 1) && onlySpacesBetween(text, tokens[i - 1], tokens[i])) || tellsTheTime(tokens, i);
}

/**
 * "de 9 heures à midi", "de 8 heures à 17 heures" (opening hours, from one hour to another), and
 * "depuis 6 heures ce matin" (since an hour of today): the hour of tokens[i], whose unit ends
 * before tokens[last], is a time of day, not a length.
 */
function boundsTheDay(tokens: Token[], i: number, last: number): boolean {
  const before = tokens[i - 1]?.folded;
  const next = tokens[last];
  const after = tokens[last + 1];
  // "entre 10 heures et 19 heures": a span of the day's hours, as "de … à …".
  if (before === 'et' && tokens[i - 2]?.folded === 'heures' && tokens[i - 3]?.kind === 'number' && tokens[i - 4]?.folded === 'entre') {
    return isLaterHour(tokens[i - 3], tokens[i]);
  }
  // "entre midi et 14 heures": from a named hour to a later one.
  const namedStart = before === 'et' && tokens[i - 3]?.folded === 'entre' ? NAMED_HOURS.get(tokens[i - 2].folded) : undefined;
  if (namedStart !== undefined) return (hourAt(tokens[i])?.hour ?? -1) > namedStart;
  if (((before === 'de' && next?.text === 'à') || (before === 'entre' && next?.folded === 'et')) && after) {
    if (NAMED_HOURS.has(after.folded)) return true;
    // "de 8 heures à 17 heures", the later hour second; not "de 3 heures à 4 heures de route"
    // nor "de 2 heures à 3 heures" of a length.
    const unit = tokens[last + 2];
    const hourUnit = unit?.folded === 'heures' || unit?.folded === 'h';
    // ("de 19 heures à 19 h 30": the end's minutes say the clock, however close; "de 18 heures à
    // 6 heures du matin": the night's hours, the end's part of the day says so.)
    const clockEnd = hourUnit && (isMinute(tokens[last + 3]) || (tokens[last + 3]?.folded === 'du' && (tokens[last + 4]?.folded === 'matin' || tokens[last + 4]?.folded === 'soir')));
    return clockEnd || (isLaterHour(tokens[i], after) && hourUnit && !HOUR_NOT_TIME_AFTER.has(tokens[last + 3]?.folded ?? ''));
  }
  return before === 'depuis' && next?.folded === 'ce' && (after?.folded === 'matin' || after?.folded === 'soir');
}

/**
 * "entre midi et 14 heures", "entre 11 heures et midi", "between 11 a.m. and noon": a named hour
 * at tokens[i] opens or closes a span of the day's hours, after "entre" or "between", or after
 * "et" or "and" that a few words of an hour since "entre" or "between" precede.
 */
function boundsHourSpan(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.folded;
  if (before === 'entre' || before === 'between') return tokens[i + 1]?.folded === 'et' || tokens[i + 1]?.folded === 'and';
  if (before !== 'et' && before !== 'and') return false;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    const word = tokens[k].folded;
    if (word === 'entre' || word === 'between') return k < i - 2 && (hourAt(tokens[k + 1]) !== undefined || NAMED_HOURS.has(tokens[k + 1].folded));
    if (tokens[k].kind === 'word' && !HOUR_SPAN_WORDS.has(word) && !NAMED_HOURS.has(word)) return false;
  }
  return false;
}

/** Words of an hour between "entre"/"between" and "et"/"and" (folded; "a.m." is words and periods). */
const HOUR_SPAN_WORDS: ReadonlySet<string> = new Set(['heures', 'heure', 'h', 'a', 'p', 'm', 'am', 'pm', "o'clock"]);

/**
 * `to` is an hour later than `from`, within the day, in figures or in words ("de huit heures à
 * onze heures"): the end of a span of the day's hours, not a length. Three hours apart at least,
 * or from seven o'clock on ("entre 11 heures et 13 heures"): lengths that close are short ones,
 * "entre 2 heures et 4 heures de marche".
 */
function isLaterHour(from: Token, to: Token): boolean {
  const [start, end] = [hourAt(from)?.hour, hourAt(to)?.hour];
  if (start === undefined || end === undefined || end > 24 || end <= start) return false;
  return end - start >= 3 || start >= DAYTIME_FIRST_HOUR;
}

/** From this hour on, a span of hours close together is the clock's ("entre 11 heures et 13 heures"). */
const DAYTIME_FIRST_HOUR = 7;

/**
 * "Il était un peu plus de 10 heures", "il est à peine 7 heures", "il était près de minuit":
 * French tells the time with an impersonal "il est" / "il était" a few words before the hour.
 */
function tellsTheTime(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const word = tokens[k].folded;
    if (IMPERSONAL_BE.has(word)) return tokens[k - 1].folded === 'il';
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

const IMPERSONAL_BE: ReadonlySet<string> = new Set(['est', 'etait', 'sera', 'serait']);

const HOUR_NOT_TIME_AFTER: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des', 'avancee', 'tardive', 'matinale', 'pres']);

/** Units after a number with a decimal point that make it a quantity, not a time "at 4.25" (folded). */
const QUANTITY_UNITS: ReadonlySet<string> = new Set(
  '% percent per pc pour points point million millions billion billions bn m km kg miles metres meters tonnes tons dollars euros pounds francs cents pence degrees'.split(' '),
);

/**
 * "vers", "at", "dès"… before an hour; not "à" after a number ("trois à quatre heures" is a
 * duration), and "passé" only after "est"/"était" ("il a passé 3 heures" is a duration too).
 */
function isClockIntroducer(text: string, tokens: Token[], k: number): boolean {
  // French capitals often drop their accent: "A 9 heures précises" is "À 9 heures".
  const word = tokenAt(tokens, k)?.text === 'A' ? 'à' : tokenAt(tokens, k)?.text.toLowerCase();
  if (!word || !CLOCK_INTRODUCERS.has(word)) return false;
  const previous = tokenAt(tokens, k - 1);
  if (word === 'à' && previous && (previous.kind === 'number' || NUMBER_WORDS.has(previous.folded))) return false;
  if (word !== 'passé') return true;
  // ", passé 18 heures, personne ne sortait": set off by commas, "passé" is "after".
  const verb = tokens[k - 1]?.folded ?? '';
  return ((verb === 'est' || verb === 'etait') && onlySpacesBetween(text, tokens[k - 1], tokens[k])) || (tokens[k - 1]?.text === ',' && tokens[k + 3]?.text === ',');
}

/** The hour a token starts a time with: "18", "10:30", "10.30", "deux", "seven". */
function hourAt(tok: Token): { hour: number; minute?: number } | undefined {
  if (tok.kind === 'word') {
    const hour = HOUR_WORDS.get(tok.folded);
    return hour === undefined ? undefined : { hour };
  }
  const m = /^(\d{1,2})(?:[:.]([0-5]\d))?$/.exec(tok.text);
  if (!m) return undefined;
  return m[2] === undefined ? { hour: Number(m[1]) } : { hour: Number(m[1]), minute: Number(m[2]) };
}

/** French minutes written in words after "heures" (folded), as the press writes the clock: "cinq heures dix". */
const FRENCH_MINUTE_WORDS: ReadonlyMap<string, number> = new Map([
  ['cinq', 5], ['dix', 10], ['quinze', 15], ['vingt', 20], ['vingt-cinq', 25], ['trente', 30],
  ['trente-cinq', 35], ['quarante', 40], ['quarante-cinq', 45], ['cinquante', 50], ['cinquante-cinq', 55],
]);

/**
 * The minutes after "N heures" at tokens[i]: "et demie", "et quart", "dix", "quarante", "moins
 * le quart", "moins dix" (the hour before); where they end, or undefined.
 */
function frenchMinutesInWords(text: string, tokens: Token[], i: number): { minute: number; hourShift: number; last: number } | undefined {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !onlySpacesBetween(text, tokens[i - 1], a)) return undefined;
  if (a.folded === 'et' && (b?.folded === 'demie' || b?.folded === 'demi' || b?.folded === 'quart')) return { minute: b.folded === 'quart' ? 15 : 30, hourShift: 0, last: i + 2 };
  if (a.folded === 'moins') {
    if (b?.folded === 'le' && tokens[i + 2]?.folded === 'quart') return { minute: 45, hourShift: -1, last: i + 3 };
    const before = FRENCH_MINUTE_WORDS.get(b?.folded ?? '');
    return before !== undefined && before < 30 ? { minute: 60 - before, hourShift: -1, last: i + 2 } : undefined;
  }
  const minute = FRENCH_MINUTE_WORDS.get(a.folded);
  return minute === undefined ? undefined : { minute, hourShift: 0, last: i + 1 };
}

function isMinute(tok: Token | undefined): boolean {
  return !!tok && tok.kind === 'number' && /^[0-5]\d$/.test(tok.text);
}

/**
 * The part of the day after an hour, and where it ends: "du matin", "du soir", "de
 * l'après-midi", "de la nuit", "a.m.", "p.m.", "am", "pm".
 */
function dayPart(text: string, tokens: Token[], i: number): { last: number; shift?: 'am' | 'pm' | 'night'; spelled?: true } | undefined {
  const a = tokens[i];
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  const d = tokens[i + 3];
  if (!a || !onlySpacesBetween(text, tokens[i - 1], a)) return undefined;
  if (a.folded === 'am' || a.folded === 'pm') return { last: i + 1, shift: a.folded };
  // "a.m." and "p.m." are four tokens, all touching.
  if ((a.folded === 'a' || a.folded === 'p') && b?.text === '.' && c?.folded === 'm' && d?.text === '.' && b.start === a.end && c.start === b.end && d.start === c.end) {
    return { last: i + 4, shift: a.folded === 'a' ? 'am' : 'pm' };
  }
  if (!b || !onlySpacesBetween(text, a, b)) return undefined;
  if (a.folded === 'du' && b.folded === 'matin') return { last: i + 2 };
  // "in the morning", "in the afternoon", "in the evening" (spelled: the caller asks for an introducer).
  if (a.folded === 'in' && b.folded === 'the' && c && onlySpacesBetween(text, b, c) && ENGLISH_DAY_PARTS.has(c.folded)) {
    return { last: i + 3, shift: c.folded === 'morning' ? undefined : 'pm', spelled: true };
  }
  // "ten o'clock at night", "at two at night".
  if (a.folded === 'at' && b.folded === 'night') return { last: i + 2, shift: 'night', spelled: true };
  if (a.folded === 'du' && b.folded === 'soir') return { last: i + 2, shift: 'pm' };
  if (a.folded === 'de' && c && onlySpacesBetween(text, b, c)) {
    if (b.folded === "l'" && c.folded === 'apres-midi') return { last: i + 3, shift: 'pm' };
    if (b.folded === 'la' && c.folded === 'nuit') return { last: i + 3 };
  }
  return undefined;
}

const ENGLISH_DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/**
 * "at six in the morning": the hour at i is a time of that part of the day only after an
 * introducer other than "by" ("won by three in the afternoon match" is a margin) and where the
 * part ends the phrase ("up 15 in the morning session", "the morning's figures" name a session).
 */
function spelledPartOfDay(text: string, tokens: Token[], i: number, end: number): boolean {
  // ("since six in the morning", "past one in the morning": the bare hour's introducers too.)
  const introduced = isIntroducedClock(text, tokens, i) || BARE_HOUR_INTRODUCERS.has(tokens[i - 1]?.folded ?? '');
  if (tokens[i - 1]?.folded === 'by' || !introduced) return false;
  const after = tokens[end];
  return !after || after.kind !== 'word' || (!/^['’]s$/.test(after.text) && (!after.lowercase || PREPOSITIONS.has(after.folded) || CLAUSE_WORDS.has(after.folded)));
}

/** Lowercase words that may follow a time and open the rest of the clause: "at six in the morning and …". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'when', 'while', 'that', 'the', 'to', 'he', 'she', 'they', 'we', 'it', 'i', 'you']);

const clockId = (hour: number, minute: number): string => `${pad2(hour)}h${pad2(minute)}`;

/** The hour on the 24-hour clock in its part of the day: 3 p.m. is 15, 12 a.m. is 0. */
function hourInPart(hour: number, shift: 'am' | 'pm' | 'night' | undefined): number {
  // The night runs from the evening's hours to the small ones: "ten at night" is 22h, "two at night" 2h.
  if (shift === 'night') return hour >= 6 && hour < 12 ? hour + 12 : hour % 12;
  if (shift === 'pm' && hour < 12) return hour + 12;
  return shift === 'am' && hour === 12 ? 0 : hour;
}

/** Words before "a quarter" that make it a fraction: "cut by a quarter", "rose a quarter". */
const FRACTION_LEADS: ReadonlySet<string> = new Set(['by', 'rose', 'fell', 'dropped', 'gained', 'lost', 'climbed', 'only', 'some']);
/** Words after a number that make it a quantity: "six million", "7 per cent", "three of the parcels". */
const QUANTITY_AFTER: ReadonlySet<string> = new Set(['million', 'millions', 'billion', 'thousand', 'hundred', 'per', 'percent', 'cent', 'of', 'head']);

/**
 * "a quarter to eleven", "quarter past twelve", "half-past four in the morning", "half past two
 * o'clock": the clock in words of the English press ("a" is the quarter's, and in the time, as
 * in "a quarter to six"). Id on the 24-hour clock: a quarter to eleven is 10h45.
 */
function clockInWords(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const word = tokens[i].folded;
  const way = tokens[i + 1]?.folded;
  let minute: number;
  let k = i + 1;
  if (word === 'half-past') minute = 30;
  else if (word === 'half' && way === 'past') (minute = 30), k++;
  else if (word === 'quarter' && (way === 'past' || way === 'to')) (minute = way === 'past' ? 15 : -15), k++;
  else {
    // "three minutes past midnight", "ten past eleven", "five to noon".
    const count = minutesBefore(tokens, i);
    if (!count) return undefined;
    minute = count.to ? -count.minutes : count.minutes;
    k = count.hourAt;
  }
  const named = NAMED_HOURS.get(tokens[k]?.folded ?? '');
  const start = named !== undefined ? { hour: named === 0 ? 12 : named } : tokens[k] && (tokens[k].kind === 'word' || tokens[k].kind === 'number') ? hourAt(tokens[k]) : undefined;
  if (!start || start.minute !== undefined || start.hour < 1 || start.hour > 12 || !spacedRun(text, tokens, i, k)) return undefined;
  // "cut by a quarter to six million", "rose a quarter to 11", "a quarter to 7 per cent": a fraction.
  // (Not "by half-past nine": half past an hour is no share of anything.)
  const before = tokens[i - 1]?.folded === 'a' ? tokens[i - 2] : tokens[i - 1];
  const fraction = minute !== 30 && FRACTION_LEADS.has(before?.folded ?? '');
  if (fraction || QUANTITY_AFTER.has(tokens[k + 1]?.folded ?? '') || tokens[k + 1]?.text === '%') return undefined;
  let hour = start.hour;
  let last = k + 1;
  if (tokens[last]?.folded === "o'clock" && onlySpacesBetween(text, tokens[k], tokens[last])) last++;
  const part = dayPart(text, tokens, last);
  if (part) {
    hour = hourInPart(hour, part.shift);
    last = part.last;
  }
  // ("past midnight": the hour is 0, not 12.)
  if (named === 0) hour = 0;
  // "a quarter to eleven" is 10h45: the quarter is taken from the hour before.
  if (minute < 0) (hour = (hour + 23) % 24), (minute += 60);
  const article = word === 'quarter' && tokens[i - 1]?.folded === 'a' && onlySpacesBetween(text, tokens[i - 1], tokens[i]) ? 1 : 0;
  return { first: i - article, last, id: clockId(hour, minute) };
}

/** "three minutes past", "ten past", "5 to" from token i: the minutes, which way, and where the hour is. */
function minutesBefore(tokens: Token[], i: number): { minutes: number; to: boolean; hourAt: number } | undefined {
  const count = hourAt(tokens[i]) ?? englishMinutesAt(tokens[i]);
  if (!count || count.minute !== undefined) return undefined;
  let k = i + 1;
  if (tokens[k]?.folded === 'minutes' || tokens[k]?.folded === 'minute') k++;
  const way = tokens[k]?.folded ?? '';
  // ("ten minutes before ten o'clock", "five minutes after nine": with "minutes" written, as
  // older papers tell the time, and the hour closed by "o'clock", punctuation or a word of the
  // day, not "ten minutes before nine people came", a count.)
  const wordy = k === i + 2 && (way === 'before' || way === 'after') && endsAnHour(tokens[k + 2]);
  // Without "minutes", only after an introducer: "ten past eleven" but not "won ten past seasons".
  if ((way !== 'past' && way !== 'to' && !wordy) || (k === i + 1 && !CLOCK_INTRODUCERS.has(tokens[i - 1]?.folded ?? ''))) return undefined;
  return count.hour >= 1 && count.hour < 60 ? { minutes: count.hour, to: way === 'to' || way === 'before', hourAt: k + 1 } : undefined;
}

/** The token after an hour closes it as a time: "o'clock", punctuation, "a.m.", or a word of the day ("this", "yesterday", "on", "in"). */
function endsAnHour(tok: Token | undefined): boolean {
  return !tok || tok.kind === 'punct' || HOUR_CLOSERS.has(tok.folded);
}

const HOUR_CLOSERS: ReadonlySet<string> = new Set(["o'clock", 'a', 'p', 'am', 'pm', 'this', 'that', 'yesterday', 'to-day', 'today', 'tonight', 'to-night', 'last', 'on', 'in', 'at']);

/** English minutes in words past twelve, before "past" or "to": "twenty past four", "nineteen minutes to one". */
function englishMinutesAt(tok: Token): { hour: number; minute?: number } | undefined {
  const minutes = ENGLISH_MINUTE_WORDS.get(tok.folded);
  return minutes === undefined ? undefined : { hour: minutes };
}

const ENGLISH_MINUTE_WORDS: ReadonlyMap<string, number> = new Map([
  ...'thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ').map((w, n) => [w, n + 13] as const),
  ...'one two three four five six seven eight nine'.split(' ').map((w, n) => [`twenty-${w}`, n + 21] as const),
]);

/**
 * Fixed phrases of folded words ("last week", "fin de l'annee", "boxing day") indexed by their first
 * word, longest first: one map lookup per token, then the longest phrase written at that token.
 * Words are compared as the tokeniser cuts them (see asTokens); touching tokens count as spaced.
 */
class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [readonly string[], T]>) {
    const phrases = [...entries].map(([words, value]) => ({ words: asTokens(words), value })).sort((a, b) => b.words.length - a.words.length);
    for (const phrase of phrases) this.byFirstWord.set(phrase.words[0], [...(this.byFirstWord.get(phrase.words[0]) ?? []), phrase]);
  }

  has(firstWord: string): boolean {
    return this.byFirstWord.has(firstWord);
  }

  /** The longest phrase written from tokens[i]: its end (exclusive) and value. */
  longestAt(text: string, tokens: Token[], i: number): { last: number; value: T } | undefined {
    for (const { words, value } of this.byFirstWord.get(tokens[i].folded) ?? []) {
      let k = 1;
      while (k < words.length && tokens[i + k]?.folded === words[k] && onlySpacesBetween(text, tokens[i + k - 1], tokens[i + k])) k++;
      if (k === words.length) return { last: i + k, value };
    }
    return undefined;
  }
}

/** A phrase's words as the tokeniser cuts them: "l'annee" is "l'" then "annee" ("aujourd'hui" stays whole). */
function asTokens(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const elided = /^([ldjmnstc]'|qu')(\p{L}.*)$/u.exec(word);
    return elided ? [elided[1], elided[2]] : [word];
  });
}

const RELATIVE = new PhraseIndex(RELATIVE_PHRASES.map((words) => [words, slugify(words.join(' '))] as const));
const HOLIDAY_DAYS = new PhraseIndex([...HOLIDAYS].map(([phrase, day]) => [phrase.split(' '), day] as const));

function relative(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const phrase = RELATIVE.longestAt(text, tokens, i);
  if (!phrase) return undefined;
  // "la veille" is the day before; "en veille", "veille technologique" are no date.
  if (phrase.last - i === 1 && tokens[i].folded === 'veille' && tokens[i - 1]?.folded !== 'la') return undefined;
  // "à la rentrée", "jusqu'à la rentrée": the autumn's return to school and work, after a
  // preposition ("sa rentrée politique", "la rentrée des classes a lieu" are no point in time).
  if (tokens[i].folded === 'rentree' && !(tokens[i - 1]?.folded === 'la' && PREPOSITIONS.has(tokens[i - 2]?.folded ?? ''))) return undefined;
  // "stated last evening"; not "the last evening train", "her last evening in Paris".
  if (tokens[i].folded === 'last' && tokens[i + 1]?.folded === 'evening' && POSSESSIVE_OR_ARTICLE.has(tokens[i - 1]?.folded ?? '')) return undefined;
  // "la nuit dernière" is last night; not "sa nuit dernière à l'hôpital", "la nuit dernière du
  // festival": a last night of something.
  if (tokens[i].folded === 'nuit' && tokens[i + 1]?.folded === 'derniere' && (tokens[i - 1]?.folded !== 'la' || OF_PREPOSITIONS.has(tokens[i + 2]?.folded ?? ''))) return undefined;
  // "la saison passée", "cette saison", "la saison des pluies"; not "une saison passée en prêt",
  // "Sa première saison passée au PSG", nor a title ("La Saison des pluies", the novel).
  if (tokens[i].folded === 'saison' && (!tokens[i].lowercase || tokens[i - 1]?.folded !== 'la')) return undefined;
  // "les semaines qui viennent"; "les mois qui viennent de s'écouler" are past.
  const after = tokens[phrase.last]?.folded;
  if (tokens[phrase.last - 2]?.folded === 'qui' && (after === 'de' || after === "d'")) return undefined;
  // "since the weekend", "over the weekend": the one just past; "at the weekend" is any weekend.
  if (phrase.last - i === 1 && tokens[i].folded === 'weekend' && !(tokens[i - 1]?.folded === 'the' && WEEKEND_PREPOSITIONS.has(tokens[i - 2]?.folded ?? ''))) return undefined;
  if (phrase.last - i === 1 && (tokens[i].folded === 'afternoon' || tokens[i].folded === 'apres-midi') && !afternoonOfStory(tokens, i)) return undefined;
  if (PART_OF_DAY_OPENERS.has(tokens[i].folded) && !partOfDayOfStory(tokens, i, phrase.last)) return undefined;
  return { first: i, last: phrase.last, id: phrase.value };
}

/**
 * "in the afternoon", "during the afternoon", "for most of the afternoon", "dans l'après-midi",
 * "dès l'après-midi": the afternoon of the day the story tells, after its article and a
 * preposition of time, and before no noun. ("spent the afternoon answering", "les témoins de
 * l'après-midi", "in the afternoon match" are no point in time; "in the morning", "dans la
 * soirée" are left untagged, as the gold leaves them.)
 */
function afternoonOfStory(tokens: Token[], i: number): boolean {
  const article = tokens[i - 1]?.folded;
  if (article !== 'the' && article !== "l'") return false;
  // ("in the afternoon match": before a noun, the word says what kind of match.)
  if (isLowercaseContentWord(tokens[i + 1])) return false;
  return AFTERNOON_PREPOSITIONS.has(tokens[i - 2]?.folded ?? '');
}

/**
 * "by late afternoon", "since early morning", "until the early afternoon", "at lunchtime": the
 * part of the day the story is on, after a preposition of time (with "the" or not) and before no
 * noun. ("an early morning raid", "the late afternoon train", "her lunchtime walk" qualify a noun.)
 */
function partOfDayOfStory(tokens: Token[], i: number, last: number): boolean {
  if (isLowercaseContentWord(tokens[last])) return false;
  const before = tokens[i - 1]?.folded === 'the' ? tokens[i - 2] : tokens[i - 1];
  return PART_OF_DAY_PREPOSITIONS.has(before?.folded ?? '');
}

/** The words that open a part of the day needing a preposition of time before it. */
const PART_OF_DAY_OPENERS: ReadonlySet<string> = new Set(['late', 'early', 'lunchtime', 'lunch-time']);
const PART_OF_DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'since', 'until', 'till', 'in', 'at', 'before', 'after', 'during', 'through', 'throughout']);

const AFTERNOON_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'through', 'throughout', 'of', 'before', 'until', 'till', 'dans', 'des', 'pendant', 'durant']);

const WEEKEND_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'over', 'during']);
const POSSESSIVE_OR_ARTICLE: ReadonlySet<string> = new Set(['the', 'a', 'her', 'his', 'its', 'their', 'my', 'our', 'your', 'this', 'that']);

/** "Christmas", "Boxing Day", "St Patrick's Day 1931", "Noël", "la Toussaint": a holiday, with its year if one follows. */
function holiday(text: string, tokens: Token[], i: number): DateMatch | undefined {
  // Holidays are proper nouns: "easter" or "noel" in lower case are other words.
  if (!(tokens[i].capitalised || HOLIDAYS_IN_LOWERCASE.has(tokens[i].folded)) || tokens[i - 1]?.folded === 'pere' || tokens[i - 1]?.folded === 'father') return undefined;
  const phrase = HOLIDAY_DAYS.longestAt(text, tokens, i);
  if (!phrase) return undefined;
  const { last, value: day } = phrase;
  // "Noel Mac Giolla": a first name, not Christmas.
  const next = tokens[last];
  if (next && next.kind === 'word' && next.capitalised && onlySpacesBetween(text, tokens[last - 1], next)) return undefined;
  // "next Diwali", "last Christmas": the holiday of the year before or after, one date.
  const qualifier = tokens[i - 1];
  if (qualifier?.lowercase && DATE_QUALIFIERS_BEFORE.has(qualifier.folded) && onlySpacesBetween(text, qualifier, tokens[i])) {
    return { first: i - 1, last, id: slugify(tokensText(tokens, i - 1, last)) };
  }
  return holidayWithYear(text, tokens, i, last, day);
}

/** The holiday tokens[first, last) with the year written after it, if any ("Easter 2020"). */
function holidayWithYear(text: string, tokens: Token[], first: number, last: number, day: string): DateMatch {
  const next = tokens[last];
  const id = /^\d\d-\d\d$/.test(day) ? `xxxx-${day}` : day;
  if (isYear(next) && onlySpacesBetween(text, tokens[last - 1], next)) {
    return { first, last: last + 1, id: id.startsWith('xxxx') ? id.replace('xxxx', next.text) : `${id}-${next.text}` };
  }
  return { first, last, id };
}

/**
 * A time counted back or ahead: "il y a cinq ans", "five years ago", "a few weeks ago",
 * "quinze prochains jours" (the number joins "prochains jours").
 */
function countedTime(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const word = tokens[i].folded;
  // "dans trois semaines", "Dans dix ans": a point that far ahead (French "dans", not "en", a length).
  if (word === 'dans') {
    const n = i + 2;
    // (Not "dans 20 ans de carrière", "dans deux jours de brouillard": a length of something.)
    const of = tokens[n + 1]?.folded;
    if (isCount(tokens[i + 1]) && PERIOD_UNITS.has(tokens[n]?.folded ?? '') && FRENCH_UNITS.has(tokens[n].folded) && spacedRun(text, tokens, i, n) && of !== 'de' && of !== "d'") return { first: i, last: n + 1, id: slugify(tokensText(tokens, i, n + 1)) };
    return undefined;
  }
  if (word === 'il' && tokens[i + 1]?.folded === 'y' && tokens[i + 2]?.folded === 'a') {
    let n = i + 3;
    if (tokens[n]?.folded === 'quelques' || isCount(tokens[n])) n++;
    if (PERIOD_UNITS.has(tokens[n]?.folded ?? '') && n > i + 3 && spacedRun(text, tokens, i, n)) return { first: i, last: n + 1, id: slugify(tokensText(tokens, i, n + 1)) };
    return undefined;
  }
  if (!isCount(tokens[i])) return undefined;
  let n = i + 1;
  if (tokenAt(tokens, n)?.folded === 'few') n++;
  if (PERIOD_UNITS.has(tokens[n]?.folded ?? '') && tokens[n + 1]?.folded === 'ago' && spacedRun(text, tokens, i, n + 1)) {
    return { first: i, last: n + 2, id: slugify(tokensText(tokens, i, n + 2)) };
  }
  const ahead = tokens[i + 1]?.folded;
  if ((ahead === 'prochains' || ahead === 'prochaines' || ahead === 'derniers' || ahead === 'dernieres') && PERIOD_UNITS.has(tokens[i + 2]?.folded ?? '') && spacedRun(text, tokens, i, i + 2)) {
    return { first: i, last: i + 3, id: slugify(tokensText(tokens, i, i + 3)) };
  }
  return undefined;
}

/** The French units "dans" counts ahead in ("dans trois semaines"; English "in three weeks" is as often a length). */
const FRENCH_UNITS: ReadonlySet<string> = new Set(['ans', 'annees', 'mois', 'semaines', 'jours']);

/** Are tokens[from..to] separated by spaces only (all present)? */
function spacedRun(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!tokens[k] || !onlySpacesBetween(text, tokens[k - 1], tokens[k])) return false;
  return true;
}

/** A number word or a number of up to four digits: "cinq", "a", "12". */
function isCount(tok: Token | undefined): boolean {
  return !!tok && (NUMBER_WORDS.has(tok.folded) || (tok.kind === 'number' && /^\d{1,4}$/.test(tok.text)));
}

function tokensText(tokens: Token[], first: number, last: number): string {
  let out = tokens[first].text;
  for (let k = first + 1; k < last; k++) out += ` ${tokens[k].text}`;
  return out;
}

/** French nouns of a stretch of time before "de" + a date: "le mois de juin", "la journée de mardi". */
const FRENCH_SPAN_NOUNS: ReadonlySet<string> = new Set(['mois', 'journee', 'semaine']);
/** English parts of a period before "of" + a date: "the end of August", "the middle of next year". */
const ENGLISH_PART_IDS: ReadonlyMap<string, string> = new Map([['end', 'end'], ['middle', 'mid'], ['beginning', 'start'], ['start', 'start']]);
const ENGLISH_PARTS: ReadonlySet<string> = new Set(ENGLISH_PART_IDS.keys());
/** "the early hours of", "the small hours of", "the wee hours of". */
const SMALL_HOURS_WORDS: ReadonlySet<string> = new Set(['early', 'small', 'wee']);

/**
 * Takes in the words the press writes around a date as part of it: "mois de" or "journée de"
 * ("le mois de juin"), English "end of" or "middle of" ("the end of August"), and
 * "dernier"/"prochain" after a day and a month ("le 14 mars dernier"). Not a demonstrative: the
 * seeds' gold tags "mercredi" in "ce mercredi". Never backs over `floor`, the end of the date
 * found before.
 */
function widenDate(text: string, tokens: Token[], match: DateMatch, floor: number): void {
  const before = tokens[match.first - 1];
  const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && onlySpacesBetween(text, a, b);
  if (match.first - 2 >= floor && before && adjacent(tokens[match.first - 2], before) && adjacent(before, tokens[match.first])) {
    const noun = tokens[match.first - 2].folded;
    // ("le mois d'août" elided too; not "la journée d'hier", whose day is "hier".)
    const joins = (before.folded === 'de' && FRENCH_SPAN_NOUNS.has(noun)) || (before.folded === "d'" && noun === 'mois') || (before.folded === 'of' && ENGLISH_PARTS.has(noun));
    if (joins && tokens[match.first - 2].lowercase) {
      match.first -= 2;
      // "the end of August" is the end of that month, as "fin août" is (xxxx-08-end).
      const part = ENGLISH_PART_IDS.get(noun);
      if (part && /^(?:\d{4}|xxxx)-\d{2}$|^\d{4}$/.test(match.id)) match.id = `${match.id}-${part}`;
    }
  }
  // "the early hours of Sunday", "the small hours of this morning": the night's end is the date.
  const hours = tokens[match.first - 2];
  const part = tokens[match.first - 3];
  if (match.first - 3 >= floor && before?.folded === 'of' && hours?.folded === 'hours' && part && SMALL_HOURS_WORDS.has(part.folded) && part.lowercase && adjacent(part, hours) && adjacent(hours, before) && adjacent(before, tokens[match.first])) {
    match.first -= 3;
    match.id = `${part.folded}-hours-of-${match.id}`;
  }
  // "in late September", "early March 1990": the English part of a month before it (id xxxx-09-late).
  // "early Monday", "late Tuesday": of a bare weekday too (id late-tuesday).
  const monthOnly = /^(?:\d{4}|xxxx)-\d{2}$/.test(match.id) && monthOf(tokens[match.first]) !== undefined;
  const weekdayOnly = match.last - match.first === 1 && WEEKDAYS.has(tokens[match.first].folded);
  if ((monthOnly || weekdayOnly) && before && (before.folded === 'late' || before.folded === 'early') && before.lowercase && match.first - 1 >= floor && adjacent(before, tokens[match.first])) {
    match.first -= 1;
    match.id = monthOnly ? `${match.id}-${before.folded}` : `${before.folded}-${match.id}`;
  }
  // "au Xe siècle avant notre ère", "the 3rd century BC": the era is part of the date.
  const era = eraEnd(tokens, match.last);
  if (era > match.last && match.id.startsWith('century')) match.last = era;
  const after = tokens[match.last];
  // "at 14:00 hours": the 24-hour clock's own word.
  if (after?.folded === 'hours' && /^\d{2}[:.]?\d{2}$/.test(tokens[match.last - 1].text) && adjacent(tokens[match.last - 1], after)) match.last++;
  const dayAndMonth = match.last - match.first >= 2 && tokens[match.last - 2]?.kind === 'number' && monthOf(tokens[match.last - 1]) !== undefined;
  if (dayAndMonth && after && DATE_QUALIFIERS_AFTER.has(after.folded) && adjacent(tokens[match.last - 1], after)) match.last++;
  const clockEnd = clockOfThisDayEnd(text, tokens, match);
  if (clockEnd > match.last) {
    match.id = clockInPartOfDay(match.id, tokens[clockEnd - 1].folded);
    match.last = clockEnd;
  }
}

/**
 * "two o'clock this morning", "half-past five this evening", "seven o'clock last night": an
 * English clock in words, with this day's part after it, is one point in time, and the date ends
 * there. So is a clock in figures before "this morning" or "tonight" ("at 4:50 this morning",
 * "due at 3.59 this morning"). A clock with "a.m.", "p.m." or a named hour stands apart from its
 * day ("6 a.m. yesterday", "noon to-day"), as the press sets them, and so do figures before
 * "yesterday" or "last night".
 */
function clockOfThisDayEnd(text: string, tokens: Token[], match: DateMatch): number {
  const clock = tokens[match.last - 1];
  if (!/^\d{2}h\d{2}$/.test(match.id) || !clock || CLOCKS_APART_FROM_DAY.has(clock.folded)) return match.last;
  if (clock.kind === 'number') return thisDayPartEnd(text, tokens, match.last);
  if (clock.kind !== 'word') return match.last;
  const deictic = tokens[match.last];
  const part = tokens[match.last + 1];
  if (!deictic || !deictic.lowercase || !onlySpacesBetween(text, clock, deictic)) return match.last;
  const lastNightOrEvening = deictic.folded === 'last' && (part?.folded === 'night' || part?.folded === 'evening') && onlySpacesBetween(text, deictic, part);
  return lastNightOrEvening ? match.last + 2 : thisDayPartEnd(text, tokens, match.last);
}

/**
 * "out of buses by ten,”", "shortly before eleven.", "at six, when the windows closed", "by nine
 * the exchanges were empty": an English hour in words alone, after "by", "at", "before",
 * "after", "until", "till", "past" or "since", that ends the phrase (punctuation or a word that
 * opens the rest of the clause) is a time. Not a count before a noun ("by ten votes"), nor "one
 * by one".
 */
function bareHourInWords(text: string, tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  const introducer = tokens[i - 1];
  if (tok.kind !== 'word' || !tok.lowercase || !HOUR_WORDS.has(tok.folded) || !introducer || !BARE_HOUR_INTRODUCERS.has(introducer.folded)) return false;
  if (!onlySpacesBetween(text, introducer, tok) || tokens[i - 2]?.folded === tok.folded) return false;
  // (Not a margin: "Leeds won by three.", "the index fell by five".)
  if (introducer.folded === 'by' && MARGIN_WORDS.has(tokens[i - 2]?.folded ?? '')) return false;
  // (Not the hour of "twenty-five past six", whose minutes this pass did not read.)
  const minutes = tokens[i - 2];
  if (introducer.folded === 'past' && minutes && (minutes.kind === 'number' || NUMBER_WORDS.has(minutes.folded) || ENGLISH_MINUTE_WORDS.has(minutes.folded) || /^(?:twenty|thirty|forty|fifty)-/.test(minutes.folded) || minutes.folded === 'minutes')) return false;
  const next = tokens[i + 1];
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== '-' && next.text !== '%' && next.start === tok.end;
  return next.lowercase && (CLAUSE_WORDS.has(next.folded) || CLAUSE_PREPOSITIONS.has(next.folded));
}

/** Words that open the rest of the clause after an hour in words alone: "up at five for the milking", "by nine there was no one". */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'there', 'every']);

/** Words before "by" that make the number after it a margin, not an hour: "won by three", "fell by five" (folded). */
const MARGIN_WORDS: ReadonlySet<string> = new Set([
  ...'won win wins winning lost lose loses losing beat beaten led lead leads leading trailed trail ahead behind'.split(' '),
  ...'rose rise rises fell fall falls grew grow cut reduced increased dropped outnumbered only just'.split(' '),
]);

/** The words before an English hour in words alone that make it a time (folded): "by ten", "before eleven". */
const BARE_HOUR_INTRODUCERS: ReadonlySet<string> = new Set(['by', 'at', 'before', 'after', 'until', 'till', 'past', 'since']);

/** Where "this morning", "this evening", "tonight" at tokens[i] (right after a clock) end, or i. */
function thisDayPartEnd(text: string, tokens: Token[], i: number): number {
  const deictic = tokens[i];
  const part = tokens[i + 1];
  if (!deictic || !deictic.lowercase || !onlySpacesBetween(text, tokens[i - 1], deictic)) return i;
  if (deictic.folded === 'tonight' || deictic.folded === 'to-night') return i + 1;
  return deictic.folded === 'this' && THIS_DAY_PARTS.has(part?.folded ?? '') && onlySpacesBetween(text, deictic, part) ? i + 2 : i;
}

/** Clock words that stand apart from the day after them: "noon to-day", "6 am yesterday", "at 14:00 hours". */
const CLOCKS_APART_FROM_DAY: ReadonlySet<string> = new Set(['noon', 'midnight', 'am', 'pm', 'hours']);

/** The parts of this day after "this" ("this forenoon" too, which "in the" never takes: see dayPart). */
const THIS_DAY_PARTS: ReadonlySet<string> = new Set([...ENGLISH_DAY_PARTS, 'forenoon']);

/** The clock id ("05h30") moved to the afternoon or the night its day's part says: "half-past five this evening" is 17h30. */
function clockInPartOfDay(id: string, part: string): string {
  const hour = Number(id.slice(0, 2));
  const night = part === 'night' || part === 'tonight' || part === 'to-night';
  const later = ((part === 'afternoon' || part === 'evening') && hour < 12) || (night && hour >= 6 && hour < 12);
  return later ? clockId(hour + 12, Number(id.slice(3, 5))) : id;
}

/** "Mardi gras", "mercredi des Cendres", "Good Friday": a holiday named by its weekday, before the weekday alone. */
function weekdayHoliday(text: string, tokens: Token[], i: number): DateMatch | undefined {
  if (!WEEKDAYS.has(tokens[i].folded) && !HOLIDAY_ADJECTIVES.has(tokens[i].folded)) return undefined;
  const phrase = HOLIDAY_DAYS.longestAt(text, tokens, i);
  if (!phrase || phrase.last - i < 2) return undefined;
  // A proper noun somewhere: "mercredi des Cendres", "Mardi gras"; not "mardi gras" in lowercase.
  let capital = false;
  for (let k = i; k < phrase.last; k++) capital ||= tokens[k].capitalised;
  return capital ? holidayWithYear(text, tokens, i, phrase.last, phrase.value) : undefined;
}

/**
 * "Independence Day", "Regatta Day", "Polling Day", "Anzac Day": a capitalised word and "Day" name a
 * day of the year; not after a given name ("Doris Day") or on a title-case headline word.
 */
function namedDay(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const word = tokens[i];
  const day = tokens[i + 1];
  if (!day || day.text !== 'Day' || !word.capitalised || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || !onlySpacesBetween(text, word, day)) return undefined;
  // (A holiday the list knows keeps its calendar id: "Boxing Day" is xxxx-12-26.)
  if (isFirstName(word.text) || WEEKDAYS.has(word.folded) || MONTHS.has(word.folded) || HOLIDAY_DAYS.longestAt(text, tokens, i)) return undefined;
  // "Election Day 2020": the year after it, as for holidays.
  return holidayWithYear(text, tokens, i, i + 2, slugify(`${word.text} day`));
}

/** The first words of English holidays named by their weekday: "Good Friday", "Shrove Tuesday", "Ash Wednesday". */
const HOLIDAY_ADJECTIVES: ReadonlySet<string> = new Set(['good', 'shrove', 'ash']);

/** Eras after a year or a century, as token texts (folded; English abbreviations as written). */
const ERAS: readonly (readonly string[])[] = [
  ['avant', 'notre', 'ere'], ['de', 'notre', 'ere'], ['apres', 'notre', 'ere'],
  ['av', '.', 'j', '.', '-', 'c', '.'], ['avant', 'j', '.', '-', 'c', '.'], ['apr', '.', 'j', '.', '-', 'c', '.'],
  ['apres', 'j', '.', '-', 'c', '.'], ['avant', 'jesus-christ'], ['apres', 'jesus-christ'],
];
const ENGLISH_ERAS: ReadonlySet<string> = new Set(['BC', 'BCE', 'AD', 'CE']);

/** The end (exclusive) of the era written from tokens[k] ("avant notre ère", "av. J.-C.", "BC"), or -1. */
function eraEnd(tokens: Token[], k: number): number {
  if (!tokenAt(tokens, k)) return -1;
  if (ENGLISH_ERAS.has(tokens[k].text)) return k + 1;
  for (const era of ERAS) if (era.every((word, n) => tokens[k + n]?.folded === word)) return k + era.length;
  return -1;
}

/** "52 av. J.-C.", "44 BC", "AD 79": a year of an era, whatever its number (id 52-bc, 79). */
function yearOfAnEra(tokens: Token[], i: number): DateMatch | undefined {
  const number = /^\d{1,4}$/.test(tokens[i].text) ? tokens[i].text : undefined;
  if (!number) return undefined;
  const end = eraEnd(tokens, i + 1);
  if (end > i) return { first: i, last: end, id: /^(?:av|avant|BC|BCE)$/.test(tokens[i + 1].text.replace(/^Avant$/, 'avant')) ? `${number}-bc` : number };
  return tokens[i - 1]?.text === 'AD' ? { first: i - 1, last: i + 1, id: number } : undefined;
}

/**
 * Old commercial and legal style: "the 9th inst." (of this month), "the 3rd ult." (of last month),
 * "the 2nd prox." (of next month), French "le 14 courant". The month is the article's date's: id
 * xxxx-xx-09.
 */
function dayOfThisMonth(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const word = tokens[i + 1];
  if (!word || !onlySpacesBetween(text, tokens[i], word)) return undefined;
  // French says the same with "courant" after a plain number: "le 14 courant", "samedi 1er courant".
  const french = /^(\d{1,2})(?:er)?$/.exec(tokens[i].text);
  if (french && word.text === 'courant' && !ELECTRIC_CURRENTS.has(tokens[i + 2]?.folded ?? '') && Number(french[1]) >= 1 && Number(french[1]) <= 31) return { first: i, last: i + 2, id: `xxxx-xx-${pad2(Number(french[1]))}` };
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(tokens[i].text);
  const dot = tokens[i + 2];
  if (!m || !OLD_MONTH_REFERENCES.has(word.folded)) return undefined;
  const last = dot?.text === '.' && dot.start === word.end ? i + 3 : i + 2;
  return { first: i, last, id: `xxxx-xx-${pad2(Number(m[1]))}` };
}

/** "courant alternatif", "courant continu": an electric current, no month (folded). */
const ELECTRIC_CURRENTS: ReadonlySet<string> = new Set(['alternatif', 'continu', 'electrique', 'triphase']);

const OLD_MONTH_REFERENCES: ReadonlySet<string> = new Set(['inst', 'ult', 'prox', 'instant', 'ultimo', 'proximo']);

/** "mid-March", "mi-mars 2020": the middle of a month (id xxxx-03-mid). */
function midMonth(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const m = /^mid?-(.+)$/.exec(tokens[i].folded);
  const month = m ? MONTHS.get(m[1]) : undefined;
  if (month === undefined || !FULL_MONTH_NAMES.has(m![1])) return undefined;
  return partOfMonth(text, tokens, i, i, month, 'mid');
}

/** French "fin avril", "début mars 2020", "fin 2012": the end or the start of a month or a year, without "à la". */
function monthOrYearEdge(text: string, tokens: Token[], i: number): DateMatch | undefined {
  // "début" with its accent: English "debut May 2019" is a first appearance.
  const tok = tokens[i];
  // Asked of most words that may start a date: the folded form rules them out before a
  // lowercased copy of the text is made ("fin" and "début" fold to "fin" and "debut").
  if (tok.folded !== 'fin' && tok.folded !== 'debut') return undefined;
  const edge = FRENCH_EDGES.get(tok.text.toLowerCase());
  const next = tokens[i + 1];
  if (!edge || !(tok.lowercase || tok.sentenceStart) || !onlySpacesBetween(text, tok, next)) return undefined;
  // "Le délai prend fin mars 2032": "prendre fin", "mettre fin" end something, "fin" is their noun.
  if (edge === 'end' && ENDING_VERBS.has(tokens[i - 1]?.folded ?? '')) return undefined;
  // "à la fin de février", "au début de 1984", "la fin d'octobre": the same edge with "de" (not
  // "la fin de Mars", the planet).
  const of = next.text === 'de' || (next.folded === "d'" && next.lowercase);
  const at = of && onlySpacesBetween(text, next, tokens[i + 2]) && !tokens[i + 2]?.capitalised ? i + 2 : i + 1;
  const month = monthOf(tokens[at]);
  if (month === undefined || !FULL_MONTH_NAMES.has(tokens[at].folded)) return isYear(tokens[at]) ? { first: i, last: at + 1, id: `${tokens[at].text}-${edge}` } : undefined;
  return partOfMonth(text, tokens, i, at, month, edge);
}

/** A part of the month written at tokens[monthAt], with the year after it if there is one (id 2020-03-mid, xxxx-04-end). */
function partOfMonth(text: string, tokens: Token[], first: number, monthAt: number, month: number, part: string): DateMatch {
  const year = tokens[monthAt + 1];
  if (isYear(year) && onlySpacesBetween(text, tokens[monthAt], year)) return { first, last: monthAt + 2, id: `${year.text}-${pad2(month)}-${part}` };
  return { first, last: monthAt + 1, id: `xxxx-${pad2(month)}-${part}` };
}

const FRENCH_EDGES = new Map([['fin', 'end'], ['début', 'start']]);
/** Forms of "prendre" and "mettre" before "fin" ("prend fin", "a mis fin"), folded. */
const ENDING_VERBS: ReadonlySet<string> = new Set([
  'prend', 'prennent', 'prendra', 'prendront', 'prendre', 'prenait', 'pris', 'prise', 'prises',
  'met', 'mettent', 'mettra', 'mettront', 'mettre', 'mettait', 'mis', 'mise', 'mises',
]);

/** "the Sixties", "the seventies": a decade in words (not "in his sixties", an age). */
function decadeName(tokens: Token[], i: number): DateMatch | undefined {
  const decadeId = DECADE_NAMES.get(tokens[i].folded);
  return decadeId && tokens[i - 1]?.folded === 'the' ? { first: i, last: i + 1, id: decadeId } : undefined;
}

/** A year standing alone ("en 2017", "in 1984"), not part of a larger number or a quantity. */
function lonelyYear(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const tok = tokens[i];
  if (!isYear(tok)) return undefined;
  const y = Number(tok.text);
  if (y < 1800 || y > 2100) return undefined;
  // "2 000 soldats" (thousands separated by a space) and "1500 euros" are quantities.
  const prev = tokens[i - 1];
  if (prev && prev.kind === 'number' && onlySpacesBetween(text, prev, tok)) return undefined;
  const next = tokens[i + 1];
  if (next && next.kind === 'number' && onlySpacesBetween(text, tok, next)) return undefined;
  if (next && /^(%|€|\$|£|euros?|dollars?|km|kg|m|personnes|people|soldats|troops|habitants|morts|dead)$/i.test(next.text)) {
    return undefined;
  }
  if (isHouseNumber(tokens, i) || countedByAmount(tokens, i)) return undefined;
  return { first: i, last: i + 1, id: tok.text };
}

/** Words before "de" that give an amount to the number after it ("plus de 2000", "au moins 2000" takes "moins" alone). */
const AMOUNT_LEADS_BEFORE_DE: ReadonlySet<string> = new Set(['plus', 'moins', 'pres']);

/**
 * "Quelque 2000 résidents", "plus de 2000 exemplaires", "at least 1800 cars": after a word of
 * amount and before a noun, a number in a year's range counts things ("about 1900 the mill
 * closed", "en 1998 les prix" keep their years).
 */
function countedByAmount(tokens: Token[], i: number): boolean {
  if (!isLowercaseContentWord(tokens[i + 1])) return false;
  const prev = tokens[i - 1]?.folded ?? '';
  if (COUNT_APPROXIMATORS.has(prev) || ((prev === 'than' || prev === 'least') && tokens[i - 2]?.kind === 'word')) return true;
  return (prev === 'de' || prev === 'd\'') && AMOUNT_LEADS_BEFORE_DE.has(tokens[i - 2]?.folded ?? '');
}

/**
 * "at 1900 Yonge St.": after a word that leads to an address, a number before one or two
 * capitalised words and a street type is the house's, not a year ("In 1900 Main Street was
 * paved", "the 1998 Harrow Road fire" keep their years).
 */
function isHouseNumber(tokens: Token[], i: number): boolean {
  if (!ADDRESS_LEADS.has(tokens[i - 1]?.folded ?? '')) return false;
  for (let k = i + 1; k <= i + 3; k++) {
    const tok = tokens[k];
    if (!tok || tok.kind !== 'word' || !tok.capitalised) return false;
    if (k > i + 1 && ENGLISH_STREET_TYPES.has(tok.folded)) return true;
  }
  return false;
}

/** "1980s", "the '90s" tokens: a decade. */
function decade(tok: Token): DateMatch | undefined {
  const m = /^(1[0-9]|20)?([0-9])0s$/.exec(tok.text);
  return m ? { first: 0, last: 1, id: `${m[1] ?? ''}${m[2]}0s` } : undefined;
}

/** Words before "70s" that make it a range of numbers, not a decade: "throws in the low 70s", "the high 80s" (not "the early 70s"). */
const NUMBER_RANGE_WORDS: ReadonlySet<string> = new Set(['low', 'high', 'upper', 'lower']);

/** A decade at token i, unless a range word or an amount before it says numbers: "the low 70s", "£23 10s." (shillings). */
function decadeAt(tokens: Token[], i: number): DateMatch | undefined {
  const before = tokens[i - 1];
  if (before && (before.kind === 'number' || NUMBER_RANGE_WORDS.has(before.folded))) return undefined;
  return decade(tokens[i]);
}

/**
 * "années 1980" / "années 80", "l'été 1973", "summer 1962", "XIXe siècle", "19th century":
 * periods named by a word and a number.
 */
function period(text: string, tokens: Token[], i: number): DateMatch | undefined {
  const word = tokens[i].folded;
  const next = tokens[i + 1];
  if (!next || next.kind !== 'number' || !onlySpacesBetween(text, tokens[i], next)) {
    const century = /^([xvi]+)(?:e|eme)$/.exec(word);
    // Roman numerals are written in capitals ("XIXe"): "vie" or "ive" are words, not centuries.
    if (century && /^[XVI]+/.test(tokens[i].text) && tokens[i + 1]?.folded === 'siecle') {
      return { first: i, last: i + 2, id: `century-${century[1]}` };
    }
    return undefined;
  }
  if (DECADE_WORDS.has(word) && /^(1[0-9]|20)?[0-9]0$/.test(next.text)) return { first: i, last: i + 2, id: `${next.text.length === 2 ? '19' : ''}${next.text}s` };
  if (SEASONS.has(word) && isYear(next)) return { first: i, last: i + 2, id: `${next.text}-${word}` };
  return undefined;
}

/**
 * "premier trimestre 2015", "troisième trimestre", "the third quarter of 2014", "second-quarter"
 * is left alone (an adjective before "profit"): a quarter of a year, id 2015-q1 or xxxx-q3.
 */
function quarter(text: string, tokens: Token[], i: number): DateMatch | undefined {
  // "Q3", "Q3 2019": a quarter in one token, written in capitals.
  const q = tokens[i].text.length === 2 && tokens[i].text.charCodeAt(0) === 81 ? /^Q([1-4])$/.exec(tokens[i].text) : null;
  if (q) return isYear(tokens[i + 1]) && onlySpacesBetween(text, tokens[i], tokens[i + 1]) ? { first: i, last: i + 2, id: `${tokens[i + 1].text}-q${q[1]}` } : { first: i, last: i + 1, id: `xxxx-q${q[1]}` };
  const n = QUARTER_ORDINALS.get(tokens[i].folded);
  const noun = tokens[i + 1];
  if (n === undefined || !noun || !['trimestre', 'quarter'].includes(noun.folded) || !onlySpacesBetween(text, tokens[i], noun)) return undefined;
  if (isYear(tokens[i + 2]) && onlySpacesBetween(text, noun, tokens[i + 2])) return { first: i, last: i + 3, id: `${tokens[i + 2].text}-q${n}` };
  const of = tokens[i + 2];
  if (of && ['of', 'de'].includes(of.folded) && isYear(tokens[i + 3])) return { first: i, last: i + 4, id: `${tokens[i + 3].text}-q${n}` };
  return { first: i, last: i + 2, id: `xxxx-q${n}` };
}

/** "19th century", "21st century". */
function ordinalCentury(tokens: Token[], i: number): DateMatch | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th|e|eme|ème)$/.exec(tokens[i].text);
  const next = tokens[i + 1];
  if (!m || !next || !['century', 'siecle'].includes(next.folded)) return undefined;
  return { first: i, last: i + 2, id: `century-${m[1]}` };
}

/**
 * Can a date start at the word tokens[i]? Every rule of the word branch needs its first word
 * among the lexicon's date-start words, except a century ("XIXe siècle"), which needs "siècle"
 * next. (Numbers, "1er" included, are number tokens: the number branch takes them.)
 */
function mayStartDate(classes: Int32Array, i: number): boolean {
  return (i >= 0 && i < classes.length && (classes[i] & WordClass.DateStart) !== 0) || (i + 1 >= 0 && i + 1 < classes.length && (classes[i + 1] & WordClass.Century) !== 0);
}

/** Words that start a counted time or a time of day and no other date ("sept" is also September: not among them). */
const COUNT_STARTS: ReadonlySet<string> = new Set(
  [...NUMBER_WORDS, 'il', 'dans', 'quarter', 'half', 'half-past'].filter(
    (word) => !MONTHS.has(word) && !RELATIVE.has(word) && !WEEKDAYS.has(word) && !SEASONS.has(word) && !DECADE_WORDS.has(word) &&
      !QUARTER_ORDINALS.has(word) && !DATE_QUALIFIERS_BEFORE.has(word) && ![...HOLIDAYS.keys()].some((holiday) => holiday.split(' ')[0] === word),
  ),
);

/**
 * "stade du 4-Août", "rue du 8-Mai-1945", "place du 14-Juillet": a day and a month glued by a
 * hyphen, after "du" and a lowercase place noun, name a street or a square, not a date ("le pont
 * du 15-Août" is the long weekend). The end (exclusive) of that name's day and month from the
 * number at `n`, or 0.
 */
export function dateInPlaceNameEnd(tokens: Token[], classes: Int32Array, n: number): number {
  const [day, hyphen, month] = [tokens[n], tokens[n + 1], tokens[n + 2]];
  if (day?.kind !== 'number' || hyphen?.text !== '-' || month?.kind !== 'word' || !month.capitalised) return 0;
  if (day.end !== hyphen.start || hyphen.end !== month.start) return 0;
  const head = tokens[n - 2];
  if (!head || !head.lowercase || !(classes[n - 2] & WordClass.LowercasePlaceHead) || head.folded === 'pont') return 0;
  return tokens[n - 1]?.folded === 'du' ? n + 3 : 0;
}

/**
 * The tokens of time zones written right after a clock time, or in parentheses after it ("at
 * 6:42 p.m. CDT", "à 14 h (GMT)"): no pass may read them as a name. The zone stays outside the
 * date, as the gold writes it.
 */
export function timeZonesAfterClocks(text: string, tokens: Token[], dates: readonly DateMatch[]): number[] {
  const zones: number[] = [];
  for (const date of dates) {
    if (!CLOCK_ID.test(date.id)) continue;
    const k = date.last;
    const opened = tokens[k]?.text === '(' ? 1 : 0;
    const zone = tokens[k + opened];
    if (!zone || !TIME_ZONES.has(zone.folded) || zone.text !== zone.text.toUpperCase() || !onlySpacesBetween(text, tokens[k - 1], tokens[k])) continue;
    if (opened && (zone.start !== tokens[k].end || tokens[k + 2]?.text !== ')')) continue;
    zones.push(k + opened);
  }
  return zones;
}

/** A time of day's id, alone ("18h42") or closing a fuller date's. */
const CLOCK_ID = /\d\dh\d\d$/;

/** Finds every date expression; matches never overlap (longest at the leftmost position). */
/**
 * French names of a social or political upheaval that its year names: "les grèves de 1936",
 * "l'insurrection de 1947", "le krach de 1929" (folded). Not the weather's: the annotation
 * leaves "la crue de 1876", "la canicule de 2003" a year.
 */
const YEAR_NAMED_UPHEAVALS_FR: ReadonlySet<string> = new Set([
  'greve', 'greves', 'insurrection', 'emeute', 'emeutes', 'revolte', 'revoltes', 'krach', 'putsch', 'mutinerie', 'mutineries',
]);

/**
 * Where the event that the year at i names begins ("grèves" in "les grèves de 1936", "choc" in
 * "le choc pétrolier de 1973"), or -1: the head in lowercase, "de", the year.
 */
function yearNamedEventStart(tokens: Token[], i: number): number {
  // (Not "en grève de 1936 à 1938": from one year to another, a span of time.)
  if (tokens[i - 1]?.text !== 'de' || tokens[i + 1]?.text === 'à') return -1;
  const head = tokens[i - 2];
  if (!head || !head.lowercase) return -1;
  if (YEAR_NAMED_UPHEAVALS_FR.has(head.folded)) return i - 2;
  return head.folded === 'petrolier' && tokens[i - 3]?.folded === 'choc' && tokens[i - 3].lowercase ? i - 3 : -1;
}

export function findDates(text: string, tokens: Token[]): DateMatch[] {
  const found: DateMatch[] = [];
  const { classes, ids } = tokenColumns(tokens);
  // "Anzac Day" (weekdayHoliday): the next token's id, where reading its text followed every
  // word's next token object to its lexeme.
  const dayId = lexemeIdOf('Day', 'word');
  // The apostrophes of a short year ("'98") by lexeme id too: reading each punctuation token's
  // text followed 100,000 token objects to their lexemes (5 ms a megabyte).
  const quoteId = lexemeIdOf("'", 'punct');
  const rightQuoteId = lexemeIdOf('’', 'punct');
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i];
    let match: DateMatch | undefined;
    if (classes[i] & WordClass.Number) {
      const placeName = dateInPlaceNameEnd(tokens, classes, i);
      if (placeName) {
        i = placeName;
        continue;
      }
      const tokenDate = isoDate(tok) ?? decadeAt(tokens, i);
      match = tokenDate
        ? { ...tokenDate, first: i, last: i + 1 }
        : ordinalCentury(tokens, i) ?? quarter(text, tokens, i) ?? yearOfAnEra(tokens, i) ?? dayOfThisMonth(text, tokens, i) ?? calendarDate(text, tokens, i) ?? clockTime(text, tokens, i) ??
          countedTime(text, tokens, i) ?? lonelyYear(text, tokens, i);
    } else if (classes[i] & WordClass.Word && (mayStartDate(classes, i) || ids[i + 1] === dayId)) {
      // "a", "il", "cinq" start only a counted time ("a year ago", "il y a cinq ans"): the
      // other rules are not asked about these frequent words.
      match = COUNT_STARTS.has(tok.folded)
        ? countedTime(text, tokens, i) ?? clockTime(text, tokens, i) ?? clockInWords(text, tokens, i)
        : quarter(text, tokens, i) ?? qualifiedPeriod(text, tokens, i) ?? weekdayHoliday(text, tokens, i) ?? namedDay(text, tokens, i) ?? weekday(text, tokens, i) ?? calendarDate(text, tokens, i) ??
          countedTime(text, tokens, i) ?? nightBetween(text, tokens, i) ?? relative(text, tokens, i) ?? period(text, tokens, i) ?? holiday(text, tokens, i) ??
          midMonth(text, tokens, i) ?? monthOrYearEdge(text, tokens, i) ?? decadeName(tokens, i) ?? clockTime(text, tokens, i);
    } else if (ids[i] === quoteId || ids[i] === rightQuoteId) {
      match = shortYear(text, tokens, i);
    }
    if (match) {
      const eventStart = match.first === i && match.last === i + 1 && /^\d{4}$/.test(match.id) ? yearNamedEventStart(tokens, i) : -1;
      if (eventStart >= 0) {
        found.push({ first: eventStart, last: i + 1, id: match.id, event: true });
        i++;
        continue;
      }
      // Widened once found: the words around it never start a date on their own.
      widenDate(text, tokens, match, found.length > 0 ? found[found.length - 1].last : 0);
      found.push(match);
      i = match.last;
    } else {
      i++;
    }
  }
  return found;
}
