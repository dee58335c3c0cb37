import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { echoedPart, OPTION_CHECKS } from '../../../src/quiz/generate/option-checks.ts';
import { statementDraft } from '../notes-helpers.ts';

describe('echoedPart', () => {
  it('finds the longest part of the name (three characters or half of it at least) the text repeats', () => {
    expect(echoedPart('メッセージブローカーを介さない直接通信', 'ブローカーレス')).toBe(
      'ぶろーかー',
    );
    expect(echoedPart('サービスの外側で実装する', 'サービスメッシュ')).toBe('さーびす');
    expect(echoedPart('直接通信する', 'ブローカーレス')).toBeNull();
  });
  it('counts characters, not UTF-16 units (a part never splits a surrogate pair)', () => {
    expect(echoedPart('𠮷野家で食べる', '𠮷野家')).toBe('𠮷野家');
    expect(echoedPart('𠮷野で食べる', '𠮷野家本店')).toBeNull();
    expect(echoedPart('野家本で食べる', '𠮷野家本店')).toBe('野家本');
  });
});

describe('no-twin-values', () => {
  const check = OPTION_CHECKS.find((c) => c.name === 'no-twin-values');
  const draft = (texts: readonly string[], optionKind: Draft['optionKind'] = 'value'): Draft => ({
    template: 'value-of',
    conceptId: 'c',
    conceptName: 'ZGC',
    kind: 'comparison',
    asksFor: 'correct',
    optionKind,
    prompt: 'In the table “Collectors compared”, what does “ZGC” have for “Typical pause”?',
    choices: texts.map((text, i) => ({
      text,
      correct: i === 0,
      truth: i === 0,
      why: i === 0 ? null : 'another row',
      keys: [`k${i}`],
    })),
    section: null,
    language: 'en',
    why: null,
    notes: [],
    source: { file: 'x.md', line: 1, section: null },
    asks: [],
    quality: 1,
  });

  it('refuses a value set in which two values open alike and the rest do not', () => {
    expect(check).toBeDefined();
    expect(
      check?.check(draft(['Under 1 ms', 'Long, many threads', 'Long, one thread']), { names: [] }),
    ).not.toBeNull();
    expect(
      check?.check(
        draft(['The instant in UTC', 'The local date', 'Local time and the zone name']),
        { names: [] },
      ),
    ).not.toBeNull();
    expect(
      check?.check(draft(['The zone may change', 'It is not a moment', 'It happened once']), {
        names: [],
      }),
    ).not.toBeNull();
  });

  it('lets values that open differently, all alike, or names stand', () => {
    expect(
      check?.check(draft(['Under 1 ms', 'Tens to hundreds of ms', 'Long, one thread']), {
        names: [],
      }),
    ).toBeNull();
    expect(check?.check(draft(['Long, a', 'Long, b', 'Long, c']), { names: [] })).toBeNull();
    expect(check?.check(draft(['ZGC', 'Long GC', 'Long pause'], 'name'), { names: [] })).toBeNull();
  });
});

describe('no-twin-key-statement', () => {
  const check = OPTION_CHECKS.find((c) => c.name === 'no-twin-key-statement');
  const draft = (texts: readonly string[], language: 'en' | 'ja' = 'en'): Draft =>
    statementDraft(
      'Weighted round robin',
      'Which statement about “Weighted round robin” is correct?',
      language,
      texts,
    );

  it('refuses a set where the key and one option alone open on one word (articles aside)', () => {
    expect(
      check?.check(
        draft([
          'Weights are static configuration',
          'Weights adapt to latency',
          'Picks the backend with the fewest active connections',
        ]),
        { names: [] },
      ),
    ).toContain('weights');
    expect(
      check?.check(
        draft([
          'An escalation is about an unanswered page',
          'Escalation means the incident is serious',
          'The one person who coordinates the response',
        ]),
        { names: [] },
      ),
    ).not.toBeNull();
  });

  it('lets a set pass where every option, or only the key, opens so; and Japanese sets', () => {
    const all = ['Weights are static', 'Weights adapt to latency', 'Weights follow CPU load'];
    expect(check?.check(draft(all), { names: [] })).toBeNull();
    const none = ['Shares follow static weights', 'Weights adapt to latency', 'Picks the fewest'];
    expect(check?.check(draft(none), { names: [] })).toBeNull();
    const ja = ['重みは静的な設定', '重みはレイテンシに追従する', '接続数が最少のものを選ぶ'];
    expect(check?.check(draft(ja, 'ja'), { names: [] })).toBeNull();
  });
});
