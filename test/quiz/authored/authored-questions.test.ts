/**
 * Hand-written questions in the notes: the format (headings or a list, task-list options, whys,
 * fields), the questions they become, and every problem with its line.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import type { Question } from '../../../src/quiz/types.ts';
import { inline, shippedNotes } from '../notes-helpers.ts';

const TABLE = [
  '## まとめ',
  '',
  '| 概念 | 正しい理解 | よくある誤解 |',
  '|---|---|---|',
  '| サーキットブレーカー | **エラーレート閾値**で**即エラー** | キュー待機 ×、秒間リクエスト上限 × |',
  '| レート制限 | 秒間リクエストの**上限** | 即エラー × |',
];

const CIRCUIT_BREAKER = [
  '## サーキットブレーカー', // 1
  '', // 2
  'エラー率が閾値を超えると即エラーを返す。', // 3
  '', // 4
  '**ポイント**: 「キューに入れて後で処理」ではない → **即エラー**', // 5
  '', // 6
  '### 問題', // 7
  '', // 8
  '#### Q1', // 9
  '', // 10
  '決済サービスのエラー率が閾値を超え、ブレーカーがOpenになった。', // 11
  '新しいリクエストはどう扱われるか？', // 12
  '', // 13
  '- [x] 下流を呼ばずに即座にエラーを返す', // 14
  '- [ ] キューに溜め、回復後にまとめて送る — キューに入れて後で処理する仕組みではない', // 15
  '- [ ] 秒間リクエスト数の上限を超えた分だけ拒否する', // 16
  '  - それはレート制限', // 17
  '', // 18
  '解説: 「キューに入れて後で処理」ではない → 即エラー', // 19
  '', // 20
];

function bankOf(lines: readonly string[], seed = 's'): ReturnType<typeof buildQuestionBank> {
  return buildQuestionBank([inline(lines, 'q.md')], { seed });
}

function authored(lines: readonly string[], seed = 's'): Question[] {
  return bankOf(lines, seed).questions.filter((q) => q.kind === 'authored');
}

function problemsOf(lines: readonly string[]): [number, string][] {
  return bankOf(lines)
    .problems.map((p): [number, string] => [p.line, p.message])
    .sort((a, b) => a[0] - b[0]);
}

describe('hand-written questions', () => {
  it('become authored questions of the concept whose section they sit in', () => {
    const [question, ...rest] = authored([...CIRCUIT_BREAKER, ...TABLE]);
    expect(rest).toEqual([]);
    expect(question).toMatchObject({
      kind: 'authored',
      conceptName: 'サーキットブレーカー',
      asksFor: 'correct',
      prompt:
        '決済サービスのエラー率が閾値を超え、ブレーカーがOpenになった。\n新しいリクエストはどう扱われるか？',
      section: 'サーキットブレーカー',
      language: 'ja',
      explanation: {
        why: '「キューに入れて後で処理」ではない → 即エラー',
        notes: [],
        source: { file: 'q.md', line: 1, section: 'サーキットブレーカー' },
      },
    });
    expect(new Set(question?.choices)).toEqual(
      new Set([
        { text: '下流を呼ばずに即座にエラーを返す', correct: true, why: null },
        {
          text: 'キューに溜め、回復後にまとめて送る',
          correct: false,
          why: 'キューに入れて後で処理する仕組みではない',
        },
        {
          text: '秒間リクエスト数の上限を超えた分だけ拒否する',
          correct: false,
          why: 'それはレート制限',
        },
      ]),
    );
    const bank = bankOf([...CIRCUIT_BREAKER, ...TABLE]);
    const concept = bank.concepts.find((c) => c.name === 'サーキットブレーカー');
    expect(question?.conceptId).toBe(concept?.id);
    expect(bank.problems).toEqual([]);
  });

  it('keep their id when the options are reordered or the seed changes; the options are shuffled by the seed', () => {
    const [first] = authored([...CIRCUIT_BREAKER, ...TABLE]);
    const reordered = [...CIRCUIT_BREAKER];
    [reordered[14], reordered[13]] = [reordered[13] ?? '', reordered[14] ?? ''];
    const [second] = authored([...reordered, ...TABLE]);
    expect(second?.id).toBe(first?.id);
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => {
        const [q] = authored([...CIRCUIT_BREAKER, ...TABLE], seed);
        expect(q?.id).toBe(first?.id);
        return q?.choices.map((c) => c.text).join('|');
      }),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('are read from a numbered list too; a stem asking for the wrong statement asks for the misconception', () => {
    const questions = authored([
      ...TABLE,
      '',
      '## Questions',
      '',
      '1. Which statement about the circuit breaker is NOT true?',
      '   - [x] It queues requests until the service recovers — it fails fast instead',
      '   - [ ] It fails fast while open — the notes say so',
      '   - [ ] It opens above an error-rate threshold — the notes say so',
      '   Concept: サーキットブレーカー',
      '2. What does a rate limiter bound?',
      '   - [x] Requests per second',
      '   - [ ] The error rate — that is the circuit breaker',
      '   - [ ] Threads per dependency — that is a bulkhead',
      '   Concept: レート制限',
      '   Explanation: 秒間リクエストの上限',
      '   Asks: correct',
    ]);
    expect(questions.map((q) => [q.prompt, q.conceptName, q.asksFor, q.explanation.why])).toEqual([
      [
        'Which statement about the circuit breaker is NOT true?',
        'サーキットブレーカー',
        'misconception',
        'it fails fast instead',
      ],
      ['What does a rate limiter bound?', 'レート制限', 'correct', '秒間リクエストの上限'],
    ]);
  });

  it('may be about a heading of the notes that is no concept, and point to another heading', () => {
    const [question] = authored([
      '## Protocol Buffer',
      '',
      '古いフィールドの番号は**reservedで残す**（再利用禁止）',
      '',
      ...TABLE,
      '',
      '## 問題',
      '',
      '### `.proto` の `string fax = 4;` が不要になった。互換性を保つ扱いはどれ？',
      '',
      '概念: Protocol Buffer',
      '出典: まとめ',
      '',
      '- [x] フィールドを削除し、番号4を reserved にする',
      '- [ ] 削除して、次のフィールドに番号4を割り当てる — 古いクライアントが別の意味で読んでしまう',
      '- [ ] 後続フィールドの番号を詰めて振り直す — 番号は一度使ったら変えない',
      '',
      '解説: 古いフィールドの番号はreservedで残す（再利用禁止）',
    ]);
    expect(question).toMatchObject({
      conceptName: 'Protocol Buffer',
      prompt: '.proto の string fax = 4; が不要になった。互換性を保つ扱いはどれ？',
      section: 'まとめ',
      explanation: { source: { file: 'q.md', line: 5, section: 'まとめ' } },
    });
  });

  it('are never read as a concept section, its points or bullets, or a comparison table', () => {
    const lines = [
      ...TABLE,
      '',
      '## Questions',
      '',
      '### サーキットブレーカーはどう振る舞う？',
      '',
      'Concept: サーキットブレーカー',
      '',
      '| 観点 | A | B |',
      '|---|---|---|',
      '| x | ○ | × |',
      '',
      '- [x] 即エラー — ',
      '- [ ] × キューに入れる — 違う',
      '- [ ] **ポイント**: 後で処理する — 違う',
      '',
      'Explanation: 即エラー',
    ];
    const doc = parseNotes(inline(lines, 'q.md'));
    expect(doc.sections.map((s) => s.heading)).toEqual(['まとめ']);
    expect(doc.comparisons).toEqual([]);
    expect(doc.concepts.map((c) => c.section)).toEqual([null, null]);
    expect(
      doc.sections.flatMap((s) => [...s.points, ...s.misconceptions.map((m) => m.statement)]),
    ).toEqual([]);
    expect(doc.problems.map((p) => [p.line, p.message])).toEqual([
      [14, 'a table in a question is not shown: write the question as text'],
    ]);
  });

  it('leave a 問題 section without options alone: it is ordinary notes', () => {
    const doc = parseNotes(
      inline([
        '## 問題',
        '',
        '同期呼び出しが連鎖すると遅延が積み重なる。',
        '',
        '- × 非同期なら解決（別の問題が出る）',
        ...TABLE,
      ]),
    );
    expect(doc.sections.map((s) => s.heading)).toEqual(['問題', 'まとめ']);
    expect(doc.sections[0]?.misconceptions.map((m) => m.statement)).toEqual(['非同期なら解決']);
    expect(doc.authored).toEqual([]);
    expect(doc.problems).toEqual([]);
  });

  it('report every broken rule with its line, and leave the broken question out', () => {
    const long = 'あ'.repeat(73);
    const lines = [
      ...TABLE, // 1-6
      '', // 7
      '## 問題', // 8
      '', // 9
      '### 答えがない', // 10
      '概念: サーキットブレーカー', // 11
      '- [ ] a — x', // 12
      '- [ ] b — x', // 13
      '- [ ] c — x', // 14
      '解説: x', // 15
      '### 答えが二つ', // 16
      '概念: サーキットブレーカー', // 17
      '- [x] a', // 18
      '- [x] b', // 19
      '- [ ] c — x', // 20
      '解説: x', // 21
      '### 選択肢が二つ', // 22
      '概念: サーキットブレーカー', // 23
      '- [x] a', // 24
      '- [ ] b — x', // 25
      '解説: x', // 26
      '### 理由がない・同じ選択肢・長すぎる', // 27
      '概念: サーキットブレーカー', // 28
      '- [x] a', // 29
      '- [ ] b', // 30
      '- [ ] A — x', // 31
      `- [ ] ${long} — x`, // 32
      '解説: x', // 33
      '### 解説がない', // 34
      '概念: サーキットブレーカー', // 35
      '- [x] a', // 36
      '- [ ] b — x', // 37
      '- [ ] c — x', // 38
      '### 知らない概念', // 39
      '概念: 存在しない', // 40
      '- [x] a', // 41
      '- [ ] b — x', // 42
      '- [ ] c — x', // 43
      '解説: x', // 44
      '### 概念なし', // 45
      '- [x] a', // 46
      '- [ ] b — x', // 47
      '- [ ] c — x', // 48
      '解説: x', // 49
      '### 選択肢の後の行', // 50
      '概念: サーキットブレーカー', // 51
      '- [x] a', // 52
      '- [ ] b — x', // 53
      '- [ ] c — x', // 54
      'これは何？', // 55
      '解説: x', // 56
      '問う: たぶん', // 57
      '出典: どこにもない見出し', // 58
      '### 選択肢が六つ', // 59
      '概念: サーキットブレーカー', // 60
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((o, i) => (i === 0 ? `- [x] ${o}` : `- [ ] ${o} — x`)), // 61-66
      '解説: x', // 67
      '### 長すぎる問題', // 68
      '概念: サーキットブレーカー', // 69
      'い'.repeat(3_000), // 70
      '- [x] a', // 71
      '- [ ] b — x', // 72
      '- [ ] c — x', // 73
      '解説: x', // 74
      '### 出典がない', // 75
      '概念: サーキットブレーカー', // 76
      '出典: どこにもない見出し', // 77
      '- [x] a', // 78
      '- [ ] b — x', // 79
      '- [ ] c — x', // 80
      '解説: x', // 81
      '### 同じ問題', // 82
      '概念: サーキットブレーカー', // 83
      '- [x] a', // 84
      '- [ ] b — x', // 85
      '- [ ] c — x', // 86
      '解説: x', // 87
      '### 同じ問題', // 88
      '概念: サーキットブレーカー', // 89
      '- [ ] c — y', // 90
      '- [x] a', // 91
      '- [ ] b — y', // 92
      '解説: y', // 93
    ];
    expect(problemsOf(lines)).toEqual([
      [10, 'no option is marked as the answer: mark the answer "- [x]"'],
      [19, '2 options are marked as the answer (lines 18, 19): mark exactly one "- [x]"'],
      [22, 'the question has 2 options; give 3 to 5 (two are a coin toss)'],
      [30, 'the option "b" has no why: add it after " — " or on an indented line below'],
      [31, 'the option repeats the one on line 29'],
      [32, 'the option is 73 characters; a button shows at most 72 (Slack: 75 with its number)'],
      [
        34,
        'the question has no explanation: add "解説: …" / "Explanation: …" with the notes\' own sentence',
      ],
      [
        40,
        'unknown concept "存在しない": name a concept of the misconception table or a heading of the notes',
      ],
      [45, 'name the concept the question is about: add "概念: NAME" / "Concept: NAME"'],
      [
        55,
        'this line is not an option ("- [x]" / "- [ ]"), a why under an option, or a field (概念: / 解説: / 出典: / 問う:)',
      ],
      [
        57,
        '"たぶん" is not something to ask for: write 正しいもの / 誤っているもの (correct / wrong)',
      ],
      [59, 'the question has 6 options; give at most 5'],
      [
        68,
        'the question with its options, whys and explanation is 3020 characters; the bot shows at most 3,000 in one block',
      ],
      [77, 'no heading "どこにもない見出し" in this file to point to'],
      [88, 'the same question as q.md:82'],
    ]);
    const questions = authored(lines);
    expect(questions.map((q) => q.prompt)).toEqual(['同じ問題']);
  });
});

describe('a file of hand-written questions only', () => {
  it('needs no misconception table of its own: its questions name concepts of other files', () => {
    const bank = buildQuestionBank([
      inline(TABLE, 'table.md'),
      inline(
        [
          '## Questions',
          '',
          '### What does the breaker do when open?',
          'Concept: サーキットブレーカー',
          '- [x] Fails fast',
          '- [ ] Queues the request — it is not a queue',
          '- [ ] Retries at once — that makes it worse',
          'Explanation: エラーレート閾値で即エラー',
        ],
        'questions.md',
      ),
    ]);
    expect(bank.problems).toEqual([]);
    const [question] = bank.questions.filter((q) => q.kind === 'authored');
    expect(question).toMatchObject({
      conceptId: bank.concepts[0]?.id,
      explanation: { source: { file: 'questions.md', line: 3, section: null } },
    });
  });
});

describe('the shipped notes with a hand-written question appended', () => {
  it('keep every generated question and add the authored one', () => {
    const shipped = shippedNotes();
    const before = buildQuestionBank([shipped]);
    const after = buildQuestionBank([
      {
        ...shipped,
        text: `${shipped.text}\n## 問題\n\n### サーガは何で整合性を取る？\n\n概念: サーガ\n\n- [x] ローカルTxを非同期メッセージでつなぐ\n- [ ] 分散トランザクション（2PC）で一度にコミットする — それは2PC\n- [ ] コーディネータが全サービスをロックする — ロックしない\n\n解説: SAGAは「分散トランザクション」ではない。ローカルTx + 非同期メッセージ。\n`,
      },
    ]);
    expect(after.problems).toEqual([]);
    expect(after.questions.filter((q) => q.kind !== 'authored')).toEqual(before.questions);
    const [question] = after.questions.filter((q) => q.kind === 'authored');
    expect(question).toMatchObject({ conceptName: 'サーガ', section: 'SAGAパターン' });
  });
});
