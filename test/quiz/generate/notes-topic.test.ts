/** The subject of the notes, read off their title (generate/notes-topic.ts). */
import { describe, expect, it } from 'vitest';
import { notesTopic, TITLE_TRIMS } from '../../../src/quiz/generate/notes-topic.ts';

describe('notesTopic', () => {
  it.each(TITLE_TRIMS.map((r) => [r.name, ...r.example.split(' → ')]))(
    '%s: %s',
    (_name, title, topic) => {
      expect(notesTopic(title ?? '')).toBe(topic);
    },
  );

  it.each([
    ['GNU Make入門_混同しやすい概念の整理', 'GNU Make'],
    ['線形回帰の整理メモ_R²・p値・多重共線性・正則化の勘違い', '線形回帰'],
    [
      'Dimensional Modeling (Star Schemas, Facts, Dimensions, SCDs): Study Notes',
      'Dimensional Modeling',
    ],
    ['Bread science notes — dough, fermentation, baking, staling', 'Bread science'],
    ['Observability', 'Observability'],
    ['CS 101: Sorting algorithms', 'Sorting algorithms'],
    // A label with no course number is the subject itself.
    ['Kubernetes: what I learned', 'Kubernetes'],
  ])('%s → %s', (title, topic) => {
    expect(notesTopic(title)).toBe(topic);
  });

  it('gives none for no title, a code line or a sentence', () => {
    expect(notesTopic(null)).toBeNull();
    expect(notesTopic("[('鈴木', 1), ('田中', 1)]")).toBeNull();
    expect(
      notesTopic(
        '今日は一日じゅうCORSのエラーに悩まされたので、調べたことを忘れないうちに書き残しておく',
      ),
    ).toBeNull();
  });

  it('reads a megabyte-long title at once', () => {
    expect(notesTopic(`${'a'.repeat(1_000_000)} — b`)).toBeNull();
  });
});
