/**
 * Builds the question bank off the event loop: a worker thread reads the notes files and builds
 * the bank, and hands it back as data. Start-up (and a reload) call this, so `/healthz` and the
 * adapters keep answering while a large bank builds. The only cost on the calling thread is
 * parsing the finished bank from JSON (a few milliseconds for the shipped notes, some 100 ms for
 * 2 MB of notes).
 */
import { Worker } from 'node:worker_threads';
import { type LoadBankOptions, type LoadedBank, loadBank } from './load-bank.ts';

/** Options of {@link loadQuestionBankAsync}. */
export interface LoadBankAsyncOptions extends LoadBankOptions {
  /**
   * Give up after this long: the worker is stopped and the promise rejects with a
   * {@link BankLoadError} of code `timeout`. Default {@link BANK_BUILD_TIMEOUT_MS}.
   */
  timeoutMs?: number;
  /**
   * The worker's heap bound in MB (Node's `resourceLimits.maxOldGenerationSizeMb`); unset: the
   * process's own. A `--max-old-space-size` in `NODE_OPTIONS` (the Docker image sets one) wins
   * over it.
   */
  maxHeapMb?: number;
}

/** How long a bank may take to build before quizbot gives up (about 60 MB of notes at the measured rate). */
export const BANK_BUILD_TIMEOUT_MS = 60_000;

/** Why the bank could not be built in the background. */
export class BankLoadError extends Error {
  constructor(
    readonly code: 'timeout' | 'worker-failed' | 'out-of-memory',
    message: string,
  ) {
    super(message);
    this.name = 'BankLoadError';
  }
}

/**
 * Reads the notes and builds the bank in a worker thread; resolves with what {@link loadBank}
 * returns. Rejects with a {@link BankLoadError}: `timeout` after `timeoutMs`, `out-of-memory` when
 * the build needs more heap than the worker may use (building on the caller's thread, under the
 * same bound, would end the process), `worker-failed` when the worker could not run (the caller
 * may then build on its own thread with `loadBank`).
 */
export function loadQuestionBankAsync(options: LoadBankAsyncOptions = {}): Promise<LoadedBank> {
  const { timeoutMs = BANK_BUILD_TIMEOUT_MS, maxHeapMb, ...load } = options;
  return new Promise<LoadedBank>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(load, maxHeapMb);
    } catch (error) {
      reject(new BankLoadError('worker-failed', `cannot start the bank worker: ${String(error)}`));
      return;
    }
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new BankLoadError(
              'timeout',
              `building the question bank took longer than ${Math.round(timeoutMs / 1000)} s`,
            ),
          ),
        ),
      timeoutMs,
    );
    worker.once('message', (message: WorkerReply) =>
      settle(() =>
        message.ok
          ? resolve(JSON.parse(message.json) as LoadedBank)
          : reject(
              new BankLoadError('worker-failed', `the bank worker failed: ${message.message}`),
            ),
      ),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new BankLoadError('out-of-memory', outOfMemoryMessage())
            : new BankLoadError('worker-failed', `the bank worker failed: ${error.message}`),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() =>
        reject(new BankLoadError('worker-failed', `the bank worker exited (code ${code})`)),
      ),
    );
  });
}

/** What to do when the notes need more heap than the process may use, with the bound in force. */
function outOfMemoryMessage(): string {
  const bound = /--max-old-space-size=(\d+)/.exec(process.env.NODE_OPTIONS ?? '')?.[1];
  const where = bound
    ? `NODE_OPTIONS sets --max-old-space-size=${bound} (MB)`
    : "the process's heap bound";
  return `building the question bank needs more memory than ${where} allows: raise it (a table of 5,000 rows needs about 160 MB), or split the notes`;
}

type WorkerReply = { ok: true; json: string } | { ok: false; message: string };

/**
 * The worker runs `bank-worker.js` beside this file in the compiled build. Run from TypeScript
 * (tsx, vitest), it first registers tsx's loader in the worker thread, then imports `bank-worker.ts`.
 */
function startWorker(options: LoadBankOptions, maxHeapMb: number | undefined): Worker {
  const compiled = import.meta.url.endsWith('.js');
  const limits =
    maxHeapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } };
  if (compiled)
    return new Worker(new URL('./bank-worker.js', import.meta.url), {
      workerData: options,
      ...limits,
    });
  const entry = new URL('./bank-worker.ts', import.meta.url).href;
  // Resolved here, so the worker finds tsx whatever its working folder.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: options, ...limits });
}

/** Re-exported for callers that fall back to building on their own thread. */
export { loadBank };
