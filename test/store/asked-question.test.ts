/**
 * A post keeps the question as it was asked (migration 0006): stored with the post, read back with
 * it, refused when it is not the post's question; posts made before 0006 get it only when the
 * bank's question is still the one that was asked.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/quiz/types.ts';
import { loadMigrations, migrate, openDatabase, openStore } from '../../src/store/index.ts';
import { createPost, openTestStore, postFor, SLACK, tempDir } from './helpers.ts';

function question(id: string, texts: string[], key: number, conceptId = 'concept-a'): Question {
  return {
    id,
    conceptId,
    conceptName: 'Concept A',
    kind: 'correct-about',
    asksFor: 'correct',
    prompt: `Which is right? (${id})`,
    choices: texts.map((text, i) => ({ text, correct: i === key, why: `${text}: why` })),
    explanation: { why: 'because', notes: [], source: { file: 'a.md', line: 3, section: 'A' } },
    section: 'A',
    language: 'en',
  };
}

const Q = question('q-2026-11-28', ['A', 'B', 'C', 'D'], 1);

describe('the question kept with a post', () => {
  it('is stored with the post and read back with it, across a reopen', () => {
    const dir = tempDir();
    const store = openTestStore(dir);
    const { post } = store.createPost(postFor(SLACK, '2026-11-28', undefined, { question: Q }));
    expect(post.question).toEqual(Q);
    store.close();
    const again = openTestStore(dir);
    expect(again.getPost(post.id)?.question).toEqual(Q);
    expect(again.latestPost(SLACK)?.question).toEqual(Q);
    expect(again.openPosts()[0]?.question).toEqual(Q);
    expect(again.askedQuestion('slack', 'T1', Q.id)).toEqual(Q);
    expect(again.askedQuestion('slack', 'T2', Q.id)).toBeNull();
    expect(again.askedQuestions(SLACK)).toEqual([Q]);
  });

  it('refuses a question that is not the post’s (id, key position, number of options)', () => {
    const store = openTestStore(tempDir());
    const bad: Question[] = [
      question('other', ['A', 'B', 'C', 'D'], 1),
      question(Q.id, ['A', 'B', 'C', 'D'], 2),
      question(Q.id, ['A', 'B', 'C'], 1),
      { ...Q, choices: Q.choices.map((c) => ({ ...c, correct: true })) },
    ];
    for (const q of bad)
      expect(() =>
        store.createPost(postFor(SLACK, '2026-11-28', undefined, { question: q })),
      ).toThrow(/question/);
    expect(store.latestPost(SLACK)).toBeNull();
  });

  it('keeps the newest record of a question asked twice in a channel', () => {
    const store = openTestStore(tempDir());
    const first = question('q-same', ['A', 'B', 'C'], 0);
    const second = { ...first, prompt: 'Reworded' };
    createPost(store, SLACK, '2026-11-27', {
      questionId: 'q-same',
      correctIndex: 0,
      choiceCount: 3,
      question: first,
    });
    createPost(store, SLACK, '2026-11-28', {
      questionId: 'q-same',
      correctIndex: 0,
      choiceCount: 3,
      question: second,
    });
    expect(store.askedQuestions(SLACK)).toEqual([second]);
    expect(store.askedQuestion('slack', 'T1', 'q-same')?.prompt).toBe('Reworded');
  });
});

describe('posts made before questions were kept (a database at migration 5)', () => {
  function legacyStore() {
    const dir = tempDir();
    const path = join(dir, 'quizbot.db');
    const old = openDatabase(path);
    migrate(old, loadMigrations().slice(0, 5), path);
    old.exec(`INSERT INTO teams (id, platform, team_id) VALUES (1, 'slack', 'T1');
      INSERT INTO channels (id, team_ref, channel_id, post_time, days, timezone, locale, enabled, answer_window_minutes, reveal_mode, last_seq)
        VALUES (1, 1, 'C1', '09:00', '12345', 'Asia/Tokyo', 'ja', 1, 1440, 'auto', 2);
      INSERT INTO posts (id, channel_ref, local_date, week_key, month_key, seq, question_id, concept_id, correct_index, choice_count, opened_at, closes_at)
        VALUES (1, 1, '2026-11-27', '2026-W48', '2026-11', 1, '${Q.id}', 'concept-a', 1, 4, 0, 86400000),
               (2, 1, '2026-11-28', '2026-W48', '2026-11', 2, 'q-2', 'concept-a', 0, 3, 86400000, 172800000);
      INSERT INTO answers (post_id, user_id, choice_index, choice_text, correct, streak_after, points, answered_at)
        VALUES (1, 'U1', 2, 'C', 0, 0, 0, 5), (2, 'U1', 0, 'Old wording', 1, 1, 10, 86400005);
      UPDATE board_fold SET folded_through = 2;`);
    old.close();
    const store = openStore(path);
    return store;
  }

  it('leaves them without a question until one that matches what was asked is given', () => {
    const store = legacyStore();
    try {
      expect(store.postsWithoutQuestion().map((p) => p.id)).toEqual([1, 2]);
      expect(store.getPost(1)?.question).toBeNull();
      // The key moved: not the question that was asked.
      expect(store.attachPostQuestion(1, question(Q.id, ['B', 'A', 'C', 'D'], 0))).toBe(false);
      // The option someone answered ("C" at 3) now reads differently.
      expect(store.attachPostQuestion(1, question(Q.id, ['A', 'B', 'X', 'D'], 1))).toBe(false);
      // The answered option of post 2 was reworded since.
      expect(store.attachPostQuestion(2, question('q-2', ['New wording', 'x', 'y'], 0))).toBe(
        false,
      );
      expect(store.attachPostQuestion(1, Q)).toBe(true);
      expect(store.getPost(1)?.question).toEqual(Q);
      // Idempotent: a post that has its question keeps it.
      expect(store.attachPostQuestion(1, { ...Q, prompt: 'changed' })).toBe(false);
      expect(store.getPost(1)?.question?.prompt).toBe(Q.prompt);
      expect(store.postsWithoutQuestion().map((p) => p.id)).toEqual([2]);
    } finally {
      store.close();
    }
  });

  it('reads a damaged record as no question, never as a crash', () => {
    const store = openTestStore(tempDir());
    const { post } = store.createPost(postFor(SLACK, '2026-11-28', undefined, { question: Q }));
    store.db.prepare("UPDATE posts SET question = '{not json' WHERE id = ?").run(post.id);
    expect(store.getPost(post.id)?.question).toBeNull();
    store.db.prepare(`UPDATE posts SET question = '{"id":"x"}' WHERE id = ?`).run(post.id);
    expect(store.getPost(post.id)?.question).toBeNull();
    expect(store.askedQuestions(SLACK)).toEqual([]);
  });
});
