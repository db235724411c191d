// The behaviour every Workspace must share, run against each implementation by its own test
// file. Not a test entry point itself (no .test.ts suffix).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WatchEvent, Workspace } from '../../../src/core/workspace/workspace';

export interface WorkspaceFixture {
  ws: Workspace;
  /** Folder holding the fixture files; every path below is `${root}/…`. */
  root: string;
  cleanup(): Promise<void>;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (value: string) => new TextEncoder().encode(value);

/** Polls until `check` passes or `timeoutMs` runs out (watchers deliver asynchronously). */
export async function eventually(check: () => void, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

export function workspaceContract(name: string, create: (files: Record<string, string>) => Promise<WorkspaceFixture>): void {
  async function withFixture(files: Record<string, string>, body: (f: WorkspaceFixture) => Promise<void>): Promise<void> {
    const fixture = await create(files);
    try {
      await body(fixture);
    } finally {
      await fixture.cleanup();
    }
  }

  test(`${name}: readFile returns what writeFile stored, replacing the old content`, () =>
    withFixture({ 'a.txt': 'ancien' }, async ({ ws, root }) => {
      assert.equal(text(await ws.readFile(`${root}/a.txt`)), 'ancien');
      await ws.writeFile(`${root}/a.txt`, bytes('nouveau 👍'));
      assert.equal(text(await ws.readFile(`${root}/a.txt`)), 'nouveau 👍');
    }));

  test(`${name}: writeFile creates missing parent folders`, () =>
    withFixture({}, async ({ ws, root }) => {
      await ws.writeFile(`${root}/x/y/z.md`, bytes('z'));
      assert.equal(text(await ws.readFile(`${root}/x/y/z.md`)), 'z');
      assert.equal((await ws.stat(`${root}/x/y`))?.type, 'directory');
    }));

  test(`${name}: stat gives type, size and mtime, undefined when missing`, () =>
    withFixture({ 'dir/a.txt': 'été' }, async ({ ws, root }) => {
      const file = await ws.stat(`${root}/dir/a.txt`);
      assert.equal(file?.type, 'file');
      assert.equal(file?.size, 5, 'size in bytes, not characters');
      assert.ok((file?.mtimeMs ?? 0) > 0);
      assert.equal((await ws.stat(`${root}/dir`))?.type, 'directory');
      assert.equal(await ws.stat(`${root}/nothing.txt`), undefined);
      assert.equal(await ws.stat(`${root}/dir/a.txt/below`), undefined);
    }));

  test(`${name}: errors name the path`, () =>
    withFixture({ 'dir/a.txt': 'a' }, async ({ ws, root }) => {
      await assert.rejects(ws.readFile(`${root}/missing.txt`), { message: `${root}/missing.txt: no such file` });
      await assert.rejects(ws.readFile(`${root}/dir`), { message: `${root}/dir: is a folder, not a file` });
      await assert.rejects(ws.deleteFile(`${root}/dir`), (error: Error) => error.message.startsWith(`${root}/dir: `));
      await assert.rejects(ws.listFiles(`${root}/nope`), { message: `${root}/nope: no such folder` });
    }));

  test(`${name}: deleteFile removes a file and ignores a missing one`, () =>
    withFixture({ 'a.txt': 'a' }, async ({ ws, root }) => {
      await ws.deleteFile(`${root}/a.txt`);
      assert.equal(await ws.stat(`${root}/a.txt`), undefined);
      await ws.deleteFile(`${root}/a.txt`);
    }));

  test(`${name}: listFiles is recursive, sorted, normalised and skips .git and node_modules`, () =>
    withFixture(
      {
        'b.txt': '',
        'a/z.md': '',
        'a/deep/c.MD': '',
        'a/notes.press.yaml': '',
        '.git/HEAD.txt': '',
        'a/node_modules/pkg/readme.md': '',
      },
      async ({ ws, root }) => {
        assert.deepEqual(await ws.listFiles(`${root}/./`), [
          `${root}/a/deep/c.MD`,
          `${root}/a/notes.press.yaml`,
          `${root}/a/z.md`,
          `${root}/b.txt`,
        ]);
        assert.deepEqual(await ws.listFiles(`${root}/a`, { extensions: ['md'] }), [`${root}/a/deep/c.MD`, `${root}/a/z.md`]);
        assert.deepEqual(await ws.listFiles(root, { extensions: ['.txt'] }), [`${root}/b.txt`]);
      },
    ));

  test(`${name}: watch reports created, changed and deleted below the folder only`, () =>
    withFixture({ 'inside/old.txt': 'x', 'outside.txt': 'x' }, async ({ ws, root }) => {
      const events: WatchEvent[] = [];
      const watcher = ws.watch(`${root}/inside`, (event) => events.push(event));
      try {
        await new Promise((resolve) => setTimeout(resolve, 100)); // let a disk watcher settle
        const file = `${root}/inside/new.txt`;
        const kindsFor = (path: string) => collapse(events.filter((e) => e.path === path).map((e) => e.kind));
        await ws.writeFile(file, bytes('1'));
        await eventually(() => assert.deepEqual(kindsFor(file), ['created']));
        await ws.writeFile(file, bytes('2'));
        await eventually(() => assert.deepEqual(kindsFor(file), ['created', 'changed']));
        await ws.writeFile(`${root}/inside/old.txt`, bytes('y'));
        await eventually(() => assert.deepEqual(kindsFor(`${root}/inside/old.txt`), ['changed']));
        await ws.deleteFile(file);
        await eventually(() => assert.deepEqual(kindsFor(file), ['created', 'changed', 'deleted']));
        await ws.writeFile(`${root}/outside.txt`, bytes('y'));
        await new Promise((resolve) => setTimeout(resolve, 100));
        assert.ok(events.every((e) => e.path.startsWith(`${root}/inside/`)), JSON.stringify(events));
      } finally {
        watcher.dispose();
      }
      const count = events.length;
      await ws.writeFile(`${root}/inside/after.txt`, bytes('z'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(events.length, count, 'nothing after dispose');
    }));
}

/** Disk watchers may repeat a notification; only the sequence of distinct kinds matters. */
function collapse(kinds: string[]): string[] {
  return kinds.filter((kind, i) => kind !== kinds[i - 1]);
}
