/**
 * The table rules of src/quiz/generate/table-rules.ts: remarks columns, inventory tables,
 * two-row coin tosses, marks asked as conditions, headings as places.
 */
import { describe, expect, it } from 'vitest';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import { tableDrafts } from '../../../src/quiz/generate/table-questions.ts';
import {
  isCodeLabel,
  isDittoCell,
  isQuantity,
  isTriviaColumn,
  TABLE_RULES,
} from '../../../src/quiz/generate/table-rules.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { wordingFor } from '../../../src/quiz/wording.ts';
import { fixture, readSource } from '../notes-helpers.ts';

const EN = `# Storage engines

## SQLite

An embedded database in one file.

## PostgreSQL

A client-server database.

## DuckDB

An embedded analytical database.

## Engines compared

| Engine | Server process | Storage | Good for | Notes |
|---|---|---|---|---|
| SQLite | no | Row store | local experiments | one file, easy to copy |
| PostgreSQL | yes | Row store | API payloads | we run 14 |
| DuckDB | no | Column store | local experiments, API payloads | new in 2024 |

## What we run

| Product | Algorithm | Version |
|---|---|---|
| Billing | Raft | 3.4 |
| Search | Paxos | 1.2 |
| Chat | Gossip | 0.9 |

## Offsets around the team

| City | UTC offset | DST |
|---|---|---|
| Adelaide | +9:30 | yes |
| Tokyo | +9 | no |
| Berlin | +1 | yes |
| Phoenix | -7 | no |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| SQLite | **An embedded database** in one file | Needs a server process × |
| PostgreSQL | A **client-server** database | Embedded in the app × |
| DuckDB | An **embedded analytical** database | A row store × |
`;

const JA = `# DB

## SQLite

組み込みのデータベース。

## PostgreSQL

サーバー型のデータベース。

## MySQL

サーバー型のデータベース。

## 比較

| DB | 形式 | サーバー不要 | 備考 | 用途 |
|---|---|---|---|---|
| SQLite | 組み込み | ○ | 単一ファイル | 検証 |
| PostgreSQL | サーバー | × | 拡張が豊富 | 本番 |
| MySQL | クライアントサーバー | × | レプリケーションが簡単 | Web |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| SQLite | **組み込み**のデータベース | サーバーが要る × |
| PostgreSQL | **サーバー型**のデータベース | 組み込みで使う × |
| MySQL | **サーバー型**のデータベース | 組み込みで使う × |
`;

const TWO = `# Load balancers

## L4 load balancer

Forwards connections by address and port.

## L7 load balancer

Routes requests by their HTTP content.

## API gateway

One entry point for clients.

## L4 vs L7

| Aspect | L4 load balancer | L7 load balancer |
|---|---|---|
| Decides by | Address and port | Path, headers, cookies |
| Reads the HTTP request | No | Yes |
| Cost per request | Lower | Higher |

## Gateways

| Aspect | API gateway | NAT gateway |
|---|---|---|
| Terminates TLS | Yes | No |
| Reads the HTTP request | Yes | No |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| L4 load balancer | Forwards **connections** by address and port | Reads HTTP headers × |
| L7 load balancer | Routes **requests** by HTTP content | Cannot terminate TLS × |
| API gateway | **One entry point** for clients | Replaces a load balancer × |
`;

function drafts(text: string, path: string) {
  return tableDrafts(generationContext(parseNotes({ path, text }))).drafts;
}

describe('table rules', () => {
  it('each have a name and an example', () => {
    expect(TABLE_RULES.map((r) => r.name)).toEqual([
      'remarks-column',
      'inventory-table',
      'two-row-coin-toss',
      'mark-as-condition',
      'trivia-column',
      'quantity-value',
      'code-rows',
      'ditto-cell',
      'names-a-row',
      'heading-is-a-place',
      'two-tables-one-heading',
    ]);
    for (const r of TABLE_RULES) expect(r.example.length).toBeGreaterThan(20);
  });

  it('names-a-row: a value that names another row is neither asked nor offered beside that row', () => {
    const text = `# レプリケーション

## 同期レプリケーション

コミットのたびにスタンバイを待つ方式。待つ段階は synchronous_commit で選ぶ。

### synchronous_commit の値

| 値 | コミット時に待つもの | クラッシュ時 |
|---|---|---|
| off | ローカルWALのフラッシュも待たない | 直近のコミットが消えうる |
| local | ローカルWALのフラッシュ | スタンバイ側は未保証 |
| on | スタンバイがWALをフラッシュ | 両方が同時に壊れなければ残る |
| remote_apply | スタンバイが適用し、クエリから見える | on と同じ＋読み取りも最新 |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| 同期レプリケーション | コミット時にスタンバイを**待つ** | 遅延は増えない × |
| 非同期レプリケーション | スタンバイを**待たない** | データは失われない × |
`;
    const found = drafts(text, 'repl.ja.md');
    expect(found.some((d) => d.prompt.includes('クラッシュ時'))).toBe(true);
    for (const d of found) {
      const said = [d.prompt, ...d.choices.map((c) => c.text)].join('\n');
      // Never asked as remote_apply's value, nor offered beside on's.
      if (d.prompt.includes('「on」')) expect(said).not.toContain('on と同じ');
      expect(d.choices.find((c) => c.correct)?.text).not.toContain('on と同じ');
    }
  });

  it('ditto-cell: a cell that says the row above again is neither asked nor offered', () => {
    const text = `# アクセシビリティ

## コントラスト比

文字と背景の輝度の比。

## 代替テキスト

画像の内容を伝える文。

## 監査で使うツール

| ツール | 種類 | 分かること |
|---|---|---|
| axe DevTools | 自動チェック（ブラウザ拡張） | コントラスト、alt 欠落、ARIA の誤用など |
| Lighthouse | 自動チェック | axe-core ベースの一部項目 |
| NVDA | スクリーンリーダー（Windows） | 実際の読み上げ順・ライブリージョン |
| VoiceOver | スクリーンリーダー（macOS/iOS） | 同上。ローター操作での見出し・ランドマーク |
| キーボードのみの操作 | 手動 | フォーカス順、フォーカストラップ、可視性 |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| コントラスト比 | 本文は **4.5:1** 以上 | 色が違えば十分 × |
| 代替テキスト | 画像の**目的**を伝える | ファイル名でよい × |
`;
    // Without the rule the bank asks "which one has 「同上。ローター操作…」 for 分かること".
    const found = drafts(text, 'a11y.ja.md');
    for (const d of found)
      expect([d.prompt, ...d.choices.map((c) => c.text)].join('\n')).not.toContain('同上');
    for (const cell of [
      '同上。ローター操作',
      '〃',
      'Ditto',
      'Same as above, plus rotor',
      '上に同じ',
    ])
      expect(isDittoCell(cell)).toBe(true);
    for (const cell of ['同上位', 'Same as TCP', '上限なし', '—', ''])
      expect(isDittoCell(cell)).toBe(false);
  });

  it('remarks-column: a column of notes, uses or what a row is good for is neither asked nor offered', () => {
    const en = drafts(EN, 'engines.en.md');
    const ja = drafts(JA, 'db.ja.md');
    // The fact columns are still asked.
    expect(en.some((d) => d.prompt.includes('Server process'))).toBe(true);
    expect(ja.some((d) => d.prompt.includes('形式'))).toBe(true);
    for (const d of [...en, ...ja]) {
      const said = [d.prompt, ...d.choices.map((c) => c.text)].join('\n');
      for (const remark of [
        'Good for',
        'Notes',
        'local experiments',
        'one file',
        '備考',
        '単一ファイル',
        '用途',
        '検証',
      ])
        expect(said).not.toContain(remark);
    }
  });

  it('inventory-table: rows that are instances (products, cities) and no concept are not asked', () => {
    const en = drafts(EN, 'engines.en.md');
    for (const d of en) {
      const said = [d.prompt, ...d.choices.map((c) => c.text)].join('\n');
      for (const instance of ['Billing', 'Raft', 'Adelaide', '+9:30', 'Phoenix'])
        expect(said).not.toContain(instance);
    }
  });

  it('code-rows: rows labelled by codes or sample data that are no concept are not asked', () => {
    const text = `# WebSocket

## Frames

Data after the handshake is sent as frames.

| Opcode | Frame type | Carries data |
|---|---|---|
| 0x1 | Text | ○ |
| 0x2 | Binary | ○ |
| 0x8 | Close | × |
| 0x9 | Ping | × |

## Close codes

| Code | Name |
|---|---|
| 1000 | Normal closure |
| 1001 | Going away |
| 1002 | Protocol error |

## Transports

| Transport | Direction | Auto-reconnect |
|---|---|---|
| WebSocket | Both ways | × |
| SSE | Server to client | ○ |
| Long polling | Both ways | × |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Frames | Messages are split into **frames** | Raw TCP bytes × |
| WebSocket | **Full-duplex** over one TCP connection | Works through every proxy × |
| SSE | **One-way** text stream over HTTP | Needs a special server × |
`;
    const found = drafts(text, 'websocket.en.md');
    const said = found.map((d) => [d.prompt, ...d.choices.map((c) => c.text)].join('\n'));
    for (const code of ['0x1', '0x8', '1000', '1001', 'Going away', 'Binary'])
      for (const s of said) expect(s).not.toContain(code);
    // The table of named rows is still asked.
    expect(said.some((s) => s.includes('Long polling'))).toBe(true);
  });

  it('code-rows: a table of ports is no table of codes', () => {
    const text = `# Swarm

## Overlay network

Connects containers across hosts over VXLAN; the hosts must open these ports.

| Port | Protocol | Purpose |
|---|---|---|
| 2377 | TCP | Cluster management |
| 7946 | TCP + UDP | Node-to-node discovery |
| 4789 | UDP | VXLAN data plane |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Overlay network | Spans hosts over **VXLAN** | Needs a shared L2 network × |
| Swarm manager | Keeps the **cluster state** | Runs no containers × |
`;
    const said = drafts(text, 'swarm.en.md').map((d) =>
      [d.prompt, ...d.choices.map((c) => c.text)].join('\n'),
    );
    expect(said.some((s) => s.includes('2377'))).toBe(true);
  });

  it('code-rows: what a code or a datum is, and what is a name', () => {
    for (const code of [
      '0x8',
      '1000',
      '3000–3999',
      '2026-02-01',
      'SC2155',
      'E0716',
      'e',
      '5',
      '19 (2024)',
    ])
      expect(isCodeLabel(code), code).toBe(true);
    for (const name of [
      'SIGTERM',
      'WebSocket',
      'HTTP/2',
      'TLS 1.3',
      'M（Managed）',
      'L4',
      'IPv6',
      'SSE',
    ])
      expect(isCodeLabel(name), name).toBe(false);
    // A long label is read once and is no code.
    expect(isCodeLabel('1'.repeat(1_000_000))).toBe(false);
    expect(isCodeLabel(`${'1-'.repeat(500_000)}x`)).toBe(false);
  });

  it('two-row-coin-toss: a two-row table takes a third row from another table with the same yes/no column', () => {
    const all = drafts(TWO, 'lb.en.md');
    // A third row from another table with the same yes/no column keeps the question.
    const reads = all.filter((d) => d.prompt.includes('Reads the HTTP request'));
    expect(reads.map((d) => d.choices.map((c) => c.text).sort())).toContainEqual([
      'L4 load balancer',
      'L7 load balancer',
      'NAT gateway',
    ]);
    expect(reads.some((d) => d.binary)).toBe(false);
  });

  it('mark-as-condition: a yes/no column is asked as a mark of the row, never as a quoted value', () => {
    const en = drafts(TWO, 'lb.en.md').filter((d) => d.prompt.includes('Reads the HTTP request'));
    expect(en.length).toBeGreaterThan(0);
    for (const d of en) {
      expect(d.prompt).toMatch(/which one is marked yes for “Reads the HTTP request”\?$/u);
      expect(d.prompt).not.toContain('“Yes”');
    }
    const ja = drafts(JA, 'db.ja.md').filter((d) => d.prompt.includes('サーバー不要'));
    // `entity-kind`: the rows are DBs (the table's first header cell), asked as such.
    expect(ja.map((d) => d.prompt)).toContain('DBのうち、「サーバー不要」が○のものはどれ？');
    for (const d of ja) expect(d.prompt).not.toContain('「○」');
  });

  it('mark-as-condition: two marks read as one clause, in English and in Japanese', () => {
    const w = wordingFor('en');
    const table = { text: 'Formats', heading: true };
    expect(
      w.whichMeets(table, [
        { label: 'Range', holds: true },
        { label: 'ORDER BY', holds: false },
      ]),
    ).toBe(
      'In the table under “Formats”, which one is marked yes for “Range” but no for “ORDER BY”?',
    );
    expect(
      w.whichMeets(table, [
        { label: 'Visible', holds: false },
        { label: 'Focusable', holds: false },
      ]),
    ).toBe(
      'In the table under “Formats”, which one is marked no for both “Visible” and “Focusable”?',
    );
    expect(
      w.whichMeets(table, [
        { label: 'Default action', value: 'Terminate' },
        { label: 'Can be caught', holds: false },
      ]),
    ).toBe(
      'In the table under “Formats”, which one has “Terminate” for “Default action” and is marked no for “Can be caught”?',
    );
    expect(
      wordingFor('ja').whichMeets(table, [
        { label: '範囲', holds: true },
        { label: 'ORDER BY', holds: false },
      ]),
    ).toBe('「Formats」の節の表で、「範囲」が○、「ORDER BY」が×のものはどれ？');
  });

  it('trivia-column: a column of defaults, versions or vendors is neither asked nor offered', () => {
    const text = `# Kafka consumers

## Consumer group

Consumers sharing a group.id split the partitions.

| Setting | Default | Meaning |
|---|---|---|
| auto.offset.reset | latest | Where to start with no committed offset |
| isolation.level | read_uncommitted | Whether aborted transactions are read |
| enable.auto.commit | true | Commit offsets in the background |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Consumer group | Splits the **partitions** among its consumers | More consumers always help × |
`;
    const all = drafts(text, 'kafka.en.md');
    expect(all.some((d) => d.prompt.includes('Meaning'))).toBe(true);
    for (const d of all) {
      const said = [d.prompt, ...d.choices.map((c) => c.text)].join('\n');
      for (const trivia of ['Default', 'latest', 'read_uncommitted'])
        expect(said).not.toContain(trivia);
    }
    expect(isTriviaColumn('デフォルト')).toBe(true);
    expect(isTriviaColumn('Version (since)')).toBe(true);
    expect(isTriviaColumn('Meaning')).toBe(false);
    // Reading 12: the dates of an incidents table are looked up, not understood.
    expect(isTriviaColumn('Date')).toBe(true);
    expect(isTriviaColumn('日付')).toBe(true);
    // Reading 16 (sql-null-semantics.en): which product has which function is vendor trivia.
    expect(isTriviaColumn('Engine')).toBe(true);
    expect(isTriviaColumn('DBMS')).toBe(true);
    // A column that says how each row keeps its data is no vendor list (shipped notes, SOA vs MSA).
    expect(isTriviaColumn('データベース')).toBe(false);
  });

  it('quantity-value: a bare number is not the value a row is asked by', () => {
    for (const q of ['~2.1', '2048', '1.0', '64 B', '10 ms', '約 3 倍', '1.4.2', '45%'])
      expect(isQuantity(q)).toBe(true);
    for (const t of [
      'O(n)',
      'GBs',
      '3〜4',
      'HTTP/2',
      'Lower',
      '2 levels of caching in front',
      '1',
      '32',
    ])
      expect(isQuantity(t)).toBe(false);
    const text = `# Codecs

## LZ4

Speed first, no entropy stage.

| Codec | Ratio | Entropy stage |
|---|---|---|
| lz4 | ~2.1 | No entropy coder at all |
| zstd -1 | ~2.9 | FSE and Huffman |
| brotli -0 | ~2.6 | Huffman with context modelling |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| LZ4 | **Speed** first | Compresses best × |
`;
    const all = drafts(text, 'codecs.en.md');
    expect(all.some((d) => d.prompt.includes('Entropy stage'))).toBe(true);
    for (const d of all) expect(d.prompt).not.toContain('~2.');
  });

  it('reads a 1 MB cell as no quantity at once', () => {
    const started = performance.now();
    expect(isQuantity(`1${'0'.repeat(1_000_000)}`)).toBe(false);
    expect(isQuantity(`${'1.'.repeat(500_000)}x`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('heading-is-a-place: a heading is where the table sits, a header cell is its name', () => {
    // A stem asks for the kind of the rows (`entity-kind`); the explanation names the table.
    const en = drafts(EN, 'engines.en.md');
    const why = en.flatMap((d) => d.choices.map((c) => c.why ?? ''));
    expect(why.some((w) => w.startsWith('The table under “Engines compared” gives'))).toBe(true);
    for (const w of why) expect(w).not.toContain('The table “Engines compared”');
    // A first header cell of no kind (`Name`) leaves the stem the table's place.
    const named = drafts(
      EN.replace('| Engine | Server process |', '| Name | Server process |'),
      'engines.en.md',
    );
    expect(named.map((d) => d.prompt)).toContain(
      'In the table under “Engines compared”, which one is marked yes for “Server process”?',
    );
    for (const d of named) expect(d.prompt).not.toContain('In the table “Engines compared”');
    // `Kind of tag` is the table's own first header cell (its heading is one of its rows).
    const git = parseNotes(fixture('git-internals.en.md'));
    const tags = tableDrafts(generationContext(git)).drafts.filter((d) =>
      d.choices.some((c) => c.why?.includes('Kind of tag')),
    );
    expect(tags.length).toBeGreaterThan(0);
    for (const d of tags)
      for (const c of d.choices.filter((x) => x.why?.includes('Kind of tag')))
        expect(c.why).toMatch(/^The table “Kind of tag”/u);
  });

  it('two-tables-one-heading: two tables under one heading are named by their columns too', () => {
    const text = `# Shell

## Test commands

| Option | Effect | Default |
|---|---|---|
| set -e | errexit | off |
| set -u | nounset | off |
| set -o pipefail | pipefail | off |

| Feature | [ ] / test | [[ ]] |
|---|---|---|
| POSIX | yes | no |
| Pattern matching | no | yes |
| Word splitting of variables | yes | no |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| set -e | Exits on an unchecked failure | Catches every failure × |
| [[ ]] | A bash keyword without word splitting | Is POSIX × |
`;
    // With a first header cell of no kind (`Name`), the stem names the table (`entity-kind`).
    const en = drafts(text.replace('| Option |', '| Name |'), 'shell.en.md');
    const prompts = en.map((d) => d.prompt);
    expect(
      prompts.some((p) =>
        p.startsWith('In the table of “Name” and “Effect” under “Test commands”'),
      ),
    ).toBe(true);
    for (const p of prompts) expect(p).not.toContain('the table under “Test commands”');
    const why = en.flatMap((d) => d.choices.map((c) => c.why ?? ''));
    expect(why.some((w) => w.startsWith('The table of “'))).toBe(true);
    const ja = drafts(
      `# シェル

## テストコマンド

| 名前 | 効果 | 既定値 |
|---|---|---|
| set -e | エラーで終了する | オフ |
| set -u | 未定義変数をエラーにする | オフ |
| set -o pipefail | パイプの途中の失敗を返す | オフ |

| 機能 | [ ] / test | [[ ]] |
|---|---|---|
| POSIX | あり | なし |
| パターン照合 | なし | あり |
| 変数の単語分割 | あり | なし |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| set -e | 検査されない失敗で終了する | すべての失敗を捕まえる × |
| [[ ]] | 単語分割しない bash のキーワード | POSIX である × |
`,
      'shell.ja.md',
    );
    const asked = ja.filter((d) => d.prompt.includes('テストコマンド'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked)
      expect(d.prompt).toMatch(/^「テストコマンド」の節の「[^」]+」「[^」]+」の表で/u);
  });
});

describe('value-names-its-row', () => {
  it('asks no row by a value that names it (`SOHO (Sun–Earth L1)` of L1, reading 24)', () => {
    const notes = `# Orbits

## Lagrange points

Five points where a small body keeps its place relative to two large ones.

| Point | Example use |
|---|---|
| L1 | SOHO (Sun–Earth L1), solar wind monitors |
| L2 | Space telescopes far from Earth's heat |
| L3 | None in practice |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Lagrange points | Five equilibrium points of a two-body system | They are all stable |
| Hohmann transfer | Two burns between circular orbits | One burn is enough |
| Escape velocity | Speed to leave without more thrust | It depends on the mass of the probe |
`;
    const ctx = generationContext(parseNotes({ path: 'orbits.en.md', text: notes }));
    const asked = tableDrafts(ctx).drafts.map((d) => d.prompt);
    expect(asked.some((p) => p.includes('“None in practice”'))).toBe(true);
    expect(asked.filter((p) => p.includes('SOHO'))).toEqual([]);
  });
});

describe('dash-says-nothing: no question asks which row has “—”', () => {
  it.each([
    'docs/readings/2026-12-03/semantic-versioning.ja/notes.md',
    'docs/readings/2026-12-03/rust-ownership.en/notes.md',
  ])('%s', (file) => {
    // Every table question the generator drafts, before the bank chooses.
    const tables = tableDrafts(generationContext(parseNotes(readSource(file)))).drafts;
    expect(tables.length).toBeGreaterThan(0);
    for (const q of tables) {
      expect(q.prompt).not.toMatch(/[「“][-–—－―][」”]/u);
      expect(q.choices.find((c) => c.correct)?.text).not.toMatch(/^[-–—－―]$/u);
    }
  });
});
