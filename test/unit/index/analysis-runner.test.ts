// Analysis off the main thread: the worker bundle (dist/index-worker.js, built with the tests by
// scripts/build.mjs) gives the same results as this thread, and cancellation stops it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/core/recognise/analyze';
import { createAnalysisRunner, InThreadRunner, WorkerPool } from '../../../src/core/index/analysis-runner';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import { ARTICLES, snapshot } from './fixtures';

const WORKER = path.resolve(__dirname, '../../../dist/index-worker.js');

test('the worker bundle exists beside the CLI after a build', () => {
  assert.ok(fs.existsSync(WORKER), `${WORKER} is built by scripts/build.mjs`);
});

test('without a worker script the runner analyses in this thread', async () => {
  const runner = createAnalysisRunner({ workerScript: '/nowhere/index-worker.js' });
  assert.ok(runner instanceof InThreadRunner);
  assert.equal(runner.threads, 0);
  const text = ARTICLES['/ws/kyiv.txt'];
  assert.deepEqual(await runner.analyze({ path: 'a.txt', text, lang: 'auto' }), analyze(text, { fileName: 'a.txt' }));
});

test('worker threads give exactly what analyze() gives here', async () => {
  const pool = new WorkerPool(WORKER, 2);
  try {
    for (const [file, text] of Object.entries(ARTICLES)) {
      assert.deepEqual(await pool.analyze({ path: file, text, lang: 'auto' }), analyze(text, { fileName: file }), file);
    }
  } finally {
    await pool.close();
  }
});

test('aborting rejects queued and running jobs with AbortError; the pool works on', async () => {
  const pool = new WorkerPool(WORKER, 1);
  try {
    const controller = new AbortController();
    const big = ARTICLES['/ws/kyiv.txt'].repeat(2000);
    const jobs = [1, 2, 3].map((n) => pool.analyze({ path: `${n}.txt`, text: big, lang: 'auto' }, controller.signal));
    controller.abort();
    for (const job of jobs) await assert.rejects(job, { name: 'AbortError' });
    const text = ARTICLES['/ws/en/kremlin.txt'];
    assert.deepEqual(await pool.analyze({ path: 'k.txt', text, lang: 'auto' }), analyze(text, { fileName: 'k.txt' }));
  } finally {
    await pool.close();
  }
});

test('a closed pool refuses work and fails what was waiting', async () => {
  const pool = new WorkerPool(WORKER, 1);
  const waiting = pool.analyze({ path: 'a.txt', text: ARTICLES['/ws/kyiv.txt'].repeat(500), lang: 'auto' });
  const refused = assert.rejects(waiting, /closed/);
  await pool.close();
  await refused;
  await assert.rejects(pool.analyze({ path: 'b.txt', text: 'x', lang: 'auto' }), /closed/);
});

test('an index built on worker threads equals one built in this thread', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const threaded = await WorkspaceIndex.open(ws, '/ws', { workerScript: WORKER, threads: 2, workerMinArticles: 0 });
  assert.equal(threaded.stats?.threads, 2);
  const here = await WorkspaceIndex.open(ws, '/ws');
  assert.equal(here.stats?.threads, 0, 'small work stays in this thread');
  assert.deepEqual(snapshot(threaded), snapshot(here));
});

test('cancelling a build on worker threads', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`/ws/${i}.txt`] = ARTICLES['/ws/kyiv.txt'].repeat(50);
  const controller = new AbortController();
  const building = WorkspaceIndex.open(new MemoryWorkspace(files), '/ws', { workerScript: WORKER, threads: 2, workerMinArticles: 0 }, {
    signal: controller.signal,
    onProgress: (p) => p.done === 5 && controller.abort(),
  });
  await assert.rejects(building, { name: 'AbortError' });
});

/** A stand-in worker: answers at once, busy-waits on "slow", exits on "die". */
function scriptedWorker(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'press-worker-')), 'worker.js');
  fs.writeFileSync(
    file,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (r) => {
  if (r.path === 'die') process.exit(3);
  if (r.path === 'slow') { const until = Date.now() + 300; while (Date.now() < until); }
  parentPort.postMessage({ id: r.id, analysis: { lang: 'fr', entities: [], quotes: [{ text: r.path }] } });
});`,
  );
  return file;
}

const answered = (analysis: { quotes: { text: string }[] }): string => analysis.quotes[0].text;

test('a worker holds several articles; when it dies only the one it was on fails, the others are run again', async () => {
  const pool = new WorkerPool(scriptedWorker(), 1);
  try {
    const jobs = ['a', 'die', 'b', 'c'].map((p) => pool.analyze({ path: p, text: '', lang: 'auto' }));
    assert.equal(answered((await jobs[0]) as never), 'a');
    await assert.rejects(jobs[1], /die: the analysis worker stopped/);
    assert.equal(answered((await jobs[2]) as never), 'b');
    assert.equal(answered((await jobs[3]) as never), 'c');
  } finally {
    await pool.close();
  }
});

test('a cancelled article the worker still runs and dies on is not blamed on the next one', async () => {
  const pool = new WorkerPool(scriptedWorker(), 1);
  try {
    const controller = new AbortController();
    const slow = pool.analyze({ path: 'slow', text: '', lang: 'auto' });
    const dying = pool.analyze({ path: 'die', text: '', lang: 'auto' }, controller.signal);
    const next = pool.analyze({ path: 'next', text: '', lang: 'auto' });
    controller.abort();
    await assert.rejects(dying, { name: 'AbortError' });
    assert.equal(answered((await slow) as never), 'slow');
    // The worker still runs "die" (it was in its port) and exits: "next" is sent again, not failed.
    assert.equal(answered((await next) as never), 'next');
  } finally {
    await pool.close();
  }
});

test('cancelling an article that waits in a worker leaves the one it is on running', async () => {
  const pool = new WorkerPool(scriptedWorker(), 1);
  try {
    const controller = new AbortController();
    const slow = pool.analyze({ path: 'slow', text: '', lang: 'auto' });
    const waiting = pool.analyze({ path: 'next', text: '', lang: 'auto' }, controller.signal);
    controller.abort();
    await assert.rejects(waiting, { name: 'AbortError' });
    assert.equal(answered((await slow) as never), 'slow');
    assert.equal(answered((await pool.analyze({ path: 'after', text: '', lang: 'auto' })) as never), 'after');
  } finally {
    await pool.close();
  }
});
