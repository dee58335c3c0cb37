import { describe, expect, it } from 'vitest';
import { REPLY_RULES, replyRule } from '../../../src/quiz/facts/reply-corrections.ts';

describe('corrections that only reply to their statement', () => {
  it.each(REPLY_RULES.map((r) => [r.name, r] as const))(
    '%s reads its own example',
    (name, rule) => {
      const [statement, correction] = rule.example;
      const language = /[a-z]{3}/i.test(correction) ? 'en' : 'ja';
      expect(replyRule(correction, statement, language)).toBe(name);
    },
  );

  it('reads a consequence as a reply only to a statement that judges an action', () => {
    expect(
      replyRule('Wait may run before Add and return early', 'Calling Add late is fine', 'en'),
    ).toBe('answers-an-action');
    // A gerund statement that claims a fact, not a judgement: its correction stands.
    expect(
      replyRule('Add only raises the counter', 'Calling Add starts a goroutine', 'en'),
    ).toBeNull();
  });

  it('finds the English change without a start', () => {
    expect(
      replyRule('the total error rate increases', 'Each test at 0.05 keeps it at 5%', 'en'),
    ).toBe('change-without-start');
    expect(
      replyRule('latency increases when the cache is cold', 'Latency is flat', 'en'),
    ).toBeNull();
  });

  it.each([
    ['a correction with its own condition', '強すぎると学習不足になる', '正則化は強いほど良い'],
    [
      'a quantity that is the topic',
      '95%は区間を作る手順の性質',
      '95%信頼区間に真の値が入る確率が95%',
    ],
    ['a subject named with は', '原子性は「全部か無か」だけ', '原子性は一貫性も保証する'],
    ['a version, not a quantity', 'TLS 1.3 では往復は1回', 'TLS 1.3 のハンドシェイクは2往復'],
    ['a change with its own trigger', 'キャッシュが外れると遅くなる', 'キャッシュは常に速い'],
    ['a concession with its subject', 'DBは遅いが、キャッシュで補える', 'DBは常に遅い'],
    ['a matter of its own', '別の話として記録はサーバー側に残る', 'ログは残らない'],
    ['an also with its subject', '所有型も T: static を満たすことは多い', '参照だけが満たす'],
    ['no also (でも)', '何度でも呼び出せる', '一度しか呼べない'],
  ])('lets %s stand alone', (_what, correction, statement) => {
    expect(replyRule(correction, statement, 'ja')).toBeNull();
  });

  it("reads a noun's でも as also: what happens too, only the statement says", () => {
    expect(
      replyRule(
        'カーネルパニックやコントローラの故障でも起きる',
        'UPS があればライトホールは起きない',
        'ja',
      ),
    ).toBe('also-without-subject');
    expect(replyRule('いつでも取り消せる', '一度しか取り消せない', 'ja')).toBeNull();
  });

  it('finds English corrections that set the statement aside or point back at it', () => {
    expect(replyRule('that is a separate matter', 'Safe methods leave no logs', 'en')).toBe(
      'sets-aside',
    );
    expect(replyRule('They hold only a table entry', 'Zombies use memory', 'en')).toBe(
      'points-back',
    );
    expect(replyRule('The parent reaps it with wait', 'kill -9 removes it', 'en')).toBeNull();
    // Contracted: `it's 5 minutes` (the dedup window's length) says nothing alone.
    expect(
      replyRule("it's 5 minutes", 'Treating the dedup window as permanent deduplication', 'en'),
    ).toBe('points-back');
  });

  it('reads the excess of a `the more…` statement as a reply, unless it names its condition', () => {
    expect(
      replyRule(
        'they compete for bandwidth and delay what matters',
        'The more preloads, the faster',
        'en',
      ),
    ).toBe('answers-the-more');
    expect(
      replyRule('リクエスト数が増えすぎると逆効果', '細かく分けるほど必ず速くなる', 'ja'),
    ).toBeNull();
  });

  it('reads a 1 MB correction in linear time', () => {
    const long = `${'1px '.repeat(250_000)}増える`;
    expect(replyRule(long, '2px', 'ja')).toBe('change-without-start');
    expect(replyRule('a'.repeat(1_000_000), '9'.repeat(1_000_000), 'en')).toBeNull();
    expect(replyRule(`${'is a '.repeat(200_000)}x`, 'y', 'en')).toBeNull();
    expect(replyRule(`${'送'.repeat(1_000_000)}が、`, 'y', 'ja')).toBeNull();
  });
});
