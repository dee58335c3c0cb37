/** Kind groups: which concepts the notes' layout sets in one kind. */
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../src/quiz/facts/concept-facts.ts';
import {
  KIND_GROUP_RULES,
  kindGroups,
  kinship,
  otherKind,
  otherKindSet,
  sameKind,
} from '../../../src/quiz/facts/kind-groups.ts';
import { siblingIndex } from '../../../src/quiz/facts/siblings.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import type { NotesDocument } from '../../../src/quiz/types.ts';
import { inline } from '../notes-helpers.ts';

/** A storage-engines note: structures, parts and measures, each under its own heading. */
const STORAGE = [
  '# ストレージエンジン',
  '',
  '| 概念 | 正しい理解 | よくある誤解 |',
  '|---|---|---|',
  '| B+木 | ページ単位でその場更新 | 追記のみ × |',
  '| LSMツリー | 追記してマージ | その場で書き換える × |',
  '| WAL | 先に追記するログ | 無くてもよい × |',
  '| memtable | メモリ上のソート済み構造 | ディスク上にある × |',
  '| SSTable | 不変のソート済みファイル | 書き換えられる × |',
  '| 書き込み増幅 | 実際の書き込み量の比 | 常に1 × |',
  '| 読み取り増幅 | 1回の読み取りで読む量の比 | 常に1 × |',
  '',
  '## 学習内容',
  '',
  '### 基本構造',
  '',
  '#### B+木',
  '',
  'ページの木。',
  '',
  '#### LSMツリー',
  '',
  '追記とマージ。',
  '',
  '### 構成要素',
  '',
  '#### WAL',
  '',
  '先に書く。',
  '',
  '#### memtable',
  '',
  'メモリに溜める。',
  '',
  '#### SSTable',
  '',
  'ファイル。',
  '',
  '### 増幅',
  '',
  '#### 書き込み増幅',
  '',
  '書く量の比。',
  '',
  '#### 読み取り増幅',
  '',
  '読む量の比。',
  '',
  '| 増幅 | B+木 | LSMツリー |',
  '|---|---|---|',
  '| 書き込み増幅 | 中 | 大 |',
  '| 読み取り増幅 | 小 | 大 |',
];

function idOf(doc: NotesDocument, name: string): string {
  const c = doc.concepts.find((x) => x.name === name);
  if (!c) throw new Error(`no concept ${name}`);
  return c.id;
}

describe('kindGroups', () => {
  it('names every rule with an example', () => {
    for (const rule of KIND_GROUP_RULES) {
      expect(rule.name).not.toBe('');
      expect(rule.example).not.toBe('');
    }
  });

  it('one-heading: the concepts under one heading are of one kind; other headings, another', () => {
    const doc = parseNotes(inline(STORAGE));
    const groups = kindGroups(doc, indexOf(doc));
    const id = (n: string): string => idOf(doc, n);
    expect(sameKind(groups, id('WAL'), id('SSTable'))).toBe(true);
    expect(sameKind(groups, id('書き込み増幅'), id('読み取り増幅'))).toBe(true);
    expect(sameKind(groups, id('B+木'), id('LSMツリー'))).toBe(true);
    expect(sameKind(groups, id('B+木'), id('書き込み増幅'))).toBe(false);
    expect(otherKind(groups, id('B+木'), id('書き込み増幅'), true)).toBe(true);
    expect(otherKind(groups, id('B+木'), id('LSMツリー'), false)).toBe(false);
  });

  it('one-table-axis: a matrix links its columns with each other, never with its rows', () => {
    const doc = parseNotes(inline(STORAGE));
    const siblings = siblingIndex(doc, indexOf(doc), new Map());
    const told = (name: string): string[] =>
      (siblings.get(idOf(doc, name)) ?? [])
        .filter((s) => s.relation === 'told-apart')
        .map((s) => s.concept.name);
    expect(told('B+木')).toContain('LSMツリー');
    expect(told('B+木')).not.toContain('書き込み増幅');
    expect(told('書き込み増幅')).toEqual(['読み取り増幅']);
  });

  it('body-heading-is-no-kind: one heading holding every concept says nothing of kinds', () => {
    const doc = parseNotes(
      inline([
        '# Rate limiting',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Token bucket | Allows bursts up to B | No bursts × |',
        '| Fixed window | Up to twice the limit at a boundary | Exact × |',
        '| 429 | Retry-After is optional | Always has Retry-After × |',
        '',
        '## Notes',
        '',
        '### Token bucket',
        '',
        'Tokens refill at r.',
        '',
        '### Fixed window',
        '',
        'A counter per minute.',
        '',
        '### 429',
        '',
        'Too Many Requests.',
      ]),
    );
    const groups = kindGroups(doc, indexOf(doc));
    const [a, b, c] = doc.concepts.map((x) => x.id);
    if (!a || !b || !c) throw new Error('no concepts');
    expect(groups.of.size).toBe(0);
    expect(otherKind(groups, a, c, false)).toBe(false);
    expect(otherKind(groups, a, b, false)).toBe(false);
  });

  it('a concept in a group: an ungrouped option is another kind unless the notes contrast it', () => {
    const doc = parseNotes(
      inline([
        ...STORAGE.slice(0, 11),
        '| ブルームフィルタ | 無いことを確かめる | 偽陰性がある × |',
        ...STORAGE.slice(11),
      ]),
    );
    const groups = kindGroups(doc, indexOf(doc));
    const bloom = idOf(doc, 'ブルームフィルタ');
    expect(groups.of.has(bloom)).toBe(false);
    expect(otherKind(groups, idOf(doc, 'WAL'), bloom, false)).toBe(true);
    expect(otherKind(groups, idOf(doc, 'WAL'), bloom, true)).toBe(false);
    // The ungrouped concept's own options: the notes say nothing of its kind.
    expect(otherKind(groups, bloom, idOf(doc, 'WAL'), false)).toBe(false);
  });

  it('other-kind-set: a set is thinned out by kind where the notes had a better one', () => {
    const measures = new Set(['書き込み増幅', '読み取り増幅']);
    // Two of the kind fit the description: one measure among the options is one too many.
    expect(otherKindSet(['LSMツリー', '書き込み増幅'], measures, 2)).toBe(true);
    expect(otherKindSet(['LSMツリー', 'ハッシュ索引'], measures, 2)).toBe(false);
    // One of the kind fits: a set of one of each is the best there is; two measures are not.
    expect(otherKindSet(['LSMツリー', '書き込み増幅'], measures, 1)).toBe(false);
    expect(otherKindSet(['書き込み増幅', '読み取り増幅'], measures, 1)).toBe(true);
    expect(otherKindSet(['書き込み増幅', '読み取り増幅'], measures, 0)).toBe(true);
  });

  /** A motors note: chapters right under the title, and a chapter holding a speed and two motors. */
  const MOTORS = [
    '# 電動機',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| 同期速度 | Ns = 120f/p | 極数が多いほど速い × |',
    '| 三相誘導電動機 | 少し遅れて回る | 同期速度で回る × |',
    '| 同期電動機 | 同期速度で一定 | 負荷で遅くなる × |',
    '| ステッピングモータ | パルス数で角度が決まる | 位置がずれない × |',
    '| ブラシ付きDCモータ | トルク∝電流 | ブラシは消耗しない × |',
    '| スターデルタ始動 | 始動電流は1/3 | 1/√3になる × |',
    '| インバータ | V/fを一定に | 周波数だけ下げる × |',
    '',
    '## 1. 交流モータ',
    '',
    '### 同期速度',
    '',
    '極数で決まる。',
    '',
    '### 三相誘導電動機',
    '',
    'すべりがある。',
    '',
    '### 同期電動機',
    '',
    '同期速度で回る。',
    '',
    '## 2. ステッピングモータ',
    '',
    'パルスで回る。',
    '',
    '## 3. ブラシ付きDCモータ',
    '',
    'ブラシで転流。',
    '',
    '## 4. 始動方法（スターデルタ始動）',
    '',
    'Y結線で始動。',
    '',
    '## 5. インバータ',
    '',
    '周波数を変える。',
  ];

  it('title-is-no-kind: the chapters right under the title are no kind', () => {
    const doc = parseNotes(inline(MOTORS));
    const groups = kindGroups(doc, indexOf(doc));
    const id = (n: string): string => idOf(doc, n);
    expect(sameKind(groups, id('ステッピングモータ'), id('スターデルタ始動'))).toBe(false);
    expect(sameKind(groups, id('インバータ'), id('スターデルタ始動'))).toBe(false);
  });

  it('katakana-head-of-the-notes: a katakana name ends on a kind word another name shows', () => {
    const doc = parseNotes(inline(MOTORS));
    const groups = kindGroups(doc, indexOf(doc));
    const id = (n: string): string => idOf(doc, n);
    expect(sameKind(groups, id('ステッピングモータ'), id('ブラシ付きDCモータ'))).toBe(true);
    // A step motor is set apart from a starting method by its kind, not offered beside it.
    expect(otherKind(groups, id('ステッピングモータ'), id('スターデルタ始動'), false)).toBe(true);
  });

  it('heads-differ-under-one-heading: a speed and a motor share a chapter, not a kind', () => {
    const doc = parseNotes(inline(MOTORS));
    const groups = kindGroups(doc, indexOf(doc));
    const id = (n: string): string => idOf(doc, n);
    expect(sameKind(groups, id('三相誘導電動機'), id('同期電動機'))).toBe(true);
    expect(sameKind(groups, id('三相誘導電動機'), id('同期速度'))).toBe(false);
    expect(otherKind(groups, id('三相誘導電動機'), id('同期速度'), true)).toBe(true);
  });

  it('described-kind-word: headings that say two names are indices group them, under one body heading', () => {
    const doc = parseNotes(
      inline([
        '# 工程管理',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| Cp | 規格幅 ÷ 6σ | 高ければ不良は出ない × |',
        '| Ppk | 全データの標準偏差で計算 | Cpk と同じ × |',
        '| 判定ルール | 並び方も異常のサイン | 限界内なら問題なし × |',
        '',
        '## 8. 工程能力指数 Cp',
        '',
        'ばらつきだけを見る。',
        '',
        '## 10. Ppk（工程性能指数）',
        '',
        '長期のばらつき。',
        '',
        '## 7. 判定ルール',
        '',
        '連や傾向。',
      ]),
    );
    const groups = kindGroups(doc, indexOf(doc));
    const id = (n: string): string => idOf(doc, n);
    expect(sameKind(groups, id('Cp'), id('Ppk'))).toBe(true);
    expect(otherKind(groups, id('Cp'), id('判定ルール'), false)).toBe(true);
  });

  it('nearest-kind-first: a heading shared counts more than a kind word of the names', () => {
    const doc = parseNotes(
      inline([
        '# 時効',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| 債権の消滅時効 | 知った時から5年 | 常に10年 × |',
        '| 生命・身体侵害の特則 | 5年／20年にそろう | 3年 × |',
        '| 判決で確定した権利 | 10年 | 5年 × |',
        '| 取得時効 | 占有20年 | 登記が必要 × |',
        '| 完成猶予 | 止まるだけ | やり直し × |',
        '| 更新 | ゼロから | 止まるだけ × |',
        '',
        '## 2. 消滅時効の期間',
        '',
        '### 債権の消滅時効',
        '',
        '5年と10年。',
        '',
        '### 生命・身体侵害の特則',
        '',
        '20年。',
        '',
        '### 判決で確定した権利',
        '',
        '10年。',
        '',
        '## 3. 完成猶予と更新',
        '',
        '### 完成猶予',
        '',
        '止まる。',
        '',
        '### 更新',
        '',
        'ゼロから。',
        '',
        '## 4. 取得時効',
        '',
        '占有。',
      ]),
    );
    const groups = kindGroups(doc, indexOf(doc));
    const id = (n: string): string => idOf(doc, n);
    const key = id('債権の消滅時効');
    expect(kinship(groups, key, id('生命・身体侵害の特則'))).toBeGreaterThan(
      kinship(groups, key, id('取得時効')),
    );
    expect(kinship(groups, key, id('取得時効'))).toBeGreaterThan(0);
  });

  it('other-head-word: names ending on different Japanese kind words are of other kinds, grouped or not', () => {
    const doc = parseNotes(
      inline([
        '# 統計',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| 効果量 | 差の大きさ | p値と同じ × |',
        '| 信頼区間 | 推定の幅 | 95%の確率で真値を含む × |',
        '| 予測区間 | 次の観測の幅 | 信頼区間と同じ × |',
      ]),
    );
    const groups = kindGroups(doc, indexOf(doc));
    const id = (n: string): string => idOf(doc, n);
    expect(otherKind(groups, id('効果量'), id('信頼区間'), false)).toBe(true);
    expect(otherKind(groups, id('信頼区間'), id('予測区間'), false)).toBe(false);
  });
});
