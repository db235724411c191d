// Runs the recogniser off the extension host's main thread (bundled as dist/analysis-worker.js),
// so a re-analysis of a 1 MB article never delays other extensions, hovers or commands.
// One request at a time, in arrival order; the client drops answers it no longer needs.
import { parentPort } from 'worker_threads';
import { analyze } from '../core/recognise/analyze';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

parentPort?.on('message', (request: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    const analysis = analyze(request.text, { fileName: request.fileName, lang: request.lang });
    response = { id: request.id, analysis };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
