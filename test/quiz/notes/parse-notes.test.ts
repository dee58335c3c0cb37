import { describe, expect, it } from 'vitest';
import { conceptIdOf, nameMarks, parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { fixture, inline } from '../notes-helpers.ts';

const TABLE_JA = ['| 概念 | 正しい理解 | よくある誤解 |', '|---|---|---|'];

describe('parseNotes', () => {
  it('reads English notes: header, sections, points, × bullets, tables', () => {
    const doc = parseNotes(fixture('resilience.en.md'));
    expect(doc.language).toBe('en');
    expect(doc.problems).toEqual([]);
    expect(doc.title).toBe('Resilience patterns — ideas that are easy to mix up');
    expect(doc.concepts.map((c) => [c.name, c.section])).toEqual([
      ['Retry', 'Retry'],
      ['Timeout', 'Timeout'],
      ['Bulkhead', 'Bulkhead'],
      ['Circuit breaker', 'Circuit breaker'],
      ['Rate limiter', 'Rate limiter'],
    ]);
    const retry = doc.concepts[0];
    expect(retry?.misconceptions).toEqual(['Any operation', 'Fixes permanent faults']);
    expect(retry?.keyPhrases).toEqual(['idempotent']);
    const section = doc.sections.find((s) => s.heading === 'Retry');
    expect(section?.points).toEqual([
      'Retrying is safe for idempotent operations (not every operation).',
    ]);
    expect(section?.misconceptions.map((b) => [b.statement, b.correction])).toEqual([
      ['Every operation can be retried safely', 'only idempotent ones'],
      ['Retries fix permanent faults', 'they only help with transient faults'],
    ]);
    expect(doc.comparisons.map((t) => t.section)).toEqual([
      'Retry vs Circuit breaker',
      'Pattern support',
    ]);
  });

  it('reads a wrapped point line that opens on code as the rest of the sentence above', () => {
    const doc = parseNotes(
      inline([
        '# Redis',
        '## MULTI / EXEC',
        'Queues commands and runs them as one block.',
        '',
        'Point: it is **not** a rollback transaction. Syntax errors found while queuing abort the whole',
        '`EXEC`, but runtime errors do not.',
      ]),
    );
    const points = doc.sections.find((s) => s.heading === 'MULTI / EXEC')?.points ?? [];
    expect(points).toHaveLength(1);
    expect(points[0]).toContain('abort the whole EXEC, but runtime errors do not');
  });

  it('reads Japanese notes with no front matter; a concept defined as a term in another section', () => {
    const doc = parseNotes(fixture('caching.ja.md'));
    expect(doc.title).toBe('キャッシュ戦略メモ');
    expect(doc.concepts.map((c) => [c.name, c.section])).toEqual([
      ['キャッシュアサイド', 'キャッシュアサイド'],
      ['ライトスルー', 'ライトスルー'],
      ['エッジキャッシュ', 'CDN'],
    ]);
    const bullets = doc.sections.find((s) => s.heading === 'キャッシュアサイド')?.misconceptions;
    // ASCII parentheses and full-width ones both carry the correction.
    expect(bullets?.map((b) => b.correction)).toEqual([
      'アプリが消すかTTLが切れるまで古い',
      'DBから読める',
    ]);
  });

  it('gives a concept the heading nested in a chapter of the same name, not the chapter', () => {
    const doc = parseNotes(
      inline(
        [
          '# Notes',
          '### 2. ページフォールト',
          '#### ページフォールト',
          'ページに物理メモリが対応付けられていないときの例外。',
          '#### デマンドページング',
          '初めて触れたときに割り当てる。',
          '### 3. 次の章',
          '## まとめ',
          ...TABLE_JA,
          '| ページフォールト | CPUが起こす例外 | 異常終了 × |',
          '| デマンドページング | 触れたときに割り当てる | 起動時に全部読む × |',
        ],
        'chapters.ja.md',
      ),
    );
    expect(doc.concepts.map((c) => [c.name, c.section])).toEqual([
      ['ページフォールト', 'ページフォールト'],
      ['デマンドページング', 'デマンドページング'],
    ]);
  });

  it('accepts the English header in any case and with "misconception" singular', () => {
    const doc = parseNotes(
      inline([
        '| CONCEPT | correct Understanding | Common Misconception |',
        '|--|--|--|',
        '| Cache | Fast reads | Always fresh × |',
      ]),
    );
    expect(doc.problems).toEqual([]);
    expect(doc.concepts.map((c) => [c.name, c.correct, c.misconceptions])).toEqual([
      ['Cache', 'Fast reads', ['Always fresh']],
    ]);
  });

  it('finds the columns by their header, in any order', () => {
    const doc = parseNotes(
      inline([
        '| よくある誤解 | 概念 | 正しい理解 |',
        '|---|---|---|',
        '| 速い × | ライトスルー | 書き込みは遅い |',
      ]),
    );
    expect(doc.concepts.map((c) => [c.name, c.correct, c.misconceptions])).toEqual([
      ['ライトスルー', '書き込みは遅い', ['速い']],
    ]);
  });

  it('ignores tables and headings inside fenced code, and reads CRLF files with a BOM', () => {
    const text = [
      '\uFEFF# メモ',
      '```md',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 偽物 | 偽物 | 偽物 × |',
      '```',
      ...TABLE_JA,
      '| 本物 | 正しい | 誤り × |',
    ].join('\r\n');
    const doc = parseNotes({ path: 'crlf.md', text });
    expect(doc.concepts.map((c) => c.name)).toEqual(['本物']);
    expect(doc.concepts[0]?.source.line).toBe(9);
  });

  it('display-math: skips a block of display math and a one-line formula, as it skips code', () => {
    const text = [
      '# Groundwater',
      '',
      '## Hydraulic conductivity',
      '',
      '$$',
      'K = \\frac{k \\rho g}{\\mu}',
      '$$',
      '',
      'Conductivity depends on the rock and on the fluid.',
      '',
      '## Faraday',
      '',
      '$$\\varepsilon = -N\\frac{d\\Phi}{dt}$$',
      '',
      'The EMF depends on the rate of change of the flux.',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Hydraulic conductivity | Depends on rock and fluid | A constant of the rock × |',
      '| Faraday | EMF from changing flux | A steady flux induces EMF × |',
    ].join('\n');
    const doc = parseNotes({ path: 'math.en.md', text });
    const intro = (heading: string) => doc.sections.find((s) => s.heading === heading)?.intro;
    expect(intro('Hydraulic conductivity')).toBe(
      'Conductivity depends on the rock and on the fluid.',
    );
    expect(intro('Faraday')).toBe('The EMF depends on the rate of change of the flux.');
    // A `$$` inside fenced code opens no math: the text after the fence is read.
    const fenced = parseNotes({
      path: 'fenced.en.md',
      text: ['# T', '', '## S', '', '```', '$$', '```', '', 'Read after the fence.'].join('\n'),
    });
    expect(fenced.sections.find((s) => s.heading === 'S')?.intro).toBe('Read after the fence.');
  });

  it('reports each bad row with its line and keeps the good ones', () => {
    const doc = parseNotes(fixture('broken/bad-rows.ja.md'));
    expect(doc.concepts.map((c) => c.name)).toEqual(['サーガ', '同一']);
    expect(doc.problems.map((p) => [p.line, p.message])).toEqual([
      [17, 'row has an empty concept cell'],
      [18, 'concept "空の理解" has an empty correct-understanding cell'],
      [19, 'duplicate concept "さーが" (first at line 16)'],
      [20, 'concept "同一": misconception "同じ文" is identical to the correct understanding'],
    ]);
    expect(doc.concepts.find((c) => c.name === '同一')?.misconceptions).toEqual([]);
  });

  it('keeps two names that differ only by + or # as two concepts (name-marks, reading 40)', () => {
    const doc = parseNotes(
      inline([
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| k-means | Minimises within-cluster sum of squares | Finds the global optimum × |',
        '| k-means++ | A seeding method for k-means | A different clustering algorithm × |',
        '| K Means | Written again | Again × |',
      ]),
    );
    expect(doc.concepts.map((c) => c.name)).toEqual(['k-means', 'k-means++']);
    expect(doc.problems.map((p) => p.message)).toEqual([
      'duplicate concept "K Means" (first at line 3)',
    ]);
    const [plain, marked] = doc.concepts;
    // The name without marks keeps the id it always had; its twin gets one of its own.
    expect(plain?.id).toBe(conceptIdOf('k-means'));
    expect(marked?.id).not.toBe(plain?.id);
    // Two marked twins and no plain name: two ids.
    const langs = parseNotes(
      inline([
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| C++ | Templates and RAII | A superset of C × |',
        '| C# | A managed language | The same as Java × |',
      ]),
    );
    expect(new Set(langs.concepts.map((c) => c.id)).size).toBe(2);
    expect(nameMarks('k-means++')).toBe('++');
    expect(nameMarks('C#')).toBe('#');
    expect(nameMarks('TCP + TLS')).toBe('');
    expect(nameMarks('#include')).toBe('');
  });

  it('reports a file without a misconception table at line 1', () => {
    const doc = parseNotes(fixture('broken/no-table.md'));
    expect(doc.concepts).toEqual([]);
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]).toMatchObject({
      file: 'test/fixtures/notes/broken/no-table.md',
      line: 1,
    });
    expect(doc.problems[0]?.message).toMatch(/no misconception table/);
    // The table it does have is read as a comparison table.
    expect(doc.comparisons).toHaveLength(1);
  });

  it('reports a table with no usable row at the table, and an empty table', () => {
    expect(parseNotes(fixture('broken/no-usable-row.md')).problems.map((p) => p.line)).toEqual([
      3, 5, 6,
    ]);
    const empty = parseNotes(inline(['# x', '', ...TABLE_JA]));
    expect(empty.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'misconception table has no rows'],
    ]);
  });

  it('reads labelled lists, definitions and the intro of a section', () => {
    const doc = parseNotes(
      inline([
        '## ブローカー',
        '',
        '**メッセージ**を仲介する仕組みです。次の文。',
        '',
        '**特徴**：',
        '',
        '- 疎結合',
        '- **バッファリング**可能',
        '',
        '**メリット**: 配信保証が容易',
        '',
        '> **キューとは**: 一時保管の場所',
        '',
        '- **Kafka**: 代表的な実装',
      ]),
    );
    const section = doc.sections[0];
    expect(section?.intro).toBe('メッセージを仲介する仕組みです。');
    expect(section?.lists?.map((l) => [l.label, l.items.map((i) => i.text)])).toEqual([
      ['特徴', ['疎結合', 'バッファリング可能']],
      ['メリット', ['配信保証が容易']],
    ]);
    expect(section?.definitions?.map((d) => [d.term, d.text])).toEqual([
      ['キュー', '一時保管の場所'],
      ['Kafka', '代表的な実装'],
    ]);
  });
});
