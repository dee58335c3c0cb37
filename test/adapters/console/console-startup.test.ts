/**
 * The terminal's first minute: it says that it is building the questions, how many are ready and
 * how to answer, get help and leave — in the bot's language — whether a person types (a terminal)
 * or a script pipes commands in. A piped session keeps those lines on stderr, so stdout is the
 * session's transcript: the question, the answer's result and the reveal.
 */
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../src/adapters/console/console-adapter.ts';
import { createStartupNotices } from '../../../src/adapters/console/console-startup.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { Locale } from '../../../src/shared/channel.ts';
import { createTestBot } from '../../bot/fixtures/test-bot.ts';
import {
  canRunOnTerminal,
  REAL_PROCESS_TEST_TIMEOUT_MS,
  REPO,
  type RunningMain,
  spawnMain,
} from '../../main/spawn-main.ts';

const SHIPPED_NOTES = join(REPO, 'data', 'notes');

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe('the start-up lines', () => {
  it.each([
    [
      'en',
      1,
      'Building the questions from your notes (data/notes)…',
      '1 question ready, on 1 concept from 1 notes file.',
    ],
    [
      'en',
      2,
      'Building the questions from your notes (data/notes)…',
      '2 questions ready, on 2 concepts from 2 notes files.',
    ],
    [
      'ja',
      2,
      'ノート（data/notes）から問題を作っています…',
      '2問を用意しました（概念 2個・ノート 2件）。',
    ],
  ] as const)('%s, %i of each', (locale, n, building, ready) => {
    const out = collect();
    const notices = createStartupNotices(locale as Locale, out.stream);
    notices.building(['data/notes']);
    notices.ready({ questions: n, concepts: n, files: n });
    expect(out.text()).toBe(`${building}\n${ready}\n`);
  });

  it('names every notes path it reads', () => {
    const out = collect();
    createStartupNotices('en', out.stream).building(['a.md', 'notes/']);
    expect(out.text()).toContain('(a.md, notes/)');
  });
});

describe('the welcome of the adapter', () => {
  it('goes to the notice stream when one is given, and the session still answers on its output', async () => {
    const { bot } = createTestBot();
    const input = new PassThrough();
    const output = collect();
    const notices = collect();
    const adapter = createConsoleAdapter({
      input,
      output: output.stream,
      noticeOutput: notices.stream,
      color: false,
      locale: 'ja',
      welcome: true,
      interactive: false,
    });
    bot.attach(adapter);
    await adapter.start(bot);
    input.end('/quiz help\n');
    await adapter.finished;
    await bot.stop();
    expect(notices.text()).toBe(`${messages('ja').consoleWelcome('you')}\n`);
    expect(output.text()).toContain(messages('ja').helpTitle);
    expect(output.text()).not.toContain('ようこそ');
  });
});

let main: RunningMain | null = null;
afterEach(async () => {
  await main?.cleanup();
  main = null;
});

/** `text` holds each of `parts`, in that order. */
function inOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

describe('npm start with commands piped in', () => {
  it.each(['ja', 'en'] as const)(
    '(%s) says on stderr what it does, and plays a question on stdout: post, answer, reveal',
    async (locale) => {
      const m = messages(locale);
      main = spawnMain({ QUIZBOT_LOCALE: locale }, { stdin: 'pipe' });
      main.child.stdin?.end('/quiz post\n1\n/quiz close\n');
      expect(await main.exitWithin(REAL_PROCESS_TEST_TIMEOUT_MS)).toEqual({
        code: 0,
        signal: null,
      });
      const err = main.stderr();
      // spawnMain reads the shipped notes by their full path: one file, every concept of its table.
      const building = m.consoleBuildingBank(SHIPPED_NOTES);
      const ready = err.split('\n').find((line) => /^\d/.test(line));
      expect(ready).toMatch(
        locale === 'en'
          ? /^\d{2,} questions ready, on 19 concepts from 1 notes file\.$/
          : /^\d{2,}問を用意しました（概念 19個・ノート 1件）。$/,
      );
      expect(inOrder(err, [building, ready!, m.consoleWelcome('you')])).toBe(true);
      const out = main.stdout();
      expect(out).toContain(m.questionTitle('').slice(0, 5));
      expect(out).toMatch(new RegExp(`${m.resultCorrect}|${m.resultWrong}`));
      expect(out).toContain(m.revealTitle('').slice(0, 5));
      // stdout is the transcript: none of the start-up lines.
      expect(out).not.toContain(building);
      expect(out).not.toContain(m.consoleWelcome('you'));
    },
    REAL_PROCESS_TEST_TIMEOUT_MS,
  );
});

/** Carriage returns and ANSI control sequences (readline's cursor moves and line clears). */
const TERMINAL_CONTROL = new RegExp(`\r|${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/**
 * Each wait of the terminal test gives up in time to say what the screen showed, before the
 * test's own timeout (a process start took 12 s of wall time at load 10).
 */
const WAIT_MS = 50_000;

describe.skipIf(!canRunOnTerminal())('npm start on a terminal', () => {
  it(
    'says it is building, how many questions are ready and how to play, then takes typed answers',
    async () => {
      const m = messages('en');
      main = spawnMain({ QUIZBOT_LOCALE: 'en' }, { terminal: true });
      const typed = main.child.stdin!;
      // What a person sees: without carriage returns and the cursor moves readline makes.
      const shown = (): string => main!.stdout().replace(TERMINAL_CONTROL, '');
      // The prompt comes after the welcome: the terminal is ready for a command.
      const welcome = `${m.consoleWelcome('you')}\n`;
      await main.waitFor(
        () => shown().includes(welcome) && shown().trimEnd().endsWith('>'),
        'the welcome and a prompt',
        WAIT_MS,
      );
      expect(
        inOrder(shown(), [
          m.consoleBuildingBank(SHIPPED_NOTES),
          ' questions ready, on 19 concepts from 1 notes file.\n',
          m.consoleWelcome('you'),
        ]),
      ).toBe(true);
      typed.write('/quiz post\r');
      await main.waitFor(() => shown().includes('[1] '), 'the question', WAIT_MS);
      typed.write('1\r');
      await main.waitFor(
        () => shown().includes(m.resultCorrect) || shown().includes(m.resultWrong),
        'the result of the answer',
        WAIT_MS,
      );
      typed.write('close\r');
      await main.waitFor(
        () => shown().includes(m.revealTitle('').slice(0, 6)),
        'the reveal',
        WAIT_MS,
      );
      typed.write('quit\r');
      expect(await main.exitWithin(REAL_PROCESS_TEST_TIMEOUT_MS)).toEqual({
        code: 0,
        signal: null,
      });
    },
    REAL_PROCESS_TEST_TIMEOUT_MS,
  );
});
