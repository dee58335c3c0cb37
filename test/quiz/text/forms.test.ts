import { describe, expect, it } from 'vitest';
import {
  asSentenceStart,
  copulaStatement,
  HEAD_NOUN_KEPT,
  startsMidSentence,
  withoutHeadNoun,
  withoutTopic,
} from '../../../src/quiz/text/forms.ts';

describe('withoutTopic', () => {
  it('drops the concept as the subject, singular or plural', () => {
    expect(withoutTopic('Retry needs a limit', ['Retry'], 'en')).toBe('Needs a limit');
    expect(withoutTopic('Microtasks run before timers', ['Microtask'], 'en')).toBe(
      'Runs before timers',
    );
  });

  it('keeps a subject that a participle clause carries on (`Microtasks queued by …`)', () => {
    const point =
      'Microtasks queued by microtasks also run before the next task, so an endless chain of them starves timers';
    expect(withoutTopic(point, ['Microtask'], 'en')).toBe(point);
    expect(withoutTopic('Microtask queued by a promise runs first', ['Microtask'], 'en')).toBe(
      'Microtask queued by a promise runs first',
    );
  });

  it('makes a second verb with its own object agree too (coordinated-verb)', () => {
    expect(
      withoutTopic(
        'Experiment toggles put each user in a cohort and keep them there',
        ['Experiment toggle'],
        'en',
      ),
    ).toBe('Puts each user in a cohort and keeps them there');
    // `and large files`: no object opener after the word, no verb.
    expect(withoutTopic('Caches hold keys and large files', ['Cache'], 'en')).toBe(
      'Holds keys and large files',
    );
  });

  it('reads a plural alias as the plural of its name (plural-alias)', () => {
    expect(
      withoutTopic('Scopes replace access control in the API', ['Scope', 'Scopes'], 'en'),
    ).toBe('Replaces access control in the API');
    // A plural name on its own is the concept's name as written.
    expect(withoutTopic('Entry points run a function', ['Entry points'], 'en')).toBe(
      'Run a function',
    );
  });

  it('reads only the first words of a long statement', () => {
    const long = `Microtasks queued by ${'x '.repeat(500_000)}run`;
    expect(withoutTopic(long, ['Microtask'], 'en')).toBe(long);
  });
});

describe('withoutHeadNoun', () => {
  it('drops the noun after a clause that ends in any verb ending', () => {
    expect(withoutHeadNoun('関数の参照を、依存する値が変わるまで同じに保つフック')).toBe(
      '関数の参照を、依存する値が変わるまで同じに保つ',
    );
    expect(withoutHeadNoun('サービスの場所を動的に選ぶ機能')).toBe('サービスの場所を動的に選ぶ');
  });

  it('reads no clause in an adverb or `よう` before a verbal noun', () => {
    expect(withoutHeadNoun('リクエストをまとめて速く処理')).toBeNull();
    expect(withoutHeadNoun('Pod数を維持するよう自動起動')).toBeNull();
  });

  it('keeps every noun HEAD_NOUN_KEPT names, with its example', () => {
    for (const rule of HEAD_NOUN_KEPT) expect(withoutHeadNoun(rule.example), rule.name).toBeNull();
  });

  it('writes a formula as it is: no copula after its last term', () => {
    expect(copulaStatement('誤差 = バイアス² + バリアンス + 削減できないノイズ', 'ja')).toBeNull();
    expect(copulaStatement('書き込みを待つ仕組み', 'ja')).toBe('書き込みを待つ仕組みである');
  });

  it('sets the copula off from a Latin word only as the word is set off (reading 53)', () => {
    expect(copulaStatement('ユーザーごとの rwx', 'ja')).toBe('ユーザーごとの rwx である');
    expect(copulaStatement('テーブルごとに1つ作るDAO', 'ja')).toBe(
      'テーブルごとに1つ作るDAOである',
    );
  });

  it('keeps the noun after a past clause (`集めた計測`, `層を載せた仕様`)', () => {
    expect(withoutHeadNoun('実ユーザーの環境で集めた計測')).toBeNull();
    expect(withoutHeadNoun('OAuth 2.0 の上に認証の層を載せた仕様')).toBeNull();
    expect(withoutHeadNoun('障害の起きたノードを切り離す機構')).toBe(
      '障害の起きたノードを切り離す',
    );
  });

  it('keeps the noun that a clause of its own subject ends in', () => {
    // Reading 9 (oauth-oidc.ja): the key read `OAuth は認可（権限委任）、OIDC はその上に載る`.
    expect(withoutHeadNoun('OAuth は認可（権限委任）、OIDC はその上に載る認証レイヤ')).toBeNull();
    // One clause with a topic: the statement reads whole without its noun.
    expect(withoutHeadNoun('ルーターはサービスの場所を動的に選ぶ機能')).toBe(
      'ルーターはサービスの場所を動的に選ぶ',
    );
    // A clause without a topic loses its noun as before.
    expect(withoutHeadNoun('再送を待ち、すばやく経路を選ぶ機能')).toBe(
      '再送を待ち、すばやく経路を選ぶ',
    );
  });
});

describe('asSentenceStart', () => {
  it('opens English text on a capital, but not a name in code style or a connective', () => {
    expect(asSentenceStart('fork copies all memory', 'en')).toBe('Fork copies all memory');
    expect(asSentenceStart('kubectl drains the node', 'en')).toBe('kubectl drains the node');
    expect(asSentenceStart('or evict running pods', 'en')).toBe('or evict running pods');
    expect(asSentenceStart('ふつうの文', 'ja')).toBe('ふつうの文');
  });

  it('keeps the case of a one-letter variable (variable-kept), not of the article `a`', () => {
    expect(asSentenceStart('n / m (entries per bucket/slot)', 'en')).toBe(
      'n / m (entries per bucket/slot)',
    );
    expect(asSentenceStart('a cache of ten entries', 'en')).toBe('A cache of ten entries');
  });
});

describe('startsMidSentence', () => {
  it('reads a hyphenated word in lower case as the middle of a sentence', () => {
    expect(startsMidSentence('low-risk config changes can take a shorter path', 'en')).toBe(true);
    expect(startsMidSentence('Low-risk config changes can take a shorter path', 'en')).toBe(false);
    expect(startsMidSentence('history, extensions and redirects can leak it', 'en')).toBe(true);
    expect(asSentenceStart('low-risk changes go first', 'en')).toBe('Low-risk changes go first');
  });
});
