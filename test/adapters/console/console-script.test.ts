/**
 * The README's scripted run: commands piped into `npm start` (the real main, terminal adapter,
 * shipped notes, a fresh database) are handled in order, and the process exits 0 at end of input.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { type RunningMain, spawnMain } from '../../main/spawn-main.ts';

const m = messages('ja');
let main: RunningMain | null = null;

afterEach(async () => {
  await main?.cleanup();
  main = null;
});

describe('terminal adapter, input from a pipe', () => {
  it('runs a whole quiz from a script and exits 0', async () => {
    main = spawnMain({}, { stdin: 'pipe' });
    main.child.stdin?.end('/quiz post\n1\n/as bob\n2\n/quiz leaderboard\n/quiz close\n');
    expect(await main.exitWithin(30_000)).toEqual({ code: 0, signal: null });
    const out = main.stdout();
    expect(out).toContain(m.questionTitle('').slice(0, 5));
    expect(out).toMatch(new RegExp(`${m.resultCorrect}|${m.resultWrong}`));
    expect(out).toContain(m.consoleSwitchedUser('bob'));
    expect(out).toMatch(/ランキング（今週: \d{4}-W\d{2}）\n1\. (you|bob) — /);
    expect(out).toContain(m.revealTitle('').slice(0, 5));
    // Colour only on a terminal: a pipe gets none.
    expect(out).not.toContain('\x1b[');
    // Commands ran in order: the two answers come before the leaderboard, which lists both users.
    const board = out.slice(out.indexOf('ランキング'));
    expect(board).toContain('you');
    expect(board).toContain('bob');
  });

  it('tells the user what it expected for input it cannot read, and keeps going', async () => {
    main = spawnMain({}, { stdin: 'pipe' });
    main.child.stdin?.end('???\nhello\n9\n/as\n/quiz help\n');
    expect(await main.exitWithin(30_000)).toEqual({ code: 0, signal: null });
    const out = main.stdout();
    expect(out).toContain(m.consoleUnknownInput('???'));
    // A word is a command (`/quiz` may be left out): an unknown one lists the commands.
    expect(out).toContain('「hello」というコマンドはありません。');
    // Nothing on screen to press: it says how to bring today's question back.
    expect(out).toContain(m.consoleNoButtons(9));
    expect(m.consoleNoButtons(9)).toContain('/quiz post');
    expect(out).toContain(m.consoleAsNeedsName);
    expect(out).toContain(m.helpTitle);
  });

  it('answers `bye` with how to leave, and stops reading at `quit`, exiting 0', async () => {
    main = spawnMain({}, { stdin: 'pipe' });
    main.child.stdin?.end('bye\n/quiz help\nquit\n/quiz post\n');
    expect(await main.exitWithin(30_000)).toEqual({ code: 0, signal: null });
    const out = main.stdout();
    expect(out).toContain(m.consoleHowToLeave);
    expect(out).toContain(m.helpTitle);
    // The line after `quit` was not handled: no question was posted.
    expect(out).not.toContain(m.questionTitle('').slice(0, 5));
  });
});
