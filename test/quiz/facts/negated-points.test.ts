import { describe, expect, it } from 'vitest';
import { negatedFacts } from '../../../src/quiz/facts/negated-points.ts';
import { stripInline } from '../../../src/quiz/notes/inline.ts';

const facts = (markdown: string, language: 'ja' | 'en' = 'ja') =>
  negatedFacts({ markdown, text: stripInline(markdown), line: 1 }, language).map((f) => [
    f.wrong,
    f.correction,
  ]);

describe('denied points (ja)', () => {
  it('「A」ではない → A, with the parenthesis or arrow as correction', () => {
    expect(facts('「開発環境専用」ではない（本番でも使える）')).toEqual([
      ['開発環境専用', '本番でも使える'],
    ]);
    expect(facts('「キューに入れて後で処理」ではない → **即エラー**')).toEqual([
      ['キューに入れて後で処理', '即エラー'],
    ]);
  });

  it('「A」が「B」ではない denies B of the subject, not the granted A (conceded-clause, reading 24)', () => {
    expect(facts('寝酒は「早く眠れる」が「よく眠れる」ではない。')[0]?.[0]).toBe(
      '寝酒はよく眠れる',
    );
    // Without a granted quote the prefix stays as it is.
    expect(facts('寝酒は「よく眠れる」ではない。')[0]?.[0]).toBe('寝酒はよく眠れる');
  });

  it('「A」であって「B」ではない denies B of the subject, granting A (granted-by-de-atte, reading 74)', () => {
    expect(facts('縮むのは「サルコメア」であって「フィラメント」ではない。')).toEqual([
      ['縮むのは「フィラメント」', '縮むのは「サルコメア」'],
    ]);
  });

  it('「A」ではなく「B」 keeps the subject', () => {
    expect(facts('BFFは「マイクロサービスごと」ではなく「**クライアントごと**」。')).toEqual([
      ['BFFはマイクロサービスごと', 'クライアントごと'],
    ]);
  });

  it('Aではなく B reads a denied clause, not a denied noun cut from its sentence', () => {
    expect(facts('IPアドレスを**静的に設定**するのではなく、**動的に**発見する')).toEqual([
      ['IPアドレスを静的に設定する', '動的に発見する'],
    ]);
    // `…ときは、コードポイント` is no statement.
    expect(
      facts('文字数を数えるときは、コードポイントではなく書記素クラスタ単位で扱う').map(([w]) => w),
    ).not.toContain('文字数を数えるときは、コードポイント');
  });

  it('S（Yではない） replaces the bold phrase of S with Y', () => {
    expect(facts('セルフヒーリングは**Pod単位**（Node単位ではない）')).toEqual([
      ['セルフヒーリングはNode単位', 'セルフヒーリングはPod単位'],
    ]);
    expect(facts('サービスの**「外側」**で実装（内側ではない）')).toEqual([
      ['サービスの内側で実装', 'サービスの「外側」で実装'],
    ]);
  });

  it('S（Xは作成しない） affirms the denial', () => {
    expect(facts('別Nodeで**Podを再起動**する（Nodeは作成しない）')).toEqual([
      ['Nodeを作成する', '別NodeでPodを再起動する'],
    ]);
  });

  it('AのではなくB, a bare ではない sentence, and …はない', () => {
    expect(facts('IPアドレスを**静的に設定**するのではなく、**動的に**発見する')).toEqual([
      ['IPアドレスを静的に設定する', '動的に発見する'],
    ]);
    expect(facts('サービスディスカバリは「**発見**」。負荷分散ではない')).toEqual([
      ['負荷分散', 'サービスディスカバリは「発見」'],
    ]);
  });

  it('takes the next sentence as the correction when the denial has none', () => {
    expect(
      facts('SAGAは「分散トランザクション」ではない。ローカルTx + 非同期メッセージ。'),
    ).toEqual([['SAGAは分散トランザクション', 'ローカルTx + 非同期メッセージ']]);
  });

  it('finds nothing in a point that denies nothing', () => {
    expect(facts('フィールド番号の管理とreservedが重要。')).toEqual([]);
  });
});

describe('this-then-not-that (reading 84)', () => {
  it('reads `AはXで、Yではない` as `AはY` denied, `AはX` its correction', () => {
    expect(
      facts('熱そのものは体の防御反応。解熱は「つらさを取るため」で、早く治すためではない。'),
    ).toEqual([['解熱は早く治すため', '解熱は「つらさを取るため」']]);
  });
});

describe('denied points (en)', () => {
  it('(not Y) replaces the bold phrase', () => {
    expect(
      facts('Retrying is safe for **idempotent operations** (not every operation).', 'en'),
    ).toEqual([
      ['Retrying is safe for every operation', 'Retrying is safe for idempotent operations'],
    ]);
  });

  it('", not Y" replaces the phrase with the same first word, or the bold one', () => {
    expect(
      facts('It protects the server from overload, not from failing dependencies.', 'en'),
    ).toEqual([
      ['It protects the server from failing dependencies', 'It protects the server from overload'],
    ]);
    expect(facts('It limits the **blast radius**, not the error rate.', 'en')).toEqual([
      ['It limits the error rate', 'It limits the blast radius'],
    ]);
  });

  it('one-article and adverb-before-verb: `not just`, `not only` read as English (reading 84)', () => {
    expect(
      facts(
        'Negotiate the **pool size** (back it with a hiring plan), not just the headline number.',
        'en',
      ),
    ).toEqual([
      [
        'Negotiate just the headline number (back it with a hiring plan)',
        'Negotiate the pool size (back it with a hiring plan)',
      ],
    ]);
    expect(facts('A tag does not only point to a digest — it can move.', 'en')).toEqual([
      ['A tag only points to a digest', 'it can move'],
    ]);
    expect(
      facts('The index lists **every tracked file**, not only the changed ones.', 'en'),
    ).toEqual([['The index lists only the changed ones', 'The index lists every tracked file']]);
  });

  it('", not that …" denies what the verb reports, not the bold words', () => {
    const [first] = facts(
      "`250 queued` means the next server has **taken responsibility** for the message, not that it is in Alice's inbox.",
      'en',
    );
    expect(first?.[0]).toBe("250 queued means that it is in Alice's inbox");
    // No verb to report the clause: no wrong statement of it.
    expect(facts('The server has **taken it**, not that it is stored.', 'en')).toEqual([]);
  });

  it('", not Y" after a colon denies the last clause only: the clauses before it stay true', () => {
    expect(
      facts(
        'A copying collection touches only what survives: its cost grows with the **live objects** it copies, not with the garbage it leaves behind.',
        'en',
      ),
    ).toEqual([
      [
        'Its cost grows with the garbage it leaves behind',
        'A copying collection touches only what survives: its cost grows with the live objects it copies',
      ],
    ]);
  });

  it('does not / is not are turned around, the part after a dash is the correction', () => {
    expect(
      facts(
        'A timeout does not cancel the work on the server — the server may still finish it.',
        'en',
      ),
    ).toEqual([['A timeout cancels the work on the server', 'the server may still finish it']]);
    expect(
      facts('The root servers do not know every address: they only know the TLD servers.', 'en'),
    ).toEqual([['The root servers know every address', 'they only know the TLD servers']]);
    expect(
      facts(
        'CORS does not protect the server. curl can still send it; CORS only guards reads.',
        'en',
      ),
    ).toEqual([['CORS protects the server', 'CORS only guards reads']]);
  });

  // Issue 11 item 4: a point is a wrong statement only where the notes contrast it with what is
  // true instead; any other negated sentence is a true statement (kept by the 'point' source).
  it('a negation with no contrast, a condition, a clause before it or a command denies nothing', () => {
    for (const point of [
      'Discovery is not load balancing.',
      "randomised timeouts make split votes rare, they don't make them impossible.",
      'reading from a follower is not linearizable unless the follower first confirms it is up to date.',
      'a committed entry is never lost while a majority of members survives.',
      'Do not rebase commits that others have already fetched: they would have to reconcile them.',
      'A CNAME cannot sit next to other records, so it cannot be used at the apex; use ALIAS.',
      'the toleration alone lets them in but does not keep them there: add node affinity.',
    ])
      expect(facts(point, 'en'), point).toEqual([]);
  });

  it('…はない and a lone …ではない state a fact; a ではない after a sentence still contrasts', () => {
    expect(facts('`kubectl set`で変更した設定が自動で戻る機能は**ない**')).toEqual([]);
    expect(facts('レスポンスタイム向上が容易になるわけではない。')).toEqual([]);
    expect(facts('MSAのメリットはスケーリング。レスポンスタイムが向上するわけではない。')).toEqual([
      ['レスポンスタイムが向上する', 'MSAのメリットはスケーリング'],
    ]);
  });

  it('"X, not Y." ends the denied phrase with its sentence; a point opens on a capital', () => {
    expect(
      facts('A commit is a snapshot, not a diff. git show computes the diff when asked.', 'en'),
    ).toEqual([['A commit is a diff', 'A commit is a snapshot']]);
    expect(
      facts('retrying is safe for **idempotent operations** (not every operation).', 'en'),
    ).toEqual([
      ['Retrying is safe for every operation', 'Retrying is safe for idempotent operations'],
    ]);
  });
});
