/**
 * The terminal behaves like a REPL (issue 16): lines are read as a person means them, a private
 * message's buttons work only for the user it was shown to, and on a terminal the prompt is
 * redrawn after output that arrives by itself, `/quit` ends without an extra prompt and Ctrl-D
 * leaves the shell's prompt on a line of its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { INPUT_RULES, parseLine } from '../../../src/adapters/console/console-input.ts';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { BotCore } from '../../../src/bot/types.ts';
import { createTestBot } from '../../bot/fixtures/test-bot.ts';
import { startTerminalOnPipes, type TerminalOnPipes } from './console-harness.ts';

const m = messages('ja');

describe('reading a line', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['  /quit ', { kind: 'quit' }],
    ['/EXIT', { kind: 'quit' }],
    ['/as Bob Smith', { kind: 'as', name: 'Bob Smith' }],
    ['/as', { kind: 'as-without-name' }],
    ['3', { kind: 'button', number: 3 }],
    ['３', { kind: 'button', number: 3 }],
    ['/quiz lookup saga', { kind: 'command', name: 'lookup', args: ['saga'] }],
    ['quiz help', { kind: 'command', name: 'help', args: [] }],
    ['help', { kind: 'command', name: 'help', args: [] }],
    ['/help', { kind: 'command', name: 'help', args: [] }],
    ['Stats @Bob', { kind: 'command', name: 'stats', args: ['<@bob>'] }],
    ['lookup "API Gateway"', { kind: 'command', name: 'lookup', args: ['API Gateway'] }],
    ['he\u200Blp', { kind: 'command', name: 'help', args: [] }],
    ['???', { kind: 'not-a-command', line: '???' }],
  ])('%j', (line, expected) => {
    expect(parseLine(line)).toEqual(expected);
  });

  it('keeps its rules as a table, each with an example', () => {
    for (const rule of INPUT_RULES) expect(rule.example, rule.name).not.toBe('');
  });

  it('reads a 1 MB line without trouble', () => {
    expect(parseLine(`lookup ${'a'.repeat(1_000_000)}`).kind).toBe('command');
    expect(parseLine(' '.repeat(1_000_000)).kind).toBe('empty');
  });
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function startTerminal(core: BotCore, interactive: boolean): Promise<TerminalOnPipes> {
  const terminal = await startTerminalOnPipes(core, { locale: 'ja', interactive });
  cleanups.push(terminal.close);
  return terminal;
}

describe('buttons, per viewer', () => {
  let bot: Bot;
  afterEach(async () => {
    await bot.stop();
  });

  it('does not let another user press the Explain button shown only to you', async () => {
    ({ bot } = createTestBot({ clock: () => Date.parse('2026-11-30T00:30:00Z') }));
    const screen = await startTerminal(bot, false);
    bot.attach(screen.adapter);
    await screen.adapter.typeLine('/quiz post');
    await screen.adapter.typeLine('1');
    const explain = screen.adapter
      .transcript()
      .flatMap((msg) => msg.reply.buttons ?? [])
      .find((b) => b.actionId === 'explain');
    const n = screen.adapter.numberFor(explain!.actionId, explain!.value)!;
    await screen.adapter.typeLine('/as bob');
    const before = screen.printed().length;
    await screen.adapter.typeLine(String(n));
    expect(screen.printed().slice(before)).toContain(m.consoleNotYourButton(n, 'you'));
    await screen.adapter.typeLine('/as you');
    const again = screen.printed().length;
    await screen.adapter.typeLine(String(n));
    expect(screen.printed().slice(again)).toContain('解説');
  });
});

describe("today's question, asked before this screen", () => {
  let bot: Bot;
  afterEach(async () => {
    await bot.stop();
  });

  it('says how to bring it back for a number typed with nothing to press, and /quiz post shows it answerable', async () => {
    ({ bot } = createTestBot({ clock: () => Date.parse('2026-11-30T00:30:00Z') }));
    // The question went out on an earlier screen (a restart on the same database, or someone
    // who was not looking): this one has never shown it.
    const earlier = await startTerminal(bot, false);
    bot.attach(earlier.adapter);
    await earlier.adapter.typeLine('/quiz post');
    await earlier.close();
    const screen = await startTerminal(bot, false);
    bot.attach(screen.adapter);
    const post = bot.deps.store.latestPost(screen.adapter.channel)!;

    await screen.adapter.typeLine('/as bob');
    let from = screen.printed().length;
    await screen.adapter.typeLine('2');
    expect(screen.printed().slice(from)).toContain(m.consoleNoButtons(2));
    expect(bot.deps.store.answerCount(post.id)).toBe(0);

    from = screen.printed().length;
    await screen.adapter.typeLine('/quiz post');
    const shown = screen.printed().slice(from);
    expect(shown).toContain(m.alreadyPostedShownAgain(m.alreadyPostedAnswerHere));
    expect(shown).toContain(post.question!.prompt);
    // Shown only to bob, numbered from 1 again on this screen; no new channel message.
    expect(shown).toContain(`[${m.consoleOnlyYou('bob')}]`);
    expect(shown).toContain(`[2] ${post.question!.choices[1]!.text}`);
    expect(screen.adapter.transcript().filter((s) => s.visibility === 'channel')).toHaveLength(0);

    from = screen.printed().length;
    await screen.adapter.typeLine('2');
    expect(screen.printed().slice(from)).toContain(
      m.yourAnswer(`2. ${post.question!.choices[1]!.text}`),
    );
    expect(bot.deps.store.findAnswer(post.id, 'bob')?.choiceIndex).toBe(1);

    // With buttons on screen, a number that is none of them points to them (and to /quiz post).
    from = screen.printed().length;
    await screen.adapter.typeLine('99');
    expect(screen.printed().slice(from)).toContain(m.consoleNoButton(99));
    // Another user may not press bob's copy; their own /quiz post gives them one.
    await screen.adapter.typeLine('/as carol');
    from = screen.printed().length;
    await screen.adapter.typeLine('1');
    expect(screen.printed().slice(from)).toContain(m.consoleNotYourButton(1, 'bob'));
    expect(bot.deps.store.answerCount(post.id)).toBe(1);
  });
});

const quietCore: BotCore = {
  handleCommand: async () => [{ visibility: 'ephemeral', text: 'pong' }],
  handleAction: async () => [],
  complete: async () => [],
  commands: () => [],
};

/** What a terminal shows: the output without its cursor-movement sequences. */
const CURSOR_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

function visible(out: string): string {
  return out.replace(CURSOR_SEQUENCE, '');
}

/** Waits until what is visible satisfies `predicate` (readline writes asynchronously). */
async function until(screen: TerminalOnPipes, predicate: (out: string) => boolean): Promise<void> {
  const seen = () => visible(screen.printed());
  for (let i = 0; i < 200 && !predicate(seen()); i++) await new Promise((r) => setTimeout(r, 5));
  expect(predicate(seen()), JSON.stringify(seen().slice(-200))).toBe(true);
}

describe('on a terminal', () => {
  it('shows a prompt after the welcome and after each answer', async () => {
    const screen = await startTerminal(quietCore, true);
    await until(screen, (out) => out.endsWith('> '));
    screen.input.write('/quiz help\r');
    await until(screen, (out) => /pong\n> $/.test(out));
  });

  it('redraws the prompt, with what was being typed, after output that arrives by itself', async () => {
    const screen = await startTerminal(quietCore, true);
    screen.input.write('/quiz lo');
    await until(screen, (out) => out.endsWith('/quiz lo'));
    const before = screen.printed().length;
    await screen.adapter.postMessage(screen.adapter.channel, {
      visibility: 'channel',
      title: '今日の問題',
      text: 'どれ？',
    });
    await until(screen, (out) => out.endsWith('> /quiz lo'));
    const shown = screen.printed().slice(before);
    // The prompt line is cleared first, so the message does not start after "> /quiz lo".
    const ESC = String.fromCharCode(27);
    expect(shown.startsWith(`${ESC}[2K${ESC}[1G\n[#1]\n今日の問題\nどれ？\n`)).toBe(true);
    // The typed text is still there: finishing the line runs the whole command.
    screen.input.write('okup\r');
    await until(screen, (out) => /pong\n> $/.test(out));
  });

  it('ends on /quit without printing another prompt', async () => {
    const screen = await startTerminal(quietCore, true);
    screen.input.write('/quit\r');
    await screen.adapter.finished;
    expect(visible(screen.printed()).endsWith('> ')).toBe(false);
    expect(visible(screen.printed()).endsWith('> /quit\r\n')).toBe(true);
  });

  it('leaves the shell prompt on a line of its own after Ctrl-D', async () => {
    const screen = await startTerminal(quietCore, true);
    await until(screen, (out) => out.endsWith('> '));
    screen.input.end();
    await screen.adapter.finished;
    expect(visible(screen.printed()).endsWith('> \n')).toBe(true);
  });

  it('ends like Ctrl-D on Ctrl-C', async () => {
    const screen = await startTerminal(quietCore, true);
    await until(screen, (out) => out.endsWith('> '));
    screen.input.write('\x03');
    await screen.adapter.finished;
    expect(screen.adapter.isConnected()).toBe(false);
  });
});
