import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, renderCsv } from '../../../src/core/export/csv';
import { bareArticle, claimOn, sampleInput } from './sample';

/**
 * A strict RFC 4180 reader: records end with CRLF, fields are separated by commas, a quoted
 * field may hold commas, CRLF and doubled quotes; anything else (a bare quote inside an
 * unquoted field, text after a closing quote, a lone LF between records) is an error.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`CSV: ${why} at ${i}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) {
      fail(`unexpected ${JSON.stringify(text[i])}`);
    }
  }
  if (record.length > 0) records.push(record);
  return records;
}

function rows(csv: string): Record<string, string>[] {
  assert.ok(csv.startsWith('\uFEFF'), 'starts with a byte order mark');
  const [header, ...records] = parseCsv(csv.slice(1));
  for (const r of records) assert.equal(r.length, header.length, 'every record has every column');
  return records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i]])));
}

test('the reader used here rejects malformed CSV', () => {
  assert.throws(() => parseCsv('a,"b\r\n'), /unterminated/);
  assert.throws(() => parseCsv('a,b"c\r\n'), /quote inside/);
  assert.throws(() => parseCsv('"a"b\r\n'), /unexpected/);
  assert.deepEqual(parseCsv('a,"b,""c""\r\nd",e\r\n'), [['a', 'b,"c"\r\nd', 'e']]);
});

test('UTF-8 with BOM: the bytes start EF BB BF and accents survive', () => {
  const bytes = new TextEncoder().encode(renderCsv(sampleInput()));
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  assert.match(text, /Le chômage a baissé/);
});

test('one row per claim, the documented columns, in reading order', () => {
  const csv = renderCsv(sampleInput());
  const [header] = parseCsv(csv.slice(1));
  assert.deepEqual(header, [...CSV_COLUMNS]);
  const records = rows(csv);
  assert.deepEqual(
    records.map((r) => r.id),
    ['c1chom', 'c2rien', 'c3defi'],
  );
  const [chomage, rien, orphan] = records;
  assert.equal(chomage.file, '/press/articles/chômage.txt');
  assert.equal(chomage.status, 'false');
  assert.equal(chomage.rating, '1');
  assert.equal(chomage.text, 'Le chômage a baissé de 50 % en un an');
  assert.equal(chomage.speaker, 'Bruno Dupont');
  assert.equal(chomage.sources, 'https://www.insee.fr/fr/statistiques/1');
  assert.equal(chomage.note, 'Les chiffres de l\'INSEE disent 2 %, "pas 50".\nVoir le tableau 3, ligne 2.', 'commas, quotes and line break round-trip');
  assert.equal(chomage.tags, 'emploi, chiffres');
  assert.equal(chomage['anchor state'], 'exact');
  assert.equal(Number(chomage.end) - Number(chomage.start), chomage.text.length);
  assert.equal(chomage.created, '2025-03-01T09:30:00Z');
  assert.equal(chomage.updated, '2025-03-02T17:05:00Z');
  assert.equal(chomage.author, 'Jeanne Martin');
  assert.equal(rien.rating, '', 'pending has no number');
  assert.equal(orphan['anchor state'], 'orphaned');
  assert.equal(orphan.start, '');
  assert.equal(orphan.end, '');
});

test('several sources stack in one cell; an article without claims adds no row', () => {
  const text = 'Alpha beta gamma.';
  const claim = claimOn(text, 'beta', {
    id: 'k1',
    status: 'true',
    sources: [{ url: 'https://a.example/1' }, { url: 'https://b.example/2', title: 'B' }],
  });
  const records = rows(renderCsv({ articles: [bareArticle('a.txt', text, [claim]), bareArticle('empty.txt', 'Nothing.')] }));
  assert.equal(records.length, 1);
  assert.equal(records[0].sources, 'https://a.example/1\nhttps://b.example/2');
  assert.equal(records[0].rating, '5');
});

test('cells that a spreadsheet would run as formulas are defused', () => {
  const text = '=HYPERLINK("http://evil.example","clic") and +1 and @SUM(A1) and -2';
  const claims = ['=HYPERLINK("http://evil.example","clic")', '+1', '@SUM(A1)', '-2'].map((words, i) =>
    claimOn(text, words, { id: `f${i}`, note: words }),
  );
  const records = rows(renderCsv({ articles: [bareArticle('a.txt', text, claims)] }));
  for (const r of records) {
    assert.match(r.text, /^'[=+@-]/, r.text);
    assert.match(r.note, /^'[=+@-]/, r.note);
  }
  assert.equal(records[0].text, '\'=HYPERLINK("http://evil.example","clic")');
});

test('an empty input is the header alone', () => {
  assert.equal(renderCsv({ articles: [] }), `\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
});
