// Entry point of dist/index-worker.js: analyses the articles the index's WorkerPool sends, one
// message each way per article. Bundled on its own by scripts/build.mjs.

import { parentPort } from 'node:worker_threads';
import { analyze } from '../recognise/analyze';
import type { WorkerReply, WorkerRequest } from './analysis-runner';
import { packPortable } from './packed-analysis';

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const analysis = analyze(request.text, { lang: request.lang, fileName: request.path });
    if (request.packed) {
      const packed = packPortable(analysis);
      // Moved, not copied: each Int32Array has a buffer of its own (Int32Array.from).
      transfer = [packed.entities.buffer as ArrayBuffer, packed.quotes.buffer as ArrayBuffer];
      reply = { id: request.id, packed };
    } else {
      reply = { id: request.id, analysis };
    }
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, transfer);
});
