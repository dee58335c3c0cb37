/**
 * Runs the real composition root (`node --import tsx src/main.ts`) as a child process with a
 * clean environment and a temporary working folder (so no developer `.env` leaks in), and gives
 * tests its output, its exit and a free loopback port.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The timeout of a test that runs the real process. Each start compiles the sources (tsx) and
 * builds the bank from every notes file: about 3.5 s of CPU, which took 12 s of wall time at load
 * 10 on this 2-core machine, so a test of two or three lives cannot keep to vitest's 20 s. Nothing
 * is asserted about that time (the bank's speed is in `npm run bench:bank`); the waits inside a test
 * are for events, and this only ends a test whose process hangs.
 */
export const REAL_PROCESS_TEST_TIMEOUT_MS = 120_000;
const MAIN = join(REPO, 'src', 'main.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningMain {
  child: ChildProcess;
  /** The temporary working folder (holds the database unless QUIZBOT_DB says otherwise). */
  dir: string;
  dbPath: string;
  stdout(): string;
  stderr(): string;
  /** JSON log lines, parsed (stderr in the terminal, stdout with a platform). */
  logs(): Record<string, unknown>[];
  exited: Promise<Exit>;
  /**
   * Resolves once `predicate` holds (checked on output and every 20 ms); rejects when the process
   * exits first, or after `ms` when given. Without `ms` it waits for the event itself: how long the
   * real process takes depends on how busy the machine is, and the test's own timeout bounds it.
   */
  waitFor(predicate: () => boolean, what: string, ms?: number): Promise<void>;
  /** Resolves with the exit, or rejects when the process is still running after `ms`. */
  exitWithin(ms: number): Promise<Exit>;
  /** Kills the process if it is still running and removes the folder. */
  cleanup(): Promise<void>;
}

export interface SpawnMainOptions {
  /** Keep stdin open (a pipe nobody closes) instead of giving the process none. */
  stdin?: 'pipe' | 'ignore';
  /** Working folder; a fresh temporary one by default. */
  cwd?: string;
  /** Command-line arguments (`--help`). */
  args?: string[];
  /**
   * Run on a pseudo-terminal, as a person at a terminal would (util-linux `script`, see
   * {@link canRunOnTerminal}): stdin, stdout and stderr are one terminal, read back as stdout (with
   * the echo of what was typed); type into `child.stdin`, ending lines with `\r`.
   */
  terminal?: boolean;
}

/** Whether util-linux `script` is here to give main a pseudo-terminal. */
export function canRunOnTerminal(): boolean {
  return (
    spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false
  );
}

/** A word for `sh -c`, quoted. */
const shellWord = (word: string): string => `'${word.replaceAll("'", `'\\''`)}'`;

/** Starts main with `env` on top of a minimal environment (PATH, notes, a temp database, UTC). */
export function spawnMain(
  env: Record<string, string>,
  options: SpawnMainOptions = {},
): RunningMain {
  const dir = options.cwd ?? mkdtempSync(join(tmpdir(), 'quizbot-main-'));
  const dbPath = join(dir, 'quizbot.db');
  const argv = [process.execPath, '--import', TSX, MAIN, ...(options.args ?? [])];
  // `script -qec CMD /dev/null`: CMD on a new pseudo-terminal, its exit code passed on.
  const [file, ...args] = options.terminal
    ? ['script', '-qec', argv.map(shellWord).join(' '), '/dev/null']
    : argv;
  const child = spawn(file!, args, {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      QUIZBOT_NOTES: join(REPO, 'data', 'notes'),
      QUIZBOT_DB: dbPath,
      QUIZBOT_TIMEZONE: 'UTC',
      NO_COLOR: '1',
      ...env,
    },
    stdio: [options.terminal ? 'pipe' : (options.stdin ?? 'ignore'), 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of listeners) listener();
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    notify();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
    notify();
  });
  let exit: Exit | null = null;
  // 'close', not 'exit': the process may have exited while its last lines ('stopped', a reply) are
  // still in the pipe, unread by a loaded machine; what a test reads after the exit must be whole.
  const exited = new Promise<Exit>((resolve) =>
    child.once('close', (code, signal) => {
      exit = { code, signal };
      notify();
      resolve(exit);
    }),
  );

  function waitFor(predicate: () => boolean, what: string, ms?: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (predicate()) finish(null);
        else if (exit)
          finish(
            new Error(
              `main exited (${JSON.stringify(exit)}) before ${what}\nstderr:\n${err}\nstdout:\n${out}`,
            ),
          );
      };
      const timer =
        ms === undefined
          ? undefined
          : setTimeout(
              () =>
                finish(new Error(`no ${what} within ${ms} ms\nstderr:\n${err}\nstdout:\n${out}`)),
              ms,
            );
      // The predicate may look at state outside the child (a fake API's recorded calls), which
      // changes without the child printing anything: check on a short interval too.
      const poll = setInterval(check, 20);
      const finish = (error: Error | null): void => {
        clearTimeout(timer);
        clearInterval(poll);
        listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      listeners.add(check);
      check();
    });
  }

  return {
    child,
    dir,
    dbPath,
    stdout: () => out,
    stderr: () => err,
    logs: () =>
      `${err}\n${out}`
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
    waitFor,
    async exitWithin(ms) {
      await waitFor(() => exit !== null, 'exit', ms);
      return exited;
    },
    async cleanup() {
      if (!exit) {
        child.kill('SIGKILL');
        await exited;
      }
      if (!options.cwd) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * GET a loopback URL; resolves with status and parsed JSON (or text). No deadline of its own: the
 * answer of a process on a loaded machine is the event to wait for; the test's timeout bounds it.
 */
export async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: res.status, body: text };
  }
}
