import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, exportFormat } from '../../../src/core/export/formats';
import { sampleInput } from './sample';

test('the registry lists every format once, with what a picker and a save dialog need', () => {
  assert.deepEqual([...EXPORT_FORMAT_IDS], ['json', 'csv', 'md', 'html', 'webannotation', 'claimreview', 'brat']);
  for (const format of EXPORT_FORMATS) {
    assert.ok(format.label && format.description, format.id);
    assert.match(format.extension, /^[a-z]+$/);
    assert.match(format.mediaType, /^[a-z]+\/[a-z.+-]+$/);
  }
  assert.equal(exportFormat('csv')?.extension, 'csv');
  assert.equal(exportFormat('pdf'), undefined);
});

test('file formats render one document, folder formats several files', () => {
  for (const format of EXPORT_FORMATS) {
    if (format.target === 'file') {
      const document = format.render(sampleInput());
      assert.ok(document.length > 0 && document.endsWith('\n'), format.id);
      assert.ok(document.includes('Le chômage a baissé'), `${format.id} carries the claim`);
    } else {
      const files = format.render(sampleInput());
      assert.ok(files.some((f) => f.primary && f.name.endsWith(`.${format.extension}`)), format.id);
    }
  }
});
