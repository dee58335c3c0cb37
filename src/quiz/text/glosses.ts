/**
 * Loanwords and the Japanese words that gloss them: `インテグレーション` is `統合`, `リード` is
 * `読み取り`, `read` is `読み取り` too. A which-concept description that says `mainへ頻繁に統合する`
 * names `継続的インテグレーション` as plainly as if it wrote the katakana (ITEM-WRITING.md: the key
 * repeating the stem's words), so the stem–key clue (stem-clue.ts) reads a name's loanwords by
 * their glosses as well. Each entry is the loanword's spellings (katakana, or the English word a
 * Japanese name keeps) and its glosses as they begin in running text (`読み取` finds 読み取り,
 * 読み取る). Only glosses a reader takes for the same word, not related ideas. Pure.
 */
import { memoByText } from './build-memo.ts';
import { englishStem } from './runs.ts';

/** One loanword: its spellings, its glosses, and the sentence that shows the clue. */
interface Gloss {
  words: readonly string[];
  glosses: readonly string[];
  example?: string;
}

export const GLOSSES: readonly Gloss[] = [
  {
    words: ['vary', 'バリー'],
    glosses: ['変わ', '変化', '異な'],
    example: '「この内容は指定したリクエストヘッダによって変わる」 → Vary',
  },
  {
    words: ['ダイレクト', 'direct'],
    glosses: ['直接'],
    example: '「サーバからクライアントへ直接返す」 → DSR（Direct Server Return）',
  },
  {
    words: ['dockerignore', 'ignore', 'イグノア'],
    glosses: ['除外', '無視'],
    example: '「ビルドコンテキストから除外」 → .dockerignore',
  },
  {
    words: ['スロースタート'],
    glosses: ['徐々に', '徐々'],
    example: '「配分を徐々に増やす」 → スロースタート',
  },
  {
    words: ['インテグレーション', 'integration'],
    glosses: ['統合'],
    example: '「各開発者が1日1回はmainに統合する」 → 継続的インテグレーション',
  },
  {
    words: ['フラグメンテーション', 'fragmentation'],
    glosses: ['断片化', '断片'],
    example: '「送信元ホストだけが断片化する」 → フラグメンテーション',
  },
  {
    words: ['アーティファクト', 'artifact'],
    glosses: ['成果物'],
    example: '「同じ成果物を各環境へ昇格させる」 → アーティファクト',
  },
  {
    words: ['リード', 'read'],
    glosses: ['読み取', '読み込', '読み出', '読取', '読込'],
    example: '「読み取りの負荷分散に使う」 → リードレプリカ',
  },
  {
    words: ['ライト', 'write', 'writes'],
    glosses: ['書き込', '書込'],
    example: '「スタンバイがOSに書き込むまで待つ」 → remote_write',
  },
  {
    words: ['アプライ', 'apply'],
    glosses: ['適用'],
    example: '「スタンバイが適用し、クエリから見える」 → remote_apply',
  },
  {
    words: ['your'],
    glosses: ['自分の'],
    example: '「自分の書き込みは読める」 → Read-your-writes',
  },
  {
    words: ['マルチ', 'multi'],
    glosses: ['複数'],
    example: '「複数のノードが書き込みを受け付ける」 → マルチリーダー',
  },
  { words: ['シングル', 'single'], glosses: ['単一'] },
  {
    words: ['リージョン', 'region'],
    glosses: ['領域'],
    example: '「DOMにある領域の変化を読み上げる」 → ライブリージョン',
  },
  {
    words: ['スキップ', 'skip'],
    glosses: ['飛ばす', '飛ばし', '飛ばせ', '飛ばさ'],
    example: '「繰り返しブロックを飛ばして本文へ」 → スキップリンク',
  },
  { words: ['レプリカ', 'replica'], glosses: ['複製'] },
  { words: ['レプリケーション', 'replication'], glosses: ['複製'] },
  { words: ['デリバリー', 'delivery'], glosses: ['配信', '配送'] },
  { words: ['デプロイ', 'デプロイメント', 'deploy', 'deployment'], glosses: ['配備', '展開'] },
  { words: ['バージョニング', 'バージョン', 'versioning', 'version'], glosses: ['版管理', '版を'] },
  { words: ['プロジェクション', 'projection'], glosses: ['射影', '投影'] },
  { words: ['コンシューマ', 'コンシューマー', 'consumer'], glosses: ['消費者', '消費側'] },
  { words: ['プロデューサ', 'プロデューサー', 'producer'], glosses: ['生産者', '生産側'] },
  { words: ['クエリ', 'query'], glosses: ['問い合わせ', '照会'] },
  { words: ['ロールバック', 'rollback'], glosses: ['切り戻', '巻き戻'] },
  { words: ['フェイルオーバー', 'failover'], glosses: ['切り替え', '切替'] },
  { words: ['スプリット', 'split'], glosses: ['分裂'] },
  { words: ['パーティション', 'partition'], glosses: ['分断', '区画'] },
  { words: ['インデックス', 'index'], glosses: ['索引'] },
  { words: ['プレフィックス', 'prefix'], glosses: ['接頭'] },
  { words: ['フィルタ', 'フィルター', 'filter'], glosses: ['絞り込', 'ふるい'] },
  { words: ['フォーカス', 'focus'], glosses: ['焦点'] },
  { words: ['コントラスト', 'contrast'], glosses: ['明暗差', '輝度差'] },
  { words: ['ヒドゥン', 'hidden'], glosses: ['非表示', '隠'] },
  { words: ['ランドマーク', 'landmark'], glosses: ['目印'] },
  { words: ['セマンティック', 'semantic'], glosses: ['意味'] },
  { words: ['フレーキー', 'flaky'], glosses: ['不安定'] },
  { words: ['トランク', 'trunk'], glosses: ['幹'] },
  { words: ['ブランチ', 'branch'], glosses: ['分岐'] },
  { words: ['シークレット', 'secret'], glosses: ['秘密', '機密'] },
  { words: ['カウンタ', 'カウンター', 'counter'], glosses: ['計数', 'カウント'] },
  { words: ['ウィンドウ', 'window'], glosses: ['時間窓'] },
  { words: ['リミット', 'リミッター', 'limit', 'limiter'], glosses: ['上限', '制限'] },
  { words: ['リトライ', 'retry'], glosses: ['再試行'] },
  {
    words: ['リーケージ', 'leakage', 'リーク', 'leak'],
    glosses: ['漏れ', '漏洩', '漏え', 'リーク'],
    example: '「テスト側の平均・分散が訓練に漏れる」 → データリーケージ',
  },
  {
    words: ['終了', 'ストッピング', 'stopping'],
    glosses: ['停止', '止め', '打ち切'],
    example: '「検証セットを学習の停止判断に使う」 → 早期終了',
  },
  {
    words: ['スペア', 'spare'],
    glosses: ['予備'],
    example: '「故障時に自動でリビルドを始める予備ディスク」 → ホットスペア',
  },
  {
    words: ['ランク', 'rank'],
    glosses: ['順位'],
    example: '「同順位は同番号、次の番号は詰める」 → DENSE_RANK',
  },
  { words: ['タイムアウト', 'timeout'], glosses: ['時間切れ'] },
  { words: ['レイテンシ', 'レイテンシー', 'latency'], glosses: ['遅延時間', '応答時間'] },
  { words: ['スループット', 'throughput'], glosses: ['処理量'] },
  { words: ['サンドボックス', 'sandbox'], glosses: ['隔離環境'] },
  { words: ['バリデーション', 'validation'], glosses: ['検証'] },
  { words: ['アノマリー', 'anomaly'], glosses: ['異常', '異状'] },
  { words: ['ステートフル', 'stateful'], glosses: ['状態を持つ', '状態を保持'] },
  { words: ['ステートレス', 'stateless'], glosses: ['状態を持たない'] },
  { words: ['アグリゲート', 'aggregate'], glosses: ['集約'] },
  { words: ['ディスカバリ', 'ディスカバリー', 'discovery'], glosses: ['発見', '探索'] },
  { words: ['ブローカー', 'broker'], glosses: ['仲介'] },
  { words: ['メトリクス', 'metrics'], glosses: ['指標'] },
  { words: ['トレース', 'トレーシング', 'tracing'], glosses: ['追跡'] },
  { words: ['アロケーション', 'allocation'], glosses: ['割り当', '割当'] },
  { words: ['エンコーディング', 'encoding'], glosses: ['符号化'] },
  { words: ['シグネチャ', 'signature'], glosses: ['署名'] },
  { words: ['パーミッション', 'permission'], glosses: ['権限'] },
  { words: ['リカバリ', 'リカバリー', 'recovery'], glosses: ['復旧', '回復'] },
  { words: ['アベイラビリティ', 'availability'], glosses: ['可用性'] },
  { words: ['コンシステンシー', 'consistency'], glosses: ['整合性'] },
  { words: ['イミュータブル', 'immutable'], glosses: ['不変'] },
  { words: ['シリアライゼーション', 'シリアライズ', 'serialization'], glosses: ['直列化'] },
  { words: ['マイグレーション', 'migration'], glosses: ['移行'] },
  { words: ['スタンバイ', 'standby'], glosses: ['待機'] },
  { words: ['プライマリ', 'プライマリー', 'primary'], glosses: ['主系'] },
  { words: ['セカンダリ', 'セカンダリー', 'secondary'], glosses: ['副系'] },
  { words: ['フォロワー', 'follower'], glosses: ['追従'] },
  { words: ['キャッシュ', 'cache'], glosses: ['一時保存'] },
  { words: ['スナップショット', 'snapshot'], glosses: ['時点の写し'] },
  { words: ['ノーマライゼーション', 'normalization'], glosses: ['正規化'] },
];

/** Katakana heads and tails of a compound shorter than this are no loanword of their own. */
const PART_MIN = 3;
/** A katakana word longer than this is read whole only (no name is such a compound). */
const PARTS_MAX = 40;
const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;

/** Each spelling's glosses: katakana as written, English words by their stem. */
const BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const entry of GLOSSES)
    for (const word of entry.words) {
      const key = KATAKANA.test(word) ? word : englishStem(word.toLowerCase());
      map.set(key, [...(map.get(key) ?? []), ...entry.glosses]);
    }
  return map;
})();

/**
 * The glosses of a word of a name (a katakana word, whole or by its heads and tails of three kana
 * or more: `リードレプリカ` → `リード`, `レプリカ`; or an English word by its stem: `writes` →
 * `write`). Memoised per build.
 */
export const glossesOfWord = memoByText((word: string): readonly string[] => {
  if (!KATAKANA.test(word)) return BY_WORD.get(englishStem(word.toLowerCase())) ?? [];
  const kana = [...word];
  const out: string[] = [...(BY_WORD.get(word) ?? [])];
  if (kana.length > PARTS_MAX) return out;
  for (let i = PART_MIN; i <= kana.length - PART_MIN; i++)
    for (const part of [kana.slice(0, i).join(''), kana.slice(i).join('')])
      for (const g of BY_WORD.get(part) ?? []) if (!out.includes(g)) out.push(g);
  return out;
});
