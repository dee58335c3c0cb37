/**
 * One click, one transaction, under SIGKILL: the answer and the clicker's spaced-repetition card are
 * written together or not at all. A second process runs the bot's click path (`recordClick`); it is
 * killed inside a click's transaction, between the answer row and the card write, and at random
 * moments of a click flood. The file must pass `integrity_check`, and every card must belong to the
 * latest answer of its user and concept — no answer without its card, no card without its answer.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';
import { startWorker, WORKER_TEST_TIMEOUT_MS } from './processes.ts';

interface Pairing {
  answers: number;
  cards: number;
  /** (user, concept) pairs whose card is not the one their latest answer wrote, or has no answer. */
  mismatched: string[];
}

/** Compares each card with the latest answer of its user and concept. */
function pairing(path: string): Pairing {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const latest = db
      .prepare<[], { user_id: string; concept_id: string; post: number; answers: number }>(
        `SELECT a.user_id, p.concept_id, max(a.post_id) AS post, count(*) AS answers
         FROM answers a JOIN posts p ON p.id = a.post_id GROUP BY a.user_id, p.concept_id`,
      )
      .all();
    const cards = db
      .prepare<[], { user_id: string; concept_id: string; state: string }>(
        'SELECT user_id, concept_id, state FROM practice_state',
      )
      .all();
    const byPair = new Map(cards.map((c) => [`${c.user_id}/${c.concept_id}`, c.state]));
    const mismatched: string[] = [];
    for (const row of latest) {
      const pair = `${row.user_id}/${row.concept_id}`;
      const card = byPair.get(pair);
      const cardPost = card ? (JSON.parse(card) as { post: number }).post : null;
      if (cardPost !== row.post) mismatched.push(`${pair}: answer ${row.post}, card ${cardPost}`);
      byPair.delete(pair);
    }
    for (const pair of byPair.keys()) mismatched.push(`${pair}: a card without an answer`);
    return {
      answers: latest.reduce((sum, r) => sum + r.answers, 0),
      cards: cards.length,
      mismatched,
    };
  } finally {
    db.close();
  }
}

describe('one click, one transaction', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('keeps neither the answer nor the card of a click killed between the two', async () => {
    const path = join(tempDir(), 'between.db');
    const worker = startWorker(['click-die-between', path, '500']);
    await worker.exited;
    expect(worker.lines.at(-1)).toBe('dying between the answer and the card');
    const returned = worker.lines.filter((l) => /^\d+ U\d+$/.test(l));
    expect(returned).toHaveLength(500);

    const { answers, mismatched } = pairing(path);
    expect(mismatched).toEqual([]);
    // The 501st click (the next user on the same post) wrote its answer row inside the
    // transaction, then died: neither it nor its card is in the file.
    expect(answers).toBe(500);
    const [postId, lastUser] = returned.at(-1)!.split(' ');
    const dyingUser = `U${Number(lastUser!.slice(1)) + 1}`;
    const db = new Database(path, { readonly: true });
    const dying = db
      .prepare<[number, string], { n: number }>(
        'SELECT count(*) AS n FROM answers WHERE post_id = ? AND user_id = ?',
      )
      .get(Number(postId), dyingUser);
    db.close();
    expect(dying?.n).toBe(0);
  });

  it('keeps every returned click with its card when killed at random moments', async () => {
    for (const [i, after] of [1500, 2700, 4100].entries()) {
      const path = join(tempDir(), `flood-${i}.db`);
      const worker = startWorker(['click-forever', path]);
      await worker.waitFor(after);
      worker.child.kill('SIGKILL');
      await worker.exited;
      const returned = worker.lines.filter((l) => /^\d+ U\d+$/.test(l)).length;
      const { answers, cards, mismatched } = pairing(path);
      expect(mismatched).toEqual([]);
      expect(answers).toBeGreaterThanOrEqual(returned);
      // At most the click in flight can be in the file without having been printed.
      expect(answers - returned).toBeLessThanOrEqual(1);
      expect(cards).toBeGreaterThan(0);
    }
  });
});
