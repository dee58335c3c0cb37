/** The question wording of both languages: one message per language, read as a native speaker would. */
import { describe, expect, it } from 'vitest';
import { quoteEn, quoteJa, wordingFor } from '../../src/quiz/wording.ts';

describe('whichTerm and termMeaning', () => {
  it('quote a list label that is a sentence, as they quote one that is a noun (en)', () => {
    const w = wordingFor('en');
    // Reading 8: `Of the Each interaction has three phases of “INP”` read as broken.
    expect(
      w.whichTerm('INP', 'Each interaction has three phases', 'waiting for the main thread'),
    ).toBe(
      'In the list “Each interaction has three phases” under “INP”, which one does this describe?\n“waiting for the main thread”',
    );
    expect(w.termMeaning('Sharding', 'Approaches', 'Range')).toBe(
      'In the list “Approaches” under “Sharding”, which describes “Range”?',
    );
  });

  it('quote the label in Japanese too', () => {
    const w = wordingFor('ja');
    expect(w.whichTerm('INP', '3つのフェーズ', 'メインスレッド待ち')).toBe(
      '「INP」の「3つのフェーズ」のうち、次の説明にあてはまるものはどれ？\n「メインスレッド待ち」',
    );
  });
});

describe('quoted-once', () => {
  it('quotes a text that is one quotation whole by its words (reading 26)', () => {
    expect(wordingFor('ja').whichConcept('「ユニットをまとめた同期点」')).toBe(
      '次の説明にあてはまるものはどれ？\n「ユニットをまとめた同期点」',
    );
    expect(wordingFor('en').whichConcept('“A synchronisation point for units”')).toBe(
      'Which concept does this describe?\n“A synchronisation point for units”',
    );
  });

  it('keeps the marks of a text that quotes two things or more', () => {
    expect(quoteJa('「早く眠れる」と「よく眠れる」')).toBe('「『早く眠れる』と『よく眠れる』」');
    expect(quoteEn('“fast” or “slow”')).toBe('“‘fast’ or ‘slow’”');
    expect(quoteJa('「a」')).toBe('「a」');
  });

  it('keeps the quotes of a string literal of code (string-literal-kept, reading 81)', () => {
    expect(quoteJa('"0"')).toBe('「"0"」');
    expect(quoteEn('"12px"')).toBe('“"12px"”');
    // A quotation of words is quoted by its words.
    expect(quoteJa('"all at once"')).toBe('「all at once」');
    expect(quoteEn('"just works"')).toBe('“just works”');
  });
});

describe('one-question-mark: a stem ending on a quoted question (reading 81)', () => {
  it('ends on the question’s own mark', () => {
    const w = wordingFor('en');
    expect(
      w.whichMeets({ text: 'Structures', heading: false, kind: 'structure' }, [
        { label: 'Dissipates energy on purpose?', holds: true },
      ]),
    ).toMatch(/on purpose\?”$/);
    expect(w.valueOf({ text: 'T', heading: false }, 'Weir', 'Needs a free fall?')).toBe(
      'What does “Weir” have for “Needs a free fall?”',
    );
    expect(w.valueOf({ text: 'T', heading: false }, 'Weir', 'Head')).toBe(
      'What does “Weir” have for “Head”?',
    );
  });
});

describe('question-label: a cell under a question header answers it', () => {
  it('joins the question and its answer without a colon, in both languages', () => {
    // Readings 56–57: `Depends on clock period?: No` read as broken table syntax.
    expect(wordingFor('en').cellOption('Depends on clock period?', 'no')).toBe(
      'Depends on clock period? No',
    );
    expect(wordingFor('en').cellOption('Output', 'A chain of unary functions')).toBe(
      'Output: A chain of unary functions',
    );
    expect(wordingFor('ja').cellOption('再帰で書ける？', 'いいえ')).toBe('再帰で書ける？ いいえ');
    expect(wordingFor('ja').cellOption('結合度', '密結合')).toBe('結合度：密結合');
  });
});
