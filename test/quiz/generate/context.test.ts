import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import type { Fact } from '../../../src/quiz/facts/fact.ts';
import {
  asOption,
  generationContext,
  renderings,
  tablePeers,
} from '../../../src/quiz/generate/context.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { fixture, inline, readSource, shippedNotes } from '../notes-helpers.ts';

function contextOf(name: string) {
  const doc = parseNotes(fixture(name));
  return { doc, ctx: generationContext(doc) };
}

describe('tablePeers', () => {
  it("writes a peer's column in the notes' language (no full-width punctuation in English)", () => {
    const { doc, ctx } = contextOf('observability.en.md');
    const sli = doc.concepts.find((c) => c.name === 'SLI');
    if (!sli) throw new Error('no SLI');
    const sla = tablePeers(ctx, sli).find((p) => p.name === 'SLA');
    expect(sla?.why).toBe(
      'SLA: “What it is: A contract with consequences; Who it is for: The customer”',
    );
    expect(sla?.thin).toBe(false);
  });

  it("writes a peer's first sentence in the options' plain style (no `です`)", () => {
    const doc = parseNotes(readSource('data/notes/microservices.ja.md'));
    const ctx = generationContext(doc);
    const compose = doc.concepts.find((c) => c.name === 'Docker Compose');
    if (!compose) throw new Error('no Docker Compose');
    const k8s = tablePeers(ctx, compose).find((p) => p.name === 'Kubernetes');
    expect(k8s?.why).toBe('Kubernetesは「コンテナオーケストレーションプラットフォーム」');
  });

  it('marks a peer the notes give only ✓/× marks for as thin (too little to rule a statement out)', () => {
    const { doc, ctx } = contextOf('git-internals.en.md');
    const tag = doc.concepts.find((c) => c.name === 'Annotated tag');
    if (!tag) throw new Error('no Annotated tag');
    expect(tablePeers(ctx, tag).find((p) => p.name === 'Lightweight tag')?.thin).toBe(true);
  });
});

describe('tablePeers of a table read both ways', () => {
  // Engines in the header, features among the rows: read both ways, the other rows are aspects.
  const doc = parseNotes(
    inline([
      '# 正規表現エンジン',
      '',
      '### DFA',
      '',
      '1文字1遷移で決まる。',
      '',
      '### バックトラック',
      '',
      '選択肢を順に試して戻る。',
      '',
      '### 後方参照',
      '',
      '前にキャプチャしたのと同じ文字列を要求する。',
      '',
      '### 先読み',
      '',
      '文字を消費しない。',
      '',
      '#### 比較',
      '',
      '| 観点 | DFA | バックトラック |',
      '|---|---|---|',
      '| マッチ時間（最悪） | O(n) | 指数時間 |',
      '| 後方参照 | × | ○ |',
      '| 先読み | × | ○ |',
      '| 代表実装 | grep | PCRE |',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| DFA | **1文字1遷移**で線形時間 | 後方参照も扱える × |',
      '| バックトラック | 機能が豊富だが**最悪指数時間** | 常に線形 × |',
      '| 後方参照 | 正規言語を**超える** | DFA で実装できる × |',
      '| 先読み | **ゼロ幅** | 文字を消費する × |',
    ]),
  );
  const ctx = generationContext(doc);
  const named = (name: string) => {
    const c = doc.concepts.find((x) => x.name === name);
    if (!c) throw new Error(`no ${name}`);
    return c;
  };

  it('reads the table both ways', () => {
    expect(ctx.matrices.filter((m) => m.title === '比較')).toHaveLength(2);
  });

  it('offers no aspect row (`マッチ時間（最悪）`, `代表実装`) as a peer of a feature', () => {
    expect(tablePeers(ctx, named('後方参照')).map((p) => p.name)).toEqual([]);
  });
});

describe('tablePeers of a matrix whose rows are aspects', () => {
  // `| 機能 | HTTP/1.1 | HTTP/2 |`: the rows are features compared across the columns; a row that
  // is a concept has no peers among the others (トランスポート, 暗号化 were offered beside it).
  const doc = parseNotes(
    inline([
      '# HTTP',
      '',
      '### サーバープッシュ',
      '',
      'サーバーが要求前にリソースを送る仕組み。',
      '',
      '### コネクションマイグレーション',
      '',
      'IP が変わっても接続を続ける。',
      '',
      '#### 機能マトリクス',
      '',
      '| 機能 | HTTP/1.1 | HTTP/2 | HTTP/3 |',
      '|---|---|---|---|',
      '| トランスポート | TCP | TCP | QUIC |',
      '| 暗号化 | 任意 | 任意 | 必須 |',
      '| サーバープッシュ | × | ○ | ○ |',
      '| コネクションマイグレーション | × | × | ○ |',
      '',
      '#### 特性',
      '',
      '| 特性 | 意味 |',
      '|---|---|',
      '| サーバープッシュ | 要求前に送る |',
      '| 早期ヒント | 103 で先に知らせる |',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| サーバープッシュ | ブラウザでは**事実上廃止** | 推奨される高速化手段 × |',
      '| コネクションマイグレーション | **Connection ID** で識別 | 4タプルで識別 × |',
    ]),
  );
  const ctx = generationContext(doc);
  const push = doc.concepts.find((c) => c.name === 'サーバープッシュ');
  if (!push) throw new Error('no サーバープッシュ');

  it('offers no row of a matrix of marks under an aspect header', () => {
    const names = tablePeers(ctx, push).map((p) => p.name);
    expect(names).not.toContain('トランスポート');
    expect(names).not.toContain('暗号化');
  });

  it('still offers a row of a table listing things (`| 特性 | 意味 |`, no marks)', () => {
    expect(tablePeers(ctx, push).map((p) => p.name)).toContain('早期ヒント');
  });
});

describe('tablePeers of a table whose columns are the sides of its heading (heading-columns)', () => {
  // `#### Term vs whole life` over `| | Term | Whole life |`: its rows are what the two are
  // compared on. Its row `Premium` is a concept; `Typical purpose` and `At death` are no things of
  // its kind (reading 73 offered them as names beside Premium).
  const doc = parseNotes(
    inline([
      '# Insurance',
      '',
      '#### Term vs whole life',
      '',
      '| | Term | Whole life |',
      '|---|---|---|',
      '| Premium | Low; level for the term | Much higher; level for life |',
      '| Typical purpose | Replace income while dependants rely on you | Permanent needs |',
      '| At death | Face amount | Face amount, minus any unpaid policy loans |',
      '',
      '#### Cost-sharing at a glance',
      '',
      '| Item | Paid when |',
      '|---|---|',
      '| Premium | Every month, whether or not you use care |',
      '| Copay | At each visit |',
      '',
      '## Cheat sheet',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Premium | Expected losses plus expenses and a margin | The insurer profits from every policy |',
    ]),
  );
  const ctx = generationContext(doc);
  const premium = doc.concepts[0];
  if (!premium) throw new Error('no concept');

  it('offers no other row of it, and still a row of a table whose columns its heading does not name', () => {
    const names = tablePeers(ctx, premium).map((p) => p.name);
    expect(names).not.toContain('Typical purpose');
    expect(names).not.toContain('At death');
    expect(names).toContain('Copay');
  });
});

describe('tablePeers of a table comparing two things heading its columns (compared-columns)', () => {
  // `| 観点 | 日食 | 月食 |`: its row `月相` names 月の満ち欠け（月相） by its aside; the other rows
  // (並び順, 見える範囲) are aspects of the comparison, no things of that concept's kind.
  const doc = parseNotes(
    inline([
      '# 月と食',
      '',
      '### 日食・月食',
      '',
      '| 観点 | 日食 | 月食 |',
      '|---|---|---|',
      '| 月相 | 新月 | 満月 |',
      '| 並び順 | 太陽－月－地球 | 太陽－地球－月 |',
      '| 見える範囲 | 細い帯状の地域 | 夜の側ならどこでも |',
      '',
      '### 用語',
      '',
      '| 特性 | 意味 | 例 |',
      '|---|---|---|',
      '| 月相 | 月の見え方 | 新月 |',
      '| 月齢 | 新月からの日数 | 15 |',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 月の満ち欠け（月相） | 太陽・地球・月の**位置関係**で見え方が変わる | 地球の影で欠ける × |',
    ]),
  );
  const ctx = generationContext(doc);
  const phases = doc.concepts[0];
  if (!phases) throw new Error('no concept');

  it('offers no other row of it, and still a row of a table whose columns say what its rows are', () => {
    const names = tablePeers(ctx, phases).map((p) => p.name);
    expect(names).not.toContain('並び順');
    expect(names).not.toContain('見える範囲');
    expect(names).toContain('月齢');
  });
});

describe('asOption', () => {
  it("drops an article with the concept's name before the verb (An SLO is … → It is …)", () => {
    const { doc } = contextOf('observability.en.md');
    const slo = doc.concepts.find((c) => c.name === 'SLO');
    // The name dropped, a bare `Is` takes a pronoun (pronoun-for-copula); a verb phrase does not.
    expect(asOption('An SLO is a contract with penalties for the customer', 'en', slo)).toBe(
      'It is a contract with penalties for the customer',
    );
    expect(asOption('An SLO sets a target for an SLI', 'en', slo)).toBe('Sets a target for an SLI');
    expect(asOption('A span is one operation', 'en', slo)).toBe('A span is one operation');
  });
});

describe('renderings', () => {
  const fact = (text: string, truth: boolean): Fact => ({
    keys: ['L:1'],
    conceptId: 'c',
    text,
    truth,
    why: truth ? null : '同じ inode を共有する',
    source: truth ? 'summary' : 'bullet',
    evidence: { file: 'x.ja.md', line: 1, words: text },
    section: null,
  });

  it('also says a Japanese noun phrase as a statement, so it may stand beside statements (copula-statement)', () => {
    expect(renderings(fact('ファイルのコピー', false), 'ja')).toEqual([
      'ファイルのコピー',
      'ファイルのコピーである',
    ]);
    expect(renderings(fact('所有者・グループ・その他ごとの rwx', true), 'ja')).toContain(
      '所有者・グループ・その他ごとの rwx である',
    );
  });

  it('gives a bare noun, a statement or a headless definition no copula', () => {
    expect(renderings(fact('負荷分散', false), 'ja')).toEqual(['負荷分散']);
    expect(renderings(fact('ディレクトリには作れない', true), 'ja')).toEqual([
      'ディレクトリには作れない',
    ]);
    expect(renderings(fact('サービスの場所を動的に選ぶ機能', true), 'ja')).toEqual([
      'サービスの場所を動的に選ぶ機能',
      'サービスの場所を動的に選ぶ',
    ]);
    expect(renderings(fact('A copy of the file', false), 'en')).toEqual(['A copy of the file']);
  });
});

describe('statement-says-its-cell', () => {
  it('ties a statement that says its concept’s table cell in full to that cell (gRPC: Protocol Buffer（バイナリ）)', () => {
    const ctx = generationContext(parseNotes(shippedNotes()));
    const grpc = ctx.doc.concepts.find((c) => c.name === 'gRPC');
    const fact = ctx.facts
      .get(grpc?.id ?? '')
      ?.trues.find((f) => f.text.startsWith('Protocol Bufferによるバイナリシリアライズ'));
    expect(fact?.keys.some((k) => k.startsWith('T:'))).toBe(true);
  });

  it('asks the REST vs gRPC data format once in the shipped bank', () => {
    const bank = buildQuestionBank([shippedNotes()]);
    const asks = bank.questions.filter(
      (q) =>
        q.prompt.includes('Protocol Bufferによるバイナリシリアライズ') ||
        (q.prompt.includes('REST vs gRPC') && q.prompt.includes('データ形式')),
    );
    expect(asks.length).toBeLessThanOrEqual(1);
  });
});
