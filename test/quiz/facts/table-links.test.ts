import { describe, expect, it } from 'vitest';
import { tableLinks } from '../../../src/quiz/facts/table-links.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';

/** Notes with a summary of three index kinds and one table whose rows use their short names. */
function notes(rows: readonly string[], summary: readonly string[]): string {
  return [
    '### 5. インデックスの種類と使える演算',
    '',
    '| 種類 | 等価 | 範囲 |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r} | ○ | × |`),
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    ...summary.map((name) => `| ${name} | ${name}の説明 | ${name}の誤解 × |`),
  ].join('\n');
}

const linkedRows = (text: string): [number, string][] => {
  const doc = parseNotes({ path: 'notes.md', text });
  const links = tableLinks(doc)[0];
  return [...(links?.rows ?? new Map()).entries()].map(([i, c]) => [i, c.name]);
};

describe('tableLinks', () => {
  it('reads rows named without the head word every concept shares as those concepts', () => {
    const text = notes(
      ['B-tree', 'ハッシュ', 'GIN'],
      ['B-treeインデックス', 'ハッシュインデックス', 'GINインデックス'],
    );
    expect(linkedRows(text)).toEqual([
      [0, 'B-treeインデックス'],
      [1, 'ハッシュインデックス'],
      [2, 'GINインデックス'],
    ]);
  });

  it('links nothing when one row fits no concept with that head', () => {
    const text = notes(
      ['B-tree', 'ハッシュ', 'BRIN'],
      ['B-treeインデックス', 'ハッシュインデックス'],
    );
    expect(linkedRows(text)).toEqual([]);
  });

  it('own-head-words: rows named without each concept’s own kind word, asides left out', () => {
    const text = [
      '## 種類別まとめ',
      '',
      '| 種類 | ブラシ | 駆動回路なしで回る |',
      '|---|---|---|',
      '| ブラシ付きDC | あり | ○ |',
      '| 三相誘導（かご形） | なし | ○ |',
      '| 同期（PM形） | なし | △ |',
      '| ステッピング | なし | × |',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      ...[
        '同期速度',
        'ブラシ付きDCモータ',
        '三相誘導電動機',
        '同期電動機',
        'ステッピングモータ',
      ].map((name) => `| ${name} | ${name}の説明 | ${name}の誤解 × |`),
    ].join('\n');
    // `同期` is also 同期速度 without 速度: the head the other rows take (電動機) decides.
    expect(linkedRows(text)).toEqual([
      [0, 'ブラシ付きDCモータ'],
      [1, '三相誘導電動機'],
      [2, '同期電動機'],
      [3, 'ステッピングモータ'],
    ]);
  });

  it('own-head-words: a row that is a name without a word that is no kind word links nothing', () => {
    const text = notes(['ハッシュ', '同期'], ['ハッシュ化の手順', '同期電動機']);
    expect(linkedRows(text)).toEqual([]);
  });

  it('links nothing from a single row (one shared head proves nothing)', () => {
    expect(linkedRows(notes(['ハッシュ'], ['ハッシュインデックス', 'ハッシュ結合']))).toEqual([]);
  });

  it('titles the table by its heading without the numbering', () => {
    const doc = parseNotes({ path: 'notes.md', text: notes(['B-tree'], ['B-treeインデックス']) });
    expect(tableLinks(doc)[0]?.title).toBe('インデックスの種類と使える演算');
  });

  /** The title of the one table under `heading` with header `header` and rows `rows`. */
  const titleOf = (heading: string, header: string[], rows: string[][]): string | undefined => {
    const text = [
      `### ${heading}`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
    return tableLinks(parseNotes({ path: 'notes.md', text }))[0]?.title;
  };

  it('does not title a table by a heading that is one of its rows: the title would name the key', () => {
    const rows = [
      ['Annotated tag', '○'],
      ['Lightweight tag', '×'],
    ];
    expect(titleOf('Annotated tag', ['Kind of tag', 'Is an object'], rows)).toBe('Kind of tag');
    // With no first header cell to fall back on, the header joined.
    expect(titleOf('Annotated tag', ['', 'Is an object', 'Has a message'], rows)).toBe(
      'Is an object / Has a message',
    );
  });

  it('aspect-is-no-title: falls back to the header joined, not to a first cell naming an aspect', () => {
    // Readings 62–63: 「観点」の表では、「自己収縮」の「効く対策」は… named no table the player knows.
    expect(titleOf('自己収縮', ['観点', '自己収縮', '乾燥収縮'], [['効く対策', 'a', 'b']])).toBe(
      '自己収縮 / 乾燥収縮',
    );
    expect(titleOf('TCP', ['Aspect', 'TCP', 'UDP'], [['Ordering', 'yes', 'no']])).toBe('TCP / UDP');
    // A first cell that names the kind of thing compared still titles it.
    expect(titleOf('TCP', ['Protocol', 'TCP', 'UDP'], [['Ordering', 'yes', 'no']])).toBe(
      'Protocol',
    );
  });

  it('does not title a table by a heading that is one of its columns', () => {
    // Nor by its first cell where that names an aspect (`aspect-is-no-title`): by its header.
    expect(titleOf('REST', ['観点', 'REST', 'gRPC'], [['形式', 'JSON', 'Protobuf']])).toBe(
      'REST / gRPC',
    );
  });

  it('keeps a heading that only contains a label (`REST vs gRPC`)', () => {
    expect(titleOf('REST vs gRPC', ['観点', 'REST', 'gRPC'], [['形式', 'JSON', 'Protobuf']])).toBe(
      'REST vs gRPC',
    );
  });
});
