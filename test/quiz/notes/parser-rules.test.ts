/**
 * The parser's rules are tables of named rules, each with an example: every example reads as its
 * rule says. And the shapes real notes come in (issue 11 item 5) are read with their lines.
 */
import { describe, expect, it } from 'vitest';
import {
  ASKS_VALUES,
  NUMBER_ONLY_HEADINGS,
  OPTION_RULES,
  WRONG_STATEMENT_STEMS,
} from '../../../src/quiz/authored/authored-format.ts';
import { LINE_RULES, scanNotes, splitLines } from '../../../src/quiz/notes/blocks.ts';
import { bareHeading, NUMBERING_RULES } from '../../../src/quiz/notes/heading-match.ts';
import { INLINE_RULES, stripInline } from '../../../src/quiz/notes/inline.ts';
import {
  boldLead,
  DEFINITION_RULES,
  LABEL_RULES,
  RUN_IN_RULES,
  runInTitle,
} from '../../../src/quiz/notes/labels.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe('rule tables', () => {
  it.each(INLINE_RULES.map((r) => [r.name, r] as const))(
    'inline rule "%s" does what its example says',
    (_name, rule) => {
      const [markdown, plain] = rule.example;
      expect(rule.apply(markdown)).toBe(plain);
      expect(stripInline(markdown)).toBe(plain.replace(/\s+/g, ' ').trim());
    },
  );

  it.each(LINE_RULES.map((r) => [r.name, r] as const))(
    'line rule "%s" reads its example',
    (_name, rule) => {
      const lines = splitLines(rule.example);
      expect(rule.read(lines, 0)).not.toBeNull();
      // …and it is the rule that wins for that example.
      const first = LINE_RULES.find((r) => r.read(lines, 0) !== null);
      expect(first?.name).toBe(rule.name);
    },
  );

  it.each([...LABEL_RULES, ...DEFINITION_RULES].map((r) => [r.name, r] as const))(
    'label or definition rule "%s" reads its example',
    (_name, rule) => {
      const example = rule.example.replace(/^- /, '');
      expect(rule.read(example)).not.toBeNull();
    },
  );

  it.each(RUN_IN_RULES.map((r) => [r.name, r] as const))(
    'run-in title rule "%s" reads its example, and is the rule that wins for it',
    (_name, rule) => {
      const lead = boldLead(rule.example);
      if (!lead) throw new Error(rule.example);
      expect(rule.read(lead)).not.toBeNull();
      expect(RUN_IN_RULES.find((r) => r.read(lead) !== null)?.name).toBe(rule.name);
    },
  );

  it('reads no title from a list label, a sentence set in bold or bold running into a sentence', () => {
    expect(runInTitle('**Query cost.** A single request can nest lists')?.title).toBe('Query cost');
    expect(runInTitle('**Introspection**: the meta-fields')?.title).toBe('Introspection');
    expect(runInTitle('**Common misconceptions**:')).toBeNull();
    expect(runInTitle('**ポイント**: 即エラー')).toBeNull();
    expect(runInTitle('**Always set a timeout on every remote call.** Otherwise')).toBeNull();
    expect(runInTitle('**ラベル値が1つ増えるごとに、時系列が1本増えます。** メモリも')).toBeNull();
    expect(runInTitle('**Fields** are nullable by default')).toBeNull();
    // A line of a megabyte in bold is read in linear time and is no title.
    expect(runInTitle(`**${'a '.repeat(500_000)}.** rest`)).toBeNull();
  });

  it.each(NUMBERING_RULES.map((r) => [r.name, r] as const))(
    'numbering rule "%s" is dropped from its example',
    (_name, rule) => {
      expect(rule.length(rule.example)).toBeGreaterThan(0);
      expect(bareHeading(rule.example)).not.toMatch(/^[(（第\d]/);
    },
  );

  it.each(
    [...NUMBER_ONLY_HEADINGS, ...OPTION_RULES, ...ASKS_VALUES, ...WRONG_STATEMENT_STEMS].map(
      (r) => [r.name, r] as const,
    ),
  )('question-format rule "%s" reads its example', (_name, rule) => {
    const example = rule.example.replace(/^- /, '').replace(/^(問う|Asks):\s*/, '');
    expect(rule.read(example)).not.toBeNull();
  });
});

describe('shapes of real notes', () => {
  it('headings: closing #s (but C# keeps its #), setext underlines, 7 #s are text', () => {
    const { blocks } = scanNotes(
      ['## サーガ ##', '### C#', 'Circuit breaker', '===', 'Bulkhead', '---', '####### seven'].join(
        '\n',
      ),
    );
    expect(
      blocks.map((b) => (b.type === 'heading' ? [b.level, b.text, b.line] : [b.type, b.line])),
    ).toEqual([
      [2, 'サーガ', 1],
      [3, 'C#', 2],
      [1, 'Circuit breaker', 3],
      [2, 'Bulkhead', 5],
      ['text', 7],
    ]);
  });

  it('tables without outer pipes, with full-width pipes and colons, CRLF line ends, <br> in cells', () => {
    const text = [
      '概念 | 正しい理解 | よくある誤解',
      '--- | :---: | ---',
      'サイドカー | **補助機能**を追加 | 中継 ×<br>変換 ×',
      '',
      '## デプロイ戦略',
      '',
      '｜戦略｜特徴｜',
      '｜---｜：---：｜',
      '｜カナリア｜一部のユーザーにだけ**新バージョン**｜',
      '｜ブルーグリーン｜2つの環境を切り替える｜',
    ].join('\r\n');
    const doc = parseNotes({ path: 'shapes.md', text });
    expect(doc.problems).toEqual([]);
    expect(
      doc.concepts.map((c) => [c.name, c.correct, c.keyPhrases, c.misconceptions, c.source.line]),
    ).toEqual([['サイドカー', '補助機能を追加', ['補助機能'], ['中継', '変換'], 3]]);
    expect(doc.comparisons).toEqual([
      {
        header: ['戦略', '特徴'],
        rows: [
          ['カナリア', '一部のユーザーにだけ新バージョン'],
          ['ブルーグリーン', '2つの環境を切り替える'],
        ],
        line: 7,
        section: 'デプロイ戦略',
        emphasis: [
          [false, true],
          [false, false],
        ],
        rowLines: [9, 10],
      },
    ]);
  });

  it('a matrix table (isolation level × phenomenon) keeps its header, cells, section and lines', () => {
    const doc = parseNotes(
      inline([
        '## 分離レベルと異常',
        '',
        '| 分離レベル | ダーティリード | ファジーリード | ファントムリード |',
        '|---|---|---|---|',
        '| READ UNCOMMITTED | 発生 | 発生 | 発生 |',
        '| READ COMMITTED | **防止** | 発生 | 発生 |',
        '| REPEATABLE READ | 防止 | 防止 | 発生 |',
        '| SERIALIZABLE | 防止 | 防止 | 防止 |',
      ]),
    );
    const [table] = doc.comparisons;
    expect(table?.header).toEqual([
      '分離レベル',
      'ダーティリード',
      'ファジーリード',
      'ファントムリード',
    ]);
    expect(table?.rows.map((r) => r[0])).toEqual([
      'READ UNCOMMITTED',
      'READ COMMITTED',
      'REPEATABLE READ',
      'SERIALIZABLE',
    ]);
    expect(table?.rows[1]).toEqual(['READ COMMITTED', '防止', '発生', '発生']);
    expect(table?.emphasis?.[1]).toEqual([false, true, false, false]);
    expect([table?.section, table?.line, table?.rowLines]).toEqual([
      '分離レベルと異常',
      3,
      [5, 6, 7, 8],
    ]);
  });

  it('points and × bullets outside the summary, with corrections and lines, in every common shape', () => {
    const doc = parseNotes(
      inline([
        '## サーキットブレーカー', // 1
        '', // 2
        'エラー率が閾値を超えると即エラーを返す。', // 3
        '', // 4
        '#### ポイント', // 5
        '', // 6
        '- 「キューに入れて後で処理」ではない → **即エラー**', // 7
        '  - 詳しくは下の表', // 8
        '', // 9
        'ポイント：秒間リクエスト数の上限ではない', // 10
        '', // 11
        '> **Point**: it fails *fast*', // 12
        '', // 13
        '**ポイント**:', // 14
        '状態は3つ（Closed / Open / Half-Open）', // 15
        '', // 16
        '##### よくある誤解', // 17
        '', // 18
        '* × キューに溜める', // 19
        '    * 即エラーを返す', // 20
        '・× 秒間リクエスト数を制限する（それはレート制限）', // 21
        '1. ✗ リトライする → しない', // 22
        '× 段落に書いた誤解（訂正）', // 23
      ]),
    );
    const [section] = doc.sections;
    expect(doc.sections).toHaveLength(1);
    expect(section?.pointLines?.map((p) => [p.line, p.text])).toEqual([
      [7, '「キューに入れて後で処理」ではない → 即エラー'],
      [8, '詳しくは下の表'],
      [10, '秒間リクエスト数の上限ではない'],
      [12, 'it fails fast'],
      [15, '状態は3つ（Closed / Open / Half-Open）'],
    ]);
    expect(section?.misconceptions).toEqual([
      { statement: 'キューに溜める', correction: '即エラーを返す', line: 19 },
      { statement: '秒間リクエスト数を制限する', correction: 'それはレート制限', line: 21 },
      { statement: 'リトライする', correction: 'しない', line: 22 },
      { statement: '段落に書いた誤解', correction: '訂正', line: 23 },
    ]);
    expect(section?.intro).toBe('エラー率が閾値を超えると即エラーを返す。');
  });

  it('a hard-wrapped × bullet is one statement and its correction, under a label or not', () => {
    const doc = parseNotes(
      inline([
        '## Virtual environment', // 1
        '', // 2
        'A directory with its own site-packages.', // 3
        '', // 4
        '**Common misconceptions**:', // 5
        '', // 6
        '- × A virtual environment can be moved to another directory (its scripts and', // 7
        '  `pyvenv.cfg` hold absolute paths; recreate it)', // 8
        '- × It copies the standard library (only site-packages is its own)', // 9
        '', // 10
        '- × A venv is a full copy of Python (the standard library stays with the', // 11
        '  base interpreter)', // 12
        'Next paragraph opens in upper case.', // 13
      ]),
    );
    const [section] = doc.sections;
    expect(section?.misconceptions).toEqual([
      {
        statement: 'A virtual environment can be moved to another directory',
        correction: 'its scripts and pyvenv.cfg hold absolute paths; recreate it',
        line: 7,
      },
      {
        statement: 'It copies the standard library',
        correction: 'only site-packages is its own',
        line: 9,
      },
      {
        statement: 'A venv is a full copy of Python',
        correction: 'the standard library stays with the base interpreter',
        line: 11,
      },
    ]);
  });

  it('a point line left open (a comma, `in`, `with`) goes on below, whatever the next line opens on', () => {
    const doc = parseNotes(
      inline([
        '## Object key', // 1
        '', // 2
        'A bucket is a flat namespace.', // 3
        '', // 4
        'Key point: the folders in the console are key prefixes grouped by a `/` delimiter in', // 5
        '`ListObjectsV2`. Renaming one means copying every object under it.', // 6
        '', // 7
        'Key point: two writers both succeed unless the writes are conditional (`If-None-Match`,', // 8
        '`If-Match`). Add a lifecycle rule with', // 9
        '`AbortIncompleteMultipartUpload`.', // 10
        '', // 11
        '**Point**: Fails fast', // 12
        'Queues nothing', // 13
      ]),
    );
    const [section] = doc.sections;
    expect(section?.points).toEqual([
      'the folders in the console are key prefixes grouped by a / delimiter in ListObjectsV2. Renaming one means copying every object under it.',
      'two writers both succeed unless the writes are conditional (If-None-Match, If-Match). Add a lifecycle rule with AbortIncompleteMultipartUpload.',
      'Fails fast',
      'Queues nothing',
    ]);
  });

  it('japanese-spaced-strong: the spaces Japanese notes put around bold go with the marks (reading 24)', () => {
    expect(stripInline('`-j` を **数字なしで** 指定すると **上限なし** になり')).toBe(
      '-j を数字なしで指定すると上限なしになり',
    );
    // Beside a Latin word, and between two bold phrases, the space is a word's space.
    expect(stripInline('Pod の **Service** を使う')).toBe('Pod の Service を使う');
    expect(stripInline('**同期** **非同期**')).toBe('同期 非同期');
    // A megabyte of spaced marks is read in one pass, and no mark is left.
    expect(stripInline('視 ** '.repeat(200_000)).includes('*')).toBe(false);
  });

  it('bold, italic, code spans and links are plain text in names, cells and bullets', () => {
    const doc = parseNotes(
      inline([
        '## [Saga](https://example.com/saga) *pattern*',
        '',
        '- × uses `2PC` across **services** (it uses ~~locks~~ local transactions)',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| [Saga](#saga) | __Local__ transactions and *messages* | `2PC` ×; distributed **locks** × |',
      ]),
    );
    expect(
      doc.concepts.map((c) => [c.name, c.correct, c.keyPhrases, c.misconceptions, c.section]),
    ).toEqual([
      [
        'Saga',
        'Local transactions and messages',
        ['Local'],
        ['2PC', 'Distributed locks'],
        'Saga pattern',
      ],
    ]);
    expect(doc.sections[0]?.misconceptions[0]).toEqual({
      statement: 'uses 2PC across services',
      correction: 'it uses locks local transactions',
      line: 3,
    });
  });

  it('a heading that names a concept, or holds labels of its own, is a section even when it reads as a label word', () => {
    const doc = parseNotes(
      inline([
        '## Notes', // 1
        '', // 2
        '#### Log replication', // 3
        '', // 4
        'The leader sends each entry to followers.', // 5
        '', // 6
        '- × Followers apply entries at once (only committed ones)', // 7
        '', // 8
        '#### Term', // 9
        '', // 10
        'A **monotonically increasing number** that names each election period.', // 11
        '', // 12
        '**Common misconceptions**:', // 13
        '', // 14
        '- × A term is a fixed length of time (it lasts until the next election)', // 15
        '', // 16
        '#### States', // 17
        '', // 18
        '**Point**: a member is a leader, a follower or a candidate.', // 19
        '', // 20
        '**Common misconceptions**:', // 21
        '', // 22
        '- × A member can be two at once (one state at a time)', // 23
        '', // 24
        '#### Examples', // 25
        '', // 26
        '- etcd', // 27
        '', // 28
        '| Concept | Correct understanding | Common misconceptions |', // 29
        '|---|---|---|', // 30
        '| Log replication | committed once a majority stores it | committed on the leader × |', // 31
        '| Term | a monotonically increasing election number | a fixed length of time × |', // 32
      ]),
    );
    const byHeading = new Map(doc.sections.map((s) => [s.heading, s]));
    expect([...byHeading.keys()]).toEqual(['Notes', 'Log replication', 'Term', 'States']);
    expect(byHeading.get('Log replication')?.misconceptions.map((m) => m.statement)).toEqual([
      'Followers apply entries at once',
    ]);
    const term = byHeading.get('Term');
    expect(term?.intro).toBe('A monotonically increasing number that names each election period.');
    expect(term?.misconceptions.map((m) => m.statement)).toEqual([
      'A term is a fixed length of time',
    ]);
    expect(doc.concepts.find((c) => c.name === 'Term')?.section).toBe('Term');
    // `#### States` holds a point and misconceptions: a section; `#### Examples` only lists: a label.
    expect(byHeading.get('States')?.misconceptions).toHaveLength(1);
    expect(
      byHeading.get('States')?.lists?.map((l) => [l.label, l.items.map((i) => i.text)]),
    ).toEqual([
      ['Point', ['a member is a leader, a follower or a candidate.']],
      ['Common misconceptions', []],
      ['Examples', ['etcd']],
    ]);
  });

  it("label-in-its-section: a label heading as high as the notes' parts is a part of its own (reading 88)", () => {
    const notes = (takeaways: string) =>
      parseNotes(
        inline([
          '# Tire grip',
          '',
          '## Reading the sidewall',
          '',
          'Useful when comparing tires for the test car.',
          '',
          takeaways,
          '',
          '- The tire needs slip (angle or ratio) to make force',
          '- K > 0 is a design choice, not a drivetrain destiny',
        ]),
      );
    const apart = notes('## Takeaways');
    expect(apart.sections.map((s) => s.heading)).toEqual([
      'Tire grip',
      'Reading the sidewall',
      'Takeaways',
    ]);
    expect(apart.sections.find((s) => s.heading === 'Reading the sidewall')?.points).toEqual([]);
    // Under the section, the same label is the section's own.
    const under = notes('### Takeaways');
    expect(under.sections.map((s) => s.heading)).toEqual(['Tire grip', 'Reading the sidewall']);
    expect(under.sections.find((s) => s.heading === 'Reading the sidewall')?.points).toHaveLength(
      2,
    );
  });
});

describe('a heading that opens on a bare number', () => {
  it('is the section of the concept whose name holds that number (`401 Unauthorized`)', () => {
    const doc = parseNotes(
      inline([
        '# Status codes',
        '',
        '### 401 Unauthorized',
        '',
        'The client is not authenticated.',
        '',
        '### 403 Forbidden',
        '',
        'The client is known but not allowed.',
        '',
        '## Summary',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| 401 Unauthorized | **Not authenticated** | Missing permission × |',
        '| 403 Forbidden | **Not allowed** | Not logged in × |',
      ]),
    );
    expect(doc.concepts.map((c) => [c.name, c.section])).toEqual([
      ['401 Unauthorized', '401 Unauthorized'],
      ['403 Forbidden', '403 Forbidden'],
    ]);
  });
});

describe('wrapped-bullet', () => {
  const doc = parseNotes(
    inline([
      '# HTTP caching',
      '',
      '### ETag',
      '',
      '- `ETag: "v42"`: opaque string chosen by the server; the client echoes it in',
      '  `If-None-Match`, the server answers `304 Not Modified` if it still matches.',
      '- **Weak ETag**: compared loosely, so it still works in',
      '  `If-None-Match` but not in `If-Range`.',
      '',
      'Derive ETags from content, not from inode numbers.',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| ETag | an opaque validator | a hash of the body × |',
    ]),
  );
  const etag = doc.sections.find((s) => s.heading === 'ETag');

  it('reads a line indented under a bullet as the rest of it, never as the intro', () => {
    // The paragraph below the list is no intro either (intro-before-lists).
    expect(etag?.intro).toBeNull();
    expect(etag?.definitions?.find((d) => d.term === 'Weak ETag')?.text).toContain('If-None-Match');
  });

  it('carries on the term the bullet defined', () => {
    expect(etag?.definitions?.find((d) => d.term === 'Weak ETag')?.text).toBe(
      'compared loosely, so it still works in If-None-Match but not in If-Range.',
    );
  });
});

describe('wrapped-intro', () => {
  const sectionOf = (lines: readonly string[]) =>
    parseNotes(
      inline([
        '# CPU pipelines',
        '',
        '#### Speculative execution',
        '',
        ...lines,
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Speculative execution | runs ahead on the predicted path | it is only for loops × |',
      ]),
    ).sections.find((s) => s.heading === 'Speculative execution');

  it('reads a first sentence wrapped over lines whole, not cut at the end of its first line', () => {
    const section = sectionOf([
      'After predicting a branch, the core keeps fetching and **executing** instructions on the predicted',
      'path before the branch resolves. If the prediction was wrong, those instructions are',
      '**squashed**: their results never retire.',
    ]);
    expect(section?.intro).toBe(
      'After predicting a branch, the core keeps fetching and executing instructions on the predicted path before the branch resolves.',
    );
  });

  it('carries it over as many lines as it takes, and no further than its stop', () => {
    const section = sectionOf([
      'After predicting a branch, the core keeps fetching',
      'and executing instructions on the predicted path',
      'before the branch resolves.',
      'Nothing of this is seen by the program.',
    ]);
    expect(section?.intro).toBe(
      'After predicting a branch, the core keeps fetching and executing instructions on the predicted path before the branch resolves.',
    );
  });

  it('carries a paragraph of thousands of wrapped lines with no stop only so far', () => {
    const lines = Array.from(
      { length: 20_000 },
      (_, i) => `and then line ${i} goes on without a stop`,
    );
    const section = sectionOf(['The core runs ahead', ...lines]);
    expect(section?.intro?.startsWith('The core runs ahead and then line 0')).toBe(true);
    expect(section?.intro?.length ?? 0).toBeLessThan(2_100);
  });

  it('leaves a first line that ends its sentence as it was', () => {
    const section = sectionOf([
      'The core runs ahead on its guess.',
      'after a blank-free line in lower case nothing is joined.',
    ]);
    expect(section?.intro).toBe('The core runs ahead on its guess.');
  });
});

describe('intro-before-lists', () => {
  const sectionOf = (lines: readonly string[]) =>
    parseNotes(
      inline([
        '# Chocolate',
        '',
        '## 9. Compound coating vs. couverture',
        '',
        ...lines,
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Compound coating | other fats, no tempering | needs tempering × |',
      ]),
    ).sections.find((s) => s.heading.startsWith('9.'));

  it('reads no intro from a paragraph below a list or table of the section', () => {
    const section = sectionOf([
      '- **Compound coating**: cocoa butter replaced by lauric fats, which set without tempering.',
      '',
      '| | Couverture | Compound coating |',
      '|---|---|---|',
      '| Needs tempering | yes | no |',
      '',
      'EU law also allows up to 5% of certain non-cocoa vegetable fats in products sold as chocolate.',
    ]);
    expect(section?.intro).toBeNull();
  });

  it('keeps the paragraph that opens the section, before its list', () => {
    const section = sectionOf([
      'Compound coating swaps cocoa butter for other fats.',
      '',
      '- Sets without tempering.',
      '',
      'EU law also allows up to 5% of certain non-cocoa vegetable fats in products sold as chocolate.',
    ]);
    expect(section?.intro).toBe('Compound coating swaps cocoa butter for other fats.');
  });
});

describe('correction-below', () => {
  it('reads an arrow line indented under a × bullet as its correction', () => {
    const doc = parseNotes(
      inline([
        '### max-age',
        '',
        '- × `max-age` is an absolute timestamp',
        '  → that is `Expires`',
        '- × `max-age=0` forbids storing',
        '→ not indented: no correction of the bullet above',
      ]),
    );
    const section = doc.sections.find((s) => s.heading === 'max-age');
    expect(section?.misconceptions.map((m) => [m.statement, m.correction ?? null])).toEqual([
      ['max-age is an absolute timestamp', 'that is Expires'],
      ['max-age=0 forbids storing', null],
    ]);
  });

  it('keeps the bullet whole, parentheses and all, when its correction is below', () => {
    const doc = parseNotes(
      inline([
        '## スロースタート',
        '',
        '- × 名前どおり増え方がゆっくり（線形）',
        '  → 実際は指数的。輻輳回避のほうがゆっくり',
      ]),
    );
    const [wrong] = doc.sections.find((s) => s.heading === 'スロースタート')?.misconceptions ?? [];
    expect([wrong?.statement, wrong?.correction]).toEqual([
      '名前どおり増え方がゆっくり（線形）',
      '実際は指数的。輻輳回避のほうがゆっくり',
    ]);
  });
});

/** The section on 更新 of a notes file on 時効, with `lines` under its first sentence. */
function renewalSection(lines: readonly string[]) {
  return parseNotes(
    inline([
      '# 時効',
      '',
      '## 更新',
      '',
      '進行していた期間が無意味になり、新たにゼロから進行する。',
      '',
      ...lines,
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 更新 | ゼロから進行 | 承認では更新されない × |',
    ]),
  ).sections.find((s) => s.heading === '更新');
}

describe('aside-before-colon', () => {
  const definitionsOf = (bullet: string) => renewalSection([bullet])?.definitions;

  it('reads a bold term with a short aside before its colon as a definition of the term', () => {
    expect(
      definitionsOf('- **承認**（152条）：債務者が権利の存在を認めること')?.map((d) => [
        d.term,
        d.text,
      ]),
    ).toEqual([['承認', '債務者が権利の存在を認めること']]);
    expect(
      definitionsOf('- **Queue** (RabbitMQ, SQS): a message goes to one consumer')?.map(
        (d) => d.term,
      ),
    ).toEqual(['Queue']);
  });

  it('keeps a bold word whose aside opens the sentence, or runs long, as no definition', () => {
    // No colon after the aside: the bold word is a part of the sentence.
    expect(definitionsOf('- **承認**（152条）があれば期間はゼロから進行する')).toEqual([]);
    const long = `- **承認**（${'あ'.repeat(60)}）：債務者が認めること`;
    expect(definitionsOf(long)).toEqual([]);
  });

  it('reads a 1 MB line of brackets in linear time', () => {
    const line = `- **承認**（${'（'.repeat(1_000_000)}`;
    expect(definitionsOf(line)).toEqual([]);
  });
});

describe('definition-children', () => {
  const sectionOf = renewalSection;

  it('reads a bullet nested under a term that opens on the term as more of its definition', () => {
    const section = sectionOf([
      '- **承認**（152条）：債務者が権利の存在を認めること',
      '  - 承認には、処分の行為能力・権限は不要',
    ]);
    expect(section?.definitions?.map((d) => [d.term, d.text, d.nested ?? false])).toEqual([
      ['承認', '債務者が権利の存在を認めること', false],
      ['承認', '承認には、処分の行為能力・権限は不要', true],
    ]);
  });

  it('leaves a nested bullet that speaks of something else to the section', () => {
    const section = sectionOf([
      '- **PG 特有の注意**: インデックスだけでは行が可視か判断できない',
      '  - visibility map で全タプル可視のページだけヒープアクセスを省略できる',
    ]);
    expect(section?.definitions?.map((d) => d.term)).toEqual(['PG 特有の注意']);
  });
});

describe('reversed-definition', () => {
  const rule = DEFINITION_RULES.find((r) => r.name === 'description, then the bold term it names');
  const termOf = (line: string): string | null => rule?.read(line)?.term ?? null;

  it('reads a description that ends on its bold term as a definition of the term', () => {
    expect(
      termOf(
        'The lowest point reached afterwards is the **frequency nadir**; it depends on both inertia and primary response.',
      ),
    ).toBe('frequency nadir');
    expect(
      termOf(
        'The temperature at which that happens (for a given cooling rate) is the **closure temperature**.',
      ),
    ).toBe('closure temperature');
    expect(termOf('自己免疫で内因子が作れないものを**悪性貧血**という')).toBe('悪性貧血');
    // Reading 53: keyed to 腐敗防止層, the other concept of its section.
    expect(
      termOf(
        'コンテキスト同士の関係（誰が上流で誰が下流か、どう統合するか）を図にしたものが**コンテキストマップ**。',
      ),
    ).toBe('コンテキストマップ');
  });

  it('leaves a name described in bold, a term that opens a longer clause and a pointer alone', () => {
    // `CLS` is what the line describes; the bold says what it is.
    expect(termOf('CLS is the **largest session window**, not the sum over the page.')).toBeNull();
    expect(
      termOf('The steepest line touches the frontier at the **tangency portfolio** T — the best'),
    ).toBeNull();
    expect(termOf('The set of such rules is the **policy** engine the notes describe')).toBeNull();
    expect(termOf('これを**インコンテキスト学習**と呼ぶが、重みは更新されない')).toBeNull();
    // The bold term is the subject of what follows, not the predicate.
    expect(termOf('大事なのが**境界**の引き方で、モデルはその内側でだけ通じる')).toBeNull();
  });

  it('reads a 1 MB line of stars in linear time', () => {
    expect(termOf(`The ${'**'.repeat(500_000)}`)).toBeNull();
  });
});
