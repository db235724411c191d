// Random edit scenarios for the anchoring property test: a claim picked on a sample article
// (seeds/), then a sequence of edits (insertions and deletions anywhere and right next to the
// claim, line-ending changes, paragraphs moved or duplicated, the claim's words pasted
// elsewhere, typo fixes inside the claim), and a judge that knows, from each character's origin
// (edit-model.ts), where the claimed words really are.

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createAnchor, resolveAnchor } from '../../../src/core/claims/anchoring';
import type { AnchorResolution } from '../../../src/core/claims/types';
import {
  TrackedText,
  convertLineEndings,
  duplicateLine,
  intactRuns,
  levenshtein,
  lines,
  moveLine,
  regions,
  splice,
  survivingPositions,
  track,
} from './edit-model';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const ARTICLES = fs
  .readdirSync(path.join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8'));
/** "Lightly edited": at most this share of the claimed words changed. */
export const LIGHT_EDIT_RATIO = 0.2;

type EditKind = 'insert' | 'insert-near' | 'delete' | 'delete-near' | 'eol' | 'move' | 'duplicate' | 'paste-claim' | 'typo';

interface Edit {
  kind: EditKind;
  /** Free numbers, interpreted against the current text (so shrinking keeps edits valid). */
  a: number;
  b: number;
  c: number;
}

export interface Scenario {
  article: number;
  claimStart: number;
  claimWords: number;
  edits: Edit[];
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>('insert', 'insert-near', 'delete', 'delete-near', 'eol', 'move', 'duplicate', 'paste-claim', 'typo'),
  a: fc.nat(1_000_000),
  b: fc.nat(1_000_000),
  c: fc.nat(1_000_000),
});

export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.record({
  article: fc.nat(ARTICLES.length - 1),
  claimStart: fc.nat(1_000_000),
  claimWords: fc.integer({ min: 1, max: 30 }),
  edits: fc.array(editArbitrary, { minLength: 1, maxLength: 6 }),
});

export interface Claim {
  start: number;
  end: number;
}

/** A claim from word to word, as a journalist selects one. */
export function pickClaim(text: string, scenario: Scenario): Claim {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const first = scenario.claimStart % words.length;
  const last = Math.min(words.length - 1, first + scenario.claimWords - 1);
  return { start: words[first].start, end: words[last].end };
}

function vocabulary(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** A few words of the article itself: inserted text that looks like the rest. */
function someWords(words: string[], seed: number, count: number): string {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(words[(seed + i * 7919) % words.length]);
  return picked.join(' ');
}

/** Applies one edit; `claim` is where the claim's words are now (tracked), for the edits aimed near it. */
function applyEdit(doc: TrackedText, edit: Edit, original: string, claim: Claim, words: string[]): TrackedText {
  const { text } = doc;
  const near = nearClaim(doc, claim);
  switch (edit.kind) {
    case 'insert': {
      const at = edit.a % (text.length + 1);
      return splice(doc, at, at, insertion(words, edit));
    }
    case 'insert-near': {
      // Right next to the claim, or a few characters away, on either side.
      const side = edit.b % 2 === 0 ? near.start : near.end;
      const at = clamp(side + ((edit.c % 9) - 4), 0, text.length);
      if (at > near.start && at < near.end) return doc; // not inside: that is a typo edit
      return splice(doc, at, at, insertion(words, edit));
    }
    case 'delete': {
      const start = edit.a % (text.length + 1);
      return splice(doc, start, Math.min(text.length, start + 1 + (edit.b % 120)), '');
    }
    case 'delete-near': {
      const length = 1 + (edit.b % 40);
      if (edit.c % 2 === 0) return splice(doc, Math.max(0, near.start - length), near.start, '');
      return splice(doc, near.end, Math.min(text.length, near.end + length), '');
    }
    case 'eol':
      return convertLineEndings(doc, edit.a % 2 === 0 ? 'crlf' : 'lf');
    case 'move': {
      const count = lines(text).length;
      return moveLine(doc, edit.a % count, edit.b % count);
    }
    case 'duplicate': {
      const count = lines(text).length;
      return duplicateLine(doc, edit.a % count, edit.b % 2 === 0);
    }
    case 'paste-claim': {
      // The claimed words typed again elsewhere, in other surroundings: a decoy.
      const at = edit.a % (text.length + 1);
      return splice(doc, at, at, ` ${original.slice(claim.start, claim.end)} `);
    }
    case 'typo': {
      // One or two characters changed inside the claim (a fixed typo, an accent added).
      if (near.end - near.start < 2) return doc;
      const at = near.start + 1 + (edit.a % (near.end - near.start - 1));
      const replacement = 'éaèio'[edit.c % 5];
      const removed = edit.b % 3; // 0: insert, 1: replace one, 2: replace two
      return splice(doc, at, Math.min(near.end, at + removed), replacement);
    }
  }
}

function insertion(words: string[], edit: Edit): string {
  const count = 1 + (edit.b % 12);
  const text = someWords(words, edit.c, count);
  return edit.a % 5 === 0 ? `\n${text}\n` : ` ${text} `;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** The claimed words' current extent (first to last surviving character of the first copy). */
function nearClaim(doc: TrackedText, claim: Claim): Claim {
  const positions = survivingPositions(doc, claim.start, claim.end);
  if (positions.length === 0) return { start: 0, end: 0 };
  const [first] = regions(positions, 40);
  return first;
}

export type Category = 'unchanged' | 'lightly-edited' | 'gone';

export interface Outcome {
  category: Category;
  resolution: AnchorResolution;
  /** Found at one of the intact copies of the words, to the character. */
  exactHit: boolean;
  /** Found over some of the claimed characters. */
  overlaps: boolean;
}

export function judge(doc: TrackedText, original: string, claim: Claim, resolution: AnchorResolution): Outcome {
  const runs = intactRuns(doc, original, claim.start, claim.end);
  const positions = survivingPositions(doc, claim.start, claim.end);
  const found = resolution.state !== 'orphaned';
  const overlaps = found && positions.some((p) => p >= resolution.start && p < resolution.end);
  const exactHit = found && runs.some((r) => r.start === resolution.start && r.end === resolution.end);
  let category: Category = 'gone';
  if (runs.length > 0) {
    category = 'unchanged';
  } else {
    const claimed = original.slice(claim.start, claim.end).replace(/\r\n/g, '\n');
    const light = regions(positions, 8).some((r) => {
      const now = doc.text.slice(r.start, r.end).replace(/\r\n/g, '\n');
      return levenshtein(now, claimed) <= LIGHT_EDIT_RATIO * claimed.length;
    });
    if (light) category = 'lightly-edited';
  }
  return { category, resolution, exactHit, overlaps };
}


/** Plays a scenario: the claim, the edited text, where the anchor was found and the verdict. */
export function play(scenario: Scenario): { original: string; claim: Claim; doc: TrackedText; outcome: Outcome } {
  const original = ARTICLES[scenario.article];
  const words = vocabulary(original);
  const claim = pickClaim(original, scenario);
  const anchor = createAnchor(original, claim.start, claim.end);
  let doc = track(original);
  for (const edit of scenario.edits) doc = applyEdit(doc, edit, original, claim, words);
  const outcome = judge(doc, original, claim, resolveAnchor(doc.text, anchor));
  return { original, claim, doc, outcome };
}

export function describe(doc: TrackedText, original: string, claim: Claim, resolution: AnchorResolution): string {
  const found = resolution.state === 'orphaned' ? '(orphaned)' : JSON.stringify(doc.text.slice(resolution.start, resolution.end));
  return `claim ${JSON.stringify(original.slice(claim.start, claim.end))} -> ${resolution.state} ${found}`;
}
