/** Runs `quizbot` the way `npx quizbot` does (bin/quizbot.mjs through tsx), in a child process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** @param env replaces the environment when given (PATH and HOME are kept). */
export function quizbot(args: readonly string[], cwd = ROOT, env?: Record<string, string>): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'quizbot.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    ...(env ? { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
