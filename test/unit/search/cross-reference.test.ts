// Cross-references grouped by article: mentions with context, quotations spoken or naming the
// entity, claims by or about it; and for a claim, every place its words recur.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';
import { crossReference, CrossReference } from '../../../src/core/search/cross-reference';
import { ARTICLES, fakeLoader } from '../index/fixtures';

const FILES: Record<string, string> = {
  ...ARTICLES,
  '/ws/kyiv.txt.press.yaml': JSON.stringify({ claims: [{ id: 'c-paix', words: 'Nous voulons la paix', speaker: 'volodimir-zelenski' }] }),
  '/ws/quote.txt': '« Volodymyr Zelensky doit partir », a déclaré Donald Trump devant la presse.\nLe Kremlin a salué la déclaration.',
  '/ws/quote.txt.press.yaml': JSON.stringify({ claims: [{ id: 'c-partir', words: 'Volodymyr Zelensky doit partir', speaker: 'donald-trump' }] }),
  '/ws/echo.txt': 'Un éditorial reprend la formule :\nnous voulons\nla paix, écrit-il, sans citer personne.',
  '/ws/other.txt': 'Le porte-parole a parlé longtemps.',
  '/ws/other.txt.press.yaml': JSON.stringify({ claims: [{ id: 'c-free', words: 'parlé longtemps', speaker: 'Volodymyr Zelensky' }] }),
};

async function build(): Promise<WorkspaceIndex> {
  return WorkspaceIndex.open(new MemoryWorkspace(FILES), '/ws', { loadAnnotations: fakeLoader });
}

test('an entity: every article, mention with context, quote and claim, with counts', async () => {
  const index = await build();
  const xref = await crossReference(index, 'zelenski');
  assert.ok(xref);
  assert.equal(xref.target.kind, 'entity');
  assert.equal(xref.target.id, 'volodimir-zelenski');
  assert.deepEqual(xref.articles.map((a) => a.path), ['/ws/en/monday.txt', '/ws/kyiv.txt', '/ws/other.txt', '/ws/quote.txt']);

  const kyiv = xref.articles.find((a) => a.path === '/ws/kyiv.txt');
  assert.deepEqual(kyiv?.counts, { mentions: 2, quotes: 1, claims: 1 });
  const text = FILES['/ws/kyiv.txt'];
  for (const mention of kyiv?.mentions ?? []) {
    assert.match(text.slice(mention.start, mention.end), /Zelensky/);
    assert.ok(mention.context.includes(text.slice(mention.start, mention.end)), mention.context);
  }
  assert.equal(kyiv?.quotes[0].role, 'speaker');
  assert.equal(kyiv?.claims[0].id, 'c-paix');
  assert.equal(kyiv?.claims[0].role, 'speaker');

  const quote = xref.articles.find((a) => a.path === '/ws/quote.txt');
  assert.equal(quote?.quotes[0].role, 'mentioned', 'named inside a quote Trump speaks');
  assert.equal(quote?.claims[0].role, 'mentioned', 'the claim names him');

  const other = xref.articles.find((a) => a.path === '/ws/other.txt');
  assert.deepEqual(other?.counts, { mentions: 0, quotes: 0, claims: 1 }, 'a free-text speaker naming him counts');
  assert.equal(other?.claims[0].role, 'speaker');

  assert.deepEqual(xref.counts, {
    articles: 4,
    mentions: xref.articles.reduce((n, a) => n + a.mentions.length, 0),
    quotes: xref.articles.reduce((n, a) => n + a.quotes.length, 0),
    claims: 3,
  });
});

test('the speaker of a quote sees it as spoken, not mentioned', async () => {
  const index = await build();
  const xref = await crossReference(index, 'donald-trump');
  const quote = xref?.articles.find((a) => a.path === '/ws/quote.txt');
  assert.equal(quote?.quotes[0].role, 'speaker');
  assert.equal(quote?.claims[0].role, 'speaker');
});

test('a claim: its words wherever they recur (any case, any line breaks), quotes and same claims', async () => {
  const index = await build();
  const xref = await crossReference(index, 'c-paix');
  assert.ok(xref);
  assert.deepEqual(xref.target, {
    kind: 'claim',
    id: 'c-paix',
    path: '/ws/kyiv.txt',
    status: 'pending',
    text: 'Nous voulons la paix',
    speaker: 'volodimir-zelenski',
    speakerEntity: 'volodimir-zelenski',
    start: FILES['/ws/kyiv.txt'].indexOf('Nous voulons'),
    end: FILES['/ws/kyiv.txt'].indexOf('Nous voulons') + 'Nous voulons la paix'.length,
    state: 'exact',
  });
  assert.deepEqual(xref.articles.map((a) => a.path), ['/ws/echo.txt', '/ws/kyiv.txt']);
  const echo = xref.articles[0];
  assert.equal(echo.mentions.length, 1);
  assert.equal(FILES['/ws/echo.txt'].slice(echo.mentions[0].start, echo.mentions[0].end), 'nous voulons\nla paix');
  assert.equal(echo.mentions[0].line, 1);
  assert.deepEqual(xref.articles[1].counts, { mentions: 1, quotes: 1, claims: 1 });
});

test('an unknown id finds nothing', async () => {
  assert.equal(await crossReference(await build(), 'nobody-at-all'), undefined);
});

/** The result as plain values, read through the rows' properties (as the CLI and the tree read them). */
function plain(xref: CrossReference): unknown {
  return {
    target: xref.target,
    articles: xref.articles.map((a) => ({
      path: a.path,
      mentions: a.mentions.map(({ start, end, line, context }) => ({ start, end, line, context })),
      quotes: a.quotes.map(({ start, end, line, text, kind, speaker, role }) => ({ start, end, line, text, kind, speaker, role })),
      claims: a.claims.map(({ id, status, text, speaker, start, end, line, state, role }) => ({ id, status, text, speaker, start, end, line, state, role })),
      counts: a.counts,
    })),
    counts: xref.counts,
  };
}

test('rows made when read: the JSON and the properties give the same values, the counts match the rows', async () => {
  // Many mentions in several articles: the query's one list of spans grows past its first size.
  const many = Object.fromEntries(
    Array.from({ length: 4 }, (_, i) => [`/ws/many-${i}.txt`, Array.from({ length: 60 + i }, (_, k) => `L'Ukraine attend, ligne ${k}.`).join('\n')]),
  );
  const index = await WorkspaceIndex.open(new MemoryWorkspace({ ...FILES, ...many }), '/ws', { loadAnnotations: fakeLoader });
  for (const id of ['ukraine', 'zelenski', 'donald-trump', 'c-paix', 'c-partir']) {
    const xref = await crossReference(index, id);
    assert.ok(xref, id);
    assert.deepEqual(JSON.parse(JSON.stringify(xref)), plain(xref), id);
    for (const a of xref.articles) {
      assert.equal(a.mentions, a.mentions, 'made once, then kept');
      assert.deepEqual(a.counts, { mentions: a.mentions.length, quotes: a.quotes.length, claims: a.claims.length });
      assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(a))), ['path', 'mentions', 'quotes', 'claims', 'counts']);
    }
  }
  const ukraine = await crossReference(index, 'ukraine');
  for (let i = 0; i < 4; i++) {
    const text = many[`/ws/many-${i}.txt`];
    const article = ukraine?.articles.find((a) => a.path === `/ws/many-${i}.txt`);
    assert.deepEqual(article?.mentions.map((m) => [text.slice(m.start, m.end), m.line]), Array.from({ length: 60 + i }, (_, k) => ['Ukraine', k]));
  }
});
