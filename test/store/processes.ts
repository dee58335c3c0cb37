/** Child processes for the store tests (real second connections on the same file). */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

/**
 * The timeout of a test that runs store workers. A worker starts through tsx (3.7 to 8 s of wall
 * time at load 13 on this 2-core machine) and then commits its writes one transaction at a time
 * (4,100 clicks took another 4.9 s there); a test of three lives cannot keep to vitest's 20 s on a
 * busy machine. Nothing is asserted about that time: the waits are for lines the worker printed.
 */
export const WORKER_TEST_TIMEOUT_MS = 120_000;

export const WORKER = fileURLToPath(new URL('./fixtures/store-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Spawns the store worker with tsx; stdout is collected line by line. The worker is killed when the
 * test finishes, however it ends (a timed-out test must not leave a writer running).
 */
export function startWorker(args: string[]): {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  waitFor: (n: number, match?: RegExp) => Promise<void>;
  exited: Promise<number | null>;
  stderr: () => string;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let err = '';
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    for (const w of [...waiters]) w();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (err += chunk));
  // 'close', not 'exit': a process can exit before the parent has read the lines still in the pipe
  // (a loaded machine schedules the reader late), and a test counting printed lines must see them all.
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code)),
  );
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const waitFor = (n: number, match?: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        const count = match ? lines.filter((l) => match.test(l)).length : lines.length;
        if (count >= n) {
          waiters.splice(waiters.indexOf(check), 1);
          resolve();
        }
      };
      waiters.push(check);
      void exited.then(() => reject(new Error(`worker exited before ${n} lines: ${err}`)));
      check();
    });
  return { child, lines, waitFor, exited, stderr: () => err };
}
