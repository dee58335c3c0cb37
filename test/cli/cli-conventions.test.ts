/** `--help` and `--version` everywhere (issue 16): the real CLI for the dispatcher, each command in-process. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quizbot, ROOT } from './run-cli.ts';

const version = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

describe('npx quizbot', () => {
  it('prints its version for --version and -v, before and after a command', () => {
    for (const args of [['--version'], ['-v'], ['backup', '--version']]) {
      const run = quizbot(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toBe(`quizbot ${version}\n`);
    }
  });

  it('lists the commands for --help, and a command’s usage for -h and help COMMAND', () => {
    const all = quizbot(['--help']);
    expect(all.code).toBe(0);
    for (const name of ['demo', 'check', 'questions', 'backup', 'restore', 'discord:register'])
      expect(all.stdout).toContain(`  ${name} `);
    const short = quizbot(['restore', '-h']);
    expect(short.code).toBe(0);
    expect(short.stdout).toMatch(/^usage: quizbot restore BACKUP/);
    const viaHelp = quizbot(['help', 'backup']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toMatch(/^usage: quizbot backup \[PATH\]/);
  });
});

describe('every command answers --help with its usage and exit 0', () => {
  let out = '';
  afterEach(() => {
    vi.restoreAllMocks();
    out = '';
  });

  it.each([
    ['demo', () => import('../../src/cli/commands/demo.ts')],
    ['check', () => import('../../src/cli/commands/check.ts')],
    ['questions', () => import('../../src/cli/commands/questions.ts')],
    ['backup', () => import('../../src/cli/commands/backup.ts')],
    ['restore', () => import('../../src/cli/commands/restore.ts')],
    ['discord:register', () => import('../../src/cli/commands/discord-register.ts')],
  ])('%s', async (name, load) => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    expect(await (await load()).run(['--help'])).toBe(0);
    expect(out).toMatch(new RegExp(`^usage: quizbot ${name}`));
  });
});
