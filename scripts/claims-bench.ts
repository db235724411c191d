// `npm run bench` rows for the claim store: loading and saving a sidecar of 1,000 claims, and
// re-anchoring 1,000 claims after an edit of a 1 MB article (a paragraph inserted near the
// top, which moves every claim, one deleted further down, and typos fixed inside 1% of the
// claims). Claims are spread evenly over the article, 3 to 20 words each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { anchorClaims, newClaim } from '../src/core/claims/claims';
import { renderSidecar } from '../src/core/claims/sidecar-edit';
import { readSidecar, saveSidecar } from '../src/core/claims/sidecar-store';
import type { Claim } from '../src/core/claims/types';
import { NodeWorkspace } from '../src/core/workspace/node-workspace';
import { formatTable } from '../src/cli/table';
import { median } from './bench-stats';

const CLAIMS = 1000;

/** 1,000 claims spread over the article, from word to word. */
function claimsOver(text: string): Claim[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const taken = new Set<string>();
  const claims: Claim[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const first = Math.floor((i * words.length) / CLAIMS);
    const last = Math.min(words.length - 1, first + 2 + (i % 18));
    const claim = newClaim(text, words[first].start, words[last].end, { note: i % 10 === 0 ? 'Checked against\nthe source.' : undefined, sources: i % 3 === 0 ? [{ url: `https://example.org/${i}` }] : [] }, { takenIds: taken, author: 'Bench', now: new Date('2025-01-01T00:00:00Z') });
    taken.add(claim.id);
    claims.push(claim);
  }
  return claims;
}

/** The article after an edit: a paragraph inserted near the top, one deleted, typos fixed in 1% of the claims. */
function edited(text: string, claims: readonly Claim[]): string {
  let result = text;
  // Typos first (from the end, so earlier offsets stay valid): one letter changed in every 100th claim.
  for (let i = claims.length - 1; i >= 0; i -= 100) {
    const middle = Math.floor((claims[i].anchor.start + claims[i].anchor.end) / 2);
    result = result.slice(0, middle) + 'é' + result.slice(middle + 1);
  }
  const deleteAt = result.indexOf('\n\n', Math.floor(result.length / 2));
  const deleteEnd = result.indexOf('\n\n', deleteAt + 2);
  result = result.slice(0, deleteAt) + result.slice(deleteEnd);
  const insertAt = result.indexOf('\n\n', 2000);
  return result.slice(0, insertAt) + '\n\nUn paragraphe ajouté après publication, pour préciser le contexte des déclarations citées plus bas.' + result.slice(insertAt);
}

export async function runClaimsBench(article: string): Promise<void> {
  const claims = claimsOver(article);
  const sidecarText = renderSidecar({ version: 1, article: 'bench.md', claims, entities: [], removedIds: [] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-claims-bench-'));
  const ws = new NodeWorkspace();
  const articlePath = path.join(dir, 'bench.md');
  try {
    fs.writeFileSync(articlePath, article);
    fs.writeFileSync(`${articlePath}.press.yaml`, sidecarText);
    const load: number[] = [];
    const save: number[] = [];
    for (let run = 0; run < 7; run++) {
      let started = performance.now();
      const file = await readSidecar(ws, articlePath);
      load.push(performance.now() - started);
      if (file.content.claims.length !== CLAIMS) throw new Error(`bench: read ${file.content.claims.length} claims`);
      const target = file.content.claims[run * 100];
      started = performance.now();
      await saveSidecar(ws, file, [{ kind: 'update-claim', claim: { ...target, status: 'false', updated: '2025-01-02T00:00:00Z' } }]);
      save.push(performance.now() - started);
    }
    const changed = edited(article, claims);
    anchorClaims(changed, claims); // let the JIT optimise it
    const anchorTimes: number[] = [];
    const states: Record<string, number> = {};
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const anchored = anchorClaims(changed, claims);
      anchorTimes.push(performance.now() - started);
      if (run === 0) for (const a of anchored) states[a.state] = (states[a.state] ?? 0) + 1;
    }
    const kb = (Buffer.byteLength(sidecarText) / 1024).toFixed(0);
    console.log('');
    console.log(
      formatTable(['MEASURE', 'VALUE', 'TARGET'], [
        [`sidecar of ${CLAIMS} claims (${kb} KB): load`, `${median(load).toFixed(1)} ms`, ''],
        [`sidecar of ${CLAIMS} claims: save one change (re-read, splice, check, atomic write)`, `${median(save).toFixed(1)} ms`, ''],
        [`sidecar of ${CLAIMS} claims: load + save`, `${(median(load) + median(save)).toFixed(1)} ms`, '< 200 ms'],
        [`re-anchor ${CLAIMS} claims after an edit of a 1 MB article`, `${median(anchorTimes).toFixed(1)} ms`, '< 200 ms'],
        ['  anchor states after that edit', Object.entries(states).map(([s, n]) => `${n} ${s}`).join(', '), ''],
      ]),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
