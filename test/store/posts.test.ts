import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/index.ts';
import { createPost, openTestStore, postFor, SLACK, tempDir } from './helpers.ts';

describe('posts', () => {
  it('creates one post per channel and local date, numbering them', () => {
    const store = openTestStore(tempDir());
    const first = store.createPost(postFor(SLACK, '2026-11-27'));
    expect(first.created).toBe(true);
    expect(first.post).toMatchObject({
      ...SLACK,
      kind: 'daily',
      localDate: '2026-11-27',
      seq: 1,
      seasonId: null,
      messageId: null,
      closedAt: null,
      revealedAt: null,
    });
    const again = store.createPost(postFor(SLACK, '2026-11-27', 5, { questionId: 'other' }));
    expect(again).toEqual({ created: false, post: first.post });
    expect(createPost(store, SLACK, '2026-11-30').seq).toBe(2);
    expect(createPost(store, { ...SLACK, channelId: 'C2' }, '2026-11-30').seq).toBe(1);
    expect(store.latestPost(SLACK)?.localDate).toBe('2026-11-30');
    expect(store.postedQuestionIds(SLACK)).toEqual(['q-2026-11-27', 'q-2026-11-30']);
    expect(store.getChannel(SLACK)).not.toBeNull();
  });

  it('closes a post exactly once and reveals it', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    expect(store.openPosts().map((p) => p.id)).toEqual([post.id]);
    expect(store.closePost(post.id, 100)).toBe(true);
    expect(store.closePost(post.id, 200)).toBe(false);
    expect(store.getPost(post.id)?.closedAt).toBe(100);
    expect(store.openPosts()).toEqual([]);
    expect(store.unrevealedPosts().map((p) => p.id)).toEqual([post.id]);
    store.markRevealed(post.id, 300);
    store.markRevealed(post.id, 400);
    expect(store.getPost(post.id)).toMatchObject({ closedAt: 100, revealedAt: 300 });
    expect(store.unrevealedPosts()).toEqual([]);
  });

  it('closes an open post when it is revealed', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    store.markRevealed(post.id, 50);
    expect(store.getPost(post.id)).toMatchObject({ closedAt: 50, revealedAt: 50 });
    expect(store.closePost(post.id, 60)).toBe(false);
  });

  it('records the platform message', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    store.setPostMessage(post.id, '1700000000.000100');
    expect(store.getPost(post.id)?.messageId).toBe('1700000000.000100');
  });

  it('names an unknown post', () => {
    const store = openTestStore(tempDir());
    expect(store.getPost(404)).toBeNull();
    expect(() => store.closePost(404, 1)).toThrow(/there is no post 404/);
    expect(() => store.markRevealed(404, 1)).toThrow(StoreError);
    expect(() => store.setPostMessage(404, 'm')).toThrow(/there is no post 404/);
    expect(store.latestPost(SLACK)).toBeNull();
    expect(store.postedQuestionIds(SLACK)).toEqual([]);
  });

  it.each([
    [{ localDate: '2026-02-30' }, /localDate "2026-02-30" is not a date as YYYY-MM-DD/],
    [{ questionId: '' }, /questionId must be a non-empty string/],
    [{ choiceCount: 1 }, /choiceCount 1 must be a whole number of at least 2/],
    [{ correctIndex: 4 }, /correctIndex 4 must be 0 to 3/],
    [{ correctIndex: -1 }, /correctIndex -1/],
    [{ closesAt: 0 }, /closesAt \(0\) must be after openedAt/],
  ])('refuses a post with %j and stores nothing', (bad, message) => {
    const store = openTestStore(tempDir());
    expect(() => store.createPost({ ...postFor(SLACK, '2026-11-27'), ...bad })).toThrow(message);
    expect(store.latestPost(SLACK)).toBeNull();
  });
});
