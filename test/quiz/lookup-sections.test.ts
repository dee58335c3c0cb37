/** The names a section is found by, and the wording rules of a look-up card. */
import { describe, expect, it } from 'vitest';
import { headingParts } from '../../src/quiz/lookup-sections.ts';
import { displayAliases, tidyCorrection, withoutRepeats } from '../../src/quiz/lookup-text.ts';

describe('headingParts', () => {
  it.each([
    [
      '2PC（Two-Phase Commit / 分散トランザクション）',
      '2PC',
      ['Two-Phase Commit', '分散トランザクション'],
    ],
    ['BFF (Backend for Frontend)', 'BFF', ['Backend for Frontend']],
    ['API Gateway', 'API Gateway', []],
    ['（注）', '（注）', []],
  ])('%s', (heading, main, parts) => {
    expect(headingParts(heading)).toEqual({ main, parts });
  });

  it('reads a 1 MB heading (no pattern backtracks on it)', () => {
    expect(headingParts(`${' '.repeat(1_000_000)}x）`).main).toBe('x）');
    expect(headingParts(`a（${' /'.repeat(500_000)}）`).parts).toEqual([]);
  });
});

describe('card wording', () => {
  it('drops a correction that only denies the misconception in its own words', () => {
    expect(
      tidyCorrection('キューに入れて後で処理', '「キューに入れて後で処理」ではない → 即エラー'),
    ).toBe('即エラー');
    expect(
      tidyCorrection('秒間リクエスト数の上限', '「秒間リクエスト数の上限」ではない'),
    ).toBeNull();
    expect(tidyCorrection('疎結合を保てる', '直接参照するため密結合')).toBe(
      '直接参照するため密結合',
    );
    expect(tidyCorrection('x', null)).toBeNull();
  });

  it('drops a key point that restates a misconception shown above', () => {
    expect(
      withoutRepeats(
        ['「キューに入れて後で処理」ではない → 即エラー', 'Half-Open で試験的に通す'],
        ['キューに入れて後で処理'],
      ),
    ).toEqual(['Half-Open で試験的に通す']);
  });

  it('keeps other names that neither nest nor repeat the name, at most three', () => {
    expect(
      displayAliases('CQRS', [
        'CQRS（Command Query Responsibility Segregation）',
        'Command Query Responsibility Segregation',
      ]),
    ).toEqual(['Command Query Responsibility Segregation']);
    expect(displayAliases('サーガ', ['SAGA', 'Saga pattern', 'サガ', 'SAGAパターン'])).toEqual([
      'SAGA',
    ]);
    expect(displayAliases('x', ['a1', 'b2', 'c3', 'd4'])).toEqual(['a1', 'b2', 'c3']);
  });
});
