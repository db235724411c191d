import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import type { WatchEvent } from '../../../src/core/workspace/workspace';
import { workspaceContract } from './contract';

workspaceContract('MemoryWorkspace', async (files) => {
  const root = '/ws';
  const initial = Object.fromEntries(Object.entries(files).map(([path, content]) => [`${root}/${path}`, content]));
  return { ws: new MemoryWorkspace(initial), root, cleanup: async () => undefined };
});

test('MemoryWorkspace: initial contents may be strings (stored as UTF-8) or bytes', async () => {
  const ws = new MemoryWorkspace({ 'a.txt': 'é', 'b.bin': new Uint8Array([1, 2]) });
  assert.deepEqual(await ws.readFile('a.txt'), new Uint8Array([0xc3, 0xa9]));
  assert.deepEqual(await ws.readFile('./b.bin'), new Uint8Array([1, 2]));
});

test('MemoryWorkspace: paths are normalised, so ./a/../b.txt is b.txt', async () => {
  const ws = new MemoryWorkspace({ 'b.txt': 'b' });
  assert.equal((await ws.stat('./a/../b.txt'))?.type, 'file');
  assert.deepEqual(await ws.listFiles('./'), ['b.txt']);
});

test('MemoryWorkspace: callers get copies, never the stored bytes', async () => {
  const data = new Uint8Array([1, 2, 3]);
  const ws = new MemoryWorkspace();
  await ws.writeFile('a.bin', data);
  data[0] = 9;
  const read = await ws.readFile('a.bin');
  read[1] = 9;
  assert.deepEqual(await ws.readFile('a.bin'), new Uint8Array([1, 2, 3]));
});

test('MemoryWorkspace: every write gets a later mtime, even within one millisecond', async () => {
  const ws = new MemoryWorkspace({ 'a.txt': '1' });
  const before = (await ws.stat('a.txt'))?.mtimeMs ?? 0;
  await ws.writeFile('a.txt', new Uint8Array([50]));
  assert.ok(((await ws.stat('a.txt'))?.mtimeMs ?? 0) > before);
});

test('MemoryWorkspace: a file cannot be written below another file, nor over a folder', async () => {
  const ws = new MemoryWorkspace({ 'a.txt': 'a', 'dir/b.txt': 'b' });
  await assert.rejects(ws.writeFile('a.txt/c.txt', new Uint8Array()), /^Error: a\.txt\/c\.txt: .*parent of it is a file/);
  await assert.rejects(ws.writeFile('dir', new Uint8Array()), { message: 'dir: is a folder, not a file' });
});

test('MemoryWorkspace: watch events come after the write, in a microtask, not during it', async () => {
  const ws = new MemoryWorkspace();
  const events: WatchEvent[] = [];
  ws.watch('.', (event) => events.push(event));
  const writing = ws.writeFile('seeds/a.txt', new Uint8Array([65]));
  assert.equal(events.length, 0, 'not synchronously inside writeFile');
  await writing;
  assert.deepEqual(events, [{ kind: 'created', path: 'seeds/a.txt' }], 'delivered by the time the write resolves');
});

test('MemoryWorkspace: a watcher disposed before delivery hears nothing', async () => {
  const ws = new MemoryWorkspace();
  const events: WatchEvent[] = [];
  const watcher = ws.watch('.', (event) => events.push(event));
  const writing = ws.writeFile('a.txt', new Uint8Array());
  watcher.dispose();
  await writing;
  assert.deepEqual(events, []);
});

test('MemoryWorkspace: deleting a missing file fires no event', async () => {
  const ws = new MemoryWorkspace();
  const events: WatchEvent[] = [];
  ws.watch('.', (event) => events.push(event));
  await ws.deleteFile('ghost.txt');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(events, []);
});
