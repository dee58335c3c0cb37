/** One fact said twice gets one set of keys, so that the bank asks it once. */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import type { Fact } from '../../../src/quiz/facts/fact.ts';
import { SAME_FACT_RULES, withSameFactsTied } from '../../../src/quiz/facts/same-fact.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { matchKey } from '../../../src/quiz/text/normalize.ts';

function fact(
  text: string,
  truth: boolean,
  source: Fact['source'],
  key: string,
  why: string | null = null,
): Fact {
  return {
    keys: [key],
    conceptId: 'c',
    text,
    truth,
    why,
    source,
    evidence: { file: 'x.md', line: 1, words: text },
    section: null,
  };
}

const rule = (name: string) => {
  const found = SAME_FACT_RULES.find((r) => r.name === name);
  if (!found) throw new Error(name);
  return found;
};

const ctx = { summary: matchKey('パスワードごとのランダムな値') };

describe('same-fact rules', () => {
  it('summary-condenses-intro: a summary cell and the first sentence it condenses', () => {
    const summary = fact(
      'Version identifier; unchanged → 304 without a body',
      true,
      'summary',
      'S',
    );
    const intro = fact('An identifier of one version of a resource', true, 'intro', 'L:1');
    expect(rule('summary-condenses-intro').same(summary, intro, ctx)).toBe(true);
    // A first sentence about something else of the concept is another fact.
    const other = fact('The client sends it back in If-None-Match', true, 'intro', 'L:2');
    expect(rule('summary-condenses-intro').same(summary, other, ctx)).toBe(false);
  });

  it('correction-stated-elsewhere: a misconception and the true statement its correction quotes', () => {
    const wrong = fact(
      '秘密にしておく必要がある',
      false,
      'summary-misconception',
      'R:0',
      'ノートには「ソルトは秘密にする必要はなく、ハッシュ値と一緒に保存してよい」とある',
    );
    const point = fact(
      'ソルトは秘密にする必要はなく、ハッシュ値と一緒に保存してよい',
      true,
      'point',
      'L:9',
    );
    expect(rule('correction-stated-elsewhere').same(wrong, point, ctx)).toBe(true);
    const unrelated = fact('ハッシュする前にパスワードに加える', true, 'sentence', 'L:8');
    expect(rule('correction-stated-elsewhere').same(wrong, unrelated, ctx)).toBe(false);
    // 「正しくは『summary』」 names no statement in particular: no feature is tied to it.
    const fallback = fact(
      'コード記述量を減らす',
      false,
      'summary-misconception',
      'R:1',
      '正しくは「ヒューマンエラー回避、工数削減」',
    );
    const feature = fact('ヒューマンエラー回避、工数削減', true, 'feature', 'L:7');
    expect(
      rule('correction-stated-elsewhere').same(fallback, feature, {
        summary: matchKey('ヒューマンエラー回避、工数削減'),
      }),
    ).toBe(false);
  });
});

describe('facts of a concept', () => {
  it('tie a misconception to the point that corrects it', () => {
    const text = [
      '#### ソルト',
      '',
      'パスワードごとに作る**ランダムな値**。ハッシュする前にパスワードに加える。',
      '',
      '**ポイント**: ソルトは秘密にする必要はなく、ハッシュ値と一緒に保存してよい。',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|-----|-----------|-------------|',
      '| ソルト | パスワードごとの**ランダムな値** | 秘密にしておく必要がある × |',
      '',
    ].join('\n');
    const doc = parseNotes({ path: 'salt.ja.md', text });
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const facts = withSameFactsTied(conceptFacts(doc, concept));
    const wrong = facts.falses.find((f) => f.text.includes('秘密にしておく'));
    const point = facts.trues.find((f) => f.text.includes('秘密にする必要はなく'));
    expect(wrong && point && wrong.keys.some((k) => point.keys.includes(k))).toBe(true);
  });
});
