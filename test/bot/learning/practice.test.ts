/**
 * Spaced-repetition practice through the core and the store, with a clock the test moves:
 * FSRS intervals by rating, confidence buttons, due cards first then new concepts, state that
 * survives a restart, and daily answers that update the same cards.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { LEARNING_ACTION } from '../../../src/bot/learning/confidence.ts';
import { type ConceptCardState, parseCardState } from '../../../src/quiz/learning/fsrs-card.ts';
import {
  DAY,
  one,
  optionButton,
  questionOf,
  startTestBot,
  type TestBot,
  TestClock,
  tempDbPath,
} from './learning-harness.ts';

const m = messages('en');
const START = '2026-11-30T01:00:00Z'; // Mon 10:00 Tokyo

function card(t: TestBot, user: string, conceptId: string): ConceptCardState {
  const state = parseCardState(t.store.getPracticeState('console', user, conceptId));
  if (!state || 'error' in state) throw new Error(`no card for ${user}/${conceptId}`);
  return state;
}

/** `/quiz practice`, then answer right or wrong; returns the question and the result. */
async function practise(t: TestBot, user: string, right: boolean) {
  const question = one(await t.command(user, 'practice'));
  const q = questionOf(question, t.bot.deps.questions);
  const result = one(await t.click(user, optionButton(question, t.bot.deps.questions, right)));
  return { q, result };
}

describe('spaced-repetition practice', () => {
  it('brings a concept answered wrong back sooner than one answered right with "sure", and says when', async () => {
    const clock = new TestClock(Date.parse(START));
    const t = startTestBot({ dbPath: tempDbPath(), clock });

    const wrong = await practise(t, 'UALICE', false);
    expect(wrong.result.tone).toBe('wrong');
    expect(wrong.result.text).toContain(m.nextReview(1, 'Dec 1'));
    expect(
      (wrong.result.buttons ?? []).some((b) => b.actionId === LEARNING_ACTION.confidence),
    ).toBe(false); // wrong is Again whatever the confidence

    const right = await practise(t, 'UBOB', true);
    expect(right.result.text).toContain(m.nextReview(3, 'Dec 3'));
    expect(right.result.text).toContain(m.confidencePrompt);
    const sure = (right.result.buttons ?? []).find((b) => b.label === m.confidenceSure)!;
    expect(sure.actionId.length).toBeLessThanOrEqual(16);
    expect(sure.value.length).toBeLessThanOrEqual(80);
    const recorded = one(await t.click('UBOB', sure));
    expect(recorded.text).toBe(m.confidenceRecorded(m.confidenceSure, m.nextReview(8, 'Dec 8')));

    const aliceDue = card(t, 'UALICE', wrong.q.conceptId).card.due;
    const bobDue = card(t, 'UBOB', right.q.conceptId).card.due;
    expect(aliceDue).toBe(clock.now + DAY);
    expect(bobDue).toBe(clock.now + 8 * DAY);
    expect(aliceDue).toBeLessThan(bobDue);
    // The store's due list agrees.
    expect(t.store.duePracticeConcepts('console', 'UALICE', clock.now + DAY)).toEqual([
      wrong.q.conceptId,
    ]);
    expect(t.store.duePracticeConcepts('console', 'UBOB', clock.now + DAY)).toEqual([]);
  });

  it('rates "unsure" Hard, and a change of mind replaces the rating instead of adding a review', async () => {
    const clock = new TestClock(Date.parse(START));
    const t = startTestBot({ dbPath: tempDbPath(), clock });
    const { q, result } = await practise(t, 'UALICE', true);
    const buttons = result.buttons ?? [];
    const unsure = buttons.find((b) => b.label === m.confidenceUnsure)!;
    const sure = buttons.find((b) => b.label === m.confidenceSure)!;
    expect(one(await t.click('UALICE', unsure)).text).toContain(m.nextReview(2, 'Dec 2'));
    expect(one(await t.click('UALICE', sure)).text).toContain(m.nextReview(8, 'Dec 8'));
    expect(card(t, 'UALICE', q.conceptId).card.reps).toBe(1);
  });

  it('serves due cards first, then concepts never practised — across a restart', async () => {
    const clock = new TestClock(Date.parse(START));
    const dbPath = tempDbPath();
    const first = startTestBot({ dbPath, clock });
    const a = await practise(first, 'UALICE', false); // due tomorrow
    const b = await practise(first, 'UALICE', true); // due in 3 days
    expect(b.q.conceptId).not.toBe(a.q.conceptId); // a new concept, not the one just answered
    await first.stop();

    clock.advance(DAY + 60_000);
    const second = startTestBot({ dbPath, clock, seed: 99 });
    const due = await practise(second, 'UALICE', true);
    expect(due.q.conceptId).toBe(a.q.conceptId);
    const next = await practise(second, 'UALICE', true);
    const practised = new Set([a.q.conceptId, b.q.conceptId]);
    expect(practised.has(next.q.conceptId)).toBe(false); // nothing else due: the one concept never practised
    expect(card(second, 'UALICE', a.q.conceptId).card.reps).toBe(2);
  });

  it('counts a double click once, and refuses a confidence click on an answer that is no longer the last', async () => {
    const clock = new TestClock(Date.parse(START));
    const t = startTestBot({ dbPath: tempDbPath(), clock });
    const question = one(await t.command('UALICE', 'practice'));
    const right = optionButton(question, t.bot.deps.questions, true);
    const firstClick = one(await t.click('UALICE', right));
    clock.advance(5_000);
    const secondClick = one(await t.click('UALICE', right));
    const q = questionOf(question, t.bot.deps.questions);
    expect(card(t, 'UALICE', q.conceptId).card.reps).toBe(1);
    expect((secondClick.buttons ?? []).some((b) => b.actionId === LEARNING_ACTION.confidence)).toBe(
      false,
    );

    clock.advance(DAY);
    // The same concept again ("practise this concept" button), answered wrong: a new last review.
    const again = one(
      await t.click('UALICE', { actionId: 'quiz-me', label: 'x', value: q.conceptId }),
    );
    expect(questionOf(again, t.bot.deps.questions).conceptId).toBe(q.conceptId);
    one(await t.click('UALICE', optionButton(again, t.bot.deps.questions, false)));
    const before = card(t, 'UALICE', q.conceptId);
    const stale = (firstClick.buttons ?? []).find(
      (b) => b.actionId === LEARNING_ACTION.confidence,
    )!;
    expect(one(await t.click('UALICE', stale)).text).toBe(m.confidenceStale);
    expect(card(t, 'UALICE', q.conceptId)).toEqual(before);
    const bad = one(
      await t.click('UALICE', { actionId: LEARNING_ACTION.confidence, label: 'x', value: 'maybe' }),
    );
    expect(bad.tone).toBe('error');
    expect(bad.text).toBe(m.unknownQuestion('maybe'));
  });

  it('reviews the card when a daily answer is counted, and tells the player when it comes back', async () => {
    const clock = new TestClock(Date.parse(START));
    const t = startTestBot({ dbPath: tempDbPath(), clock });
    await t.command('UADMIN', 'post');
    const post = t.transport.questionPosts()[0]!.reply;
    const q = questionOf(post, t.bot.deps.questions);
    const result = one(await t.click('UCAROL', optionButton(post, t.bot.deps.questions, false)));
    expect(result.text).toContain(m.nextReview(1, 'Dec 1'));
    const state = card(t, 'UCAROL', q.conceptId);
    expect(state.last).toMatchObject({ source: 'daily', correct: false, questionId: q.id });
    // A repeated click on a locked daily answer changes nothing.
    one(await t.click('UCAROL', optionButton(post, t.bot.deps.questions, true)));
    expect(card(t, 'UCAROL', q.conceptId)).toEqual(state);
  });

  it('starts a new card when the stored state cannot be read, and says so in the log', async () => {
    const clock = new TestClock(Date.parse(START));
    const t = startTestBot({ dbPath: tempDbPath(), clock });
    for (const c of t.bot.deps.bank.concepts)
      t.store.setPracticeState('console', 'UALICE', c.id, '{broken', clock.now - DAY);
    const { q, result } = await practise(t, 'UALICE', true);
    expect(result.tone).toBe('correct');
    expect(card(t, 'UALICE', q.conceptId).card.reps).toBe(1);
    expect(t.logs.some((l) => l.msg === 'unreadable practice state; starting a new card')).toBe(
      true,
    );
  });
});
