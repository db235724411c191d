// An article whose every field tries to break out of a report: markup in the article text, in
// the claim, the note, the speaker, a tag, a source title and a javascript: source.

import type { ExportInput } from '../../../src/core/export/types';
import { bareArticle, claimOn } from './sample';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(2)>';

export function hostileInput(): ExportInput {
  const text = `Intro ${IMG} puis « ${SCRIPT} *gras* [lien](javascript:alert(3)) » fin.\n# pas un titre\n`;
  const claim = claimOn(text, `${SCRIPT} *gras* [lien](javascript:alert(3))`, {
    id: 'x1"><b>',
    status: 'false',
    speaker: `Mallory ${IMG}`,
    note: `Note ${SCRIPT}\n# heading?\n> quote?\n- list?\n1. item?\n\n    code?\n---\n${IMG}`,
    tags: [`<b>tag</b>`],
    sources: [
      { url: 'javascript:alert(4)', title: `<i>evil</i>` },
      { url: 'https://example.org/a?b=1&c="2"', title: `${IMG} title` },
    ],
    author: `<u>author</u>`,
  });
  return { articles: [bareArticle(`dir/<img src=y onerror=alert(5)>.txt`, text, [claim], 'fr')] };
}
