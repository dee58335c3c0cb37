/**
 * `/quiz post` on a day whose question is already out shows that question again to whoever asked
 * (privately): still open, with the same answer buttons, so an answer given on the copy is locked
 * against the same post, once; closed, it is not opened again, and the reply says so and points
 * to the explanation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../../src/bot/cards/question-card.ts';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { DeliveryError } from '../../../src/bot/errors.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { Locale, Reply } from '../../../src/bot/types.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { createTestBot } from '../fixtures/test-bot.ts';
import { RecordingTransport } from './recording-transport.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
/** Monday 2026-11-30 09:00 in Tokyo. */
const START = Date.parse('2026-11-30T00:00:00Z');

let bot: Bot;
let store: QuizStore;
let transport: RecordingTransport;
let now = START;

function start(locale: Locale = 'ja', answerWindowMinutes = 24 * 60): void {
  now = START;
  ({ bot, store } = createTestBot({ locale, answerWindowMinutes, clock: () => now }));
  transport = new RecordingTransport();
  bot.attach(transport);
}

afterEach(async () => {
  await bot.stop();
  store.close();
});

const who = (userId: string) => ({
  ...CHANNEL,
  userId,
  userName: userId,
  isAdmin: async () => userId === 'UADMIN',
});

async function command(text: string, userId = 'UADMIN'): Promise<Reply[]> {
  const [name = '', ...args] = text.split(' ');
  return bot.handleCommand({ ...who(userId), name, args });
}

async function click(userId: string, actionId: string, value: string): Promise<Reply> {
  const [reply] = await bot.handleAction({ ...who(userId), actionId, value });
  return reply!;
}

function postedButtons() {
  const [posted] = transport.questionPosts();
  return posted!.reply.buttons!;
}

describe('/quiz post when today’s question is open', () => {
  it.each(['ja', 'en'] as const)(
    'shows it again, privately, with the same answer buttons (%s)',
    async (locale) => {
      start(locale);
      const m = messages(locale);
      await command('post');
      const post = store.latestPost(CHANNEL)!;
      await click('UALICE', ACTION.answer, postedButtons()[0]!.value);

      const replies = await command('post');
      expect(replies).toHaveLength(1);
      const again = replies[0]!;
      expect(again.visibility).toBe('ephemeral');
      expect(again.text).toContain(m.alreadyPostedShownAgain(m.alreadyPostedAnswerHere));
      expect(again.text).toContain(post.question!.prompt);
      expect(again.title).toBe(m.questionTitle(post.localDate));
      expect(again.footer).toContain(m.answeredCount(1));
      expect(again.buttons).toEqual(postedButtons());
      // Nothing new in the channel: one message to count answers on and close.
      expect(transport.calls.filter((c) => c.kind === 'post')).toHaveLength(1);
    },
  );

  it('an answer on the copy counts once, against the same post', async () => {
    start();
    const m = messages('ja');
    await command('post');
    const post = store.latestPost(CHANNEL)!;
    const copy = (await command('post', 'UADMIN'))[0]!;
    const key = post.correctIndex;
    const right = copy.buttons![key]!;
    const wrong = postedButtons()[(key + 1) % post.choiceCount]!;

    expect((await click('UADMIN', right.actionId, right.value)).title).toBe(m.resultCorrect);
    const second = await click('UADMIN', wrong.actionId, wrong.value);
    expect(second.text).toContain(
      m.alreadyAnswered(`${key + 1}. ${post.question!.choices[key]!.text}`),
    );
    expect(store.answerCount(post.id)).toBe(1);
    expect(store.findAnswer(post.id, 'UADMIN')).toEqual({ choiceIndex: key, correct: true });

    // Shown again to someone who answered, it says which answer is locked.
    const third = (await command('post'))[0]!;
    expect(third.text).toContain(
      m.alreadyPostedShownAgain(
        m.alreadyAnswered(`${key + 1}. ${post.question!.choices[key]!.text}`),
      ),
    );
  });
});

describe('/quiz post from someone who is not an admin', () => {
  it('sees the day’s question again once it is out; posting stays with admins', async () => {
    start();
    const m = messages('ja');
    expect((await command('post', 'UALICE'))[0]!.text).toBe(m.adminOnly('post'));
    expect(store.latestPost(CHANNEL)).toBeNull();

    // Not in the channel yet (the platform refused it): only an admin's /quiz post sends it.
    transport.failWith = new DeliveryError('transient', '503');
    await command('post');
    transport.failWith = null;
    expect(store.latestPost(CHANNEL)?.messageId).toBeNull();
    expect((await command('post', 'UALICE'))[0]!.text).toBe(m.adminOnly('post'));
    expect(transport.questionPosts()).toHaveLength(0);

    expect((await command('post'))[0]!.text).toBe(m.posted(store.latestPost(CHANNEL)!.questionId));
    const [again] = await command('post', 'UALICE');
    expect(again!.visibility).toBe('ephemeral');
    expect(again!.text).toContain(m.alreadyPostedShownAgain(m.alreadyPostedAnswerHere));
    expect(again!.buttons).toEqual(postedButtons());
    expect(transport.questionPosts()).toHaveLength(1);
  });

  it('a question of an earlier day is not "today’s": an admin’s /quiz post is needed', async () => {
    start();
    const m = messages('ja');
    await command('post');
    now += 24 * 60 * 60_000;
    expect((await command('post', 'UALICE'))[0]!.text).toBe(m.adminOnly('post'));
  });
});

describe('/quiz post when today’s question is closed', () => {
  it.each(['ja', 'en'] as const)(
    'revealed: not opened again; says so, with the explanation a click away (%s)',
    async (locale) => {
      start(locale);
      const m = messages(locale);
      await command('post');
      const post = store.latestPost(CHANNEL)!;
      now += 60 * 60_000;
      await command('close');
      expect(store.getPost(post.id)?.revealedAt).not.toBeNull();
      const posts = transport.calls.filter((c) => c.kind === 'post').length;

      const [reply, ...rest] = await command('post', 'UADMIN');
      expect(rest).toHaveLength(0);
      expect(reply).toMatchObject({
        visibility: 'ephemeral',
        text: m.alreadyPostedRevealed(post.questionId),
      });
      expect(reply!.text).toContain(`/quiz explain ${post.questionId}`);
      expect(reply!.text).toContain('/quiz practice');
      expect(reply!.buttons).toEqual([
        { actionId: ACTION.explain, label: m.explainButton, value: post.questionId },
      ]);
      const explained = await click('UBOB', ACTION.explain, reply!.buttons![0]!.value);
      expect(explained.text).toContain(post.question!.choices[post.correctIndex]!.text);
      expect(transport.calls.filter((c) => c.kind === 'post')).toHaveLength(posts);
    },
  );

  it('closed, its reveal not out yet: says so, with no buttons', async () => {
    start();
    const m = messages('ja');
    await command('post');
    const post = store.latestPost(CHANNEL)!;
    transport.failWith = new DeliveryError('transient', '503');
    await command('close');
    transport.failWith = null;
    expect(store.getPost(post.id)).toMatchObject({ revealedAt: null });
    expect(store.getPost(post.id)?.closedAt).not.toBeNull();
    const [reply] = await command('post');
    expect(reply).toMatchObject({ text: m.alreadyPostedClosed(post.questionId) });
    expect(reply!.buttons ?? []).toEqual([]);
  });

  it('its answer window over, before the scheduler closed it: no buttons that would only say "closed"', async () => {
    start('ja', 60);
    const m = messages('ja');
    await command('post');
    const post = store.latestPost(CHANNEL)!;
    now = post.closesAt;
    expect(store.getPost(post.id)?.closedAt).toBeNull();
    const [reply] = await command('post');
    expect(reply).toMatchObject({ text: m.alreadyPostedClosed(post.questionId) });
    expect(reply!.buttons ?? []).toEqual([]);
  });

  it('voided: says it takes no answers, with no buttons', async () => {
    start();
    const m = messages('ja');
    await command('post');
    const post = store.latestPost(CHANNEL)!;
    await command(`void ${post.questionId}`);
    const [reply] = await command('post');
    expect(reply).toMatchObject({ text: m.alreadyPostedVoided(post.questionId) });
    expect(reply!.buttons ?? []).toEqual([]);
  });
});
