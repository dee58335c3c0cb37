/** Starts the load worker (./load-worker.ts) in a child process and talks to it. */
import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClickSpec, LoadResult } from './clicks.ts';
import type { Verification, WorkerReply, WorkerRequest } from './worker-protocol.ts';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface LoadWorker {
  apiUrl: string;
  addMessages(messages: { channel: string; ts: string }[]): Promise<void>;
  run(options: {
    url: string;
    secret: string;
    clicks: ClickSpec[];
    concurrency: number;
    timeLimitMs: number;
    expectResponses: boolean;
  }): Promise<LoadResult>;
  verify(): Promise<Verification>;
  stop(): Promise<void>;
}

export async function startLoadWorker(botToken: string): Promise<LoadWorker> {
  // BENCH_WORKER_PROFILE=DIR writes a CPU profile of the worker there (to see whether the load side is the limit).
  const profile = process.env.BENCH_WORKER_PROFILE;
  const execArgv = [
    '--import',
    TSX,
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
  ];
  const child: ChildProcess = fork(
    fileURLToPath(new URL('./load-worker.ts', import.meta.url)),
    [],
    { execArgv, stdio: 'inherit' },
  );
  let pending: { resolve: (r: WorkerReply) => void; reject: (e: Error) => void } | null = null;
  child.on('message', (message: WorkerReply) => {
    const waiting = pending;
    pending = null;
    if (message.type === 'error') waiting?.reject(new Error(`load worker: ${message.message}`));
    else waiting?.resolve(message);
  });
  child.on('exit', (code) => pending?.reject(new Error(`load worker exited (${code})`)));

  function ask(request: WorkerRequest): Promise<WorkerReply> {
    if (pending) throw new Error('load worker: one request at a time');
    return new Promise((resolve, reject) => {
      pending = { resolve, reject };
      child.send(request);
    });
  }

  const started = await ask({ type: 'start', botToken });
  if (started.type !== 'started') throw new Error('load worker did not start');
  return {
    apiUrl: started.apiUrl,
    async addMessages(messages) {
      await ask({ type: 'add-messages', messages });
    },
    async run(options) {
      const r = await ask({ type: 'run', ...options });
      if (r.type !== 'result') throw new Error('load worker: unexpected reply');
      const { type: _type, ...result } = r;
      return result;
    },
    async verify() {
      const r = await ask({ type: 'verify' });
      if (r.type !== 'verified') throw new Error('load worker: unexpected reply');
      const { type: _type, ...result } = r;
      return result;
    },
    async stop() {
      await ask({ type: 'stop' }).catch(() => undefined);
      // Let it exit by itself (a CPU profile is written at exit); kill it only if it lingers.
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        const timer = setTimeout(() => child.kill(), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
