/** The concept's name as a statement's subject, dropped or replaced by a pronoun (issue 11). */
import { describe, expect, it } from 'vitest';
import { NAME_SUBJECT_RULES, withoutNameSubject } from '../../../src/quiz/text/name-subject.ts';
import { singularVerbOf } from '../../../src/quiz/text/verbs.ts';

describe('NAME_SUBJECT_RULES', () => {
  it.each(NAME_SUBJECT_RULES.map((r) => [r.name, r] as const))(
    '%s: its example reads as the rule says',
    (_name, rule) => {
      const { text, names, result } = rule.example;
      expect(rule.rewrite(text, names)).toBe(result);
      expect(withoutNameSubject(text, names, rule.language)).toBe(result);
    },
  );

  it('English: articles, plurals, possessives and adverbs before the verb', () => {
    const en = (text: string, ...names: string[]): string => withoutNameSubject(text, names, 'en');
    expect(en('A promise runs its callback synchronously', 'Promise')).toBe(
      'Runs its callback synchronously',
    );
    expect(en('Promises are cancelled when the page unloads', 'Promise')).toBe(
      'Is cancelled when the page unloads',
    );
    expect(en('Promises have a cancel method', 'Promise')).toBe('Has a cancel method');
    expect(en("Promises can't be awaited twice", 'Promise')).toBe("Can't be awaited twice");
    expect(en('Wheels always contain compiled code', 'Wheel')).toBe(
      'Always contains compiled code',
    );
    expect(en('Retries fix faults', 'Retry')).toBe('Fixes faults');
    expect(en("Promises' callbacks run later", 'Promise')).toBe('Their callbacks run later');
    expect(en('The resolver always installs the newest versions', 'Resolver')).toBe(
      'Always installs the newest versions',
    );
    expect(en('An SLO is a contract', 'SLO')).toBe('Is a contract');
    // Reading 30: a subject of two steps keeps its first (`First and then roasting…` was a stem).
    expect(
      en('Searing first and then roasting does not create a waterproof layer', 'Searing'),
    ).toBe('Searing first and then roasting does not create a waterproof layer');
    // `equation-subject` (reading 29: `RTO: = the time to copy data back`).
    expect(en('RTO = the time to copy data back', 'RTO')).toBe('Is the time to copy data back');
    // `equation-list` (h40): a list of points on the right is no one thing the concept is.
    expect(
      en('White dwarf = no fusion, degeneracy pressure, heavier is smaller', 'White dwarf'),
    ).not.toMatch(/^Is /);
    expect(withoutNameSubject('RTO ＝ 復旧までの時間', ['RTO'], 'ja')).not.toMatch(/^[=＝]/u);
    // `variable-kept`: a one-letter variable keeps its case (`α = n / m`, not `Α = n / m`).
    expect(en('The load factor α = n / m', 'Load factor')).toBe('α = n / m');
    // …and so does one with its index (`k2`, reading 78: `K2 / k1 for two adjacent peaks`).
    expect(en('α = k2 / k1 for two adjacent peaks', 'α')).toBe('Is k2 / k1 for two adjacent peaks');
    // `equation-clause`: an equation that is a clause's subject keeps its name (reading 78).
    expect(en('Rs = 1.5 is "baseline" for two Gaussian peaks', 'Rs')).toBe(
      'Rs = 1.5 is "baseline" for two Gaussian peaks',
    );
    expect(en('pyproject.toml is a Poetry file', 'pyproject.toml')).toBe('Is a Poetry file');
    // A plural name keeps its own verb (as before): `Metrics record…` → `Record…`.
    expect(en('Metrics record every request', 'Metrics')).toBe('Record every request');
    expect(en('A metric tells you that something is wrong', 'Metrics')).toBe(
      'Tells you that something is wrong',
    );
    // A generic type as code writes it: its type parameters are no part of the name.
    expect(en('Box<T> lets several owners share the value', 'Box')).toBe(
      'Lets several owners share the value',
    );
    expect(en('HashMap<K,V> keeps keys in order', 'HashMap')).toBe('Keeps keys in order');
    expect(en(`Box<${'T'.repeat(100)}> lets owners share`, 'Box')).toBe(
      `Box<${'T'.repeat(100)}> lets owners share`,
    );
  });

  it('English: keeps a subject that is more than the name, or no verb after it', () => {
    const same = (text: string, ...names: string[]): void =>
      expect(withoutNameSubject(text, names, 'en')).toBe(text);
    // A compound noun: `promise chain` is not `promise`.
    same('A promise chain is flattened by then', 'Promise');
    // The subject goes on past the name.
    same('Paxos and Raft solve different problems', 'Paxos');
    // name-with-number: the number is part of the name (reading 52 dropped `SPF`, left `30 means…`).
    same('SPF 30 means you can stay out 30 times longer', 'SPF');
    same('Microtasks queued by microtasks run first', 'Microtask');
    // `A` wants a verb that agrees with one after the name: `callback` is none.
    same('A promise callback runs later', 'Promise');
    // The name elsewhere than the subject is left to the option checks.
    same('Heartbeats alone prevent split brain', 'Split brain');
    same('Creating a branch copies the files', 'Branch');
    // A possessive with nothing after the noun.
    same("A promise's", 'Promise');
    // name-as-modifier: the word after the name has an auxiliary after it, so it is a noun.
    same('0-RTT data has no replay protection', '0-RTT');
    same('QUIC connections are identified by connection IDs', 'QUIC');
  });

  it('Japanese: は / では / が / なら, with or without a space after a Latin name', () => {
    const ja = (text: string, ...names: string[]): string => withoutNameSubject(text, names, 'ja');
    expect(ja('ソルトは秘密にしなければならない', 'ソルト')).toBe('秘密にしなければならない');
    expect(ja('OAuth 2.0 はログイン（認証）のためのプロトコル', 'OAuth 2.0')).toBe(
      'ログイン（認証）のためのプロトコル',
    );
    expect(ja('SERIALIZABLEならリトライ処理は不要', 'SERIALIZABLE')).toBe('リトライ処理は不要');
    expect(ja('MVCCなら、ロックは使わない', 'MVCC')).toBe('ロックは使わない');
    expect(ja('ページフォールトが起きるたびにディスクを読む', 'ページフォールト')).toBe(
      '起きるたびにディスクを読む',
    );
  });

  it('Japanese: keeps a subject followed by a particle, or by a second clause (が)', () => {
    const same = (text: string, ...names: string[]): void =>
      expect(withoutNameSubject(text, names, 'ja')).toBe(text);
    same('原子性があれば、途中の状態は見えない', '原子性');
    same('ソルトが同じなら、ハッシュ値も同じになる', 'ソルト');
    same('ソルトはい', 'ソルト');
    same('パスワードを2回聞けば多要素認証になる', '多要素認証');
    // `relative-clause-subject` (reading 29: `スランプ：大きいコンクリートは強度が低い`).
    same('スランプが大きいコンクリートは強度が低い', 'スランプ');
    expect(withoutNameSubject('キャッシュが古いデータを返す', ['キャッシュ'], 'ja')).toBe(
      '古いデータを返す',
    );
    // Two topics set against each other (auth-security.ja): the rest would not say whose 本人確認.
    same('認証は本人確認、認可は権限の判定で、別の処理', '認証');
    expect(withoutNameSubject('認証は本人確認で、操作ごとの判定は別に行う', ['認証'], 'ja')).toBe(
      '本人確認で、操作ごとの判定は別に行う',
    );
  });

  it('the concept and another said to be the same: the claim about the concept alone', () => {
    const en = (text: string, ...names: string[]): string => withoutNameSubject(text, names, 'en');
    expect(en('Paxos and Raft are the same', 'Paxos')).toBe('Is the same as Raft');
    expect(en('Paxos and Raft are the same in every cluster', 'Paxos')).toBe(
      'Paxos and Raft are the same in every cluster',
    );
    expect(en(`Paxos and ${'x '.repeat(500_000)}are the same`, 'Paxos')).toBe(
      `Paxos and ${'x '.repeat(500_000)}are the same`.trim(),
    );
    const ja = (text: string, ...names: string[]): string => withoutNameSubject(text, names, 'ja');
    expect(ja('認証と認可は同じもの', '認証')).toBe('認可と同じもの');
    expect(ja('認証と、認可は同じもの', '認証')).toBe('認証と、認可は同じもの');
  });

  it('Japanese: the name as the object of an opening condition (を…ば / を…と / を…ほど)', () => {
    const ja = (text: string, ...names: string[]): string => withoutNameSubject(text, names, 'ja');
    expect(ja('DNSSEC を使えば盗聴を防げる', 'DNSSEC')).toBe('使えば盗聴を防げる');
    expect(ja('モックを多く使うほどテストは堅牢になる', 'モック')).toBe(
      '多く使うほどテストは堅牢になる',
    );
    const same = (text: string, ...names: string[]): void =>
      expect(withoutNameSubject(text, names, 'ja')).toBe(text);
    // No condition (a plain object), a condition with nothing after it, one too far away.
    same('CNAME を置いた名前には他のレコードを置けない', 'CNAME');
    same('TTL を短くすれば', 'TTL');
    same(`TTL を${'あ'.repeat(20)}れば消える`, 'TTL');
    // A long line is read only at its start.
    same(`TTL を${'x'.repeat(1_000_000)}`, 'TTL');
  });

  it('Japanese: the name as the subject after a condition (すると / すれば / したら / しても)', () => {
    const ja = (text: string, ...names: string[]): string => withoutNameSubject(text, names, 'ja');
    expect(ja('HTTPSにすればCSRFは防げる', 'CSRF')).toBe('HTTPSにすれば防げる');
    expect(ja('CookieにHttpOnlyを付ければXSSは防げる', 'XSS')).toBe(
      'CookieにHttpOnlyを付ければ防げる',
    );
    expect(ja('ノードが落ちたら、レプリカが昇格する', 'レプリカ')).toBe(
      'ノードが落ちたら、昇格する',
    );
    expect(ja('鍵を変えてもソルトは秘密にする', 'ソルト')).toBe('鍵を変えても秘密にする');
    const same = (text: string, ...names: string[]): void => expect(ja(text, ...names)).toBe(text);
    // `と` after a noun lists two things: no condition.
    same('ページテーブルと仮想メモリは別の仕組み', '仮想メモリ');
    // The name not the subject (`の`, `を`), or no content after the particle.
    same('スワップを無効にすると仮想メモリの性能が落ちる', '仮想メモリ');
    same('スワップを無効にすると仮想メモリをやめる', '仮想メモリ');
    same('スワップを無効にすると仮想メモリは', '仮想メモリ');
    // Too far in to be the first clause's end.
    same(`${'あ'.repeat(40)}すると仮想メモリも使われる`, '仮想メモリ');
  });

  it('reads only the first words of a 1 MB statement (no pattern over the whole text)', () => {
    const MB = 1_000_000;
    for (const [text, names, language] of [
      [`A promise ${'x'.repeat(MB)}`, ['Promise'], 'en'],
      [`A promise's ${'callback '.repeat(MB / 9)}runs`, ['Promise'], 'en'],
      [`Promises ${' '.repeat(MB)}are`, ['Promise'], 'en'],
      [`${'a '.repeat(MB / 2)}promise runs`, ['Promise'], 'en'],
      [`ソルトが${'、'.repeat(MB)}`, ['ソルト'], 'ja'],
      [`ソルト${'は'.repeat(MB)}`, ['ソルト'], 'ja'],
      [`ソルトは値${'、値値'.repeat(MB / 3)}`, ['ソルト'], 'ja'],
      [`${'すると'.repeat(MB / 3)}仮想メモリも使われる`, ['仮想メモリ'], 'ja'],
      [`すると仮想メモリも${'使'.repeat(MB)}`, ['仮想メモリ'], 'ja'],
    ] as const) {
      const started = performance.now();
      withoutNameSubject(text, names, language);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe('singularVerbOf', () => {
  it('agrees auxiliaries and verbs with one subject (`are` → `is`, never `ares`)', () => {
    expect(
      ['are', 'were', 'have', 'do', "don't", 'can', 'must', 'fix', 'carry', 'run'].map(
        singularVerbOf,
      ),
    ).toEqual(['is', 'was', 'has', 'does', "doesn't", 'can', 'must', 'fixes', 'carries', 'runs']);
    expect(singularVerbOf('Are')).toBe('Is');
  });
});

describe('name-label', () => {
  it('drops the name, its aside and the colon that label a statement', () => {
    expect(
      withoutNameSubject(
        'POP3 (RFC 1939): download the messages from a single inbox',
        ['POP3'],
        'en',
      ),
    ).toBe('Download the messages from a single inbox');
    expect(withoutNameSubject('IMAP: the mail stays on the server', ['IMAP'], 'en')).toBe(
      'The mail stays on the server',
    );
    expect(withoutNameSubject('POP3（RFC 1939）：ダウンロードする', ['POP3'], 'ja')).toBe(
      'ダウンロードする',
    );
  });

  it('relative-clause-subject: keeps `Xが` that opens a clause modifying the noun after it (reading 48)', () => {
    const ja = (text: string): string => withoutNameSubject(text, ['HVR'], 'ja');
    expect(ja('HVR が弱い人は HAPE を起こしやすいという報告がある')).toBe(
      'HVR が弱い人は HAPE を起こしやすいという報告がある',
    );
    expect(ja('HVRが使うメモリは小さい')).toBe('HVRが使うメモリは小さい');
    // The sentence's own subject still goes.
    expect(ja('HVRが働くと換気が増える')).toBe('働くと換気が増える');
    expect(ja('HVR が強いと高地に順応しやすい')).toBe('強いと高地に順応しやすい');
    // A condition before the noun is no relative clause (cors-same-origin-policy.ja).
    expect(ja('HVRが失敗したら本リクエストは送られない')).toBe(
      '失敗したら本リクエストは送られない',
    );
    // Linear on a long line.
    expect(ja(`HVRが${'弱い'.repeat(100_000)}人は多い`).length).toBeGreaterThan(0);
  });
});

describe('plural-complement', () => {
  it('keeps a plural copula whose complement is a plural noun (reading 58)', () => {
    // `It is fixed-length windows starting at the first event` made one thing of several.
    expect(
      withoutNameSubject(
        'Session windows are fixed-length windows starting at the first event',
        ['Session window'],
        'en',
      ),
    ).toBe('Are fixed-length windows starting at the first event');
    expect(withoutNameSubject('Workers are separate processes', ['Worker'], 'en')).toBe(
      'Are separate processes',
    );
  });

  it('still agrees with one where the complement is no plural noun', () => {
    expect(
      withoutNameSubject('Wheels are only for packages with C extensions', ['Wheel'], 'en'),
    ).toBe('Is only for packages with C extensions');
    expect(
      withoutNameSubject('Mutations are the ultimate source of new alleles', ['Mutation'], 'en'),
    ).toBe('Is the ultimate source of new alleles');
    expect(withoutNameSubject('Retries are always safe', ['Retry'], 'en')).toBe('Is always safe');
  });
});
