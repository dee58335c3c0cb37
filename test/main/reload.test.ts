/**
 * The real process reloads its notes without a restart: when a notes file changes (debounced
 * watch), on SIGHUP and on `/quiz reload`; notes that fail `quizbot check` are refused with
 * FILE:LINE and the process goes on with the questions it had.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { messages } from '../../src/bot/i18n/catalog.ts';
import { loadBank } from '../../src/notes/load-bank.ts';
import { REAL_PROCESS_TEST_TIMEOUT_MS, REPO, type RunningMain, spawnMain } from './spawn-main.ts';

const en = messages('en');
const ORIGINAL = readFileSync(join(REPO, 'test/fixtures/notes/resilience.en.md'), 'utf8');
const RATE_LIMITER_ROW =
  '| Rate limiter | **Limits requests** per client and time window | Fails fast × |\n';

const running: RunningMain[] = [];
afterEach(async () => {
  for (const main of running.splice(0)) await main.cleanup();
});

/**
 * What a reload from `before` to `after` should report: the questions added and removed, by id, as
 * two fresh builds of the notes give them. (Adding a row adds its questions and may re-pick a few
 * questions of its neighbours: the bank asks each fact once, across every concept.)
 */
function expectedChange(
  before: string,
  after: string,
): { added: number; removed: number; addedConcepts: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-reload-expected-'));
  try {
    const questions = (text: string) => {
      const file = join(dir, 'resilience.en.md');
      writeFileSync(file, text);
      return loadBank({ notes: [file] }).bank.questions;
    };
    const was = new Set(questions(before).map((q) => q.id));
    const now = questions(after);
    const added = now.filter((q) => !was.has(q.id));
    const kept = new Set(now.map((q) => q.id));
    return {
      added: added.length,
      removed: [...was].filter((id) => !kept.has(id)).length,
      addedConcepts: [...new Set(added.map((q) => q.conceptName))],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Saves the notes as an editor that writes a new file and renames it over the old one: the process
 * never sees the file truncated and half written. (A save in place is two steps, truncate and write;
 * on a loaded machine the test can be descheduled between them for longer than the watch's debounce,
 * and the process would reload an empty file first.)
 */
function save(file: string, text: string): void {
  writeFileSync(`${file}.saving`, text);
  renameSync(`${file}.saving`, file);
}

const reloads = (main: RunningMain, trigger: string) =>
  main
    .logs()
    .filter(
      (l) =>
        l.trigger === trigger &&
        (l.msg === 'notes reloaded' || String(l.msg).startsWith('notes not reloaded')),
    );

describe('reloading the notes of a running quizbot', () => {
  it('follows a changed file, refuses broken notes, and reloads on SIGHUP and /quiz reload', {
    timeout: REAL_PROCESS_TEST_TIMEOUT_MS,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-reload-main-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const notesDir = join(dir, 'notes');
    const file = join(notesDir, 'resilience.en.md');
    mkdirSync(notesDir);
    writeFileSync(file, ORIGINAL.replace(RATE_LIMITER_ROW, ''));

    const bot = spawnMain(
      { LOG_LEVEL: 'info', QUIZBOT_LOCALE: 'en', QUIZBOT_NOTES: notesDir },
      { stdin: 'pipe', cwd: dir },
    );
    running.push(bot);
    await bot.waitFor(() => bot.logs().some((l) => l.msg === 'quizbot is running'), 'start-up');
    bot.child.stdin?.write('/quiz schedule 09:00\n');
    await bot.waitFor(() => bot.stdout().includes('09:00'), 'the schedule reply');

    save(file, ORIGINAL);
    await bot.waitFor(() => reloads(bot, 'watch').length === 1, 'the reload after a save');
    const { addedConcepts, ...change } = expectedChange(
      ORIGINAL.replace(RATE_LIMITER_ROW, ''),
      ORIGINAL,
    );
    // The restored row brings its concept's questions (and may re-pick a neighbour's).
    expect(addedConcepts).toContain('Rate limiter');
    expect(reloads(bot, 'watch')[0]).toMatchObject({ msg: 'notes reloaded', ...change });
    // The admin who set the schedule is told (the terminal shows it as a private message).
    await bot.waitFor(() => bot.stdout().includes('Notes reloaded:'), 'the admin told');

    const broken = ORIGINAL.replace(
      '| Bulkhead | **Isolates resources** per dependency',
      '| Bulkhead | ',
    );
    save(file, broken);
    await bot.waitFor(() => reloads(bot, 'watch').length === 2, 'the refused reload');
    const line = broken.split('\n').findIndex((l) => l.startsWith('| Bulkhead |')) + 1;
    expect(JSON.stringify(reloads(bot, 'watch')[1]!.problems)).toContain(
      `resilience.en.md:${line}: concept \\"Bulkhead\\" has an empty correct-understanding cell`,
    );
    await bot.waitFor(() => bot.stdout().includes('Notes not reloaded'), 'the admin told');

    save(file, ORIGINAL);
    await bot.waitFor(() => reloads(bot, 'watch').length === 3, 'the reload of fixed notes');
    bot.child.kill('SIGHUP');
    await bot.waitFor(() => reloads(bot, 'signal').length === 1, 'the reload on SIGHUP');
    expect(reloads(bot, 'signal')[0]).toMatchObject({ added: 0, removed: 0 });

    bot.child.stdin?.write('/quiz reload\n');
    await bot.waitFor(() => reloads(bot, 'command').length === 1, '/quiz reload');
    await bot.waitFor(() => bot.stdout().includes(en.reloadUnchanged), 'the reply');
    bot.child.stdin?.end();
    expect((await bot.exited).code).toBe(0);
  });
});
