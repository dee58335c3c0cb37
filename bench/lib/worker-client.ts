/** Starts the load worker (./load-worker.ts) in a child process and talks to it. */
import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClickSpec, LoadResult } from './clicks.ts';
import type { DiscordClickSpec } from './discord-load.ts';
import type { Verification, WorkerReply, WorkerRequest } from './worker-protocol.ts';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface LoadWorker {
  /** Sends one request, waits for its reply. */
  ask(request: WorkerRequest): Promise<WorkerReply>;
  stop(): Promise<void>;
}

/** A worker with a fake Slack per target (the first target's API URL is `apiUrl`). */
export interface SlackLoadWorker extends LoadWorker {
  apiUrl: string;
  apis: Record<string, string>;
  addMessages(messages: { channel: string; ts: string }[], target?: string): Promise<void>;
  run(options: {
    url: string | null;
    secret: string;
    clicks: ClickSpec[];
    concurrency: number;
    timeLimitMs: number;
    /** A click is done once its private reply has come too (and is checked by `verify`). */
    expectResponses: boolean;
    target?: string;
  }): Promise<LoadResult>;
  verify(target?: string): Promise<Verification>;
}

/** A worker with Discord's gateway and REST stand-ins per target. */
export interface DiscordLoadWorker extends LoadWorker {
  stubs: Record<string, { restUrl: string; gatewayUrl: string }>;
  run(
    target: string,
    options: { clicks: DiscordClickSpec[]; concurrency: number; timeLimitMs: number },
  ): Promise<LoadResult>;
}

function spawnWorker(): LoadWorker {
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

  return {
    ask(request) {
      if (pending) throw new Error('load worker: one request at a time');
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        child.send(request);
      });
    },
    async stop() {
      await this.ask({ type: 'stop' }).catch(() => undefined);
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

function result(r: WorkerReply): LoadResult {
  if (r.type !== 'result') throw new Error('load worker: unexpected reply');
  const { type: _type, ...load } = r;
  return load;
}

export async function startLoadWorker(
  botToken: string,
  options: { appToken?: string; targets?: string[]; socket?: boolean } = {},
): Promise<SlackLoadWorker> {
  const worker = spawnWorker();
  const targets = options.targets ?? ['app'];
  const first = targets[0]!;
  const started = await worker.ask({
    type: 'start-slack',
    botToken,
    appToken: options.appToken ?? 'xapp-1-A0QUIZBOT1-bench',
    targets,
    socket: options.socket ?? false,
  });
  if (started.type !== 'started-slack') throw new Error('load worker did not start');
  return {
    ...worker,
    apiUrl: started.apis[first]!,
    apis: started.apis,
    async addMessages(messages, target = first) {
      await worker.ask({ type: 'add-messages', target, messages });
    },
    async run({ expectResponses, target = first, ...rest }) {
      return result(
        await worker.ask({ type: 'run-slack', target, waitForReplies: expectResponses, ...rest }),
      );
    },
    async verify(target = first) {
      const r = await worker.ask({ type: 'verify', target });
      if (r.type !== 'verified') throw new Error('load worker: unexpected reply');
      const { type: _type, ...verification } = r;
      return verification;
    },
  };
}

export async function startDiscordLoadWorker(
  token: string,
  targets: string[],
  channels: string[],
): Promise<DiscordLoadWorker> {
  const worker = spawnWorker();
  const started = await worker.ask({ type: 'start-discord', token, targets, channels });
  if (started.type !== 'started-discord') throw new Error('load worker did not start');
  return {
    ...worker,
    stubs: started.stubs,
    async run(target, options) {
      return result(await worker.ask({ type: 'run-discord', target, ...options }));
    },
  };
}
