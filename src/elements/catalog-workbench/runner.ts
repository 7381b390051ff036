/**
 * Runs the workbench's tasks in a module worker (import-worker.ts), so that
 * reading 2,500 rows never freezes the page, and can cancel one: the worker
 * is stopped and a new one starts with the next task. Where the page's CSP
 * forbids workers (`worker-src`), the same module runs in the page instead.
 */
import workerUrl from './import-worker.ts?worker&url';
import { inPageRunTask, type RunTask, type WorkbenchOutcome, type WorkbenchTask } from './protocol.js';

/** Thrown by `run` when the task was cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export class TaskRunner {
  private worker?: Worker;
  /** The page forbade the worker: tasks run in the page. */
  private inPage = false;
  private pending?: { reject: (error: unknown) => void };

  async run<T extends WorkbenchOutcome>(task: WorkbenchTask): Promise<T> {
    if (this.pending) this.cancel();
    if (!this.inPage) {
      try {
        return (await this.inWorker(task)) as T;
      } catch (error) {
        if (!(error instanceof WorkerRefused)) throw error;
        this.inPage = true;
      }
    }
    await import(/* @vite-ignore */ workerUrl);
    const runTask = (globalThis as Record<symbol, RunTask>)[inPageRunTask]!;
    return (await runTask(task)) as T;
  }

  /** Stops the task under way, if any (in a worker; a task in the page runs to its end, unseen). */
  cancel(): void {
    this.pending?.reject(new Cancelled());
    this.pending = undefined;
    this.worker?.terminate();
    this.worker = undefined;
  }

  private inWorker(task: WorkbenchTask): Promise<WorkbenchOutcome> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.worker ??= new Worker(workerUrl, { type: 'module' });
      } catch {
        return reject(new WorkerRefused());
      }
      let answered = false;
      this.pending = { reject };
      worker.onmessage = ({ data }: MessageEvent<{ outcome?: WorkbenchOutcome; error?: string }>) => {
        answered = true;
        this.pending = undefined;
        if (data.outcome) resolve(data.outcome);
        else reject(new Error(data.error));
      };
      // A worker the CSP refuses fails to load without a word; one that loaded and broke answers with its error.
      worker.onerror = (event) => {
        event.preventDefault();
        this.pending = undefined;
        this.worker = undefined;
        reject(answered ? new Error(event.message) : new WorkerRefused());
      };
      worker.postMessage(task);
    });
  }
}

class WorkerRefused extends Error {}
