import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenArena, tokenColumns, TokenFlag, tokenize } from '../../../src/core/recognise/tokenize';
import * as lexicon from '../../../src/core/recognise/lexicon';
import { isWordOf, lexemeClasses, WordClass } from '../../../src/core/recognise/lexicon';
import { nameKeyOf } from '../../../src/core/recognise/gazetteer';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

test('French elision is cut, compound words and aujourd\'hui stay whole', () => {
  assert.deepEqual(texts("l'Ukraine d’État aujourd'hui Jean-Noël Maison-Blanche"), ["l'", 'Ukraine', 'd’', 'État', "aujourd'hui", 'Jean-Noël', 'Maison-Blanche']);
});

test('English possessive is cut from the name', () => {
  assert.deepEqual(texts("Truth's rules"), ['Truth', "'s", 'rules']);
});

test('offsets are UTF-16 code units, across emoji and NFD accents', () => {
  const text = '👍🏽 Zelenski e\u0301lu';
  const toks = tokenize(text);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(toks.find((t) => t.text === 'Zelenski')?.start, 5);
  assert.equal(toks.find((t) => t.text.startsWith('e'))?.text, 'e\u0301lu');
});

test('ordinal days stay one number token', () => {
  assert.deepEqual(texts('le 1er mars'), ['le', '1er', 'mars']);
});

test('sentences: abbreviations and initials do not end them, periods and line breaks do', () => {
  const toks = tokenize('M. Dupont parle. J. K. Rowling écrit.\nLe lendemain');
  const starts = toks.filter((t) => t.sentenceStart).map((t) => t.text);
  assert.deepEqual(starts, ['M', 'J', 'Le']);
});

test('one lexeme per distinct text, whichever way the tokeniser reached the word', () => {
  const a = tokenize("l'État État Jean-Noël");
  const b = tokenize('Jean-Noël, État');
  const lexeme = (toks: ReturnType<typeof tokenize>, text: string) => toks.find((t) => t.text === text)?.lexeme;
  assert.equal(a[1].lexeme, a[2].lexeme); // "État" cut from "l'État" and "État" scanned whole
  assert.equal(lexeme(a, 'Jean-Noël'), lexeme(b, 'Jean-Noël'));
  assert.equal(lexeme(a, 'État'), lexeme(b, 'État'));
  assert.notEqual(lexeme(a, 'État'), lexeme(a, 'Jean-Noël'));
  for (const t of a) assert.equal(t.end, t.start + t.text.length);
});

test('an arena refills its tokens for the next text, up to its limit', () => {
  const arena = new TokenArena(3);
  const first = tokenize('Anne Lefort parle.', arena);
  const [firstToken, fourthToken] = [first[0], first[3]];
  const second = tokenize('Il a dit : « Non. »', arena);
  assert.equal(second, first); // the same list, refilled
  assert.equal(second[0], firstToken); // the same object, refilled
  assert.deepEqual(second.map((t) => [t.text, t.start, t.end, t.sentenceStart]), tokenize('Il a dit : « Non. »').map((t) => [t.text, t.start, t.end, t.sentenceStart]));
  assert.deepEqual(tokenColumns(second).texts, ['Il', 'a', 'dit', ':', '«', 'Non', '.', '»']);
  assert.notEqual(second[3], fourthToken); // past the limit: fresh tokens, not kept
  // A shorter text after a longer one: the list is cut to its tokens.
  assert.deepEqual(tokenize('Oui.', arena).map((t) => t.text), ['Oui', '.']);
  assert.deepEqual(tokenColumns(first).texts, ['Oui', '.']);
});

test('past the lexeme table\'s limit (131,072 distinct texts) it starts over and stays correct', () => {
  const words = Array.from({ length: 140000 }, (_, i) => `w${i.toString(36)}q`);
  const text = words.join(' ');
  for (let round = 0; round < 2; round++) {
    const toks = tokenize(text);
    assert.equal(toks.length, words.length);
    for (let i = 0; i < toks.length; i += 997) assert.equal(toks[i].text, words[i]);
    assert.equal(toks[toks.length - 1].text, words[words.length - 1]);
  }
  const after = tokenize('w1q w1q');
  assert.equal(after[0].lexeme, after[1].lexeme);
});

test('tokenColumns hold each token\'s text, key, word classes, offsets and flags, with or without an arena, as the lists grow and shrink', () => {
  const arena = new TokenArena();
  const long = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 'Le président' : i % 3 === 1 ? 'a dit :' : '« Paris » 2024.\n')).join(' ');
  for (const text of [long, 'Selon M. Dupont, la ministre parle.', long.slice(0, 500)]) {
    for (const tokens of [tokenize(text, arena), tokenize(text)]) {
      const { texts, nameKeys, classes, starts, ends, flags } = tokenColumns(tokens);
      assert.equal(classes.length, tokens.length);
      assert.deepEqual([texts.length, starts.length, ends.length], [tokens.length, tokens.length, tokens.length]);
      tokens.forEach((t, i) => {
        assert.deepEqual([texts[i], nameKeys[i], starts[i], ends[i]], [t.text, nameKeyOf(t.text), t.start, t.end]);
        const flagged = [TokenFlag.SentenceStart, TokenFlag.LineStart, TokenFlag.SentenceEnd].map((flag) => (flags[i] & flag) !== 0);
        // The period of "M." ends no sentence.
        const endsSentence = t.lexeme.sentenceEnd && tokens[i - 1]?.text !== 'M';
        assert.deepEqual(flagged, [t.sentenceStart, t.lineStart, endsSentence]);
        assert.equal(classes[i], lexemeClasses(t.lexeme), `token ${i} "${t.text}"`);
        assert.equal((classes[i] & WordClass.Word) !== 0, t.kind === 'word');
        assert.equal((classes[i] & WordClass.Capitalised) !== 0, t.capitalised);
        assert.equal((classes[i] & WordClass.Lowercase) !== 0, t.lowercase);
      });
    }
  }
  // A list tokenize() did not return gets its columns computed, with the same flags.
  const tokens = tokenize('Selon M. Dupont. Il part.');
  assert.deepEqual(tokenColumns([...tokens]).flags, tokenColumns(tokens).flags);
  assert.deepEqual([...tokenColumns([...tokens]).flags].map((f) => (f & TokenFlag.SentenceEnd) !== 0), tokens.map((t) => t.text === '.' && t.start > 10));
  const sample = tokenize('Selon M. Dupont', arena);
  assert.ok(isWordOf(sample[0], WordClass.SourceIntroducer) && (tokenColumns(sample).classes[0] & WordClass.SourceIntroducer) !== 0);
});

test('the period of any abbreviated title ends no sentence; capitals written without one ("DC") still do', () => {
  const starts = (text: string) => tokenize(text).filter((t) => t.sentenceStart).map((t) => t.text);
  assert.deepEqual(starts('Rain fell. Maj. Tom Hale and Insp. Joan Marlow arrived.'), ['Rain', 'Maj']);
  assert.deepEqual(starts('She moved to Washington DC. Then she wrote.'), ['She', 'Then']);
  // Titles match with their capital: a lowercase domain ending ends its sentence.
  assert.deepEqual(starts('Le site est lemonde.fr. Paul part.'), ['Le', 'Paul']);
  assert.deepEqual(starts('Selon swissinfo.ch. Le Conseil siège.'), ['Selon', 'Le']);
});

test('street abbreviations end no sentence: "2150 Sheppard Ave. W. that", "Sunset Blvd. Studios"', () => {
  const starts = (text: string) => tokenize(text).filter((t) => t.sentenceStart).map((t) => t.text);
  assert.deepEqual(starts('He spoke at 2150 Sheppard Ave. W. that day, near Sunset Blvd. Studios. Then he left.'), ['He', 'Then']);
});

test('a closing quote or bracket after the period belongs to the sentence it closes', () => {
  const sentences = (text: string) => tokenize(text).map((t) => `${t.text}:${t.sentence}`);
  assert.deepEqual(sentences('Il a dit « fini. » Puis'), ['Il:0', 'a:0', 'dit:0', '«:0', 'fini:0', '.:0', '»:0', 'Puis:1']);
  assert.deepEqual(sentences('He said “done.” One'), ['He:0', 'said:0', '“:0', 'done:0', '.:0', '”:0', 'One:1']);
  assert.deepEqual(sentences('He said "done." One'), ['He:0', 'said:0', '":0', 'done:0', '.:0', '":0', 'One:1']);
  // A straight quote after a space opens the next sentence's quotation, and its first word is in it.
  assert.deepEqual(sentences('He left. "Go'), ['He:0', 'left:0', '.:0', '":1', 'Go:1']);
  // Glued to a comma, a straight quote closes: the speaker after it is in the quote's sentence.
  assert.deepEqual(sentences('"If it shuts," Ann said. A'), ['":0', 'If:0', 'it:0', 'shuts:0', ',:0', '":0', 'Ann:0', 'said:0', '.:0', 'A:1']);
});

test('a comma or semicolon after a question in quote marks goes on with its sentence: "« Pourquoi ? », a soufflé X"', () => {
  const sentences = (text: string) => tokenize(text).map((t) => `${t.text}:${t.sentence}`);
  assert.deepEqual(sentences('« Pourquoi ? », a soufflé'), ['«:0', 'Pourquoi:0', '?:0', '»:0', ',:0', 'a:0', 'soufflé:0']);
  assert.deepEqual(sentences('“Why?”; then'), ['“:0', 'Why:0', '?:0', '”:0', ';:0', 'then:0']);
});

test('every entry of the word lists is a token the tokeniser can cut (no "d’après", "it’s" or bare elision stem that never matches)', () => {
  for (const [name, list] of Object.entries(lexicon)) {
    if (!(list instanceof Set)) continue;
    for (const entry of list as Set<unknown>) {
      if (typeof entry !== 'string' || entry.includes(' ')) continue;
      // An elided word is cut with its apostrophe from the word it is glued to.
      const probe = entry.endsWith("'") ? `${entry}il` : entry;
      const first = tokenize(probe)[0];
      assert.ok(first.folded === entry || first.text.toLowerCase() === entry, `${name}: "${entry}" is cut as "${first.folded}"`);
    }
  }
});

test('a period right before a comma or a semicolon ends no sentence: "issued at 2 a.m., calling it"', () => {
  for (const arena of [undefined, new TokenArena()]) {
    const tokens = tokenize('Issued Tuesday at 2 p.m., it said; Mr. Roe left etc.; then.', arena);
    const { flags } = tokenColumns(tokens);
    const ends = tokens.filter((_, n) => flags[n] & TokenFlag.SentenceEnd).map((t) => t.start);
    assert.deepEqual(ends, [tokens[tokens.length - 1].start]);
  }
});

test('a place compound ("Austin-based", "Paris-bound") is cut into the name, the hyphen and the word; other hyphenated words stay whole', () => {
  const text = '👍 the Austin-based firm, a Paris-bound train, Jean-Noël, well-known, pro-Moscow, the Austin-based one';
  const toks = tokenize(text);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(toks.map((t) => t.text).filter((t) => /-|Austin|Paris|based|bound/.test(t)),
    ['Austin', '-', 'based', 'Paris', '-', 'bound', 'Jean-Noël', 'well-known', 'pro-Moscow', 'Austin', '-', 'based']);
});
