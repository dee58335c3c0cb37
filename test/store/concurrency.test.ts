/**
 * Two processes on one database file at once: the same clicks, the same day's post and the same
 * close, raced. Each thing happens exactly once and the boards still equal the raw answers.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import type { AnswerResult, NewAnswer, NewPost, PostRecord } from '../../src/store/types.ts';
import { postFor, SLACK, seededRandom, tempDir } from './helpers.ts';
import { startWorker } from './processes.ts';
import { verifyDatabase } from './verify-db.ts';

async function race<T>(path: string, opsA: unknown[], opsB: unknown[]): Promise<[T[], T[]]> {
  const files = [opsA, opsB].map((ops, i) => {
    const file = join(dirname(path), `ops-${i}.json`);
    writeFileSync(file, JSON.stringify(ops));
    return file;
  });
  const workers = files.map((file) => startWorker(['race', path, file]));
  await Promise.all(workers.map((w) => w.waitFor(1, /^ready$/)));
  for (const w of workers) w.child.stdin.end('go\n');
  await Promise.all(workers.map((w) => w.waitFor(1, /^\[/)));
  await Promise.all(workers.map((w) => w.exited));
  return workers.map((w) => JSON.parse(w.lines.find((l) => l.startsWith('['))!) as T[]) as [
    T[],
    T[],
  ];
}

describe('two processes at once', () => {
  it('count each click once, for two users and many clicks, and report the locked choice', async () => {
    const path = join(tempDir(), 'race.db');
    const store = openStore(path);
    store.startSeason('slack', 'T1', 'S', 0);
    const post = store.createPost(postFor(SLACK, '2026-11-27')).post;
    store.close();
    const random = seededRandom(7);
    const USERS = 300;
    // Each process clicks for every user twice (a double click), A from the first user up, B from
    // the last one down, so the two meet in the middle and fight over the same rows.
    const clicks = (order: 'up' | 'down'): { op: 'record'; answer: NewAnswer }[] =>
      Array.from({ length: USERS * 2 }, (_, i) => {
        const n = order === 'up' ? i % USERS : USERS - 1 - (i % USERS);
        const choiceIndex = Math.floor(random() * 4);
        const userId = `U${n}`;
        return {
          op: 'record',
          answer: {
            postId: post.id,
            userId,
            userName: userId,
            choiceIndex,
            choiceText: `o${choiceIndex}`,
            at: post.openedAt + i,
          },
        };
      });
    const opsA = clicks('up');
    const opsB = clicks('down');
    const [a, b] = await race<AnswerResult>(path, opsA, opsB);

    expect([...a, ...b].filter((r) => r.status === 'counted')).toHaveLength(USERS);
    expect([...a, ...b].every((r) => r.status === 'counted' || r.status === 'already')).toBe(true);
    // Every result names the choice that is locked for that user.
    const check = openStore(path);
    for (const [results, ops] of [
      [a, opsA],
      [b, opsB],
    ] as const) {
      results.forEach((r, i) => {
        const locked = check.findAnswer(post.id, ops[i]!.answer.userId)!;
        expect(r.status !== 'closed' && r.status !== 'no_such_post' && r.choiceIndex).toBe(
          locked.choiceIndex,
        );
      });
    }
    expect(check.answerCount(post.id)).toBe(USERS);
    check.close();
    verifyDatabase(path);
  });

  it("create the day's post once and close it once", async () => {
    const path = join(tempDir(), 'posts.db');
    openStore(path).close();
    const dates = Array.from({ length: 40 }, (_, i) =>
      new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10),
    );
    const creates = (): { op: 'createPost'; post: NewPost }[] =>
      dates.map((d) => ({ op: 'createPost', post: postFor(SLACK, d) }));
    const [a, b] = await race<{ created: boolean; post: PostRecord }>(path, creates(), creates());
    dates.forEach((_, i) => {
      expect(a[i]!.created !== b[i]!.created, dates[i]).toBe(true);
      expect(a[i]!.post).toEqual(b[i]!.post);
    });
    expect(a.map((r) => r.post.seq)).toEqual(dates.map((_, i) => i + 1));

    const ids = a.map((r) => r.post.id);
    const closes = () => ids.map((postId) => ({ op: 'closePost', postId, at: 5 }));
    const [ca, cb] = await race<boolean>(path, closes(), closes());
    ids.forEach((_, i) => expect(ca[i] !== cb[i]).toBe(true));
    const store = openStore(path);
    expect(store.openPosts()).toEqual([]);
    store.close();
  });
});
