import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMarkdownPath, proseMask } from '../../../src/core/text/markdown';

/** Masks `text`, checks the invariants every mask must keep, and returns the mask. */
function mask(text: string): string {
  const masked = proseMask(text);
  assert.equal(masked.length, text.length, 'same length');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || text[i] === '\r') assert.equal(masked[i], text[i], `line break kept at ${i}`);
    else assert.ok(masked[i] === text[i] || masked[i] === ' ', `character ${i} is either kept or blanked`);
  }
  return masked;
}

/** The visible words of a mask, whitespace collapsed, for readable assertions. */
function visible(text: string): string {
  return mask(text).replace(/\s+/g, ' ').trim();
}

test('isMarkdownPath knows .md and .markdown only', () => {
  assert.ok(isMarkdownPath('a/b/article.md'));
  assert.ok(isMarkdownPath('ARTICLE.MARKDOWN'));
  assert.ok(!isMarkdownPath('article.txt'));
  assert.ok(!isMarkdownPath('article.mdx'));
  assert.ok(!isMarkdownPath('md'));
});

test('plain prose is untouched, offsets and all', () => {
  const text = 'Le président Emmanuel Macron a déclaré : « Nous irons. »\r\nSuite.\n';
  assert.equal(mask(text), text);
});

test('YAML and TOML front matter at the very start are masked', () => {
  const yaml = '---\ntitle: Macron\ndate: 2024-05-01\n---\nTexte.\n';
  assert.equal(mask(yaml), '   \n             \n                \n   \nTexte.\n');
  assert.equal(visible('+++\ntitle = "Macron"\n+++\nTexte'), 'Texte');
  assert.equal(visible('---\ntitle: x\n...\nTexte'), 'Texte', 'YAML may end with ...');
});

test('--- that is not closed, or not at the start, is not front matter', () => {
  assert.equal(visible('---\nTexte libre'), 'Texte libre');
  assert.equal(visible('Intro\n\n---\ntitle: Paris\n---\n'), 'Intro title: Paris');
});

test('fenced code blocks of any length and either fence character are masked', () => {
  const text = 'Avant\n```js\nconst Macron = 1;\n```\nAprès\n~~~~\nParis\n~~~~\nFin';
  assert.equal(visible(text), 'Avant Après Fin');
});

test('a fence only closes on the same character, at least as long', () => {
  assert.equal(visible('````\n```\nParis\n~~~\n````\nFin'), 'Fin');
});

test('an unclosed fence runs to the end of the text', () => {
  assert.equal(visible('Avant\n```\nParis\n\nLondres'), 'Avant');
});

test('backticks inside a fence do not open or close anything', () => {
  assert.equal(visible('```\nun `code` et ``` dans le texte\n```\nLe `vrai` texte'), 'Le texte');
});

test('indented code after a blank line is masked; an indented paragraph continuation is not', () => {
  assert.equal(visible('Intro\n\n    var Paris = 1;\n\tvar Lyon;\n\nFin'), 'Intro Fin');
  assert.equal(visible('Une phrase\n    qui continue'), 'Une phrase qui continue');
});

test('indented lines inside a list are list content, not code', () => {
  assert.equal(visible('- premier point\n\n    suite du point\n'), 'premier point suite du point');
});

test('inline code spans use backtick runs of equal length', () => {
  assert.equal(visible('Le `Macron` et ``un ` seul`` puis `a`` fin'), 'Le et puis `a`` fin');
  assert.equal(visible('Un `code\nsur deux lignes` fin'), 'Un fin');
});

test('link destinations and titles are masked, link text and surrounding prose kept', () => {
  const text = 'Selon [Le Monde](https://lemonde.fr/a "Titre") hier.';
  const masked = mask(text);
  const destination = '](https://lemonde.fr/a "Titre")';
  assert.equal(masked, 'Selon  Le Monde' + ' '.repeat(destination.length) + ' hier.');
  assert.equal(masked.indexOf('Le Monde'), text.indexOf('Le Monde'));
});

test('image destinations are masked, alt text kept', () => {
  assert.equal(visible('Voir ![Jean Dupont à Paris](img/jd.png) ici'), 'Voir Jean Dupont à Paris ici');
});

test('destinations with <>, nested parentheses and titles in any quotes', () => {
  assert.equal(visible('[a](<x y.html>) [b](u(1).html) [c](d \'t\') [d](e (t)) [e]()'), 'a b c d e');
});

test('brackets that are not links stay: [sic], [...]', () => {
  assert.equal(visible('« Il [le ministre] a dit [sic] […] »'), '« Il [le ministre] a dit [sic] […] »');
});

test('reference definitions are masked and the references to them lose their brackets', () => {
  const text = 'Voir [Le Monde][lm], [Libé][] et [AFP].\n\n[lm]: https://lemonde.fr "LM"\n[Libé]: <https://liberation.fr>\n[afp]: https://afp.com\n';
  assert.equal(visible(text), 'Voir Le Monde , Libé et AFP .');
});

test('a line that only looks like a definition stays prose', () => {
  assert.equal(visible('[Note]: le ministre a démenti.'), '[Note]: le ministre a démenti.');
});

test('footnote references and definition markers are masked, the note text kept', () => {
  assert.equal(visible('Un fait[^1].\n\n[^1]: Selon l’AFP.'), 'Un fait . Selon l’AFP.');
});

test('autolinks and bare URLs are masked, trailing punctuation kept', () => {
  assert.equal(visible('Lien <https://ex.com/a?b=1> et <contact@ex.com>.'), 'Lien et .');
  assert.equal(visible('Voir https://ex.com/page. Et www.ex.fr/x, (https://ex.com/a_(b)) fin'), 'Voir . Et , ( ) fin');
  assert.equal(visible('Sur HTTP://EX.COM!'), 'Sur !');
});

test('URLs glued to a word are not bare URLs', () => {
  assert.equal(visible('xhttps://a.b www'), 'xhttps://a.b www');
});

test('HTML tags and comments are masked, text between tags kept', () => {
  assert.equal(visible('Le <b>président</b> <a href="https://x.fr" title=\'t\'>Macron</a><br/> <!-- note -->fin'), 'Le président Macron fin');
});

test('HTML comment blocks over several lines and script blocks are masked', () => {
  assert.equal(visible('Avant\n\n<!-- brouillon\n\nParis\n-->après\n\nFin'), 'Avant après Fin');
  assert.equal(visible('<script>\nvar Paris;\n</script>\nFin'), 'Fin');
});

test('heading hashes are masked, title kept, closing hashes too', () => {
  assert.equal(mask('## Le sommet de Paris ##\n# C#'), '   Le sommet de Paris   \n  C#');
  assert.equal(visible('#hashtag'), '#hashtag', 'no space: not a heading');
});

test('setext underlines and thematic breaks are masked', () => {
  assert.equal(visible('Titre\n=====\n\nTexte\n\n* * *\n\nSuite\n---'), 'Titre Texte Suite');
});

test('emphasis runs are masked, intraword underscores and spaced asterisks kept', () => {
  assert.equal(visible('Le **président** a dit *non* et __oui__ _bien_ ~~barré~~'), 'Le président a dit non et oui bien barré');
  assert.equal(visible('nom_de_fichier 5 * 3 = 15'), 'nom_de_fichier 5 * 3 = 15');
  assert.equal(visible('un*mot*coupé'), 'un mot coupé');
});

test('escaped characters lose their backslash and stay literal', () => {
  assert.equal(visible('\\*pas en gras\\* et \\[pas un lien\\](x)'), '*pas en gras * et [pas un lien ](x)');
});

test('list bullets, numbers and task boxes are masked, item text kept', () => {
  assert.equal(
    mask('- un\n* deux\n+ trois\n1. quatre\n2. cinq\n\n3) six\n- [x] fait'),
    '  un\n  deux\n  trois\n   quatre\n   cinq\n\n   six\n      fait',
  );
});

test('a list item may start with a heading or a fence', () => {
  assert.equal(visible('- ## Titre ##\n- ```\n  code Paris\n  ```\n- suite'), 'Titre suite');
});

test('a wrapped line starting with a year is prose, not a list', () => {
  assert.equal(visible('Il est arrivé en\n2019. Puis il est parti.'), 'Il est arrivé en 2019. Puis il est parti.');
  assert.equal(visible('- Arrivé en\n2019. Puis parti.'), 'Arrivé en 2019. Puis parti.', 'inside a bullet list too');
});

test('blockquote markers are masked, nested too', () => {
  assert.equal(mask('> Le ministre\n> > a dit\n>\n> non'), '  Le ministre\n    a dit\n \n  non');
});

test('code inside a blockquote is masked', () => {
  assert.equal(visible('> Texte\n> ```\n> code Paris\n> ```\n> Suite'), 'Texte Suite');
});

test('table pipes and the delimiter row are masked, cells kept', () => {
  const text = '| Nom | Ville |\n|:----|-----:|\n| Macron | Paris |\n| a \\| b | `x|y` |\n\nFin | ici';
  assert.equal(visible(text), 'Nom Ville Macron Paris a | b Fin | ici');
});

test('character entities are masked', () => {
  assert.equal(mask('Jean&nbsp;Dupont &#233; &#x00E9;'), 'Jean      Dupont' + ' '.repeat(16));
  assert.equal(visible('AT&T et & seul'), 'AT&T et & seul', 'a bare ampersand is prose');
});

test('CRLF text keeps every CR and LF in place', () => {
  const text = '# Titre\r\n\r\n```\r\ncode\r\n```\r\nLe **texte**\r\n';
  assert.equal(mask(text), '  Titre\r\n\r\n   \r\n    \r\n   \r\nLe   texte  \r\n');
});

test('surrogate pairs inside masked code become two spaces', () => {
  assert.equal(mask('`👍` ok'), '     ok');
});

test('a large document is masked quickly', () => {
  const paragraph = 'Le **président** [Macron](https://x.fr) a dit `x` <b>non</b> https://a.b.\n\n';
  const text = paragraph.repeat(20000);
  const started = Date.now();
  assert.equal(proseMask(text).length, text.length);
  assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
});

test('unterminated constructs repeated many times stay linear', () => {
  const texts = ['a <!-- x ', 'a <? x ', 'a <![CDATA[ x ', 'a <!X x ', '[', 'a `` b ` ', '[a](<b '].map((piece) => piece.repeat(40000));
  for (const text of texts) {
    const started = Date.now();
    assert.equal(proseMask(text).length, text.length);
    assert.ok(Date.now() - started < 1500, `${JSON.stringify(text.slice(0, 12))}… took ${Date.now() - started} ms`);
  }
});

test('comments, processing instructions and CDATA inside a paragraph are masked', () => {
  assert.equal(visible('Le <!--> vide, <?php x ?> et <![CDATA[ Paris ]]> fin <!DOCTYPE html>'), 'Le vide, et fin');
});
