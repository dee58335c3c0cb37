/**
 * `recordClick`: the click path's one transaction — the delivery's key, one read of the post and
 * its channel, the answer, its streak, the user's name and the spaced-repetition card.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerClick, AnswerHooks, ClickedPost } from '../../src/store/types.ts';
import { createPost, openTestStore, SLACK, tempDir } from './helpers.ts';

const click = (postId: number, userId: string, choiceIndex: number, at: number): AnswerClick => ({
  channel: SLACK,
  postId,
  userId,
  userName: `name-${userId}`,
  choiceIndex,
  at,
});

/** Hooks that name the option and put the answer's post id and correctness into the card. */
function hooks(seen: { cards: (string | null)[] } = { cards: [] }): AnswerHooks {
  return {
    choiceText: (_post, index) => `option ${index}`,
    reviewCard: (card, post, correct) => {
      seen.cards.push(card);
      return { state: JSON.stringify({ post: post.id, correct }), dueAt: 1000 + post.id };
    },
  };
}

describe('recordClick', () => {
  it('writes the answer, the streak, the name and the card together, and returns the post it read', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    const seen = { cards: [] as (string | null)[] };
    const outcome = store.recordClick(click(post.id, 'U1', 1, post.openedAt + 5), hooks(seen));
    expect(outcome).toEqual({
      status: 'counted',
      choiceIndex: 1,
      correct: true,
      streak: 1,
      points: 10,
      post: {
        id: post.id,
        ...SLACK,
        questionId: post.questionId,
        conceptId: post.conceptId,
        locale: 'ja',
        timezone: 'UTC',
        question: null,
      } satisfies ClickedPost,
    });
    expect(seen.cards).toEqual([null]);
    expect(store.getPracticeState('slack', 'U1', post.conceptId)).toBe(
      JSON.stringify({ post: post.id, correct: true }),
    );
    expect(store.duePracticeConcepts('slack', 'U1', 1000 + post.id)).toEqual([post.conceptId]);
    expect(store.answersForPost(post.id)).toEqual([
      { userId: 'U1', userName: 'name-U1', choiceIndex: 1, correct: true, at: post.openedAt + 5 },
    ]);
    expect(store.streak(SLACK, 'U1')).toEqual({ current: 1, best: 1 });
  });

  it('hands the stored card to the hook, and leaves it when the hook returns null', () => {
    const store = openTestStore(tempDir());
    const first = createPost(store, SLACK, '2026-11-27');
    const seen = { cards: [] as (string | null)[] };
    store.recordClick(click(first.id, 'U1', 0, first.openedAt + 1), hooks(seen));
    const second = createPost(store, SLACK, '2026-11-28', { conceptId: first.conceptId });
    store.recordClick(click(second.id, 'U1', 1, second.openedAt + 1), hooks(seen));
    expect(seen.cards).toEqual([null, JSON.stringify({ post: first.id, correct: false })]);
    const third = createPost(store, SLACK, '2026-11-29', { conceptId: first.conceptId });
    store.recordClick(click(third.id, 'U1', 1, third.openedAt + 1), {
      choiceText: () => 'x',
      reviewCard: () => null,
    });
    expect(store.getPracticeState('slack', 'U1', first.conceptId)).toBe(
      JSON.stringify({ post: second.id, correct: true }),
    );
  });

  it('reviews no card for a repeated click, a closed post or an unknown option', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    const seen = { cards: [] as (string | null)[] };
    store.recordClick(click(post.id, 'U1', 1, post.openedAt + 1), hooks(seen));
    expect(
      store.recordClick(click(post.id, 'U1', 2, post.openedAt + 2), hooks(seen)),
    ).toMatchObject({
      status: 'already',
      choiceIndex: 1,
      correct: true,
      post: { id: post.id },
    });
    expect(store.recordClick(click(post.id, 'U2', 9, post.openedAt + 3), hooks(seen))).toEqual({
      status: 'no_such_post',
    });
    expect(
      store.recordClick(click(post.id, 'U3', 0, post.openedAt + 3), {
        ...hooks(seen),
        choiceText: () => null,
      }),
    ).toMatchObject({ status: 'refused', post: { id: post.id } });
    store.closePost(post.id, post.openedAt + 4);
    expect(
      store.recordClick(click(post.id, 'U4', 0, post.openedAt + 5), hooks(seen)),
    ).toMatchObject({
      status: 'closed',
      post: { id: post.id },
    });
    expect(seen.cards).toEqual([null]);
    expect(store.answerCount(post.id)).toBe(1);
  });

  it('refuses a click on a voided question, even a repeat of a locked answer, writing nothing', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    const seen = { cards: [] as (string | null)[] };
    store.recordClick(click(post.id, 'U1', 1, post.openedAt + 1), hooks(seen));
    const voiding = {
      platform: 'slack' as const,
      teamId: SLACK.teamId,
      questionId: post.questionId,
    };
    store.voidQuestion({
      ...voiding,
      reason: 'two right answers',
      by: 'UA',
      at: post.openedAt + 2,
    });
    for (const user of ['U1', 'U2'])
      expect(
        store.recordClick(click(post.id, user, 0, post.openedAt + 3), hooks(seen)),
      ).toMatchObject({ status: 'voided', post: { id: post.id } });
    expect(seen.cards).toEqual([null]);
    expect(store.answerCount(post.id)).toBe(1);
    // Lifted: the post stays closed, and the locked answer is given back again.
    store.unvoidQuestion({ ...voiding, by: 'UA', at: post.openedAt + 4 });
    expect(store.recordClick(click(post.id, 'U1', 0, post.openedAt + 5), hooks()).status).toBe(
      'already',
    );
    expect(store.recordClick(click(post.id, 'U2', 0, post.openedAt + 5), hooks()).status).toBe(
      'closed',
    );
  });

  it('counts a click only on a post of the channel it came from', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    for (const channel of [
      { ...SLACK, channelId: 'C-OTHER' },
      { ...SLACK, teamId: 'T-OTHER' },
      { ...SLACK, platform: 'discord' as const },
    ])
      expect(
        store.recordClick({ ...click(post.id, 'U1', 1, post.openedAt + 1), channel }, hooks()),
      ).toEqual({ status: 'no_such_post' });
    expect(store.recordClick(click(post.id + 1000, 'U1', 1, post.openedAt), hooks())).toEqual({
      status: 'no_such_post',
    });
    expect(store.answerCount(post.id)).toBe(0);
  });

  it('drops a repeated delivery of the same click (same key) without a second read or reply', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    const eventKey = { key: 'slack:T1:action:trigger-1', ttlMs: 60_000 };
    const first = store.recordClick(
      { ...click(post.id, 'U1', 1, post.openedAt), eventKey },
      hooks(),
    );
    expect(first.status).toBe('counted');
    const again = { ...click(post.id, 'U1', 1, post.openedAt + 10), eventKey };
    expect(store.recordClick(again, hooks())).toEqual({ status: 'duplicate' });
    // The key is the same store-wide claim every other event uses.
    expect(store.claimEvent(eventKey.key, post.openedAt + 20, 60_000)).toBe(false);
    // A second click (a new key) finds the locked answer.
    const second = { ...again, eventKey: { key: 'slack:T1:action:trigger-2', ttlMs: 60_000 } };
    expect(store.recordClick(second, hooks()).status).toBe('already');
  });

  it('keeps nothing of a click whose card hook throws: no answer, no card, no claimed key', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    const eventKey = { key: 'k-throw', ttlMs: 60_000 };
    expect(() =>
      store.recordClick(
        { ...click(post.id, 'U1', 1, post.openedAt), eventKey },
        {
          choiceText: () => 'x',
          reviewCard: () => {
            throw new Error('card failed');
          },
        },
      ),
    ).toThrow('card failed');
    expect(store.answerCount(post.id)).toBe(0);
    expect(store.getPracticeState('slack', 'U1', post.conceptId)).toBeNull();
    expect(store.streak(SLACK, 'U1')).toEqual({ current: 0, best: 0 });
    expect(store.claimEvent('k-throw', post.openedAt, 60_000)).toBe(true);
  });
});
