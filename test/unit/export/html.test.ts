import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, renderHtml } from '../../../src/core/export/html';
import { hostileInput } from './hostile';
import { sampleInput } from './sample';

/** Every tag the report may contain, and every attribute. */
const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'section', 'article', 'span', 'blockquote', 'mark', 'dl', 'dt', 'dd', 'div', 'strong', 'br', 'a']);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'rel']);

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** The tags of an HTML document as a browser tokenizer would see them (outside <style>). */
function tags(html: string): Tag[] {
  const withoutStyle = html.replace(/<style>[^<]*<\/style>/g, '<style></style>');
  const found: Tag[] = [];
  for (const m of withoutStyle.matchAll(/<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    const attributes = new Map<string, string>();
    for (const a of m[2].matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) attributes.set(a[1].toLowerCase(), a[2] ?? '');
    found.push({ name: m[1].toLowerCase(), attributes });
  }
  return found;
}

test('a self-contained page: charset, CSP, inline style, no script or remote resource', () => {
  const html = renderHtml(sampleInput());
  assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
  assert.match(html, /<meta charset="utf-8">/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.match(html, /<style>[^<]+<\/style>/);
  const names = tags(html).map((t) => t.name);
  assert.ok(!names.includes('script') && !names.includes('link') && !names.includes('img'));
  assert.ok(!/\bsrc=/.test(html));
});

test('claims by article with verdict, speaker, sources and the quote in context', () => {
  const html = renderHtml(sampleInput());
  assert.match(html, /<h2>\/press\/articles\/chômage\.txt<\/h2>/);
  assert.match(html, /1 article · 3 claims: 1 Not yet rated, 1 Mostly false, 1 False/);
  const articles = [...html.matchAll(/<article class="([^"]+)" id="([^"]+)">/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(articles, [
    ['claim status-false', 'claim-c1chom'],
    ['claim status-pending', 'claim-c2rien'],
    ['claim status-mostly-false orphaned', 'claim-c3defi'],
  ]);
  assert.match(html, /<blockquote lang="fr">Le ministre Bruno Dupont a déclaré : « <mark>Le chômage a baissé de 50 % en un an<\/mark>\. » Selon l&#39;INSEE/);
  assert.match(html, /<dt>Verdict<\/dt><dd>False \(1\/5\)<\/dd>/);
  assert.match(html, /<dt>Speaker<\/dt><dd>Bruno Dupont<\/dd>/);
  assert.match(html, /<a href="https:\/\/www\.insee\.fr\/fr\/statistiques\/1" rel="noopener noreferrer">INSEE, enquête Emploi<\/a>/);
  assert.match(html, /<div class="note"><strong>Note<\/strong>\n<p>Les chiffres de l&#39;INSEE disent 2 %, &quot;pas 50&quot;\.<br>Voir le tableau 3, ligne 2\.<\/p><\/div>/);
  assert.match(html, /<strong>Orphaned:<\/strong>/);
  assert.match(html, /<dt>Where<\/dt><dd>line 1 \(anchor exact\)<\/dd>/);
});

test('<script> and <img onerror> in the article, note, speaker or path come out inert', () => {
  const html = renderHtml(hostileInput());
  for (const tag of tags(html)) {
    assert.ok(ALLOWED_TAGS.has(tag.name), `unexpected <${tag.name}>`);
    for (const [name, value] of tag.attributes) {
      assert.ok(ALLOWED_ATTRIBUTES.has(name), `unexpected attribute ${name} on <${tag.name}>`);
      if (name === 'href') assert.match(value, /^https:\/\//, 'only web links');
    }
  }
  assert.ok(!html.includes('<script'));
  assert.ok(!html.includes('<img'));
  // The text is shown, escaped, where it was.
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;/);
  assert.match(html, /<h2>dir\/&lt;img src=y onerror=alert\(5\)&gt;\.txt<\/h2>/);
  assert.match(html, /id="claim-x1&quot;&gt;&lt;b&gt;"/);
  // The javascript: source is text, not a link; the web one keeps its query, escaped.
  assert.match(html, /&lt;i&gt;evil&lt;\/i&gt;<br>/);
  assert.match(html, /href="https:\/\/example\.org\/a\?b=1&amp;c=&quot;2&quot;"/);
});

test('escapeHtml covers text and quoted attributes', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('an article without claims says so', () => {
  const input = sampleInput();
  input.articles[0].claims = [];
  assert.match(renderHtml(input), /<p>No claims\.<\/p>/);
});
