/** Whether a statement fits a concept as well as its own: requirements are shared. */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { conceptSubject, generationContext } from '../../../src/quiz/generate/context.ts';
import { correctAboutDrafts } from '../../../src/quiz/generate/correct-about.ts';
import {
  commonValue,
  correctionClauseSaid,
  deniesMisconceptionOf,
  isNonExclusive,
  nearCorrection,
  opposesOnSubject,
  propertyImplies,
  sharesFrame,
  sharesSaidCell,
  sharesSaidCellWithPeer,
  statementFitsNot,
} from '../../../src/quiz/generate/fit.ts';
import { misconceptionAboutDrafts } from '../../../src/quiz/generate/misconception-about.ts';
import { whichConceptDrafts } from '../../../src/quiz/generate/which-concept.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import type { Concept, NotesDocument } from '../../../src/quiz/types.ts';
import { fixture, shippedAliases, shippedNotes } from '../notes-helpers.ts';

/** The document's concept of that name (a test that names a missing one fails loudly). */
function conceptNamed(doc: NotesDocument): (name: string) => Concept {
  return (name) => {
    const c = doc.concepts.find((x) => x.name === name);
    if (!c) throw new Error(name);
    return c;
  };
}

describe('statementFitsNot', () => {
  const doc = parseNotes(shippedNotes());
  const ctx = generationContext(doc);
  const named = conceptNamed(doc);

  it('lets a requirement of one concept fit another the notes do not deny it of', () => {
    // イベントソーシング's 「冪等なロジックが必要」 is as true of サーガ (redelivered steps).
    expect(statementFitsNot(ctx, '冪等なロジックが必要', named('サーガ'))).toBe(false);
    expect(statementFitsNot(ctx, 'Needs a limit on the number of attempts', named('サーガ'))).toBe(
      false,
    );
  });

  it('lets what one concept may do or undergo fit another the notes do not deny it of', () => {
    // `en-possibility`: a read of Sequential consistency may return an old value; so may one of
    // Causal consistency. What may happen sets nothing apart.
    for (const text of ['Response may be stored', 'Other clients may still see old values'])
      expect(statementFitsNot(ctx, text, named('サーガ')), text).toBe(false);
    expect(isNonExclusive('A read may return an old value even after a write has finished')).toBe(
      true,
    );
  });

  it('still reads a may that a question word, a second clause or only sets apart', () => {
    for (const text of [
      'How long resolvers may cache a record',
      'May store, but revalidate before each reuse',
      'Only the browser may store it',
      'Stale entries may be served; revalidation runs in the background',
    ])
      expect(isNonExclusive(text), text).toBe(false);
    expect(isNonExclusive(`${'word '.repeat(300_000)}may be stored`)).toBe(false);
  });

  it('still tells concepts apart by what one does and the other does not say', () => {
    expect(statementFitsNot(ctx, '読み書き分離、結果整合性', named('サーガ'))).toBe(true);
    // Denied of the concept: a sound wrong option even as a requirement.
    expect(statementFitsNot(ctx, '分散トランザクションを使う', named('サーガ'))).toBe(true);
  });

  it("keeps another concept's requirement out of the wrong options of the shipped bank", () => {
    const bank = buildQuestionBank([shippedNotes()], { aliases: shippedAliases() });
    const saga = bank.questions.filter((q) => q.conceptName === 'サーガ');
    expect(saga.length).toBeGreaterThanOrEqual(2);
    for (const q of saga)
      expect(
        q.choices.map((c) => c.text),
        q.id,
      ).not.toContain('冪等なロジックが必要');
  });

  it('reads a long statement in linear time', () => {
    const long = `${'必要'.repeat(500_000)}x`;
    expect(statementFitsNot(ctx, long, named('サーガ'))).toBe(true);
  });
});

describe('sharesSaidCell', () => {
  const text = `# データの置き場所

## 学習内容

### ボリューム

Docker が管理する領域にデータを置く仕組み。コンテナを消してもデータは残る。

### バインドマウント

ホストの任意のディレクトリをコンテナにマウントする仕組み。

### tmpfs

メモリ上に置く一時的な領域。

### イメージ

コンテナを作るもとになる読み取り専用のテンプレート。

### 比較

| 方式 | 管理するもの | コンテナ削除後 |
|---|---|---|
| ボリューム | Docker | 残る |
| バインドマウント | ホスト | 残る |
| tmpfs | メモリ | 消える |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| ボリューム | **Docker が管理**し、削除後も残る | コンテナと一緒に消える × |
| バインドマウント | ホストの**任意のディレクトリ** | ホストのパスに依存しない × |
| tmpfs | **メモリ**上の一時領域 | ディスクに書かれる × |
| イメージ | 読み取り専用の**テンプレート** | 実行中に書き換わる × |
`;
  const doc = parseNotes({ path: 'storage.ja.md', text });
  const ctx = generationContext(doc);
  const named = conceptNamed(doc);

  it('finds a value the table gives both concepts in one column, said in the statement', () => {
    expect(
      sharesSaidCell(
        ctx,
        'コンテナを消してもデータは残る',
        named('ボリューム'),
        named('バインドマウント'),
      ),
    ).toBe(true);
  });

  it('ignores values the two rows do not share', () => {
    expect(
      sharesSaidCell(
        ctx,
        'Docker が管理する領域に置く',
        named('ボリューム'),
        named('バインドマウント'),
      ),
    ).toBe(false);
  });

  it('keeps a sibling that shares the said value out of a which-concept question', () => {
    const drafts = whichConceptDrafts(ctx, conceptSubject(ctx, named('ボリューム'))).drafts;
    const asked = drafts.filter((d) => d.prompt.includes('コンテナを消してもデータは残る'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked) expect(d.choices.map((c) => c.text)).not.toContain('バインドマウント');
  });
});

describe('shared-mark-word', () => {
  const doc = parseNotes({
    path: 'branching.ja.md',
    text: [
      '# ブランチ戦略',
      '',
      '### Git Flow',
      '',
      'develop と release を持つ戦略。',
      '',
      '### GitHub Flow',
      '',
      '- main は常にデプロイ可能な状態に保つ',
      '',
      '### トランクベース開発',
      '',
      '- 全員が1本のトランクに毎日統合する',
      '',
      '### 比較',
      '',
      '| 項目 | Git Flow | GitHub Flow | トランクベース開発 |',
      '|---|---|---|---|',
      '| develop ブランチ | ○ | × | × |',
      '| 継続的デプロイとの相性 | × | ○ | ○ |',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| Git Flow | **リリース版管理**向け | Webサービスにも最適 × |',
      '| GitHub Flow | **main は常にデプロイ可能** | develop が必要 × |',
      '| トランクベース開発 | **頻繁に**トランクへ統合 | ブランチを一切使わない × |',
    ].join('\n'),
  });
  const ctx = generationContext(doc);
  const named = conceptNamed(doc);

  it('reads a word of a yes/no column both concepts share as what the statement speaks of', () => {
    const text = 'main は常にデプロイ可能な状態に保つ';
    expect(sharesSaidCell(ctx, text, named('GitHub Flow'), named('トランクベース開発'))).toBe(true);
    // Git Flow has the other mark: still a wrong option.
    expect(sharesSaidCell(ctx, text, named('GitHub Flow'), named('Git Flow'))).toBe(false);
  });
});

describe('sharesSaidCellWithPeer', () => {
  const text = `# TCP

### CUBIC

- 損失ベース：パケットロスを輻輳シグナルとする
- 3 次関数で cwnd を増やす

### BBR

- 帯域と最小 RTT のモデルで送る

## アルゴリズム比較

| アルゴリズム | 主な輻輳シグナル | 損失時の cwnd |
|---|---|---|
| Tahoe | 損失 | 1 から |
| Vegas | RTT の増加 | 減らす |
| CUBIC | 損失（ECN） | 0.7 倍 |
| BBR | モデル | 減らさない |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| CUBIC | 3 次関数で増やす損失ベース | 遅延を見る × |
| BBR | モデルベース | 受信側の対応が必要 × |
`;
  const doc = parseNotes({ path: 'tcp.ja.md', text });
  const ctx = generationContext(doc);
  const named = conceptNamed(doc);

  it('finds a value the table gives the concept and a row that is no concept', () => {
    const said = '損失ベース：パケットロスを輻輳シグナルとする';
    expect(sharesSaidCellWithPeer(ctx, said, named('CUBIC'), 'Tahoe')).toBe(true);
    expect(sharesSaidCellWithPeer(ctx, said, named('CUBIC'), 'Vegas')).toBe(false);
  });

  it('keeps that row out of a which-concept question', () => {
    const drafts = whichConceptDrafts(ctx, conceptSubject(ctx, named('CUBIC'))).drafts;
    for (const d of drafts.filter((x) => x.prompt.includes('パケットロス')))
      expect(d.choices.map((c) => c.text)).not.toContain('Tahoe');
  });
});

describe('a statement that is true of a sibling too', () => {
  const text = `# Types

### Type assertion

\`value as T\`: tells the compiler to treat a value as T without checking it at run time.

### Generics

Type parameters that keep the link between input and output types.

**Common misconceptions**:

- × Generics are checked at run time like Java's (types are erased when compiling)

### Enum

A named set of constants that emits an object.

### Union type

A value that is one of the types.

### Intersection type

A value that is all of the types at once.

### Narrowing

Refining a union to one of its members inside a branch.

### What survives compilation

| Feature | Emits JavaScript | Checked at run time |
|---|---|---|
| Enum | yes | no |
| Type assertion | no | no |
| Union type | no | no |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Type assertion | **No run-time** check or conversion | Converts the value × |
| Generics | Keep the **link** between input and output types | Checked at run time × |
| Enum | **Emits an object** unless const | Erased like interfaces × |
| Union type | **One of** the types | Has every member of each × |
| Intersection type | **All of** the types | Only the shared members × |
| Narrowing | Refines a union **inside a branch** | Survives into callbacks × |
`;
  const doc = parseNotes({ path: 'types.en.md', text });
  const ctx = generationContext(doc);
  const named = conceptNamed(doc);

  it('denies a misconception of the sibling: generics have no run-time check either', () => {
    expect(deniesMisconceptionOf(ctx, 'No run-time check or conversion', named('Generics'))).toBe(
      true,
    );
    expect(deniesMisconceptionOf(ctx, 'Emits an object unless const', named('Generics'))).toBe(
      false,
    );
    // Said the same way round, it is the misconception itself: a sound wrong option.
    expect(deniesMisconceptionOf(ctx, 'Checked at run time', named('Generics'))).toBe(false);
  });

  it('says a `no` mark of a column the table gives both: enum is not checked at run time either', () => {
    const assertion = named('Type assertion');
    expect(sharesSaidCell(ctx, 'No run-time check or conversion', assertion, named('Enum'))).toBe(
      true,
    );
    // `Emits JavaScript` differs (enum yes, type assertion no): nothing shared is said.
    expect(sharesSaidCell(ctx, 'Emits no JavaScript', assertion, named('Enum'))).toBe(false);
  });

  it('leaves both out of the which-concept question on the statement', () => {
    const drafts = whichConceptDrafts(ctx, conceptSubject(ctx, named('Type assertion'))).drafts;
    const asked = drafts.filter((d) => d.prompt.includes('No run-time check'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked) {
      const options = d.choices.map((c) => c.text);
      expect(options).not.toContain('Generics');
      expect(options).not.toContain('Enum');
    }
  });
});

describe('correctionClauseSaid (correction-clause-said)', () => {
  it('finds a statement that says one clause of a correction of several', () => {
    // pyproject.toml: `× pyproject.toml pins the exact versions to install (it declares ranges; a
    // lock file pins)` — the point says the first clause, and more.
    expect(
      correctionClauseSaid(
        '[project] dependencies declares ranges the project works with',
        'it declares ranges; a lock file pins',
      ),
    ).toBe(true);
    expect(
      correctionClauseSaid(
        '遅いハッシュ関数を使う',
        '速すぎて総当たりに弱い。遅いハッシュ関数を使う',
      ),
    ).toBe(true);
  });

  it('leaves a statement that shares a word or two with no clause', () => {
    expect(
      correctionClauseSaid(
        'Points the environment at the source tree',
        'it declares ranges; a lock file pins',
      ),
    ).toBe(false);
    // A correction of one clause is judged whole, as before.
    expect(
      correctionClauseSaid(
        'Names the build backend and the project metadata',
        'any backend reads it',
      ),
    ).toBe(false);
  });
});

describe('propertyImplies (a property every row of another has)', () => {
  const text = `# HTTP

### 冪等性

同じリクエストを何回送っても、1回送ったときと同じ状態になる性質。

### 安全なメソッド

サーバーの状態を変えないことを前提にしたメソッド。

### PUT

リソースを丸ごと置き換えるメソッド。

### PATCH

リソースの一部だけを変更するメソッド。

### DELETE

リソースを削除するメソッド。

| メソッド | 安全 | 冪等 |
|---|---|---|
| GET | ○ | ○ |
| PUT | × | ○ |
| PATCH | × | × |
| DELETE | × | ○ |
| POST | × | × |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| 冪等性 | 何回送っても**同じ状態**になる | 毎回同じレスポンス × |
| 安全なメソッド | サーバーの**状態を変えない** | ログも残らない × |
| PUT | リソースを**丸ごと置き換える** | 一部だけ更新 × |
| PATCH | リソースの**一部を変更** | 必ず冪等 × |
| DELETE | リソースを**削除** | 2回目も成功を返す × |
`;
  const doc = parseNotes({ path: 'http.ja.md', text });
  const ctx = generationContext(doc);
  const named = conceptNamed(doc);

  it('reads the implication one way only: a safe method is idempotent, not the reverse', () => {
    expect(propertyImplies(ctx, named('安全なメソッド'), named('冪等性'))).toBe(true);
    expect(propertyImplies(ctx, named('冪等性'), named('安全なメソッド'))).toBe(false);
    expect(propertyImplies(ctx, named('PUT'), named('冪等性'))).toBe(false);
  });

  it('keeps the implied property out of the options about the concept that has it', () => {
    const safe = correctAboutDrafts(ctx, conceptSubject(ctx, named('安全なメソッド'))).drafts;
    expect(safe.length).toBeGreaterThan(0);
    for (const d of safe)
      expect(d.choices.some((c) => c.text.includes('何回送っても同じ状態'))).toBe(false);
    // 「何回送っても同じ状態になる」 fits a safe method too: it is no wrong option beside 冪等性.
    const idempotent = whichConceptDrafts(ctx, conceptSubject(ctx, named('冪等性'))).drafts;
    expect(idempotent.length).toBeGreaterThan(0);
    for (const d of idempotent)
      expect(d.choices.map((c) => c.text)).not.toContain('安全なメソッド');
  });
});

describe('propertyImplies over many tables (property-columns-once)', () => {
  const notes = (tables: string): string => `# HTTP

### 冪等性

同じリクエストを何回送っても、1回送ったときと同じ状態になる性質。

### 安全なメソッド

サーバーの状態を変えないことを前提にしたメソッド。

${tables}

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| 冪等性 | 何回送っても**同じ状態**になる | 毎回同じレスポンス × |
| 安全なメソッド | サーバーの**状態を変えない** | ログも残らない × |
`;
  const apart = `| メソッド | 安全 | キャッシュ |
|---|---|---|
| GET | ○ | ○ |
| POST | × | × |

| メソッド | 冪等 | ボディ |
|---|---|---|
| GET | ○ | × |
| POST | × | ○ |`;
  const together = `| メソッド | 安全 | 冪等 |
|---|---|---|
| GET | ○ | ○ |
| PUT | × | ○ |`;
  const read = (tables: string) => {
    const doc = parseNotes({ path: 'http.ja.md', text: notes(tables) });
    return { ctx: generationContext(doc), named: conceptNamed(doc) };
  };

  it('needs both columns in one table: two tables with one column each imply nothing', () => {
    const { ctx, named } = read(apart);
    expect(ctx.matrices.length).toBeGreaterThanOrEqual(2);
    expect(propertyImplies(ctx, named('安全なメソッド'), named('冪等性'))).toBe(false);
  });

  it('finds the table that has both, wherever it comes among the others', () => {
    for (const tables of [`${apart}\n\n${together}`, `${together}\n\n${apart}`]) {
      const { ctx, named } = read(tables);
      expect(propertyImplies(ctx, named('安全なメソッド'), named('冪等性'))).toBe(true);
      expect(propertyImplies(ctx, named('冪等性'), named('安全なメソッド'))).toBe(false);
    }
  });
});

describe('commonValue', () => {
  it('reads a cell that opens on another’s value and only qualifies it as saying that value', () => {
    expect(commonValue('Milliseconds in the automatic tiers', 'Milliseconds')).toBe('Milliseconds');
    expect(commonValue('Milliseconds', 'Milliseconds')).toBe('Milliseconds');
    expect(commonValue('Millisecond reads', 'Milli')).toBeNull();
    expect(commonValue('yes, except bulk', 'yes')).toBeNull();
    expect(commonValue('Hours, after a restore', 'Minutes to hours, after a restore')).toBeNull();
  });

  it('reads a cell that adds a second thing after the shared opening as its own value (adds-not-qualifies)', () => {
    // Partial application's input beside currying's (reading 56).
    expect(commonValue('A function **and** some argument values', 'A function')).toBeNull();
    expect(commonValue('A function and some argument values', 'A function')).toBeNull();
    expect(commonValue('Salt + heat', 'Salt')).toBeNull();
    expect(commonValue('A function, usually curried', 'A function')).toBe('A function');
    expect(commonValue(`A function ${'and '.repeat(250_000)}`, 'A function')).toBeNull();
  });

  it('keeps a sibling statement that says the shared value from the options (Intelligent-Tiering)', () => {
    const bank = buildQuestionBank([fixture('s3-storage.en.md')]);
    for (const q of bank.questions.filter((x) => x.conceptName === 'Intelligent-Tiering')) {
      // Standard-IA's `…reads take milliseconds, like S3 Standard` is as true of it.
      for (const c of q.choices.filter((x) => !x.correct))
        expect(c.text).not.toContain('reads take milliseconds');
    }
  });
});

describe('opposesOnSubject', () => {
  it('reads two words of content shared with the misconception, not of the name', () => {
    expect(
      opposesOnSubject(
        'ROWS は行数、RANGE は値の範囲でピアをまとめて含む',
        'ROWS と RANGE はどちらを書いても結果が同じ',
        ['フレーム句', 'フレーム句（ROWS / RANGE / GROUPS）', 'ROWS', 'RANGE', 'GROUPS'],
      ),
    ).toBe(true);
    // The concept's own name is in every statement of it: no subject shared.
    expect(
      opposesOnSubject(
        'A branch is a ref holding a commit id',
        'Deleting a branch deletes commits',
        ['Branch'],
      ),
    ).toBe(false);
    // Short common words make no subject (`new`).
    expect(
      opposesOnSubject(
        'An IMAP extension that lets the server push new message notifications over a connection',
        'One IDLE connection notifies about new mail in every folder',
        ['IMAP IDLE'],
      ),
    ).toBe(false);
  });
});

describe('nearCorrection (near-correction)', () => {
  it('reads a true statement that says a third of the correction as that correction again', () => {
    expect(
      nearCorrection(
        '常温の腐食のほとんどは水を介した電気化学反応である',
        '水を介した電池反応。乾いた酸素だけでは常温でほとんど進まない',
      ),
    ).toBe(true);
    expect(
      nearCorrection(
        'CO2はO2の約20倍拡散しやすい；障害は運動時に顕在化しやすい',
        '初期は運動時の低下が先',
      ),
    ).toBe(true);
    // Another facet of the concept, and a misconception with no correction.
    expect(
      nearCorrection(
        '防食電流は犠牲陽極か外部電源で流す',
        '水を介した電池反応。乾いた酸素だけでは常温でほとんど進まない',
      ),
    ).toBe(false);
    expect(nearCorrection('常温の腐食は電気化学反応', null)).toBe(false);
  });
});

describe('sharesFrame (same-frame)', () => {
  it('finds a true statement that says the misconception’s frame with another slot', () => {
    expect(sharesFrame('「最新版を自動で指す」機能はない', 'latest は最新を指す', ['タグ'])).toBe(
      true,
    );
    expect(
      sharesFrame(
        '引数はCMDを置き換え。shell形式は /bin/sh -c 経由',
        'docker run の引数は ENTRYPOINT を置き換える',
        ['ENTRYPOINT / CMD'],
      ),
    ).toBe(true);
    expect(
      sharesFrame('ANALYZEは実際に実行する', 'EXPLAIN ANALYZEはDMLを実行しない', [
        'EXPLAIN / EXPLAIN ANALYZE',
      ]),
    ).toBe(true);
    expect(
      sharesFrame('Old versions are billed as storage', 'Old versions are free', ['Versioning']),
    ).toBe(true);
  });

  it('leaves another facet of the concept, and words of its name only', () => {
    expect(
      sharesFrame('Millisecond reads, retrieval fee', 'Reads take minutes', ['Standard-IA']),
    ).toBe(false);
    expect(
      sharesFrame('A branch is a ref holding a commit id', 'Deleting a branch deletes commits', [
        'Branch',
      ]),
    ).toBe(false);
    expect(sharesFrame('可変なポインタである', 'latest は最新を指す', ['タグ'])).toBe(false);
  });

  it('keeps such a statement out of the misconception’s questions', () => {
    const doc = parseNotes({
      path: 'tags.ja.md',
      text: [
        '# コンテナイメージ',
        '',
        '## タグ',
        '',
        'タグは可変なポインタである。',
        '',
        '- 「最新版を自動で指す」機能はない',
        '- 同じタグでも push し直せば中身が変わる',
        '- ダイジェストで固定すると中身は変わらない',
        '',
        '## まとめ',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| タグ | **可変**なポインタ | latest を付ければ最新版を指す × |',
        '| ダイジェスト | 中身の**ハッシュ**で不変 | タグと同じく動く × |',
      ].join('\n'),
    });
    const ctx = generationContext(doc);
    const tag = doc.concepts.find((c) => c.name === 'タグ') as Concept;
    const subject = conceptSubject(ctx, tag);
    const drafts = misconceptionAboutDrafts(ctx, subject).drafts.filter((d) =>
      d.choices.some((c) => c.correct && c.text.includes('最新版を指す')),
    );
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts)
      expect(d.choices.map((c) => c.text)).not.toContain('「最新版を自動で指す」機能はない');
  });
});
