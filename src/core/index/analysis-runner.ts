// Runs analyze() for the index: on worker threads (one per core) for a cold scan, so the main
// thread (the extension host, or the CLI's progress line) stays free, or in this thread when the
// worker bundle is missing (tests run from out/test, where there is none) or the work is small.
//
// The worker is its own esbuild entry point (src/core/index/analysis-worker.ts ->
// dist/index-worker.js), found beside the bundle that loads this module (dist/extension.js,
// dist/cli.js).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../recognise/analyze';
import type { ArticleAnalysis, Lang } from '../recognise/types';
import { packPortable, type PortableAnalysis } from './packed-analysis';

export interface AnalysisJob {
  path: string;
  text: string;
  lang: Lang | 'auto';
}

export interface AnalysisRunner {
  /** Worker threads in use; 0 when analysing in this thread. */
  readonly threads: number;
  /** Rejects with an AbortError when `signal` aborts first. */
  analyze(job: AnalysisJob, signal?: AbortSignal): Promise<ArticleAnalysis>;
  /** The same analysis packed (see packed-analysis.ts), as the index keeps it. */
  analyzePacked(job: AnalysisJob, signal?: AbortSignal): Promise<PortableAnalysis>;
  close(): Promise<void>;
}

/** What the pool asks a worker: `packed` for a PortableAnalysis rather than objects. */
export interface WorkerRequest extends AnalysisJob {
  id: number;
  packed: boolean;
}

/** The message a worker answers with. */
export type WorkerReply = { id: number; analysis: ArticleAnalysis } | { id: number; packed: PortableAnalysis } | { id: number; error: string };

export const WORKER_FILE_NAME = 'index-worker.js';

/** The worker bundle beside the running bundle, if it was built. */
export function defaultWorkerScript(): string | undefined {
  const candidate = path.join(__dirname, WORKER_FILE_NAME);
  return fs.existsSync(candidate) ? candidate : undefined;
}

export function availableThreads(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Workers when a worker script exists and `threads` > 0, else this thread. */
export function createAnalysisRunner(options: { workerScript?: string; threads?: number } = {}): AnalysisRunner {
  const script = options.workerScript ?? defaultWorkerScript();
  const threads = options.threads ?? availableThreads();
  if (!script || threads <= 0 || !fs.existsSync(script)) return new InThreadRunner();
  return new WorkerPool(script, threads);
}

export function abortError(signal?: AbortSignal): Error {
  const reason = signal?.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const error = new Error('indexing was cancelled');
  error.name = 'AbortError';
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** analyze() here, yielding to the event loop before each article so cancellation is heard. */
export class InThreadRunner implements AnalysisRunner {
  readonly threads = 0;

  async analyze(job: AnalysisJob, signal?: AbortSignal): Promise<ArticleAnalysis> {
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw abortError(signal);
    return analyze(job.text, { lang: job.lang, fileName: job.path });
  }

  async analyzePacked(job: AnalysisJob, signal?: AbortSignal): Promise<PortableAnalysis> {
    return packPortable(await this.analyze(job, signal));
  }

  async close(): Promise<void> {}
}

interface Task {
  id: number;
  job: AnalysisJob;
  /** Answered as a PortableAnalysis rather than an ArticleAnalysis. */
  packed: boolean;
  signal?: AbortSignal;
  resolve(analysis: ArticleAnalysis | PortableAnalysis): void;
  reject(error: Error): void;
  onAbort?: () => void;
  /**
   * Cancelled while it waited in a worker's port: already settled, but still in its slot's list,
   * because the worker will run it (the list stays what the worker holds, in its order).
   */
  cancelled?: boolean;
}

interface Slot {
  worker: Worker;
  /** Sent and not answered yet, in sending order: the worker runs the first, the rest wait in its port. */
  tasks: Task[];
}

/**
 * Articles sent ahead to each worker. With one at a time, a worker sat idle from its answer until
 * the main thread, busy reading files and storing results, got round to sending the next: a third
 * of each worker's time in a cold scan of 10,000 articles.
 */
const TASKS_PER_WORKER = 4;

/**
 * The young generation of each worker's heap, in MB. The recogniser leaves much short-lived
 * garbage per article, and with V8's default young generation each worker's resident memory
 * grew by some 40 MB more over a cold scan of 10,000 articles (the peak of the scan, workers
 * and main thread together, went from ~390 to ~340 MB with this limit; CPU time unchanged).
 */
const WORKER_YOUNG_GENERATION_MB = 12;

export class WorkerPool implements AnalysisRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly script: string,
    readonly threads: number,
  ) {}

  analyze(job: AnalysisJob, signal?: AbortSignal): Promise<ArticleAnalysis> {
    return this.submit<ArticleAnalysis>(job, false, signal);
  }

  analyzePacked(job: AnalysisJob, signal?: AbortSignal): Promise<PortableAnalysis> {
    return this.submit<PortableAnalysis>(job, true, signal);
  }

  private submit<T extends ArticleAnalysis | PortableAnalysis>(job: AnalysisJob, packed: boolean, signal?: AbortSignal): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise<T>((resolve, reject) => {
      const task: Task = { id: this.nextId++, job, packed, signal, resolve: resolve as Task['resolve'], reject };
      if (signal) {
        task.onAbort = () => this.cancel(task);
        signal.addEventListener('abort', task.onAbort, { once: true });
      }
      this.queue.push(task);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, new Error('the analysis pool was closed'));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, new Error('the analysis pool was closed'))));
  }

  /** Sends queued tasks to the least busy worker, starting workers up to `threads`. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.leastBusy();
      if ((!slot || slot.tasks.length > 0) && this.slots.length < this.threads) slot = this.spawn();
      if (!slot || slot.tasks.length >= TASKS_PER_WORKER) return;
      const task = this.queue.shift() as Task;
      slot.tasks.push(task);
      slot.worker.ref(); // a busy worker keeps the process alive until it answers
      const request: WorkerRequest = { id: task.id, path: task.job.path, text: task.job.text, lang: task.job.lang, packed: task.packed };
      slot.worker.postMessage(request);
    }
  }

  private leastBusy(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) if (!best || slot.tasks.length < best.tasks.length) best = slot;
    return best;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }), tasks: [] };
    slot.worker.unref();
    slot.worker.on('message', (reply: WorkerReply) => {
      const index = slot.tasks.findIndex((t) => t.id === reply.id);
      if (index === -1) return; // a reply from a worker already given up (cancel, lose)
      const [task] = slot.tasks.splice(index, 1);
      if (slot.tasks.length === 0) slot.worker.unref();
      // A cancelled task was settled when cancelled: its answer is ignored.
      if (!task.cancelled) {
        if ('error' in reply) this.settle(task, new Error(`${task.job.path}: the recogniser failed: ${reply.error}`));
        else this.settle(task, undefined, 'packed' in reply ? reply.packed : reply.analysis);
      }
      this.dispatch();
    });
    // A worker that dies takes only the article it was on with it (the first one sent); the
    // others it held go back to the front of the queue, for a new worker started on demand.
    const lose = (error: Error): void => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.slots.splice(index, 1);
      const [running, ...waiting] = slot.tasks.splice(0);
      if (running && !running.cancelled) this.settle(running, new Error(`${running.job.path}: the analysis worker stopped: ${error.message}`));
      this.requeue(waiting);
      this.dispatch();
    };
    slot.worker.on('error', lose);
    slot.worker.on('exit', (code) => lose(new Error(`exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  /**
   * A queued task leaves the queue; one waiting in a worker's port is settled now and marked,
   * its answer ignored; a running one stops its worker (analyze cannot be interrupted), whose
   * other tasks are queued again.
   */
  private cancel(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      this.settle(task, abortError(task.signal));
      return;
    }
    const slot = this.slots.find((s) => s.tasks.includes(task));
    if (!slot) return;
    if (slot.tasks[0] !== task) {
      task.cancelled = true;
      this.settle(task, abortError(task.signal));
      return;
    }
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.requeue(slot.tasks.splice(1));
    void this.stop(slot, abortError(task.signal));
    this.dispatch();
  }

  /**
   * Puts tasks taken back from a stopped worker at the front of the queue, in order; those
   * whose signal has aborted too (one abort cancels several) are settled instead of resent.
   */
  private requeue(tasks: Task[]): void {
    const unsettled = tasks.filter((task) => !task.cancelled);
    const live = unsettled.filter((task) => !task.signal?.aborted);
    for (const task of unsettled) if (task.signal?.aborted) this.settle(task, abortError(task.signal));
    this.queue.unshift(...live);
  }

  /** Settles the slot's tasks with `error` and ends its worker. */
  private async stop(slot: Slot, error: Error): Promise<void> {
    for (const task of slot.tasks.splice(0)) if (!task.cancelled) this.settle(task, error);
    await slot.worker.terminate();
  }

  private settle(task: Task, error: Error | undefined, analysis?: ArticleAnalysis | PortableAnalysis): void {
    if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
    if (error) task.reject(error);
    else task.resolve(analysis as ArticleAnalysis | PortableAnalysis);
  }
}
