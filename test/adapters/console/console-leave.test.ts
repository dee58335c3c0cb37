/**
 * Leaving the terminal the way a newcomer tries it: `quit` and `exit` (the slash left out, as
 * `help` is `/help`) leave like `/quit`; words that may mean "leave" but are not the terminal's
 * commands (`bye`, `q`, `終了`, `やめる`…) are answered with how to leave, reach no core command,
 * and the session goes on. The real terminal adapter on the real core.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/adapters/console/console-input.ts';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { Locale } from '../../../src/bot/types.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { createTestBot } from '../../bot/fixtures/test-bot.ts';
import { type CoreSpy, spyOnCore } from '../core-spy.ts';
import { startTerminalOnPipes, type TerminalOnPipes } from './console-harness.ts';

const LEAVE_WORDS = ['quit', 'exit', 'QUIT', 'Exit', 'ｑｕｉｔ', '/quit', '/exit', ' quit '];
const LEAVE_GUESSES = [
  'q',
  'Q',
  '/q',
  ':q',
  ':wq',
  'exit()',
  '.exit',
  'bye',
  'goodbye',
  '/bye',
  'logout',
  '終了',
  '/終了',
  '終わり',
  'おわり',
  'やめる',
  'やめ',
  'quit now',
  'exit please',
  '/quiz quit',
  'quiz exit',
  '/quit now',
];

describe('reading a line that means to leave', () => {
  it.each(LEAVE_WORDS)('%j leaves', (line) => {
    expect(parseLine(line)).toEqual({ kind: 'quit' });
  });

  it.each(LEAVE_GUESSES)('%j is answered with how to leave', (line) => {
    expect(parseLine(line)).toEqual({ kind: 'how-to-leave' });
  });

  it.each([
    ['lookup exit', { kind: 'command', name: 'lookup', args: ['exit'] }],
    ['/as quit', { kind: 'as', name: 'quit' }],
    ['quits', { kind: 'command', name: 'quits', args: [] }],
    ['question', { kind: 'command', name: 'question', args: [] }],
    ['終了した', { kind: 'command', name: '終了した', args: [] }],
  ])('%j is not about leaving', (line, expected) => {
    expect(parseLine(line)).toEqual(expected);
  });

  it('reads a 1 MB line after a leave word without trouble', () => {
    expect(parseLine(`bye ${'a'.repeat(1_000_000)}`).kind).toBe('how-to-leave');
    expect(parseLine(`/quiz ${' '.repeat(1_000_000)}exit`).kind).toBe('how-to-leave');
  });
});

interface Terminal extends TerminalOnPipes {
  core: CoreSpy;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The real terminal adapter on the real core (a test bot), its output collected. */
async function startTerminal(locale: Locale, interactive = false): Promise<Terminal> {
  const { bot, store }: { bot: Bot; store: QuizStore } = createTestBot({
    locale,
    clock: () => Date.parse('2026-11-30T00:30:00Z'),
  });
  const core = spyOnCore(bot);
  const terminal = await startTerminalOnPipes(core, {
    locale,
    interactive,
    beforeStart: (adapter) => bot.attach(adapter),
  });
  cleanups.push(async () => {
    await terminal.close();
    await bot.stop();
    store.close();
  });
  return { ...terminal, core };
}

describe('typing a leave word into the terminal', () => {
  it.each(['quit', 'exit', 'Quit'])(
    '%j ends the session as /quit does: later lines are not handled',
    async (word) => {
      const terminal = await startTerminal('ja');
      terminal.input.write(`/quiz help\n${word}\n/quiz post\n`);
      await terminal.adapter.finished;
      expect(terminal.adapter.isConnected()).toBe(false);
      // The line before was answered; the line after the leave word never reached the core.
      expect(terminal.core.commandEvents.map((e) => e.name)).toEqual(['help']);
      expect(terminal.printed()).toContain(messages('ja').helpTitle);
      expect(terminal.printed()).not.toContain(messages('ja').consoleHowToLeave);
    },
  );

  it.each([
    ['ja', ['bye', 'q', '終了', 'やめる']],
    ['en', ['bye', 'q', ':q', 'quit now']],
  ] as const)(
    'answers %s words that may mean leaving with how to leave, and keeps going',
    async (locale, words) => {
      const m = messages(locale);
      const terminal = await startTerminal(locale);
      for (const word of words) {
        const before = terminal.printed().length;
        await terminal.adapter.typeLine(word);
        expect(terminal.printed().slice(before)).toBe(`${m.consoleHowToLeave}\n`);
      }
      // Nothing reached the core, and nothing was lost: the session is still there.
      expect(terminal.core.commandEvents).toEqual([]);
      expect(terminal.adapter.isConnected()).toBe(true);
      await terminal.adapter.typeLine('/quiz post');
      expect(terminal.core.commandEvents.map((e) => e.name)).toEqual(['post']);
      expect(terminal.adapter.transcript().some((msg) => msg.visibility === 'channel')).toBe(true);
    },
  );

  it('says how to leave in words the hint itself names, and those words leave', async () => {
    const terminal = await startTerminal('en');
    await terminal.adapter.typeLine('bye');
    const hint = messages('en').consoleHowToLeave;
    expect(hint).toMatch(/\bquit\b/);
    expect(hint).toContain('/quit');
    expect(hint).toContain('Ctrl-D');
    expect(messages('ja').consoleHowToLeave).toMatch(/quit.*\/quit.*Ctrl-D/);
    // Doing what it says works: `quit` ends the session.
    terminal.input.write('quit\n');
    await terminal.adapter.finished;
    expect(terminal.adapter.isConnected()).toBe(false);
  });

  it('on a terminal, ends on `quit` without printing another prompt, as on /quit', async () => {
    const terminal = await startTerminal('ja', true);
    terminal.input.write('quit\r');
    await terminal.adapter.finished;
    const ESC = String.fromCharCode(27);
    const visible = terminal.printed().replace(new RegExp(`${ESC}\\[[0-9;]*[A-Za-z]`, 'g'), '');
    expect(visible.endsWith('> quit\r\n')).toBe(true);
  });
});
