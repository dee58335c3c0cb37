/** Shared helpers of the store tests: temp folders, a seeded PRNG, a quick post factory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { type OpenStoreOptions, openStore, type SqliteQuizStore } from '../../src/store/index.ts';
import type { ChannelKey, NewPost, PostRecord } from '../../src/store/types.ts';

/** A fresh temp folder, removed when the current test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quizbot-store-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `openStore` on a real file in a temp folder (closed when the test finishes). */
export function openTestStore(
  dir: string,
  options: OpenStoreOptions = {},
  file = 'quizbot.db',
): SqliteQuizStore {
  const store = openStore(join(dir, file), options);
  onTestFinished(() => store.close());
  return store;
}

/** mulberry32: a small seeded PRNG, so a failing randomised test reproduces from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SLACK: ChannelKey = { platform: 'slack', teamId: 'T1', channelId: 'C1' };

/** A daily post for `localDate`, open for a day from `openedAt`. */
export function postFor(
  key: ChannelKey,
  localDate: string,
  openedAt = Date.parse(`${localDate}T00:00:00Z`),
  extra: Partial<NewPost> = {},
): NewPost {
  return {
    ...key,
    localDate,
    questionId: `q-${localDate}`,
    conceptId: 'concept-a',
    correctIndex: 1,
    choiceCount: 4,
    openedAt,
    closesAt: openedAt + 86_400_000,
    ...extra,
  };
}

/** Creates the post and returns it. */
export function createPost(
  store: SqliteQuizStore,
  key: ChannelKey,
  localDate: string,
  extra: Partial<NewPost> = {},
): PostRecord {
  return store.createPost(postFor(key, localDate, undefined, extra)).post;
}
