/**
 * `code-value`: a line of the notes' code whose comment gives its value, asked of the concept
 * whose section holds it, with other lines' values as wrong options (reading 81).
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { codeValueDrafts } from '../../../src/quiz/generate/code-value.ts';
import { conceptSubject, generationContext } from '../../../src/quiz/generate/context.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

const NOTES = [
  '# 型変換',
  '',
  '| 概念 | 正しい理解 | よくある誤解 |',
  '|---|---|---|',
  '| Number() と parseInt() | Number は文字列全体を読む。parseInt は先頭から読めるところまで | 2つは同じ結果を返す × |',
  '| null と undefined | 「値がない」の2種類 | 同じもの × |',
  '',
  '## Number() と parseInt()',
  '',
  '```js',
  'Number("1e3")         // 1000    （指数表記も読む）',
  'Number("12px")        // NaN',
  'parseInt("12px", 10)  // 12',
  'parseInt("1e3", 10)   // 1       （e で読むのをやめる）',
  'Number("") === 0      // true',
  'parseInt("0x1A")      // 26      （0x で始まれば16進）',
  'Number("12px") + 1    // NaN',
  'typeof null           // "object"（仕様に残る昔のバグ）',
  'typeof NaN            // "number"（NaN も数値型）',
  '```',
  '',
  '## null と undefined',
  '',
  '```js',
  'let o = {};',
  'o.missing;            // undefined（ないプロパティを読んでもエラーにはならない）',
  'o.missing.x;          // TypeError（undefined のプロパティは読めない）',
  'o.f();                // TypeError（undefined は関数ではない）',
  '```',
];

function draftsOf(name: string): Draft[] {
  const doc = parseNotes(inline(NOTES));
  const ctx = generationContext(doc);
  const concept = doc.concepts.find((c) => c.name === name);
  if (!concept) throw new Error(name);
  return codeValueDrafts(ctx, conceptSubject(ctx, concept)).drafts;
}

const wrongs = (d: Draft): string[] => d.choices.filter((c) => !c.correct).map((c) => c.text);

describe('code-value', () => {
  const drafts = draftsOf('Number() と parseInt()');
  const asking = (code: string): Draft[] => drafts.filter((d) => d.prompt.includes(code));

  it('asks what a line gives, with the values of the block’s other lines as wrong options', () => {
    const [d] = asking('parseInt("1e3", 10)');
    expect(d?.kind).toBe('code-value');
    expect(d?.prompt).toBe('次のコードの結果はどれ？\n`parseInt("1e3", 10)`');
    expect(d?.choices.find((c) => c.correct)?.text).toBe('1');
    // The line on the same input is a wrong option: the confusion the block shows.
    expect(wrongs(d as Draft)).toContain('1000');
    expect(d?.why).toBe('e で読むのをやめる');
    expect(d?.choices.find((c) => c.text === '1000')?.why).toBe('それは `Number("1e3")` の結果');
  });

  it('offers the input misread: its leading digits, NaN, the operand of typeof (misreading)', () => {
    const [hex] = asking('parseInt("0x1A")');
    expect(wrongs(hex as Draft)).toEqual(expect.arrayContaining(['0', 'NaN']));
    expect(hex?.choices.find((c) => c.text === '0')?.why).toBe('"0x1A" の先頭の数字だけを読んだ値');
    const [type] = asking('typeof null');
    expect(wrongs(type as Draft)).toContain('"null"');
  });

  it('asks no line whose comment gives no reason (explained-lines-only)', () => {
    expect(asking('Number("12px") + 1')).toEqual([]);
  });

  it('asks no yes/no line, and offers no value of another family', () => {
    expect(drafts.some((d) => d.choices.some((c) => c.correct && c.text === 'true'))).toBe(false);
    for (const d of drafts) expect(d.choices.some((c) => c.text === 'undefined')).toBe(false);
  });

  it('offers no number of the line itself and no other way of giving nothing (reading 82)', () => {
    // `o.missing.x` and `o.f()` both give TypeError: one value, too few beside `undefined`.
    expect(draftsOf('null と undefined')).toEqual([]);
    for (const d of drafts) expect(wrongs(d)).not.toContain('10');
  });

  it('gives the bank its questions (the kind is counted as its own)', () => {
    const bank = buildQuestionBank([inline(NOTES)]);
    expect(bank.questions.some((q) => q.kind === 'code-value')).toBe(true);
  });
});
