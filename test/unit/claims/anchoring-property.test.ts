// Property test of re-anchoring: thousands of random claims on the sample articles, each
// followed by a random sequence of edits (see anchoring-scenarios.ts). Every character remembers
// where it came from, so the test knows where the claimed words really are.
//
// Hard targets, asserted on every scenario: when the claimed words survive unchanged they are
// found exactly there (100%); no claim is ever anchored on words that are not its own (0 wrong).
// Measured and printed: the share found again when the words were lightly edited, and the share
// orphaned when they are gone.
//
// PRESS_PROPERTY_RUNS sets the number of scenarios (default 3000); PRESS_PROPERTY_SEED replays a
// run (default: a fixed seed; `random` for a new one each run).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AnchorState } from '../../../src/core/claims/types';
import { ARTICLES, LIGHT_EDIT_RATIO, Outcome, Scenario, describe, play, scenarioArbitrary } from './anchoring-scenarios';

const RUNS = Number(process.env.PRESS_PROPERTY_RUNS ?? 3000);
// A fixed seed by default, so CI is reproducible; PRESS_PROPERTY_SEED=random explores new cases.
const SEED_SETTING = process.env.PRESS_PROPERTY_SEED ?? '20261122';
const SEED = SEED_SETTING === 'random' ? undefined : Number(SEED_SETTING);

interface Tally {
  scenarios: number;
  unchanged: number;
  unchangedExact: number;
  wordsOnly: number;
  wordsOnlyExact: number;
  wordsOnlyOrphaned: number;
  light: number;
  lightFound: number;
  gone: number;
  goneOrphaned: number;
  wrong: number;
  states: Record<string, number>;
}

test(`re-anchoring after random edits of the sample articles (${RUNS} scenarios)`, (t) => {
  assert.ok(ARTICLES.length > 0, 'the sample articles (seeds/*.txt) are missing');
  const tally: Tally = { scenarios: 0, unchanged: 0, unchangedExact: 0, wordsOnly: 0, wordsOnlyExact: 0, wordsOnlyOrphaned: 0, light: 0, lightFound: 0, gone: 0, goneOrphaned: 0, wrong: 0, states: {} };
  fc.assert(
    fc.property(scenarioArbitrary, (scenario) => {
      const played = play(scenario);
      record(tally, played.outcome);
      assertTargets(played);
    }),
    { numRuns: RUNS, seed: SEED, includeErrorInReport: true },
  );
  const share = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`);
  t.diagnostic(`scenarios: ${tally.scenarios}; anchor states: ${JSON.stringify(tally.states)}`);
  t.diagnostic(`claimed words and one side of their context unchanged, re-anchored exactly: ${share(tally.unchangedExact, tally.unchanged)}`);
  t.diagnostic(
    `claimed words unchanged but both sides of their context rewritten: re-anchored exactly ${share(tally.wordsOnlyExact, tally.wordsOnly)}, orphaned ${share(tally.wordsOnlyOrphaned, tally.wordsOnly)}`,
  );
  t.diagnostic(`all claims whose words survive unchanged, re-anchored exactly: ${share(tally.unchangedExact + tally.wordsOnlyExact, tally.unchanged + tally.wordsOnly)}`);
  t.diagnostic(`claimed words lightly edited (<= ${LIGHT_EDIT_RATIO * 100}%), re-anchored on them: ${share(tally.lightFound, tally.light)}`);
  t.diagnostic(`claimed words gone or heavily edited, orphaned: ${share(tally.goneOrphaned, tally.gone)}`);
  t.diagnostic(`wrong re-anchors: ${tally.wrong}`);
  // The categories must all be exercised, or the figures above mean nothing.
  assert.ok(tally.unchanged > RUNS * 0.3 && tally.light > RUNS * 0.05 && tally.gone > RUNS * 0.02, JSON.stringify(tally));
});

/**
 * A scenario random exploration once failed, replayed on every run. It names an article by index
 * and edits by free numbers read against the text, so an edit of a seed file silently turns it
 * into another scenario: the claimed words it must pick and the anchor state it must end in are
 * pinned, and a change of either fails loudly.
 */
interface Regression {
  name: string;
  /** The counterexample fast-check printed, as printed. */
  scenario: string;
  /** The words the scenario claims on its article. */
  words: string;
  /** How the claim resolves after the edits, as it did when the case was fixed. */
  state: AnchorState;
}

// Scenarios random exploration (PRESS_PROPERTY_SEED=random, or other seeds) once failed.
const REGRESSIONS: Regression[] = [
  // The prefix destroyed by text typed against the claim, a decoy pasted into that text just
  // after the intact prefix: the decoy was chosen over the real words with their suffix intact.
  {
    name: 'issue 4: decoy pasted after the intact prefix, real words with their suffix intact',
    scenario: '{"article":4,"claimStart":190812,"claimWords":5,"edits":[{"kind":"insert-near","a":35281,"b":142638,"c":516054},{"kind":"paste-claim","a":440862,"b":0,"c":0},{"kind":"insert","a":0,"b":0,"c":0}]}',
    words: "spéciale' mais dénoncée comme une",
    state: 'moved',
  },
  // The article prints its headline twice: a near-copy of the claimed words after the same
  // prefix was chosen over the real words, moved with a line, with their suffix intact.
  {
    name: 'headline printed twice: near-copy after the same prefix, real words moved with their suffix intact',
    scenario: '{"article":3,"claimStart":888727,"claimWords":11,"edits":[{"kind":"insert-near","a":0,"b":137012,"c":0},{"kind":"move","a":775504,"b":139213,"c":0}]}',
    words: 'Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nUne',
    state: 'moved',
  },
  // The claim moved, both sides of its context damaged; a copy of its words pasted at its old
  // offset, with rewritten context, was taken by the last resort (words where they were).
  {
    name: 'decoy pasted at the old offset after the claim moved: not taken by the last resort',
    scenario: '{"article":2,"claimStart":907556,"claimWords":20,"edits":[{"kind":"eol","a":0,"b":0,"c":0},{"kind":"paste-claim","a":341762,"b":0,"c":0},{"kind":"duplicate","a":577102,"b":0,"c":0},{"kind":"delete-near","a":0,"b":0,"c":0},{"kind":"insert-near","a":0,"b":401091,"c":113468},{"kind":"eol","a":0,"b":0,"c":0}]}',
    words: 'et Vladimir Poutine se rencontreront pour la première fois depuis le retour de l’ancien président républicain à la Maison-Blanche.\n\n \n\nUn',
    state: 'orphaned',
  },
  // Text typed against the claim's prefix, a decoy pasted into it: the decoy, 2 characters
  // after the intact prefix, was accepted through the near-copy that swallowed them, while the
  // real words kept their suffix but for one deleted character.
  {
    name: 'decoy just after the intact prefix, real words with their suffix one character off',
    scenario: '{"article":1,"claimStart":658305,"claimWords":7,"edits":[{"kind":"delete","a":0,"b":12,"c":0},{"kind":"insert-near","a":45396,"b":976558,"c":701652},{"kind":"paste-claim","a":300371,"b":0,"c":0},{"kind":"delete-near","a":0,"b":0,"c":595791}]}',
    words: 'et du pouvoir du dollar. Ces conversations',
    state: 'orphaned',
  },
  // One word, "négociations", with both sides of its context broken by insertions: a paraphrase
  // of the sentence elsewhere in the article had both sides similar enough to be accepted.
  {
    name: 'one word, context broken both sides: not moved to a paraphrase of its sentence',
    scenario: '{"article":4,"claimStart":541316,"claimWords":1,"edits":[{"kind":"insert-near","a":0,"b":61743,"c":91435},{"kind":"insert-near","a":0,"b":0,"c":0}]}',
    words: 'négociations',
    state: 'orphaned',
  },
  // The same paraphrase, the real word two typos off (more than barely changed) and its prefix
  // cut: the real word, as cheap, still rivals the paraphrase.
  {
    name: 'one word typo-fixed twice, its prefix cut: not moved to a paraphrase of its sentence',
    scenario: '{"article":4,"claimStart":397676,"claimWords":1,"edits":[{"kind":"typo","a":0,"b":96842,"c":0},{"kind":"typo","a":0,"b":0,"c":133991},{"kind":"delete-near","a":0,"b":14728,"c":0},{"kind":"insert","a":0,"b":0,"c":0}]}',
    words: 'négociations',
    state: 'orphaned',
  },
  // "un" at the start of the text, its line moved away: a line now at the top begins "Dans un"
  // too, and its 5-character prefix cut short by the start of the text was taken as settling it.
  {
    name: 'claim at the start of the text, its line moved: a short prefix at the old offset does not settle it',
    scenario: '{"article":0,"claimStart":1,"claimWords":1,"edits":[{"kind":"duplicate","a":2,"b":0,"c":0},{"kind":"move","a":725669,"b":0,"c":0},{"kind":"insert","a":7,"b":0,"c":0}]}',
    words: 'un',
    state: 'moved',
  },
  // A copy of the words pasted exactly at the old offset, both sides of its context rewritten,
  // while the claim (both sides damaged too) stood elsewhere: the last resort took the copy.
  {
    name: 'copy pasted at the old offset, claim damaged elsewhere: the last resort needs the only copy',
    scenario: '{"article":0,"claimStart":732324,"claimWords":7,"edits":[{"kind":"delete-near","a":0,"b":764214,"c":670075},{"kind":"paste-claim","a":0,"b":0,"c":0},{"kind":"delete-near","a":0,"b":508902,"c":0},{"kind":"paste-claim","a":866196,"b":0,"c":0},{"kind":"insert","a":30711,"b":0,"c":0}]}',
    words: 'deux nations.\nVers une nouvelle dynamique diplomatique',
    state: 'orphaned',
  },
  // A copy of the words (which span a paragraph break) pasted exactly at the old offset, in
  // the middle of a line, while a line move tore the claim apart: the last resort took the copy.
  {
    name: 'copy pasted mid-line at the old offset, the claim torn apart: the last resort needs a paragraph edge',
    scenario: '{"article":2,"claimStart":436984,"claimWords":5,"edits":[{"kind":"paste-claim","a":230699,"b":0,"c":0},{"kind":"insert","a":467071,"b":693194,"c":0},{"kind":"move","a":295530,"b":0,"c":0}]}',
    words: 'signal adressé à Kyiv\n\n \n\nAvant',
    state: 'orphaned',
  },
  // The claim moved with its line, text typed between it and its intact prefix; a copy pasted
  // elsewhere, text between it and an intact suffix: both accepted the same weak way, the
  // nearer copy was taken.
  {
    name: 'claim and copy each with text between them and an intact side: orphaned, not the nearer',
    scenario: '{"article":0,"claimStart":525087,"claimWords":28,"edits":[{"kind":"move","a":0,"b":891949,"c":0},{"kind":"delete","a":0,"b":996103,"c":0},{"kind":"paste-claim","a":201566,"b":0,"c":0},{"kind":"insert","a":198313,"b":1,"c":0}]}',
    words: 'En parallèle des efforts diplomatiques, Trump et Poutine ont convenu d’un échange de visites officielles dans les mois à venir, soulignant leur volonté de travailler en étroite coopération.',
    state: 'orphaned',
  },
  // A claim "a" moved with its line 4,600 characters away, its prefix intact: more than 256
  // nearer occurrences of "a" hid it.
  {
    name: 'a one-letter claim moved far, its prefix intact: found past the nearer occurrences',
    scenario: '{"article":4,"claimStart":31034,"claimWords":1,"edits":[{"kind":"move","a":0,"b":329195,"c":0},{"kind":"insert","a":0,"b":0,"c":0}]}',
    words: 'a',
    state: 'moved',
  },
  // Article 3 prints its headline twice; the claim runs from the first headline into the
  // second. A copy of it pasted into the second headline, then the first headline moved right
  // after the copy's own line break: the copy (one line break short) stood before the stored
  // suffix, while the real words, split by the move, kept their prefix. The copy was taken.
  {
    name: 'claim split by a line move after its intact prefix, a copy before the stored suffix: orphaned, not the copy',
    scenario: '{"article":3,"claimStart":3,"claimWords":14,"edits":[{"kind":"paste-claim","a":150970,"b":0,"c":0},{"kind":"move","a":0,"b":325987,"c":0}]}',
    words: 'téléphonique entre Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nNouvelles\n\nUn',
    state: 'orphaned',
  },
  // A copy of the words pasted two characters after an intact copy of the prefix (the article
  // prints its headline twice), the claim's first words and its prefix deleted: the copy, with
  // neither side intact, was taken over the real words whose suffix is intact.
  {
    name: 'copy two characters after the intact prefix, the claim with its first words deleted and its suffix intact',
    scenario: '{"article":3,"claimStart":704722,"claimWords":21,"edits":[{"kind":"paste-claim","a":606582,"b":0,"c":0},{"kind":"paste-claim","a":535,"b":0,"c":0},{"kind":"delete","a":574207,"b":887002,"c":0}]}',
    words: 'la semaine prochaine\n\nUne nouvelle conversation téléphonique entre le président américain Donald Trump et le président russe Vladimir Poutine est attendue',
    state: 'orphaned',
  },
  // The claim (in article 3's second headline) split in two by an inserted line and a line
  // move, each part against its intact side of the context; a copy pasted into the first
  // headline, three characters before a copy of the stored suffix: the copy was taken. (Found
  // replaying the default seed past its first failure, as generated, not shrunk.)
  {
    name: 'claim torn in two, each part against its intact side, a copy near the suffix: orphaned, not the copy',
    scenario: '{"article":3,"claimStart":17,"claimWords":5,"edits":[{"kind":"eol","a":764580,"b":869503,"c":760189},{"kind":"insert","a":996360,"b":945347,"c":554388},{"kind":"paste-claim","a":993339,"b":957698,"c":39720},{"kind":"duplicate","a":683347,"b":869728,"c":281774},{"kind":"move","a":86182,"b":888815,"c":168489}]}',
    words: 'nouvel appel téléphonique entre Donald',
    state: 'orphaned',
  },
  // Text typed against the claim's prefix pushed the claim on, the text after it rewritten; a
  // copy of the words pasted into the typed text three characters after the intact prefix
  // (neither side intact, as for the claim) was taken, while the claim stood unchanged a
  // hundred characters further on.
  {
    name: 'copy three characters after the intact prefix, the claim pushed on with its context rewritten: orphaned',
    scenario: '{"article":2,"claimStart":241969,"claimWords":6,"edits":[{"kind":"insert-near","a":0,"b":869972,"c":239062},{"kind":"paste-claim","a":896061,"b":0,"c":0},{"kind":"insert-near","a":0,"b":9381,"c":497173}]}',
    words: 'une fois la guerre terminée.\n\n \n\nDes',
    state: 'orphaned',
  },
  // The claim's words deleted but for their last word, then pasted three characters after the
  // intact prefix, the other side rewritten: read as the claim with a word typed before it.
  {
    name: 'words deleted, then pasted three characters after the intact prefix, the other side rewritten: orphaned',
    scenario: '{"article":0,"claimStart":7,"claimWords":9,"edits":[{"kind":"delete","a":13896,"b":98334,"c":0},{"kind":"delete-near","a":0,"b":778069,"c":3649},{"kind":"delete","a":108175,"b":170982,"c":0},{"kind":"duplicate","a":150913,"b":0,"c":0},{"kind":"insert-near","a":0,"b":626756,"c":401647},{"kind":"paste-claim","a":147287,"b":0,"c":0}]}',
    words: 'américain Donald Trump et son homologue russe Vladimir Poutine',
    state: 'orphaned',
  },
  // Article 3's headlines copied over and over: a near-copy of the words (a line break short)
  // after a copy of the prefix was taken, while the claim stood unchanged, one character off
  // its prefix, its suffix rewritten: cheaper, but excluded as a weak place the near-copy rivalled.
  // Once that was fixed, a near-copy straddling the pasted copy and the claim's first words was
  // taken (fuzzy); its prefix lay inside a closer copy of the words, so it is orphaned now.
  {
    name: 'near-copy after a copy of the prefix, the unchanged words cheaper elsewhere: not the near-copy',
    scenario: '{"article":3,"claimStart":9,"claimWords":23,"edits":[{"kind":"delete-near","a":0,"b":0,"c":0},{"kind":"paste-claim","a":0,"b":0,"c":0},{"kind":"duplicate","a":792334,"b":0,"c":0},{"kind":"insert-near","a":0,"b":706863,"c":29389}]}',
    words: 'Poutine est attendu la semaine prochaine\n\nNouvelles\n\nUn nouvel appel téléphonique entre Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nUne',
    state: 'orphaned',
  },
  // The claim's line moved, the text before it deleted, a copy of the words pasted near the
  // start of the text: a copy was taken.
  {
    name: 'claim moved and its prefix deleted, a copy pasted near the start of the text: not the copy',
    scenario: '{"article":4,"claimStart":17,"claimWords":26,"edits":[{"kind":"move","a":999964,"b":40171,"c":0},{"kind":"delete-near","a":0,"b":337328,"c":0},{"kind":"paste-claim","a":2,"b":0,"c":0}]}',
    words: "Poutine d'ouvrir des négociations pour mettre fin à la guerre en Ukraine. Les deux dirigeants ont également convenu de se rencontrer, a déclaré le Kremlin.\n\nLe",
    state: 'orphaned',
  },
  // Article 3 prints its headline twice. A copy of the claim pasted, then the first headline
  // moved right after the copy: the copy, its words unchanged, had the stored suffix intact,
  // while a line move split the claim in two, each part against its own intact side.
  {
    name: 'unchanged copy before a moved line that begins with the suffix, the claim split by the move: orphaned',
    scenario: '{"article":3,"claimStart":519660,"claimWords":11,"edits":[{"kind":"paste-claim","a":156596,"b":0,"c":0},{"kind":"move","a":0,"b":889496,"c":0},{"kind":"insert","a":0,"b":0,"c":0}]}',
    words: 'Trump et Vladimir Poutine est attendu la semaine prochaine\n\nNouvelles\n\nUn',
    state: 'orphaned',
  },
  // The same family: the unchanged words, cheaper, with their prefix nine characters off (not
  // recognisable, but still there), were not counted as a rival of the near-copy.
  {
    name: 'near-copy after a copy of the prefix, the unchanged words cheaper with their prefix still there: not the near-copy',
    scenario: '{"article":3,"claimStart":6,"claimWords":26,"edits":[{"kind":"insert-near","a":0,"b":282485,"c":549826},{"kind":"paste-claim","a":476481,"b":0,"c":0},{"kind":"duplicate","a":432424,"b":0,"c":0},{"kind":"delete-near","a":0,"b":728,"c":0}]}',
    words: 'Trump et Vladimir Poutine est attendu la semaine prochaine\n\nNouvelles\n\nUn nouvel appel téléphonique entre Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nUne',
    state: 'orphaned',
  },
  // Not a wrong re-anchor but a miss of the other target (the old code missed it too): article
  // 3's "Nouvelles" line moved to the top, the claim "Nouvelles\n\nUn nouvel appel…" unchanged
  // there with its suffix intact; the second headline, "Nouvelles\n\n" short of the words but
  // between both sides of the stored context, outranked it.
  {
    name: 'unchanged words with their suffix intact, a near-copy a line short between both sides: the unchanged words',
    scenario: '{"article":3,"claimStart":15,"claimWords":6,"edits":[{"kind":"move","a":0,"b":56006,"c":0},{"kind":"insert","a":0,"b":0,"c":0}]}',
    words: 'Nouvelles\n\nUn nouvel appel téléphonique entre',
    state: 'moved',
  },
  // Guard against the fix above going too far: the claim, a line short but between both sides
  // of its context, must still outrank a near-copy after a copy of the prefix (article 3).
  {
    name: 'guard: changed words between both sides of the context outrank a near-copy with one side',
    scenario: '{"article":3,"claimStart":6,"claimWords":29,"edits":[{"kind":"paste-claim","a":918059,"b":0,"c":0},{"kind":"move","a":0,"b":131034,"c":0},{"kind":"delete","a":564845,"b":19473,"c":0},{"kind":"duplicate","a":211694,"b":0,"c":0}]}',
    words: 'Trump et Vladimir Poutine est attendu la semaine prochaine\n\nNouvelles\n\nUn nouvel appel téléphonique entre Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nUne nouvelle conversation téléphonique',
    state: 'fuzzy',
  },
  // Guard (passed before): a near-copy at the start of the text whose paragraph "holds" (the
  // stored words span a paragraph break) must not count as both sides of its context intact.
  {
    name: 'guard: a near-copy whose paragraph holds does not outrank unchanged words with a side intact',
    scenario: '{"article":3,"claimStart":951429,"claimWords":13,"edits":[{"kind":"eol","a":762206,"b":436205,"c":481426},{"kind":"insert-near","a":28058,"b":753203,"c":762729}]}',
    words: 'Nouvelles\n\nUn nouvel appel téléphonique entre Donald Trump et Vladimir Poutine est attendu',
    state: 'moved',
  },
  // Article 3 prints its headline twice, and a claim across both headlines holds its own
  // prefix (" nouvel appel téléphonique entre "). The claim mostly deleted; a copy of it pasted,
  // then a headline line duplicated inside the copy: read from the copy's second headline on,
  // the words were a line short (barely changed) with the copy's first headline for an intact
  // prefix, and were taken, fuzzy, on the copy. (Seed 12345 at 40,000 scenarios, as generated,
  // then as fast-check shrank it.)
  {
    name: 'words repeating their own prefix: a near-copy read inside a pasted copy does not count the copy as its prefix',
    scenario: '{"article":3,"claimStart":5,"claimWords":30,"edits":[{"kind":"move","a":193306,"b":137014,"c":820743},{"kind":"paste-claim","a":549225,"b":430456,"c":848766},{"kind":"paste-claim","a":824235,"b":851856,"c":744682},{"kind":"delete","a":565852,"b":493986,"c":387175},{"kind":"duplicate","a":352272,"b":787742,"c":647969}]}',
    words: 'Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nNouvelles\n\nUn nouvel appel téléphonique entre Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nUne nouvelle conversation téléphonique',
    state: 'orphaned',
  },
  {
    name: 'words repeating their own prefix, shrunk: a near-copy read inside a pasted copy does not count the copy as its prefix',
    scenario: '{"article":3,"claimStart":5,"claimWords":27,"edits":[{"kind":"paste-claim","a":775933,"b":0,"c":0},{"kind":"delete","a":0,"b":431636,"c":0},{"kind":"duplicate","a":352272,"b":0,"c":0}]}',
    words: 'Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nNouvelles\n\nUn nouvel appel téléphonique entre Donald Trump et Vladimir Poutine est attendu la semaine prochaine\n\nUne',
    state: 'orphaned',
  },
];

for (const { name, scenario, words, state } of REGRESSIONS) {
  test(`regression: ${name}`, () => {
    const played = play(JSON.parse(scenario) as Scenario);
    const { original, claim, doc, outcome } = played;
    assert.equal(original.slice(claim.start, claim.end), words, 'the scenario claims other words: has a seed article changed?');
    assert.equal(outcome.resolution.state, state, describe(doc, original, claim, outcome.resolution));
    assertTargets(played);
  });
}

/** The hard targets: never anchored on words not the claim's; unchanged words found exactly. */
function assertTargets({ original, claim, doc, outcome }: ReturnType<typeof play>): void {
  assert.ok(!outcome.wrong, `anchored on words that are not the claim's: ${describe(doc, original, claim, outcome.resolution)}`);
  if (outcome.category === 'unchanged') {
    assert.ok(outcome.exactHit, `unchanged words not found exactly: ${describe(doc, original, claim, outcome.resolution)}`);
  }
}

function record(tally: Tally, outcome: Outcome): void {
  tally.scenarios++;
  tally.states[outcome.resolution.state] = (tally.states[outcome.resolution.state] ?? 0) + 1;
  if (outcome.wrong) tally.wrong++;
  if (outcome.category === 'unchanged') {
    tally.unchanged++;
    if (outcome.exactHit) tally.unchangedExact++;
  } else if (outcome.category === 'words-only') {
    tally.wordsOnly++;
    if (outcome.exactHit) tally.wordsOnlyExact++;
    if (outcome.resolution.state === 'orphaned') tally.wordsOnlyOrphaned++;
  } else if (outcome.category === 'lightly-edited') {
    tally.light++;
    if (outcome.overlaps) tally.lightFound++;
  } else {
    tally.gone++;
    if (outcome.resolution.state === 'orphaned') tally.goneOrphaned++;
  }
}

