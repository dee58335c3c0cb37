/**
 * Notes per channel: `/quiz notes` lists the loaded notes and what this channel draws from;
 * admins limit a channel to some notes (kept across restarts) and the daily choice follows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import {
  matchTitle,
  notesEntries,
  splitNames,
  TITLE_RULES,
} from '../../../src/bot/notes/channel-notes.ts';
import type { CommandEvent, Reply } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import type { QuestionBank } from '../../../src/quiz/types.ts';
import { openStore, type SqliteQuizStore } from '../../../src/store/index.ts';
import { RecordingTransport } from '../daily/recording-transport.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const OTHER = { ...CHANNEL, channelId: 'C2' };
const m = messages('en');
const FIXTURES = join(import.meta.dirname, '../../fixtures/notes');
const FILES = ['notes/resilience.en.md', 'notes/caching.ja.md'];
const RESILIENCE = 'Resilience patterns — ideas that are easy to mix up';
const CACHING = 'キャッシュ戦略メモ';

function bankOf(files = FILES): QuestionBank {
  return buildQuestionBank(
    files.map((f) => ({ path: f, text: readFileSync(join(FIXTURES, basename(f)), 'utf8') })),
  );
}

let dir: string;
let running: { bot: Bot; store: SqliteQuizStore } | null = null;

async function start(bank = bankOf()) {
  await stop();
  const store = openStore(join(dir, 'quizbot.db'));
  const bot = createBot({
    bank,
    store,
    logger: silentLogger(),
    settings: { locale: 'en', defaultTimezone: 'UTC', answerWindowMinutes: 60 },
    random: seededRandom(4),
  });
  bot.attach(new RecordingTransport());
  running = { bot, store };
  return { bot, store };
}

async function stop() {
  if (!running) return;
  await running.bot.stop();
  running.store.close();
  running = null;
}

const command = (bot: Bot, name: string, args: string[] = [], userId = 'UADMIN', where = CHANNEL) =>
  bot.handleCommand({
    ...where,
    userId,
    userName: userId,
    isAdmin: async () => userId === 'UADMIN',
    name,
    args,
  } satisfies CommandEvent);
const only = (replies: Reply[]): Reply => {
  expect(replies).toHaveLength(1);
  return replies[0]!;
};

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-30T00:30:00Z'), toFake: ['Date'] });
  dir = mkdtempSync(join(tmpdir(), 'quizbot-channel-notes-'));
});

afterEach(async () => {
  await stop();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('/quiz notes', () => {
  it('lists the loaded notes and says the channel draws from all of them by default', async () => {
    const bank = bankOf();
    const [resilience, caching] = notesEntries(bank);
    expect(resilience).toMatchObject({ title: RESILIENCE, file: FILES[0], concepts: 5 });
    expect(caching).toMatchObject({ title: CACHING, file: FILES[1], concepts: 3 });
    expect(resilience!.questions + caching!.questions).toBe(bank.questions.length);
    const { bot } = await start(bank);
    const card = only(await command(bot, 'notes', [], 'U1'));
    expect(card.title).toBe(m.notesTitle);
    expect(card.text.split('\n')).toEqual([
      m.notesLine(true, RESILIENCE, 5, resilience!.questions, FILES[0]!),
      m.notesLine(true, CACHING, 3, caching!.questions, FILES[1]!),
      '',
      m.notesDrawAll,
    ]);
  });

  it('admins limit a channel to some notes; its daily questions follow, across a restart', async () => {
    const { bot, store } = await start();
    expect(only(await command(bot, 'notes', ['キャッシュ'], 'U1')).text).toBe(m.adminOnly('notes'));
    const set = only(await command(bot, 'notes', ['キャッシュ']));
    expect(set.text).toContain(m.notesSet(`“${CACHING}”`));
    expect(set.text).toContain(m.notesDrawSome(1, 2));

    const again = await start();
    const asked: string[] = [];
    for (let day = 0; day < 6; day++) {
      vi.setSystemTime(Date.parse('2026-11-30T00:30:00Z') + day * 86_400_000);
      await command(again.bot, 'post');
      await command(again.bot, 'post', [], 'UADMIN', OTHER);
      asked.push(again.store.latestPost(CHANNEL)!.question!.explanation.source.file);
      expect(again.store.latestPost(OTHER)).not.toBeNull();
    }
    expect(new Set(asked)).toEqual(new Set([FILES[1]]));
    expect(again.store.channelNotes(CHANNEL)).toEqual([CACHING]);
    expect(store.db.open).toBe(false); // the first process's store is closed: this was a restart

    // Several titles, by title and by file name; and back to all.
    const both = only(
      await command(again.bot, 'notes', ['resilience.en.md,', 'キャッシュ戦略メモ']),
    );
    expect(both.text).toContain(m.notesSet(`“${RESILIENCE}”, “${CACHING}”`));
    expect(only(await command(again.bot, 'notes', ['all'])).text).toContain(m.notesSetAll);
    expect(again.store.channelNotes(CHANNEL)).toEqual([]);
  });

  it('says which notes it does not know, and falls back to all when none chosen is loaded', async () => {
    const { bot } = await start();
    const known = `“${RESILIENCE}”, “${CACHING}”`;
    expect(only(await command(bot, 'notes', ['kubernetes'])).text).toBe(
      m.notesUnknown('kubernetes', known),
    );
    await command(bot, 'notes', ['resilience']);
    // The chosen notes leave (a reload or a restart with other notes).
    const { bot: after } = await start(bankOf([FILES[1]!]));
    const card = only(await command(after, 'notes'));
    expect(card.text).toContain(m.notesNoneLoaded(`“${RESILIENCE}”`));
    expect(only(await command(after, 'post')).text).toMatch(/^Posted question /);
  });
});

describe('reading notes titles', () => {
  const entries = notesEntries(bankOf());
  it.each(TITLE_RULES.map((r) => [r.name, r]))('%s', (_name, rule) => {
    const match = matchTitle(rule.example.typed, entries);
    const picked = entries.find((e) => e.file.endsWith(rule.example.file))!;
    expect(match).toEqual({ status: 'found', titles: [picked.title] });
  });

  it('refuses a part of several titles, and splits names on commas', () => {
    const two = [...entries, { ...entries[0]!, title: 'Resilience in practice', file: 'x.md' }];
    expect(matchTitle('resilience', two)).toEqual({
      status: 'ambiguous',
      typed: 'resilience',
      titles: [RESILIENCE, 'Resilience in practice'],
    });
    expect(splitNames('a b, c、d; e')).toEqual(['a b', 'c', 'd', 'e']);
    expect(splitNames(`${'x'.repeat(1_000_000)},y`)).toHaveLength(2);
  });
});
