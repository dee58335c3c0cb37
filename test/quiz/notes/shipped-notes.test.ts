import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { shippedAliases, shippedNotes } from '../notes-helpers.ts';

/** The まとめ table of data/notes/microservices.ja.md: concept → correct understanding (bold stripped). */
const SUMMARY: [string, string][] = [
  ['セルフヒーリング', 'Pod数を維持するよう自動起動'],
  ['Docker Compose', '起動・停止・削除をまとめて操作可能'],
  ['サイドカー', '補助機能を追加'],
  ['アンバサダー', '外部接続を中継'],
  ['アダプター', 'データを変換・整形'],
  ['gRPC', 'HTTP/2、フィールド番号管理'],
  ['サーキットブレーカー', 'エラーレート閾値で即エラー'],
  ['サーガ', 'ローカルTx + 非同期メッセージ'],
  ['オーケストレーション', '中央集権、単一障害点あり'],
  ['コレオグラフィ', '自律分散、単一障害点なし'],
  ['CQRS', '読み書き分離、結果整合性'],
  ['APIコンポジション', 'シンプル、オーバーヘッド大'],
  ['ブローカーレス', '密結合、低レイテンシ'],
  ['サービスディスカバリ', 'レジストリから動的に選択'],
  ['サービスメッシュ', 'サービスの外側で実装、多機能'],
  ['BFF', 'クライアント別にゲートウェイ'],
  ['イベントソーシング', '冪等なロジックが必要'],
  ['CI/CD', 'ヒューマンエラー回避、工数削減'],
  ['SOA vs MSA', 'SOAは共有DB、MSAは専用DB'],
];

/** Concept → the heading of its section in the notes. */
const SECTIONS: Record<string, string> = {
  セルフヒーリング: 'Kubernetes',
  'Docker Compose': 'Docker Compose',
  サイドカー: 'サイドカーパターン',
  アンバサダー: 'アンバサダーパターン',
  アダプター: 'アダプターパターン',
  gRPC: 'gRPC',
  サーキットブレーカー: 'サーキットブレーカー',
  サーガ: 'SAGAパターン',
  オーケストレーション: 'オーケストレーション型',
  コレオグラフィ: 'コレオグラフィ型',
  CQRS: 'CQRS（Command Query Responsibility Segregation）',
  APIコンポジション: 'APIコンポジションパターン',
  ブローカーレス: 'ブローカーレスメッセージング',
  サービスディスカバリ: 'サービスディスカバリ',
  サービスメッシュ: 'サービスメッシュ',
  BFF: 'BFF（Backend for Frontend）',
  イベントソーシング: 'イベントソーシング',
  'CI/CD': 'CI/CD',
  'SOA vs MSA': 'SOA vs マイクロサービス',
};

describe('the shipped notes (data/notes/microservices.ja.md)', () => {
  const doc = parseNotes(shippedNotes(), { aliases: shippedAliases() });

  it('reads all 19 まとめ concepts with their exact correct understanding, in order', () => {
    expect(doc.concepts.map((c) => [c.name, c.correct])).toEqual(SUMMARY);
  });

  it('reads the notes without a problem, as Japanese, with the front-matter title', () => {
    expect(doc.problems).toEqual([]);
    expect(doc.language).toBe('ja');
    expect(doc.title).toBe('マイクロサービスアーキテクチャ入門_混同しやすい概念の整理');
  });

  it('splits the misconception cells and removes the × marks', () => {
    const byName = new Map(doc.concepts.map((c) => [c.name, c]));
    expect(byName.get('サイドカー')?.misconceptions).toEqual(['中継', '変換']);
    expect(byName.get('サービスメッシュ')?.misconceptions).toEqual([
      '内側',
      'サーキットブレーカーのみ',
    ]);
    expect(byName.get('SOA vs MSA')?.misconceptions).toEqual(['逆']);
    for (const concept of doc.concepts) {
      expect(concept.misconceptions.length).toBeGreaterThan(0);
      for (const m of concept.misconceptions) expect(m).not.toMatch(/×/);
    }
  });

  it('keeps the bold phrases of the correct cell as key phrases', () => {
    const byName = new Map(doc.concepts.map((c) => [c.name, c]));
    expect(byName.get('サーキットブレーカー')?.keyPhrases).toEqual([
      'エラーレート閾値',
      '即エラー',
    ]);
    expect(byName.get('SOA vs MSA')?.keyPhrases).toEqual(['共有DB', '専用DB']);
  });

  it('finds the section of every concept (exact, with a kind word, via alias, by definition, A vs B)', () => {
    expect(Object.fromEntries(doc.concepts.map((c) => [c.name, c.section]))).toEqual(SECTIONS);
  });

  it('finds サーガ ↔ SAGAパターン even without the aliases file (its × bullets give it away)', () => {
    const bare = parseNotes(shippedNotes());
    expect(bare.concepts.find((c) => c.name === 'サーガ')?.section).toBe('SAGAパターン');
  });

  it('gives concepts the other names their headings and the aliases file know', () => {
    const byName = new Map(doc.concepts.map((c) => [c.name, c]));
    expect(byName.get('サーガ')?.aliases).toEqual(expect.arrayContaining(['SAGA', 'SAGAパターン']));
    expect(byName.get('BFF')?.aliases).toContain('Backend for Frontend');
  });

  it('reads the × bullets (statement + correction) of the sections that have them', () => {
    const bullets = (heading: string) =>
      doc.sections
        .find((s) => s.heading === heading)
        ?.misconceptions.map((b) => [b.statement, b.correction]);
    expect(bullets('SAGAパターン')).toEqual([
      ['分散トランザクションを使う', '使わない、それは2PC'],
      ['コーディネータがロックする', 'ロックしない'],
    ]);
    expect(bullets('サービスメッシュ')).toEqual([
      ['サービスの内側で実装', '外側、サイドカープロキシ'],
      ['サーキットブレーカーのみ', 'サービスディスカバリ、分散トレーシング等も含む'],
      ['外から内へのリクエストのみ', '内から外へも利用可能'],
    ]);
    expect(bullets('Protocol Buffer')).toEqual([
      ['全てのプログラミング言語でスタブ生成可能', '主要言語のみ'],
      ['HTTP/1とネイティブに互換性あり', 'HTTP/2専用。gRPC-Web経由なら制限付きで動作可能'],
    ]);
    const counts = Object.fromEntries(
      doc.sections
        .filter((s) => s.misconceptions.length > 0)
        .map((s) => [s.heading, s.misconceptions.length]),
    );
    expect(counts).toEqual({
      'Protocol Buffer': 2,
      ブローカーレスメッセージング: 2,
      サービスディスカバリ: 2,
      サービスメッシュ: 3,
      SAGAパターン: 2,
      'オーケストレーション vs コレオグラフィ': 2,
      イベントソーシング: 1,
      'CQRS（Command Query Responsibility Segregation）': 2,
    });
  });

  it('reads ポイント lines, both inline and as a list', () => {
    expect(doc.sections.find((s) => s.heading === 'Kubernetes')?.points).toEqual([
      'セルフヒーリングはPod単位（Node単位ではない）',
      'Nodeに障害が発生しても、別NodeでPodを再起動する（Nodeは作成しない）',
      'kubectl setで変更した設定が自動で戻る機能はない',
    ]);
    expect(doc.sections.find((s) => s.heading === 'BFF（Backend for Frontend）')?.points).toEqual([
      'BFFは「マイクロサービスごと」ではなく「クライアントごと」。',
    ]);
  });

  it('finds セルフヒーリング defined as a term under Kubernetes', () => {
    const kubernetes = doc.sections.find((s) => s.heading === 'Kubernetes');
    expect(kubernetes?.definitions?.find((d) => d.term === 'セルフヒーリング')?.text).toBe(
      'Pod障害時に指定数を満たすよう自動でPodを起動',
    );
  });

  it('reads every comparison table with its section, ○/× kept, and not the まとめ table', () => {
    expect(doc.comparisons.map((t) => t.section)).toEqual([
      'モノリシック vs マイクロサービス',
      'SOA vs マイクロサービス',
      'Docker Compose vs Kubernetes',
      '同期 vs 非同期',
      'REST vs gRPC',
      'ブローカー有 vs ブローカーレス',
      'オーケストレーション vs コレオグラフィ',
      'CQRS vs APIコンポジション',
      'その他の可観測性パターン',
      'デプロイ戦略',
    ]);
    const compose = doc.comparisons.find((t) => t.section === 'Docker Compose vs Kubernetes');
    expect(compose?.header).toEqual(['機能', 'Docker Compose', 'Kubernetes']);
    expect(compose?.rows.find((r) => r[0] === 'セルフヒーリング')).toEqual([
      'セルフヒーリング',
      '×',
      '○',
    ]);
    expect(compose?.emphasis?.[2]).toEqual([false, true, true]);
  });
});
