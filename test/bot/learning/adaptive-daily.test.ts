/**
 * The adaptive daily question through the core and the store, on seeded history: the concept the
 * channel gets wrong is posted before the mastered ones, no question repeats until the bank is
 * used up, and the log line says why.
 */
import { describe, expect, it } from 'vitest';
import { pickQuestion } from '../../../src/bot/daily/post-question.ts';
import { recordReview } from '../../../src/bot/learning/practice-cards.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import {
  biggerBank,
  CHANNEL,
  DAY,
  startTestBot,
  type TestBot,
  TestClock,
  tempDbPath,
} from './learning-harness.ts';

/** A closed past post of `questionId` answered by `right` people rightly and `wrong` people wrongly. */
function history(
  t: TestBot,
  localDate: string,
  questionId: string,
  right: number,
  wrong: number,
): void {
  const question = t.bot.deps.questions.get(questionId)!;
  const at = Date.parse(`${localDate}T01:00:00Z`);
  const correctIndex = question.choices.findIndex((c) => c.correct);
  const { post } = t.store.createPost({
    ...CHANNEL,
    localDate,
    questionId,
    conceptId: question.conceptId,
    correctIndex,
    choiceCount: question.choices.length,
    openedAt: at,
    closesAt: at + DAY,
  });
  for (let i = 0; i < right + wrong; i++) {
    const choiceIndex = i < right ? correctIndex : (correctIndex + 1) % question.choices.length;
    t.store.recordAnswer({
      postId: post.id,
      userId: `U${i}`,
      userName: `u${i}`,
      choiceIndex,
      choiceText: question.choices[choiceIndex]!.text,
      at: at + i,
    });
  }
  t.store.closePost(post.id, at + DAY / 2);
  t.store.markRevealed(post.id, at + DAY / 2);
}

function seeded(seed: number) {
  const clock = new TestClock(Date.parse('2026-11-30T01:00:00Z'));
  const t = startTestBot({ dbPath: tempDbPath(), clock, bank: biggerBank(), seed });
  // Last week: Saga mostly wrong, CQRS and BFF always right (each question "a" asked once).
  history(t, '2026-11-24', 'q1saga', 1, 4);
  history(t, '2026-11-25', 'q2cqrs', 5, 0);
  history(t, '2026-11-26', 'q3bff', 5, 0);
  history(t, '2026-11-27', 'q2cqrs', 4, 0);
  return { t, clock };
}

describe('adaptive daily question', () => {
  it('posts the concept the channel gets wrong first, then the rest without repeating a question', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { t, clock } = seeded(seed);
      const posted: string[] = [];
      for (let day = 0; day < 3; day++) {
        await t.command('UADMIN', 'post');
        posted.push(t.store.latestPost(CHANNEL)!.questionId);
        clock.advance(DAY);
      }
      // Round 1 has asked q1saga, q2cqrs (twice: an old round), q3bff; the "-b" questions are new.
      expect(posted[0]).toBe('q1saga-b');
      expect(new Set(posted).size).toBe(3);
      expect(posted.every((id) => id.endsWith('-b'))).toBe(true);
      await t.stop();
    }
  });

  it('logs why the concept was chosen', () => {
    const { t } = seeded(1);
    const question = pickQuestion(t.bot.deps, CHANNEL);
    expect(question?.conceptId).toBe('saga');
    const line = t.logs.find(
      (l) => typeof l.msg === 'string' && (l.msg as string).startsWith('question chosen'),
    )!;
    expect(line).toMatchObject({
      conceptId: 'saga',
      recentAccuracy: 0.2,
      recentAnswered: 5,
      shortlist: ['saga'],
    });
    expect(line.why).toContain('"Saga": recent accuracy 20% of 5 answers');
  });

  it("aims at what the channel's members are forgetting when accuracy alone does not decide", () => {
    const clock = new TestClock(Date.parse('2026-11-30T01:00:00Z'));
    const t = startTestBot({ dbPath: tempDbPath(), clock, bank: biggerBank() });
    // Everyone answered all three concepts right once in the channel…
    history(t, '2026-11-24', 'q1saga', 3, 0);
    history(t, '2026-11-25', 'q2cqrs', 3, 0);
    history(t, '2026-11-26', 'q3bff', 3, 0);
    // …but in practice (real FSRS reviews) the members failed CQRS and were sure of the others.
    for (const user of ['U0', 'U1', 'U2']) {
      for (const question of t.bot.deps.bank.questions.filter((q) => !q.id.endsWith('-b'))) {
        recordReview(t.bot.deps, {
          platform: 'console',
          userId: user,
          question,
          correct: question.conceptId !== 'cqrs',
          source: 'practice',
          confidence: 'sure',
        });
      }
    }
    clock.advance(3 * DAY); // CQRS cards were due after 1 day, the others after 8
    for (let seed = 0; seed < 10; seed++) {
      t.bot.deps.random = seededRandom(seed);
      expect(pickQuestion(t.bot.deps, CHANNEL)?.conceptId).toBe('cqrs');
    }
    const line = t.logs
      .filter((l) => typeof l.msg === 'string' && (l.msg as string).startsWith('question chosen'))
      .at(-1)!;
    expect(line).toMatchObject({ conceptId: 'cqrs', recallMembers: 3 });
    expect(line.predictedRecall).toBeLessThan(0.9);
  });
});
