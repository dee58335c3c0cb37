/**
 * The contract every adapter passes: the same quiz flow, driven through each adapter's harness
 * (the in-memory fake, the terminal, Slack over HTTP and Socket Mode, Discord over the gateway).
 * Assertions use the message catalog, not copied strings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explanationLines } from '../../src/bot/cards/explanation-text.ts';
import type { Bot } from '../../src/bot/create-bot.ts';
import { messages } from '../../src/bot/i18n/catalog.ts';
import type { QuizStore } from '../../src/store/types.ts';
import { testBank } from '../bot/fixtures/test-bank.ts';
import { createTestBot } from '../bot/fixtures/test-bot.ts';
import type { AdapterHarness, HarnessUser, SeenMessage, StartHarness } from './harness.ts';

const m = messages('ja');
const admin: HarnessUser = { id: 'UADMIN', name: 'admin', admin: true };
const alice: HarnessUser = { id: 'UALICE', name: 'alice' };
const bob: HarnessUser = { id: 'UBOB', name: 'bob' };
const carol: HarnessUser = { id: 'UCAROL', name: 'carol' };

/** Monday 2026-11-30 09:00 in Tokyo. */
export const CONTRACT_NOW = Date.parse('2026-11-30T00:00:00Z');

function only(list: SeenMessage[], visibility: 'channel' | 'ephemeral'): SeenMessage {
  const found = list.filter((s) => s.visibility === visibility);
  expect(found).toHaveLength(1);
  return found[0]!;
}

export function adapterContract(name: string, start: StartHarness): void {
  describe(`${name}: adapter contract`, () => {
    let store: QuizStore;
    let bot: Bot;
    let harness: AdapterHarness;
    let now = CONTRACT_NOW;

    beforeEach(async () => {
      now = CONTRACT_NOW;
      ({ bot, store } = createTestBot({ clock: () => now, seed: 42 }));
      harness = await start(bot);
      bot.attach(harness.adapter);
    });

    afterEach(async () => {
      await harness.close();
      await bot.stop();
      store.close();
    });

    async function postQuestion(): Promise<SeenMessage> {
      const replies = await harness.command(admin, 'post');
      expect(
        replies
          .filter((r) => r.visibility === 'ephemeral')
          .map((r) => r.text)
          .join('\n'),
      ).toContain(m.posted('').slice(0, 3));
      const posted = harness.channelMessages().filter((s) => s.buttons.length > 0);
      expect(posted).toHaveLength(1);
      return posted[0]!;
    }

    function rightAndWrong(question: SeenMessage) {
      const bank = testBank();
      const q = bank.questions.find((x) => question.text.includes(x.prompt))!;
      const right = q.choices.findIndex((c) => c.correct);
      return {
        q,
        right: question.buttons[right]!,
        wrong: question.buttons[(right + 1) % q.choices.length]!,
      };
    }

    it('posts a question, locks one answer per person, reveals and ranks', async () => {
      const question = await postQuestion();
      expect(question.buttons).toHaveLength(4);
      expect(question.buttons.every((b) => !b.disabled)).toBe(true);
      const { q, right, wrong } = rightAndWrong(question);

      const aliceResult = only(await harness.click(alice, question, right), 'ephemeral');
      expect(aliceResult.text).toContain(m.resultCorrect);
      expect(aliceResult.buttons.map((b) => b.actionId)).toContain('explain');
      expect(only(await harness.click(bob, question, wrong), 'ephemeral').text).toContain(
        m.resultWrong,
      );

      // A second click never changes a locked answer.
      const again = only(await harness.click(alice, question, wrong), 'ephemeral');
      expect(again.text).toContain(m.alreadyAnswered('').slice(0, 4));

      // Explain never spoils an open question for someone who has not answered.
      expect(only(await harness.command(carol, 'explain'), 'ephemeral').text).toContain(
        m.explainWouldSpoil,
      );
      expect(only(await harness.command(alice, 'explain'), 'ephemeral').text).toContain(
        explanationLines(q, m)[0]!,
      );

      now += 60 * 60_000;
      await harness.command(admin, 'close');
      const channel = harness.channelMessages();
      const closed = channel.find((s) => s.text.includes(q.prompt) && s.buttons.length > 0)!;
      expect(closed.buttons.every((b) => b.disabled)).toBe(true);
      const revealMessage = channel.find((s) => s.text.includes(m.revealTitle('2026-11-30')))!;
      expect(revealMessage).toBeDefined();
      expect(revealMessage.text).toContain(q.choices.find((c) => c.correct)!.text);
      expect(revealMessage.text).toMatch(/alice|UALICE/);

      expect(only(await harness.click(carol, question, right), 'ephemeral').text).toContain(
        m.postClosed,
      );

      const board = only(await harness.command(bob, 'leaderboard'), 'ephemeral').text;
      expect(board).toMatch(/1\. alice/);
      expect(board).toMatch(/2\. bob/);
    });

    it('shows the open question again on a second /quiz post: privately, answerable once, not re-opened after the reveal', async () => {
      const question = await postQuestion();
      const { q, right, wrong } = rightAndWrong(question);
      await harness.click(alice, question, wrong);

      // The same question, still open, with the same answer buttons: only the asker sees it.
      const again = only(await harness.command(admin, 'post'), 'ephemeral');
      expect(again.text).toContain(m.alreadyPostedShownAgain(m.alreadyPostedAnswerHere));
      expect(again.text).toContain(q.prompt);
      expect(again.text).toContain(m.answeredCount(1));
      const live = (s: SeenMessage) =>
        s.buttons.map((b) => ({ actionId: b.actionId, value: b.value, disabled: b.disabled }));
      expect(live(again)).toEqual(live(question));
      const questionPosts = () =>
        harness.channelMessages().filter((s) => s.text.includes(q.prompt) && s.buttons.length > 0);
      expect(questionPosts()).toHaveLength(1);

      // An answer on the copy is locked against the same post, once per person.
      const onCopy = (b: SeenMessage['buttons'][number]) =>
        again.buttons.find((x) => x.value === b.value)!;
      expect(only(await harness.click(admin, again, onCopy(right)), 'ephemeral').text).toContain(
        m.resultCorrect,
      );
      const locked = m.alreadyAnswered('').slice(0, 4);
      expect(only(await harness.click(admin, question, wrong), 'ephemeral').text).toContain(locked);
      expect(only(await harness.click(admin, again, onCopy(wrong)), 'ephemeral').text).toContain(
        locked,
      );
      const post = store.latestPost(harness.channel)!;
      expect(store.answerCount(post.id)).toBe(2);
      // Asked again, it shows the answer that is locked (the right one, from the copy).
      const key = q.choices.findIndex((c) => c.correct);
      const third = only(await harness.command(admin, 'post'), 'ephemeral');
      expect(third.text).toContain(
        m.alreadyPostedShownAgain(m.alreadyAnswered(`${key + 1}. ${q.choices[key]!.text}`)),
      );
      // Seeing it again needs no admin (posting does): carol gets her own copy and answers on it.
      const carols = only(await harness.command(carol, 'post'), 'ephemeral');
      expect(carols.text).toContain(m.alreadyPostedShownAgain(m.alreadyPostedAnswerHere));
      expect(live(carols)).toEqual(live(question));
      const carolRight = carols.buttons.find((x) => x.value === right.value)!;
      expect(only(await harness.click(carol, carols, carolRight), 'ephemeral').text).toContain(
        m.resultCorrect,
      );
      expect(store.answerCount(post.id)).toBe(3);
      expect(questionPosts()).toHaveLength(1);

      // Revealed: not opened again; says so, with the explanation one click away.
      now += 60 * 60_000;
      await harness.command(admin, 'close');
      const revealed = only(await harness.command(admin, 'post'), 'ephemeral');
      expect(revealed.text).toContain(m.alreadyPostedRevealed(post.questionId));
      expect(revealed.text).not.toContain(q.prompt);
      expect(revealed.buttons.map((b) => b.actionId)).toEqual(['explain']);
      const explained = only(
        await harness.click(admin, revealed, revealed.buttons[0]!),
        'ephemeral',
      );
      expect(explained.text).toContain(explanationLines(q, m)[0]!);
      expect(only(await harness.command(alice, 'post'), 'ephemeral').text).toContain(
        m.alreadyPostedRevealed(post.questionId),
      );
      expect(questionPosts()).toHaveLength(1);
      expect(questionPosts()[0]!.buttons.every((b) => b.disabled)).toBe(true);
    });

    it('lists every command in help', async () => {
      const help = only(await harness.command(alice, 'help'), 'ephemeral').text;
      for (const spec of bot.commands()) expect(help).toContain(`/quiz ${spec.name}`);
    });

    it('refuses admin commands to others and explains bad arguments', async () => {
      expect(only(await harness.command(alice, 'post'), 'ephemeral').text).toContain(
        m.adminOnly('post'),
      );
      expect(only(await harness.command(alice, 'leaderboard yearly'), 'ephemeral').text).toContain(
        m.badPeriod('yearly'),
      );
      expect(only(await harness.command(alice, 'frobnicate'), 'ephemeral').text).toContain(
        m.unknownCommand('frobnicate', '').slice(0, 8),
      );
      expect(only(await harness.command(admin, 'schedule 25:00'), 'ephemeral').text).toContain(
        m.badTime('25:00'),
      );
      expect(harness.channelMessages()).toHaveLength(0);
    });

    it('gives a private practice question that does not count', async () => {
      const practice = only(await harness.command(alice, 'practice'), 'ephemeral');
      expect(practice.buttons.length).toBeGreaterThanOrEqual(3);
      const answer = only(await harness.click(alice, practice, practice.buttons[0]!), 'ephemeral');
      expect(answer.text).toMatch(new RegExp(`${m.resultCorrect}|${m.resultWrong}`));
      expect(only(await harness.command(alice, 'leaderboard all'), 'ephemeral').text).toContain(
        m.leaderboardEmpty,
      );
    });

    it('shows /quiz me privately: the home card, with a "practice this" button that works', async () => {
      const question = await postQuestion();
      const { wrong, q } = rightAndWrong(question);
      await harness.click(alice, question, wrong);
      await harness.command(admin, 'close');
      const home = only(await harness.command(alice, 'me'), 'ephemeral');
      expect(home.text).toContain(m.homeTitle);
      expect(home.text).toContain(m.homeAccuracyValue('0%', 0, 1));
      const concept = testBank().concepts.find((c) => c.id === q.conceptId)!;
      const practice = home.buttons.find((b) => b.value === concept.id)!;
      expect(practice.label).toBe(m.homePracticeThis(concept.name));
      const asked = only(await harness.click(alice, home, practice), 'ephemeral');
      expect(asked.buttons.length).toBeGreaterThanOrEqual(3);
      expect(only(await harness.command(alice, 'remind on'), 'ephemeral').text).toContain(
        m.remindOn('09:00', '').slice(0, 8),
      );
    });
  });
}
