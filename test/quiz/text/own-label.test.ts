/** `own-label`: a statement that opens on a label of its own stacks two under a concept's name. */
import { describe, expect, it } from 'vitest';
import { opensOnLabel } from '../../../src/quiz/text/own-label.ts';

describe('opensOnLabel', () => {
  it('finds a short label and its colon (English before a space, Japanese any)', () => {
    for (const text of [
      'TypeScript gotcha: two classes with identical members are assignable',
      'correlation：物理順との相関',
      'Versions: 1.4 added the flag',
      'COPY / ADD：ファイルの中身のチェックサムで比較',
    ])
      expect(opensOnLabel(text)).toBe(true);
  });

  it('leaves a colon that is no label: in code, a time, a path, a clause, far into the text', () => {
    for (const text of [
      'std::move turns an lvalue into an xvalue',
      'Runs at 10:30 every day',
      'C:\\Windows holds the system files',
      'Precision answers one question, of the alerts: how many were real',
      'A statement that talks for a long while before it comes to: a colon',
      '代償は更新の整合性、つまり：同期が要る',
    ])
      expect(opensOnLabel(text)).toBe(false);
  });

  it('reads only the opening of a 1 MB statement', () => {
    const started = performance.now();
    expect(opensOnLabel(`${'a'.repeat(1_000_000)}: b`)).toBe(false);
    expect(opensOnLabel(`Label: ${'a'.repeat(1_000_000)}`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
