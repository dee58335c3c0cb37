/**
 * The first hour with the configuration (issue 16): time zones and languages as people type them,
 * a QUIZBOT_NOTES typo as a configuration error naming the variable, `npm start -- --help` /
 * `--version`, and a start with nothing to do (no token, no terminal, nothing piped in) said in
 * one line with a non-zero exit.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, checkNotesPaths, loadConfig } from '../src/config.ts';
import { type RunningMain, spawnMain } from './main/spawn-main.ts';

const dirs: string[] = [];
const running: RunningMain[] = [];
afterEach(async () => {
  for (const main of running.splice(0)) await main.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-first-hour-'));
  dirs.push(dir);
  return dir;
}

function configError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('QUIZBOT_TIMEZONE', () => {
  it.each([
    ['tokyo', 'Asia/Tokyo'],
    ['Tokyo', 'Asia/Tokyo'],
    ['JST', 'Asia/Tokyo'],
    ['EST5EDT', 'America/New_York'],
    ['asia/tokyo', 'Asia/Tokyo'],
  ])('%s is %s', (given, zone) => {
    expect(loadConfig({ QUIZBOT_TIMEZONE: given }).defaultTimezone).toBe(zone);
  });

  it('suggests the zone for a typo, and lists the candidates of an ambiguous abbreviation', () => {
    expect(configError(() => loadConfig({ QUIZBOT_TIMEZONE: 'Tokio' }))).toBe(
      'QUIZBOT_TIMEZONE="Tokio" is not valid: expected an IANA time zone such as Asia/Tokyo, a city such as Tokyo or an abbreviation such as JST (did you mean Asia/Tokyo?)',
    );
    expect(configError(() => loadConfig({ QUIZBOT_TIMEZONE: 'CST' }))).toContain(
      '(did you mean America/Chicago or Asia/Shanghai?)',
    );
  });
});

describe('QUIZBOT_LOCALE', () => {
  it.each([
    ['EN', 'en'],
    ['Ja', 'ja'],
    ['en-US', 'en'],
    ['ja_JP.UTF-8', 'ja'],
  ])('%s is %s', (given, locale) => {
    expect(loadConfig({ QUIZBOT_LOCALE: given }).locale).toBe(locale);
  });
});

describe('checkNotesPaths (QUIZBOT_NOTES)', () => {
  it('accepts files and folders of .md files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), '# a\n');
    expect(() => checkNotesPaths([join(dir, 'a.md'), dir])).not.toThrow();
    expect(() => checkNotesPaths([])).not.toThrow();
  });

  it('names the variable and each path that does not exist or holds no notes', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const missing = join(dir, 'missing.md');
    expect(configError(() => checkNotesPaths([missing, empty]))).toBe(
      `QUIZBOT_NOTES=${JSON.stringify(`${missing},${empty}`)} is not valid: expected notes files or folders of .md files that exist (${missing}: no such file or folder; ${empty}: a folder with no .md files)`,
    );
  });
});

describe('src/main.ts', () => {
  async function exited(env: Record<string, string>, stdin: 'pipe' | 'ignore' = 'ignore') {
    const main = spawnMain(env, { stdin });
    running.push(main);
    if (stdin === 'pipe') main.child.stdin?.end();
    return { main, exit: await main.exitWithin(30_000) };
  }

  it('exits 2 naming QUIZBOT_NOTES when it names a missing file, before opening the database', async () => {
    const { main, exit } = await exited({ QUIZBOT_NOTES: '/nowhere/notes.md' }, 'pipe');
    expect(exit).toEqual({ code: 2, signal: null });
    expect(main.stderr()).toBe(
      'quizbot: configuration error\nQUIZBOT_NOTES="/nowhere/notes.md" is not valid: expected notes files or folders of .md files that exist (/nowhere/notes.md: no such file or folder)\n',
    );
    expect(existsSync(main.dbPath)).toBe(false);
  });

  it('says in one line that there is nothing to do with no token, no terminal and nothing piped in, and exits 2', async () => {
    const { main, exit } = await exited({});
    expect(exit).toEqual({ code: 2, signal: null });
    const lines = main.stderr().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^quizbot: no Slack or Discord token is set .*SLACK_BOT_TOKEN or DISCORD_TOKEN/,
    );
    expect(main.stdout()).toBe('');
    expect(existsSync(main.dbPath)).toBe(false);
  });

  it('still runs a script piped in (an empty one too) and exits 0', async () => {
    const { exit } = await exited({}, 'pipe');
    expect(exit).toEqual({ code: 0, signal: null });
  });

  it.each([
    [['--help'], 0, /^usage: npm start/, 'stdout'],
    [['--version'], 0, /^quizbot \d+\.\d+\.\d+\n$/, 'stdout'],
    [['--verbose'], 2, /^quizbot: unknown argument "--verbose"/, 'stderr'],
  ] as const)(
    'answers %j without starting (exit %i)',
    async (args, code, output, stream) => {
      const main = spawnMain({}, { stdin: 'ignore', args: [...args] });
      running.push(main);
      expect(await main.exitWithin(30_000)).toEqual({ code, signal: null });
      expect(stream === 'stdout' ? main.stdout() : main.stderr()).toMatch(output);
      expect(existsSync(main.dbPath)).toBe(false);
    },
    40_000,
  );
});
