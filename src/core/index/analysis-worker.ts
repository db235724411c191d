// Entry point of dist/index-worker.js: analyses the articles the index's WorkerPool sends, one
// message each way per article. Bundled on its own by scripts/build.mjs.

import { parentPort } from 'node:worker_threads';
import { analyze } from '../recognise/analyze';
import type { Lang } from '../recognise/types';
import type { WorkerReply } from './analysis-runner';

interface Request {
  id: number;
  path: string;
  text: string;
  lang: Lang | 'auto';
}

parentPort?.on('message', (request: Request) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, analysis: analyze(request.text, { lang: request.lang, fileName: request.path }) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
