/** One fact said twice gets one set of keys, so that the bank asks it once. */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import type { Fact } from '../../../src/quiz/facts/fact.ts';
import { SAME_FACT_RULES, withSameFactsTied } from '../../../src/quiz/facts/same-fact.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { matchKey } from '../../../src/quiz/text/normalize.ts';
import { fixture } from '../notes-helpers.ts';

function fact(
  text: string,
  truth: boolean,
  source: Fact['source'],
  key: string,
  why: string | null = null,
): Fact {
  return {
    keys: [key],
    conceptId: 'c',
    text,
    truth,
    why,
    source,
    evidence: { file: 'x.md', line: 1, words: text },
    section: null,
  };
}

const rule = (name: string) => {
  const found = SAME_FACT_RULES.find((r) => r.name === name);
  if (!found) throw new Error(name);
  return found;
};

const ctx = { summary: matchKey('パスワードごとのランダムな値') };

describe('same-fact rules', () => {
  it('longer-holds-shorter: a true statement a longer one of the concept says again', () => {
    const correction = fact(
      '1行で多数のキーを書き換えるので更新は重い',
      true,
      'bullet-correction',
      'L:53',
    );
    const point = fact(
      '検索は速いが、更新は遅い。1行の更新で多くのキーのエントリを書き換えるため（fastupdate で緩和できる）',
      true,
      'point',
      'L:49',
    );
    expect(rule('longer-holds-shorter').same(correction, point, ctx)).toBe(true);
    expect(rule('longer-holds-shorter').same(point, correction, ctx)).toBe(true);
    // Two uses of one index are two facts.
    const range = fact('範囲検索やソートにも使える', true, 'bullet-correction', 'L:31');
    const ops = fact('=、<、BETWEEN、IS NULL に使える', true, 'feature', 'L:25');
    expect(rule('longer-holds-shorter').same(range, ops, ctx)).toBe(false);
    // The summary cell is tied by its own rules; a misconception is no true statement.
    const cell = fact('1行で多数のキーを書き換えるので更新は重い', true, 'summary', 'S');
    expect(rule('longer-holds-shorter').same(cell, point, ctx)).toBe(false);
    const wrong = fact('1行で多数のキーを書き換えるので更新は重い', false, 'bullet', 'L:9');
    expect(rule('longer-holds-shorter').same(wrong, point, ctx)).toBe(false);
  });

  it('same-first-clause: two true statements that open on one clause', () => {
    const summary = fact(
      'New objects are allocated in Eden; survivors are copied, then promoted to the old generation',
      true,
      'summary',
      'S',
    );
    const sentence = fact(
      'New objects are allocated in Eden (in thread-local allocation buffers, a pointer bump)',
      true,
      'sentence',
      'T:1',
    );
    expect(rule('same-first-clause').same(summary, sentence, ctx)).toBe(true);
    // Another clause first is another fact; so is a short opening (`It is`) and a misconception.
    const survivors = fact('Objects that survive a collection are copied', true, 'sentence', 'T:2');
    expect(rule('same-first-clause').same(summary, survivors, ctx)).toBe(false);
    const short = fact('It is cheap; a pointer bump', true, 'point', 'L:3');
    const short2 = fact('It is cheap (no lock taken)', true, 'point', 'L:4');
    expect(rule('same-first-clause').same(short, short2, ctx)).toBe(false);
    const wrong = fact(
      'New objects are allocated in Eden (never elsewhere)',
      false,
      'bullet',
      'L:5',
    );
    expect(rule('same-first-clause').same(summary, wrong, ctx)).toBe(false);
  });

  it('summary-condenses-intro: a summary cell and the first sentence it condenses', () => {
    const summary = fact(
      'Version identifier; unchanged → 304 without a body',
      true,
      'summary',
      'S',
    );
    const intro = fact('An identifier of one version of a resource', true, 'intro', 'L:1');
    expect(rule('summary-condenses-intro').same(summary, intro, ctx)).toBe(true);
    // A first sentence about something else of the concept is another fact.
    const other = fact('The client sends it back in If-None-Match', true, 'intro', 'L:2');
    expect(rule('summary-condenses-intro').same(summary, other, ctx)).toBe(false);
  });

  it('intro-holds-summary: a summary cell whose words the first sentence holds (shipped bank, observability)', () => {
    const cell = fact('データを変換・整形', true, 'summary', 'S');
    const intro = fact(
      '外部からのリクエストに対してデータフォーマットを変換するコンテナ',
      true,
      'intro',
      'L:1',
    );
    expect(rule('intro-holds-summary').same(cell, intro, ctx)).toBe(true);
    expect(rule('intro-holds-summary').receiver?.(cell, intro)).toBe(intro);
    const traces = fact(
      'Follow one request across services via propagated context',
      true,
      'summary',
      'S',
    );
    const tracesIntro = fact(
      'Follow one request across services: a trace is a tree of spans that share a trace id, passed from service to service in a header (W3C traceparent)',
      true,
      'intro',
      'L:2',
    );
    expect(rule('intro-holds-summary').same(tracesIntro, traces, ctx)).toBe(true);
    // A term defined in another section is the concept's first sentence too.
    const pods = fact('Pod数を維持するよう自動起動', true, 'summary', 'S');
    const definition = fact(
      'Pod障害時に指定数を満たすよう自動でPodを起動',
      true,
      'definition',
      'L:3',
    );
    expect(rule('intro-holds-summary').same(pods, definition, ctx)).toBe(true);
    // Two shared nouns (署名, トークン) are not the same fact: JWT's cell is a feature, its first
    // sentence its structure.
    const jwt = fact('署名で改ざんを検出できるトークン', true, 'summary', 'S');
    const jwtIntro = fact(
      'ヘッダー・ペイロード・署名の3つを . でつないだトークン',
      true,
      'intro',
      'L:4',
    );
    expect(rule('intro-holds-summary').same(jwt, jwtIntro, ctx)).toBe(false);
    // Not a feature: only the first sentence restates the cell by design.
    const feature = fact('データのフォーマット変換', true, 'feature', 'L:5');
    expect(rule('intro-holds-summary').same(cell, feature, ctx)).toBe(false);
  });

  it('says-summary-key-phrase: a true statement that says the phrase the summary cell emphasises (os-memory)', () => {
    const summary = fact(
      '対応のないページへのアクセスで起きる例外で、多くは正常な動作',
      true,
      'summary',
      'S',
    );
    const correction = fact(
      'ほとんどは正常な動作で、カーネルがページを用意して処理が続く',
      true,
      'bullet-correction',
      'L:1',
    );
    const phrases = { ...ctx, keyPhrases: ['正常な動作'] };
    const same = rule('says-summary-key-phrase');
    expect(same.same(summary, correction, phrases)).toBe(true);
    expect(same.receiver?.(summary, correction)).toBe(correction);
    // Denied, the phrase is another fact; a one-word phrase is a topic, not a fact.
    const denied = fact('ページフォールトは正常な動作ではない', true, 'point', 'L:2');
    expect(same.same(summary, denied, phrases)).toBe(false);
    const merge = fact('Creates a merge commit with two parents', true, 'summary', 'S');
    const ff = fact(
      'A fast-forward moves the branch: no merge commit is made',
      true,
      'point',
      'L:3',
    );
    expect(same.same(merge, ff, { ...ctx, keyPhrases: ['merge commit'] })).toBe(false);
    const topic = fact('密結合（サービスを直接参照）', true, 'feature', 'L:4');
    const cell = fact('密結合、低レイテンシ', true, 'summary', 'S');
    expect(same.same(cell, topic, { ...ctx, keyPhrases: ['密結合'] })).toBe(false);
    // Two statements neither of which is the summary cell are left to the other rules.
    expect(same.same(correction, denied, phrases)).toBe(false);
  });

  it('correction-stated-elsewhere: a misconception and the true statement its correction quotes', () => {
    const wrong = fact(
      '秘密にしておく必要がある',
      false,
      'summary-misconception',
      'R:0',
      'ノートには「ソルトは秘密にする必要はなく、ハッシュ値と一緒に保存してよい」とある',
    );
    const point = fact(
      'ソルトは秘密にする必要はなく、ハッシュ値と一緒に保存してよい',
      true,
      'point',
      'L:9',
    );
    expect(rule('correction-stated-elsewhere').same(wrong, point, ctx)).toBe(true);
    const unrelated = fact('ハッシュする前にパスワードに加える', true, 'sentence', 'L:8');
    expect(rule('correction-stated-elsewhere').same(wrong, unrelated, ctx)).toBe(false);
    // 「正しくは『summary』」 names no statement in particular: no feature is tied to it.
    const fallback = fact(
      'コード記述量を減らす',
      false,
      'summary-misconception',
      'R:1',
      '正しくは「ヒューマンエラー回避、工数削減」',
    );
    const feature = fact('ヒューマンエラー回避、工数削減', true, 'feature', 'L:7');
    expect(
      rule('correction-stated-elsewhere').same(fallback, feature, {
        summary: matchKey('ヒューマンエラー回避、工数削減'),
      }),
    ).toBe(false);
  });
});

describe('facts of a concept', () => {
  it('tie the first sentence to the summary cell it restates, one way', () => {
    const text = [
      '#### Preflight request',
      '',
      'An OPTIONS request the browser sends before a cross-origin request that is not "simple", to ask whether the real request is allowed.',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Preflight request | `OPTIONS` sent **only before non-simple** cross-origin requests | Sent before every cross-origin request × |',
      '',
    ].join('\n');
    const doc = parseNotes({ path: 'preflight.en.md', text });
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const facts = withSameFactsTied(conceptFacts(doc, concept));
    const cell = facts.trues.find((f) => f.source === 'summary');
    const intro = facts.trues.find((f) => f.source === 'intro');
    if (!cell || !intro) throw new Error('no cell or intro');
    // The first sentence asks what the cell asks…
    expect(cell.keys.every((k) => intro.keys.includes(k))).toBe(true);
    // …and the cell keeps its own keys: what is tied to the first sentence does not reach it.
    const untied = conceptFacts(doc, concept).trues.find((f) => f.source === 'summary');
    expect(cell.keys).toEqual(untied?.keys);
    expect(intro.keys.length).toBeGreaterThan(cell.keys.length);
  });

  it('tie a misconception to the point that corrects it', () => {
    const text = [
      '#### ソルト',
      '',
      'パスワードごとに作る**ランダムな値**。ハッシュする前にパスワードに加える。',
      '',
      '**ポイント**: ソルトは秘密にする必要はなく、ハッシュ値と一緒に保存してよい。',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|-----|-----------|-------------|',
      '| ソルト | パスワードごとの**ランダムな値** | 秘密にしておく必要がある × |',
      '',
    ].join('\n');
    const doc = parseNotes({ path: 'salt.ja.md', text });
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const facts = withSameFactsTied(conceptFacts(doc, concept));
    const wrong = facts.falses.find((f) => f.text.includes('秘密にしておく'));
    const point = facts.trues.find((f) => f.text.includes('秘密にする必要はなく'));
    expect(wrong && point && wrong.keys.some((k) => point.keys.includes(k))).toBe(true);
  });
});

describe('longer-holds-shorter ties one way (a first sentence takes the keys of what it holds)', () => {
  it('keeps what the longer is tied to off the shorter (python-packaging: pyproject.toml)', () => {
    const doc = parseNotes(fixture('python-packaging.en.md'));
    const concept = doc.concepts.find((c) => c.name === 'pyproject.toml');
    if (!concept) throw new Error('no concept');
    const trues = withSameFactsTied(conceptFacts(doc, concept)).trues;
    const summary = trues.find((t) => t.source === 'summary');
    const point = trues.find((t) => t.source === 'point');
    const intro = trues.find((t) => t.source === 'intro');
    if (!summary || !point || !intro) throw new Error(JSON.stringify(trues));
    // `Names the build backend and the project metadata` and `[project] dependencies declares
    // ranges the project works with` are two facets; the first sentence holds both.
    expect(summary.keys.some((k) => point.keys.includes(k))).toBe(false);
    expect(intro.keys.some((k) => summary.keys.includes(k))).toBe(true);
    expect(intro.keys.some((k) => point.keys.includes(k))).toBe(true);
  });
});

describe('same-genus-and-differentia', () => {
  const same = rule('same-genus-and-differentia');

  it('ties a summary cell and a first sentence that end on the same word and head noun (弱参照)', () => {
    const summary = fact('到達可能性に数えられない参照', true, 'summary', 'R:1');
    const intro = fact(
      '参照していても、GCがオブジェクトの生死を判定するときに数えない参照です。',
      true,
      'intro',
      'L:2',
    );
    expect(same.same(summary, intro, ctx)).toBe(true);
    expect(same.same(intro, summary, ctx)).toBe(true);
  });

  it('leaves definitions told apart by another word, or that are no noun phrase', () => {
    const summary = fact('到達可能性に数えられない参照', true, 'summary', 'R:1');
    expect(same.same(summary, fact('値を書き換えない参照', true, 'intro', 'L:2'), ctx)).toBe(false);
    expect(
      same.same(summary, fact('参照は数えない。キャッシュに使う', true, 'intro', 'L:2'), ctx),
    ).toBe(false);
    expect(same.same(summary, fact('数えない参照', true, 'point', 'L:2'), ctx)).toBe(false);
  });

  it('asks 弱参照’s definition once in the garbage-collection bank', () => {
    const doc = parseNotes(fixture('garbage-collection.ja.md'));
    const concept = doc.concepts.find((c) => c.name === '弱参照');
    if (!concept) throw new Error('弱参照');
    const tied = withSameFactsTied(conceptFacts(doc, concept));
    const summary = tied.trues.find((f) => f.source === 'summary');
    const intro = tied.trues.find((f) => f.source === 'intro');
    expect(summary?.keys.some((k) => intro?.keys.includes(k))).toBe(true);
  });
});
