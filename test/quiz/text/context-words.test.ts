import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES, contextRule } from '../../../src/quiz/text/context-words.ts';

describe('context words', () => {
  it.each(CONTEXT_RULES.map((r) => [r.name, r] as const))(
    'rule "%s" finds its example',
    (_name, rule) => {
      expect(rule.leans(rule.example)).toBe(true);
      expect(contextRule(rule.example, rule.language)?.name).toBe(rule.name);
    },
  );

  it('finds a misconception that points at the notes’ example', () => {
    expect(contextRule('上の例は push がたまたま再確保するときだけ問題', 'ja')?.name).toBe(
      'notes-layout',
    );
    expect(contextRule('created_at を条件にするクエリなら全部この索引を使う', 'ja')?.name).toBe(
      'demonstrative',
    );
  });

  it('leaves statements that stand alone', () => {
    expect(contextRule('値をそのまま返す', 'ja')).toBeNull();
    expect(contextRule('その他の列は含めない', 'ja')).toBeNull();
    expect(contextRule('範囲検索にもソートにも使えない', 'ja')).toBeNull();
    expect(contextRule('Browsers ignore s-maxage', 'en')).toBeNull();
    // A pointer after the first clause points inside the statement.
    expect(
      contextRule('コミットが完了した変更は、その直後に電源が落ちても失われない', 'ja'),
    ).toBeNull();
    expect(contextRule('When a client writes, this is logged first', 'en')).toBeNull();
    expect(contextRule('The broker checks that the key is stable', 'en')).toBeNull();
    expect(contextRule('Both TCP and UDP use port numbers', 'en')).toBeNull();
    // What a statement quotes is an example, and `その時点で` means "at that moment".
    expect(
      contextRule("'a の注釈は『この参照はあの参照より長く生きない』という制約", 'ja'),
    ).toBeNull();
    expect(contextRule('その時点で開いている接続が最も少ないサーバーを選ぶ', 'ja')).toBeNull();
    // Counted things it names itself, and a quantifier of what the sentence says first.
    expect(contextRule('Two of the three replicas must answer', 'en')).toBeNull();
    expect(contextRule('A map of labels the node must have (all of them)', 'en')).toBeNull();
    expect(
      contextRule(
        'A race is when two goroutines touch memory and at least one of them writes',
        'en',
      ),
    ).toBeNull();
    expect(contextRule('2つのうち1つを選ぶ', 'ja')).toBeNull();
    expect(contextRule('「後者」という言葉', 'ja')).toBeNull();
    // A remedy the statement names itself is no pointer.
    expect(contextRule('A fix for the thundering herd is jitter', 'en')).toBeNull();
    expect(contextRule('The fixed window resets every minute', 'en')).toBeNull();
    expect(contextRule('リトライの対策はジッターを入れること', 'ja')).toBeNull();
    // `thistle` holds `this`, `belowground` holds `below`: only whole words count.
    expect(contextRule('A thistle grows belowground', 'en')).toBeNull();
  });

  it('reads a line of a megabyte in one pass', () => {
    const long = 'そのまま'.repeat(250_000);
    expect(contextRule(long, 'ja')).toBeNull();
    expect(contextRule(`${'a '.repeat(500_000)}above`, 'en')?.name).toBe('notes-layout');
  });
});
