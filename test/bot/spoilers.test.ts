/**
 * No spoilers (issue 15 #7): while a question is open, someone who has not answered it gets its
 * answer neither from `/quiz lookup` of its concept, nor from practice on that concept, nor from
 * someone else's stats (their wrong pick names a wrong option). Once they have answered, all of it
 * is there again; other concepts never were hidden.
 */

import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/bot/create-bot.ts';
import { messages } from '../../src/bot/i18n/catalog.ts';
import { involvedConcepts } from '../../src/bot/spoilers.ts';
import type { Reply } from '../../src/bot/types.ts';
import { loadBank } from '../../src/notes/load-bank.ts';
import type { Question } from '../../src/quiz/types.ts';
import type { QuizStore } from '../../src/store/types.ts';
import { RecordingTransport } from './daily/recording-transport.ts';
import { createTestBot } from './fixtures/test-bot.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const OTHER_CHANNEL = { ...CHANNEL, channelId: 'C2' };
const m = messages('en');
/** A bank from real notes, so look-up has cards to show. */
const NOTES_BANK = loadBank({
  notes: [fileURLToPath(new URL('../fixtures/notes/resilience.en.md', import.meta.url))],
  aliases: null,
}).bank;

let bot: Bot;
let store: QuizStore;
let transport: RecordingTransport;
let open: Question;

function as(userId: string, channel = CHANNEL) {
  return { ...channel, userId, userName: userId.toLowerCase(), isAdmin: async () => true };
}

async function command(userId: string, name: string, args: string[] = [], channel = CHANNEL) {
  return bot.handleCommand({ ...as(userId, channel), name, args });
}

async function answer(userId: string, correct: boolean): Promise<void> {
  const [posted] = transport.questionPosts();
  const index = open.choices.findIndex((c) => c.correct === correct);
  const button = posted!.reply.buttons!.find((b) => b.value.endsWith(`:${index}`))!;
  await bot.handleAction({ ...as(userId), actionId: button.actionId, value: button.value });
}

const conceptName = () => open.conceptName;

beforeEach(async () => {
  ({ bot, store } = createTestBot({ locale: 'en', bank: NOTES_BANK }));
  transport = new RecordingTransport();
  bot.attach(transport);
  await command('UADMIN', 'post');
  open = store.latestPost(CHANNEL)!.question!;
});

afterEach(async () => {
  await bot.stop();
  store.close();
});

function text(replies: Reply[]): string {
  return replies
    .map((r) => `${r.title ?? ''}\n${r.text}\n${JSON.stringify(r.fields ?? [])}`)
    .join();
}

describe('no spoilers for someone who has not answered the open question', () => {
  it('lookup of its concept is refused until they answer; other concepts are not', async () => {
    const name = conceptName();
    const concept = store.latestPost(CHANNEL)!.question!.conceptId;
    const lookupName = (await command('UBEN', 'lookup', [name]))[0]!;
    expect(lookupName.text).toBe(m.lookupWouldSpoil);
    // Asked from another channel of the same team, it would spoil just the same.
    expect((await command('UBEN', 'lookup', [name], OTHER_CHANNEL))[0]!.text).toBe(
      m.lookupWouldSpoil,
    );
    const involved = involvedConcepts(bot.deps, open);
    expect(involved.has(concept)).toBe(true);
    const other = NOTES_BANK.concepts.find((c) => !involved.has(c.id))!.name;
    expect((await command('UBEN', 'lookup', [other]))[0]!.text).not.toBe(m.lookupWouldSpoil);
    await answer('UBEN', false);
    expect((await command('UBEN', 'lookup', [name]))[0]!.text).not.toBe(m.lookupWouldSpoil);
  });

  it('practice never offers its concept, and "practise this concept" is refused', async () => {
    const concept = open.conceptId;
    for (let i = 0; i < 20; i += 1) {
      const [card] = await command('UBEN', 'practice');
      expect(JSON.stringify(card)).not.toContain(open.prompt);
      const value = card!.buttons?.[0]?.value ?? '';
      expect(value.startsWith(`${open.id}:`)).toBe(false);
    }
    const [refused] = await bot.handleAction({
      ...as('UBEN'),
      actionId: 'quiz-me',
      value: concept,
    });
    expect(refused!.text).toBe(m.lookupWouldSpoil);
  });

  it("someone else's stats leave out their picks on it until the caller has answered", async () => {
    await answer('UANN', false);
    const wrongText = open.choices.find((c) => !c.correct)!.text;
    const before = text(await command('UBEN', 'stats', ['<@UANN>']));
    expect(before).not.toContain(wrongText);
    const own = text(await command('UANN', 'stats'));
    expect(own).toContain(wrongText);
    await answer('UBEN', true);
    const after = text(await command('UBEN', 'stats', ['<@UANN>']));
    expect(after).toContain(wrongText);
  });
});

describe('the concepts a question involves', () => {
  it('are its own and every concept an option names ("which concept …?")', () => {
    const [a, b, c] = NOTES_BANK.concepts;
    const which: Question = {
      ...open,
      conceptId: a!.id,
      kind: 'which-concept',
      choices: [
        { text: a!.name, correct: true, why: null },
        { text: b!.name.toUpperCase(), correct: false, why: null },
        { text: 'not a concept at all', correct: false, why: null },
      ],
    };
    const involved = involvedConcepts(bot.deps, which);
    expect(involved.has(a!.id)).toBe(true);
    expect(involved.has(b!.id)).toBe(true);
    expect(involved.has(c!.id)).toBe(false);
  });
});
