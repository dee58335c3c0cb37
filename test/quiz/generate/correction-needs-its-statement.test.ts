/**
 * correction-needs-its-statement: a × bullet's correction in parentheses answers the statement
 * beside it. Alone it has lost its subject (`4.4未満はエラー` of “empty arrays are safe in any
 * bash”), and beside its own statement it contradicts the key. It is never the key of "which is
 * correct about X" nor a true option of "which is a misconception about X".
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { generationContext, renderings } from '../../../src/quiz/generate/context.ts';
import { tidyOption } from '../../../src/quiz/generate/draft.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { matchKey } from '../../../src/quiz/text/normalize.ts';
import type { QuestionBank } from '../../../src/quiz/types.ts';
import { QUALITY_NOTES } from '../bank-quality-expectations.ts';
import { inline, readSource, shippedAliases } from '../notes-helpers.ts';

/** Options of `bank` said true that are only ever a × bullet's correction in the notes. */
function correctionsSaidAlone(source: ReturnType<typeof readSource>, bank: QuestionBank): string[] {
  const doc = parseNotes(source, { aliases: shippedAliases() });
  const ctx = generationContext(doc);
  const found: string[] = [];
  for (const q of bank.questions) {
    if (q.kind !== 'correct-about' && q.kind !== 'misconception-about') continue;
    const concept = doc.concepts.find((c) => c.id === q.conceptId);
    const facts = concept ? ctx.facts.get(concept.id) : undefined;
    if (!concept || !facts) continue;
    const said = (source: 'corrections' | 'others'): Set<string> =>
      new Set(
        facts.trues
          .filter((t) => (t.source === 'bullet-correction') === (source === 'corrections'))
          .flatMap((t) => renderings(t, doc.language, concept))
          .map((text) => matchKey(tidyOption(text))),
      );
    const corrections = said('corrections');
    const others = said('others');
    const trueOptions = q.choices.filter((c) => (q.kind === 'correct-about') === c.correct);
    for (const c of trueOptions) {
      const key = matchKey(c.text);
      if (corrections.has(key) && !others.has(key)) found.push(`${q.id} ${q.kind}: 「${c.text}」`);
    }
  }
  return found;
}

describe('correction-needs-its-statement', () => {
  it('keeps the corrections of a bash note out of every true option', () => {
    const source = inline([
      '# bash',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 配列展開 | 空配列の a[@] は 4.4 以降で安全 | どのbashでも安全 × |',
      '| 単語分割 | 未クォートの展開は IFS で分割される | 代入でも分割される × |',
      '| サブシェル | パイプの各段は別プロセスで動く | 変数は親に残る × |',
      '',
      '## 配列展開',
      '',
      '配列の全要素は a[@] で1要素ずつ展開する。',
      '',
      '- set -u のもとで空配列を展開するときに問題が出る',
      '- × どのbashでも空配列は安全に展開できる（4.4未満はエラー）',
      '- × a[*] でも要素ごとに分かれる（1つの文字列に結合される）',
      '',
      '## 単語分割',
      '',
      '未クォートの変数展開は、IFS の文字で単語に分けられ、グロブ展開もされる。',
      '',
      '- × $@ と "$@" は同じ（クォートなしだと単語分割される）',
      '- × 代入 a=$b でも分割される（代入の右辺は分割されない）',
      '',
      '## サブシェル',
      '',
      'パイプの各段や ( ) の中はサブシェルで実行される。',
      '',
      '- × while ループ内の変数はループ後も使える（パイプの右側だとサブシェルなので消える）',
      '- × cd はサブシェルの外にも効く（親のカレントディレクトリは変わらない）',
    ]);
    const bank = buildQuestionBank([source]);
    expect(bank.questions.length).toBeGreaterThan(0);
    expect(correctionsSaidAlone(source, bank)).toEqual([]);
  });

  it.each(QUALITY_NOTES)('holds on %s', (file) => {
    const source = readSource(file);
    const bank = buildQuestionBank([source], { aliases: shippedAliases() });
    expect(correctionsSaidAlone(source, bank)).toEqual([]);
  });
});
