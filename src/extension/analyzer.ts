// The extension host's side of the analysis worker: analyse(text) returns a promise of the
// analysis. Falls back to analysing on this thread when a worker cannot be started (a host
// without worker_threads), because slower highlights beat none.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyze } from '../core/recognise/analyze';
import type { ArticleAnalysis, Lang } from '../core/recognise/types';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

type Pending = { resolve: (a: ArticleAnalysis) => void; reject: (e: Error) => void };

export class Analyzer {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private workerFailed = false;

  constructor(private readonly workerScript: string) {}

  analyse(text: string, fileName: string, lang: Lang | 'auto'): Promise<ArticleAnalysis> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(analyze(text, { fileName, lang }));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: AnalysisRequest = { id, text, fileName: path.basename(fileName), lang };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Error('analysis worker stopped'));
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      const worker = new Worker(this.workerScript);
      worker.on('message', (response: AnalysisResponse) => this.settle(response));
      worker.on('error', (error) => this.onWorkerDeath(error));
      worker.on('exit', (code) => this.onWorkerDeath(new Error(`analysis worker exited with code ${code}`)));
      worker.unref();
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private settle(response: AnalysisResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if ('error' in response) pending.reject(new Error(response.error));
    else pending.resolve(response.analysis);
  }

  /** A crashed worker is replaced on the next request; what it held fails now. */
  private onWorkerDeath(error: Error): void {
    this.worker = undefined;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
