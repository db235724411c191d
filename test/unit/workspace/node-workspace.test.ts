import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeWorkspace } from '../../../src/core/workspace/node-workspace';
import type { WatchEvent } from '../../../src/core/workspace/workspace';
import { eventually, workspaceContract } from './contract';

async function tempDir(files: Record<string, string> = {}): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'press-annotator-ws-'));
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await fs.writeFile(path.join(root, name), content);
  }
  return root;
}

const removeDir = (root: string) => fs.rm(root, { recursive: true, force: true });
const utf8 = (value: string) => new TextEncoder().encode(value);

/** Runs `body` on a fresh temporary folder holding `files`, removed afterwards. */
async function withTempDir(files: Record<string, string>, body: (root: string) => Promise<void>): Promise<void> {
  const root = await tempDir(files);
  try {
    await body(root);
  } finally {
    await removeDir(root);
  }
}

/** After a failed write: a.txt still holds "ancien" and no temporary file is left beside it. */
async function assertOldFileIntact(root: string): Promise<void> {
  assert.deepEqual(await fs.readdir(root), ['a.txt']);
  assert.equal(await fs.readFile(path.join(root, 'a.txt'), 'utf8'), 'ancien');
}

workspaceContract('NodeWorkspace', async (files) => {
  const root = await tempDir(files);
  return { ws: new NodeWorkspace(), root, cleanup: () => removeDir(root) };
});

test('NodeWorkspace: an atomic write leaves no temporary file and keeps the permissions', () =>
  withTempDir({ 'a.txt': 'ancien' }, async (root) => {
    await fs.chmod(path.join(root, 'a.txt'), 0o640);
    await new NodeWorkspace().writeFile(`${root}/a.txt`, utf8('nouveau'));
    assert.deepEqual(await fs.readdir(root), ['a.txt']);
    assert.equal(await fs.readFile(path.join(root, 'a.txt'), 'utf8'), 'nouveau');
    assert.equal((await fs.stat(path.join(root, 'a.txt'))).mode & 0o777, 0o640);
  }));

test('NodeWorkspace: when the rename fails, the old file is intact and the temp file gone', () =>
  withTempDir({ 'a.txt': 'ancien' }, async (root) => {
    const failingRename = { ...fs, rename: async () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) };
    const ws = new NodeWorkspace({ fileSystem: failingRename });
    await assert.rejects(ws.writeFile(`${root}/a.txt`, utf8('nouveau')), { message: `${root}/a.txt: no space left on the disk` });
    await assertOldFileIntact(root);
  }));

test('NodeWorkspace: when writing the data fails half-way, the old file is intact and the temp file gone', () =>
  withTempDir({ 'a.txt': 'ancien' }, async (root) => {
    // The handle writes the first half of the data to the temp file, then the disk "fills up".
    const failingOpen: typeof fs.open = async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async (data: Uint8Array) => {
          await handle.write(data.subarray(0, data.length / 2));
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
        close: () => handle.close(),
        chmod: (mode: number) => handle.chmod(mode),
      });
    };
    const ws = new NodeWorkspace({ fileSystem: { ...fs, open: failingOpen } });
    await assert.rejects(ws.writeFile(`${root}/a.txt`, utf8('nouveau contenu')), /no space left/);
    await assertOldFileIntact(root);
  }));

test('NodeWorkspace: concurrent readers see the old or the new content, never a mix', () =>
  withTempDir({ 'big.txt': 'A'.repeat(2 * 1024 * 1024) }, async (root) => {
    const size = 2 * 1024 * 1024;
    const contents = [utf8('A'.repeat(size)), utf8('B'.repeat(size))];
    let writing = true;
    let reads = 0;
    const reader = (async () => {
      while (writing) {
        const data = await fs.readFile(path.join(root, 'big.txt'));
        assert.equal(data.length, size, 'a complete file');
        assert.ok(data.every((byte) => byte === data[0]), 'a single version');
        reads++;
      }
    })();
    try {
      for (let round = 1; round <= 12; round++) await new NodeWorkspace().writeFile(`${root}/big.txt`, contents[round % 2]);
    } finally {
      writing = false;
      await reader;
    }
    assert.ok(reads > 0, 'the reader ran while writing');
    assert.equal((await fs.readFile(path.join(root, 'big.txt')))[0], 'A'.charCodeAt(0));
  }));

test('NodeWorkspace: listFiles lists links to files but not broken links, and does not follow links to folders', () =>
  withTempDir({ 'real/a.txt': 'a' }, async (root) => {
    await fs.symlink(path.join(root, 'real/a.txt'), path.join(root, 'link.txt'));
    await fs.symlink(path.join(root, 'real'), path.join(root, 'loop'));
    await fs.symlink(path.join(root, 'gone.txt'), path.join(root, 'broken.txt'));
    await fs.symlink(path.join(root, 'self.txt'), path.join(root, 'self.txt'));
    assert.deepEqual(await new NodeWorkspace().listFiles(root), [`${root}/link.txt`, `${root}/real/a.txt`]);
  }));

test('NodeWorkspace: listFiles of a file says it is not a folder', () =>
  withTempDir({ 'a.txt': 'a' }, async (root) => {
    await assert.rejects(new NodeWorkspace().listFiles(`${root}/a.txt`), {
      message: `${root}/a.txt: is not a folder, or a parent of it is a file`,
    });
  }));

/** Watches `root` with a fresh NodeWorkspace for the duration of `body`, collecting events. */
async function whileWatching(root: string, body: (events: WatchEvent[]) => Promise<void>): Promise<void> {
  const events: WatchEvent[] = [];
  const watcher = new NodeWorkspace().watch(root, (event) => events.push(event));
  try {
    await new Promise((resolve) => setTimeout(resolve, 150)); // the tree's watchers settle
    await body(events);
  } finally {
    watcher.dispose();
  }
}

test('NodeWorkspace: watch sees files in sub-folders created after it started, not temp files', () =>
  withTempDir({}, (root) =>
    whileWatching(root, async (events) => {
      await new NodeWorkspace().writeFile(`${root}/new/deeper/a.md`, utf8('a'));
      const created = () => events.some((e) => e.kind === 'created' && e.path === `${root}/new/deeper/a.md`);
      await eventually(() => assert.ok(created(), JSON.stringify(events)));
      assert.ok(!events.some((e) => e.path.endsWith('.tmp')), JSON.stringify(events));
      assert.ok(!events.some((e) => e.path === `${root}/new` || e.path === `${root}/new/deeper`), 'folders are not reported');
    }),
  ));

test('NodeWorkspace: deleting a watched sub-folder reports each file in it', () =>
  withTempDir({ 'sub/a.txt': 'a', 'sub/b.txt': 'b' }, (root) =>
    whileWatching(root, async (events) => {
      await fs.rm(path.join(root, 'sub'), { recursive: true });
      const deleted = () => new Set(events.filter((e) => e.kind === 'deleted').map((e) => e.path));
      await eventually(() => assert.deepEqual(deleted(), new Set([`${root}/sub/a.txt`, `${root}/sub/b.txt`]), JSON.stringify(events)));
    }),
  ));

test('NodeWorkspace: watch ignores .git and node_modules', () =>
  withTempDir({ '.git/HEAD': 'x', 'node_modules/p/a.md': 'x' }, (root) =>
    whileWatching(root, async (events) => {
      await fs.writeFile(path.join(root, '.git/HEAD'), 'y');
      await fs.writeFile(path.join(root, 'node_modules/p/a.md'), 'y');
      await fs.writeFile(path.join(root, 'seen.md'), 'y');
      await eventually(() => assert.ok(events.some((e) => e.path === `${root}/seen.md`)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(new Set(events.map((e) => e.path)), new Set([`${root}/seen.md`]));
    }),
  ));

test('NodeWorkspace: watching a missing folder throws an error naming it', () => {
  assert.throws(() => new NodeWorkspace().watch('/no/such/folder', () => undefined), { message: '/no/such/folder: no such folder' });
});
