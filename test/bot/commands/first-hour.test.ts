/**
 * What a new user meets first (issue 16), through the real core: time zones as people type them,
 * a channel that was never scheduled, stats by name with or without `@`, the one-a-day rule
 * pointing to practice, and messages in one language each.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { ActionEvent, CommandEvent, Reply } from '../../../src/bot/types.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { RecordingTransport } from '../daily/recording-transport.ts';
import { createTestBot } from '../fixtures/test-bot.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const NOW = Date.parse('2026-11-30T00:30:00Z'); // Mon 09:30 Tokyo
let store: QuizStore;
let bot: Bot;
let transport: RecordingTransport;

function base(user: string, name = user.toLowerCase()) {
  return { ...CHANNEL, userId: user, userName: name, isAdmin: async () => user === 'UADMIN' };
}

function run(text: string, user = 'UADMIN', name?: string): Promise<Reply[]> {
  const [command = '', ...args] = text.split(' ').filter(Boolean);
  const event: CommandEvent = { ...base(user, name), name: command, args };
  return bot.handleCommand(event);
}

async function text(cmd: string, user?: string, name?: string): Promise<string> {
  const replies = await run(cmd, user, name);
  expect(replies).toHaveLength(1);
  return replies[0]!.text;
}

/** Posts a question and has `user` answer option `choice`. */
async function answer(user: string, name: string, choice: number): Promise<void> {
  const post = store.latestPost(CHANNEL) ?? (await run('post'), store.latestPost(CHANNEL)!);
  const click: ActionEvent = {
    ...base(user, name),
    actionId: 'answer',
    value: `${post.id}:${choice}`,
  };
  await bot.handleAction(click);
}

function makeBot(locale: 'ja' | 'en') {
  ({ bot, store } = createTestBot({ locale, clock: () => NOW, seed: 3 }));
  transport = new RecordingTransport();
  bot.attach(transport);
}

afterEach(async () => {
  await bot.stop();
  store.close();
});

describe('time zones people type, in /quiz schedule', () => {
  const m = messages('ja');
  beforeEach(() => makeBot('ja'));

  it.each([
    ['tokyo', 'Asia/Tokyo'],
    ['Tokyo', 'Asia/Tokyo'],
    ['JST', 'Asia/Tokyo'],
    ['EST5EDT', 'America/New_York'],
    ['new_york', 'America/New_York'],
    ['東京', 'Asia/Tokyo'],
  ])('09:00 %s → %s', async (typed, zone) => {
    expect(await text(`schedule 09:00 ${typed}`)).toContain(
      m.scheduleSet(m.scheduleLine('09:00', m.daysWeekdays, zone)),
    );
    expect(store.getChannel(CHANNEL)?.timezone).toBe(zone);
  });

  it('suggests for a typo and asks which one for an ambiguous abbreviation', async () => {
    expect(await text('schedule 09:00 Tokio')).toBe(m.timezoneDidYouMean('Tokio', 'Asia/Tokyo'));
    expect(await text('schedule 09:00 CST')).toBe(
      m.timezoneAmbiguous('CST', ['America/Chicago', 'Asia/Shanghai'].join(m.listSeparator)),
    );
    expect(store.getChannel(CHANNEL)).toBeNull();
  });

  it('says a channel was never scheduled (not "off") after a first /quiz post, and "off" once turned off', async () => {
    await run('post');
    expect(await text('schedule', 'UALICE')).toBe(m.scheduleNone);
    await run('schedule 09:00');
    await run('schedule off');
    expect(await text('schedule', 'UALICE')).toBe(m.scheduleOff);
  });

  it('names days other than every day or weekdays in words', async () => {
    expect(await text('schedule 09:00 mon,wed,fri')).toContain(
      '毎週月・水・金曜 09:00（Asia/Tokyo）',
    );
  });
});

describe('stats by name', () => {
  const m = messages('ja');
  beforeEach(() => makeBot('ja'));

  it('finds someone who has answered by their name, with or without @, in any case', async () => {
    await answer('UALICE', 'Alice', 0);
    for (const typed of ['alice', 'Alice', '@alice', 'ＡＬＩＣＥ', 'ali\u200Bce']) {
      const card = (await run(`stats ${typed}`, 'UBOB', 'bob'))[0]!;
      expect(card.title, typed).toBe(m.statsTitle('Alice'));
      expect(card.fields?.[0]?.value, typed).toBe('1');
    }
  });

  it('says when no one of that name has answered, and asks for a mention when two have', async () => {
    expect(await text('stats carol', 'UBOB')).toBe(m.badUser('carol'));
    await answer('UALICE1', 'alice', 0);
    await answer('UALICE2', 'Alice', 1);
    const ambiguous = await text('stats alice', 'UBOB');
    expect([
      m.ambiguousUser('alice', ['alice (UALICE1)', 'Alice (UALICE2)'].join(m.listSeparator)),
      m.ambiguousUser('alice', ['Alice (UALICE2)', 'alice (UALICE1)'].join(m.listSeparator)),
    ]).toContain(ambiguous);
  });
});

describe('the one-a-day rule', () => {
  it.each(['ja', 'en'] as const)('points to /quiz practice (%s)', async (locale) => {
    makeBot(locale);
    await run('post');
    const again = await text('post');
    expect(again).toContain(
      messages(locale).alreadyPostedShownAgain(messages(locale).alreadyPostedAnswerHere),
    );
    expect(again).toContain(store.latestPost(CHANNEL)!.question!.prompt);
    expect(again).toContain('/quiz practice');
  });
});

describe('English, one language and the right plural', () => {
  const m = messages('en');
  beforeEach(() => makeBot('en'));

  it('counts in English', () => {
    expect(m.teamSummary(1, 1)).toBe('1 answer to closed questions, on 1 concept');
    expect(m.teamSummary(2, 3)).toBe('2 answers to closed questions, on 3 concepts');
    expect(m.leaderboardRow(1, 'bob', 1, 1, 1, '100%', 1)).toContain('1 pt (');
    expect(m.leaderboardRow(1, 'bob', 10, 1, 1, '100%', 1)).toContain('10 pts (');
    expect(m.top3Row(1, 'bob', 1)).toBe('1. bob (1 point)');
    expect(m.top3Row(1, 'bob', 12)).toBe('1. bob (12 points)');
    expect(m.reportSummary(1, '100%')).toBe('This week: 1 answer, 100% right');
    expect(m.statsPickedLine('Saga', 'locks', 1)).toBe('Saga: locks (once)');
    expect(m.statsPickedLine('Saga', 'locks', 3)).toBe('Saga: locks (3 times)');
  });

  it('titles the all-time board without a label', async () => {
    const board = (await run('leaderboard all'))[0]!;
    expect(board.title).toBe('Leaderboard (all time)');
    expect((await run('leaderboard week'))[0]!.title).toMatch(
      /^Leaderboard \(this week: \d{4}-W\d{2}\)$/,
    );
  });
});

/** Every message with sample arguments: what a reader would see. */
function everyMessage(locale: 'ja' | 'en'): [string, string][] {
  const catalog = messages(locale) as unknown as Record<string, unknown>;
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.push([key, value]);
    else if (Array.isArray(value)) out.push([key, value.join(' ')]);
    else if (typeof value === 'function') {
      const call = (text: unknown) =>
        (value as (...a: unknown[]) => unknown)(
          ...Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? text : 2)),
        );
      let said: unknown;
      try {
        said = call('X');
      } catch {
        said = call(['X', 'Y']); // a list parameter (dayList)
      }
      out.push([key, String(said)]);
    }
  }
  return out;
}

describe('the catalog', () => {
  const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

  it('has no Japanese in an English message', () => {
    for (const [key, text] of everyMessage('en')) expect(japanese.test(text), key).toBe(false);
  });

  it('shows no markdown syntax in plain text (no backticks, no **bold**)', () => {
    for (const locale of ['ja', 'en'] as const)
      for (const [key, text] of everyMessage(locale)) {
        expect(text.includes('`'), `${locale}.${key}`).toBe(false);
        expect(text.includes('**'), `${locale}.${key}`).toBe(false);
      }
  });

  it('has no machine-made Japanese: nothing "cannot be read"', () => {
    for (const [key, text] of everyMessage('ja'))
      expect(text.includes('読めません'), key).toBe(false);
  });
});

describe('the private result of a "which is the misconception" question', () => {
  it('says that a wrong pick was a true statement, in the reader’s language', async () => {
    const { resultCard } = await import('../../../src/bot/cards/result-card.ts');
    const { testBank } = await import('../fixtures/test-bank.ts');
    const base = testBank().questions[0]!;
    const question = {
      ...base,
      asksFor: 'misconception' as const,
      choices: base.choices.map((c, i) => ({ ...c, correct: i === 3 })),
    };
    for (const locale of ['ja', 'en'] as const) {
      const m = messages(locale);
      const wrong = resultCard({ question, choiceIndex: 0, correct: false, m });
      expect(wrong.text.split('\n')).toContain(m.resultPickedTrue);
      const right = resultCard({ question, choiceIndex: 3, correct: true, m });
      expect(right.text).not.toContain(m.resultPickedTrue);
    }
  });
});
