/** A name echoed in an option: the part of the name asked about that one option repeats. */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { OPTION_CHECKS } from '../../../src/quiz/generate/option-checks.ts';
import { laterWordEcho, nameEcho } from '../../../src/quiz/text/name-echo.ts';
import { statementDraft } from '../notes-helpers.ts';

describe('nameEcho', () => {
  it('finds the first word of a Latin name, by stem (observability.en, consensus.en)', () => {
    expect(nameEcho('Adding a label to a metric is free', 'Metrics')).toBe('metrics');
    expect(nameEcho('Two leaders can never exist at the same moment', 'Leader election')).toBe(
      'leader',
    );
  });

  it('leaves words that only contain the name, hyphenated compounds, kinds and short names', () => {
    expect(nameEcho('Usually terminates TLS', 'Term')).toBeNull();
    // resilience.en: `error-rate` is not `Rate limiter`.
    expect(nameEcho('Fails fast above an error-rate threshold', 'Rate limiter')).toBeNull();
    // The last word is the kind (`HEAD` of `Detached HEAD`), which other statements name too.
    expect(nameEcho('HEAD holds a commit id, not a branch name', 'Detached HEAD')).toBeNull();
    expect(nameEcho('Uses TLS 1.3', 'TLS')).toBeNull();
  });

  it('finds a head of two thirds of a Japanese name, half of a kanji one (shipped bank, ブローカーレス)', () => {
    expect(nameEcho('単一障害点がない（ブローカーがないため）', 'ブローカーレス')).toBe(
      'ぶろーかー',
    );
    // `キャッシュ` is the notes' common word, not the name `キャッシュアサイド`; a tail is no head.
    expect(nameEcho('キャッシュが落ちてもDBから読める', 'キャッシュアサイド')).toBeNull();
    expect(nameEcho('アプリケーションの設定', 'セッション')).toBeNull();
    // A kanji-only name: its characters are words, so half of it is enough (auth-security.ja).
    expect(nameEcho('同じ種類の要素を重ねても多要素にはならない', '多要素認証')).toBe('多要素');
    expect(nameEcho('本人であることを確かめる', '多要素認証')).toBeNull();
    // A numbered name has no shorter head: `話題1` of `話題12` is `話題13`'s too.
    expect(nameEcho('話題13は常に速い', '話題12')).toBeNull();
    expect(nameEcho('話題12は常に速い', '話題12')).toBe('話題12');
  });

  // The timeout is no speed target (npm run bench): a backtracking pattern over 1 MB would take
  // hours, linear work a fraction of a second even on a loaded machine.
  it('reads 1 MB of any characters in linear time', { timeout: 120_000 }, () => {
    const long = `${'a-'.repeat(250_000)}${'あ'.repeat(250_000)}${'-'.repeat(250_000)}`;
    expect(nameEcho(long, 'Head-based sampling')).toBeNull();
    expect(nameEcho(long, 'キャッシュアサイド')).toBeNull();
    expect(nameEcho(`${long} metric`, 'Metrics')).toBe('metrics');
  });
});

describe('the option check no-name-echo', () => {
  const check = OPTION_CHECKS.find((c) => c.name === 'no-name-echo');
  const draft = (options: [string, boolean][], asksFor: Draft['asksFor']): Draft => ({
    template: 'test',
    conceptId: 'c',
    conceptName: 'x',
    kind: asksFor === 'correct' ? 'correct-about' : 'misconception-about',
    asksFor,
    optionKind: 'statement',
    prompt: '',
    choices: options.map(([text, correct], i) => ({
      text,
      correct,
      truth: asksFor === 'correct' ? correct : !correct,
      why: null,
      keys: [`k${i}`],
    })),
    section: null,
    language: 'en',
    why: null,
    notes: [],
    source: { file: 'x.md', line: 1, section: null },
    asks: ['k0'],
    quality: 0,
  });

  it('turns down a set where one option alone repeats the name, key or not', () => {
    if (!check) throw new Error('no check');
    // observability.en vx91g8a6: the key is the only option saying "metric".
    const metrics = draft(
      [
        ['Adding a label to a metric is free', true],
        ['Aggregated time series, cheap to keep and aggregate', false],
        ['Good for dashboards, trends and alerting on rates and percentiles', false],
      ],
      'misconception',
    );
    expect(check.check(metrics, { names: ['Metrics'] })).toContain('metric');
    // The shipped bank's 6s0wchy0: 「ブローカーレス」について正しいもの, keyed by the only option
    // saying ブローカー.
    const brokerless = draft(
      [
        ['単一障害点がない（ブローカーがないため）', true],
        ['疎結合を保てる', false],
        ['レジストリから動的に選択', false],
      ],
      'correct',
    );
    expect(check.check(brokerless, { names: ['ブローカーレス'] })).toContain('ぶろーかー');
    // A wrong option alone echoing the name points away from the key: a reader inverts that.
    const away = draft(
      [
        ['Randomised timeouts make split votes rare', true],
        ['Two leaders can never exist at the same moment', false],
        ['Both sides of a partition accept writes', false],
      ],
      'correct',
    );
    expect(check.check(away, { names: ['Leader election'] })).toContain('leader');
  });

  it('lets a set pass where no option or several repeat the name, and names as options', () => {
    if (!check) throw new Error('no check');
    const none = draft(
      [
        ['Aggregated time series, cheap to keep and aggregate', true],
        ['Records of discrete events', false],
        ['Follow one request across services', false],
      ],
      'correct',
    );
    expect(check.check(none, { names: ['Metrics'] })).toBeNull();
    const two = draft(
      [
        ['A metric with a user id label creates a series per user', true],
        ['Adding a label to a metric is free', false],
        ['Records of discrete events', false],
      ],
      'correct',
    );
    expect(check.check(two, { names: ['Metrics'] })).toBeNull();
    expect(check.check({ ...none, optionKind: 'name' }, { names: ['Metrics'] })).toBeNull();
  });
});

describe('laterWordEcho', () => {
  it('finds a later word of a Latin name (four letters or more) the text repeats, by stem', () => {
    expect(
      laterWordEcho(
        'Parts in parallel, joined by part number; incomplete uploads are billed',
        'Multipart upload',
      ),
    ).toBe('upload');
    expect(laterWordEcho('HEAD holds a commit id, not a branch name', 'Detached HEAD')).toBe(
      'head',
    );
    expect(laterWordEcho('A flat namespace', 'Object key')).toBeNull();
    // Three letters are enough for a later word (`key` of `Object key`).
    expect(laterWordEcho('A flat namespace: "folders" are key prefixes', 'Object key')).toBe('key');
    expect(laterWordEcho('Uploads files', 'Multipart')).toBeNull();
    expect(laterWordEcho('認証の手順', '多要素 認証')).toBeNull();
    // A word joining the parts of a name repeats nothing of it.
    expect(
      laterWordEcho(
        'Limits the average and allows bounded bursts',
        'Token bucket and leaky bucket',
      ),
    ).toBeNull();
    expect(laterWordEcho('Drains at a constant rate', 'Token bucket and leaky bucket')).toBeNull();
  });

  it('makes an option alone repeating it fail no-name-echo (the key of Multipart upload)', () => {
    const check = OPTION_CHECKS.find((c) => c.name === 'no-name-echo');
    const draft = statementDraft(
      'Multipart upload',
      'Which statement about “Multipart upload” is correct?',
      'en',
      [
        'Parts in parallel, joined by part number; incomplete uploads are billed',
        'Transitions and expirations by age since creation',
        "Time-limited access with the signer's permissions",
      ],
    );
    expect(check?.check(draft, { names: ['Multipart upload'] })).toMatch(/upload/);
  });
});
