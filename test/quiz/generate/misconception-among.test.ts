/**
 * A misconception among siblings' truths: the notes' misconception of a concept, labelled with
 * its name, among true statements of its siblings, each labelled with theirs.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { documentQuestions } from '../../../src/quiz/generate/document-questions.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { NO_TOPIC_HEADINGS } from '../../../src/quiz/generate/misconception-among.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { optionLabel } from '../../../src/quiz/review/labelled-options.ts';
import { reviewDraft } from '../../../src/quiz/review-gate.ts';
import { inline, readSource, shippedAliases } from '../notes-helpers.ts';

/** Rate limiting notes: their opening, and their summary, with room for sections between. */
const RATE_OPENING = [
  '# Rate limiting',
  '',
  '## Token bucket, leaky bucket, fixed window counter and sliding window log',
  '',
  'A token bucket allows bursts. A leaky bucket smooths them. A fixed window counter resets at the boundary. A sliding window log keeps a timestamp per request.',
  '',
];
const RATE_SUMMARY = [
  '## Summary',
  '',
  '| Concept | Correct understanding | Common misconceptions |',
  '|---|---|---|',
  '| Token bucket | Tokens refill at rate r up to capacity b; a request spends a token | Unused tokens pile up forever |',
  '| Leaky bucket | A queue that drains at a constant rate and smooths bursts | It adds no latency |',
  '| Fixed window counter | One counter per calendar window, reset at the boundary | It never lets more than the limit through in any 60 s span |',
  '| Sliding window log | Keeps a timestamp per request; exact, but memory grows with the limit | It is cheap at high limits |',
];
const RATE_LIMITING = inline([...RATE_OPENING, ...RATE_SUMMARY]);

const REPLICATION = inline([
  '# レプリケーション',
  '',
  '## 同期・非同期・準同期レプリケーションとリードレプリカ',
  '',
  '同期レプリケーションはレプリカを待つ。非同期レプリケーションは待たない。準同期レプリケーションは1台だけ待つ。リードレプリカは読み取りを受ける。',
  '',
  '## まとめ',
  '',
  '| 概念 | 正しい理解 | よくある誤解 |',
  '|---|---|---|',
  '| 準同期レプリケーション | 少なくとも1台のACKを待ち、タイムアウトで非同期に降格する | 準同期はタイムアウトしても書き込みを拒否する |',
  '| 同期レプリケーション | コミット時にレプリカのWAL受信と永続化を待つ | レプリカが落ちても書き込みは止まらない |',
  '| 非同期レプリケーション | プライマリはレプリカの応答を待たずにコミットを返す | フェイルオーバーしてもデータは失われない |',
  '| リードレプリカ | 読み取りの負荷分散に使う | 書き込み性能もスケールする |',
]);

/** Every misconception-among draft written for `concept`, before assembly keeps one or none. */
function amongDrafts(source: ReturnType<typeof inline>, concept: string): Draft[] {
  const drafts: Draft[] = [];
  documentQuestions(parseNotes(source), () => [], {
    found: (subject, _template, found) => {
      if (subject?.concept.name !== concept) return;
      drafts.push(...found.drafts.filter((d) => d.template === 'misconception-among'));
    },
  });
  return drafts;
}

describe('misconception-among', () => {
  it("asks a concept's misconception, labelled with its name, among its siblings' labelled truths", () => {
    const drafts = amongDrafts(RATE_LIMITING, 'Token bucket');
    expect(drafts.length).toBeGreaterThan(0);
    const names = ['Token bucket', 'Leaky bucket', 'Fixed window counter', 'Sliding window log'];
    for (const d of drafts) {
      const key = d.choices.find((c) => c.correct);
      expect(key?.text).toBe('Token bucket: Unused tokens pile up forever');
      expect(key?.truth).toBe(false);
      const labels = d.choices.map((c) => optionLabel(c.text));
      // One option per concept, each a concept of the notes; the asked one only in the key.
      expect(new Set(labels).size).toBe(d.choices.length);
      for (const label of labels) expect(names).toContain(label);
      for (const c of d.choices.filter((x) => !x.correct)) {
        expect(c.truth).toBe(true);
        expect(optionLabel(c.text)).not.toBe('Token bucket');
      }
      // `notes-topic`: asked under the subject of the notes (their title).
      expect(d.prompt).toBe(
        'Which of these statements about “Rate limiting” is a common misconception?',
      );
      expect(d.why).toContain('Tokens refill at rate r up to capacity b');
    }
  });

  it('among-under-topic: concepts the notes set under one subheading are asked under it', () => {
    // auth-security.ja: XSS, CSRF and パスワードハッシュ sit under `### 攻撃と対策`.
    const bank = buildQuestionBank([readSource('test/fixtures/notes/auth-security.ja.md')], {
      aliases: shippedAliases(),
    });
    const underTopic = bank.questions.filter((q) =>
      q.prompt.startsWith('「攻撃と対策」について、次のうち誤っているもの'),
    );
    expect(underTopic.length).toBeGreaterThan(0);
    // Each is marked as asked across concepts (a concept's own misconception is not), so the daily
    // order tells them apart (selection.ts `own-misconception-fillers-next`).
    for (const q of underTopic) expect(q.across).toBe(true);
    const own = bank.questions.filter((q) =>
      q.prompt.includes('について誤っているもの（よくある誤解）'),
    );
    expect(own.length).toBeGreaterThan(0);
    for (const q of own) expect(q.across).toBeUndefined();
    // Under the notes' top heading alone, the subject of the notes is the topic (`notes-topic`).
    const drafts = amongDrafts(RATE_LIMITING, 'Token bucket');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts)
      expect(d.prompt).toBe(
        'Which of these statements about “Rate limiting” is a common misconception?',
      );
  });

  it('topic-heading: one of two or more sections of the notes that hold concepts is a topic', () => {
    // observability.en: `## The three signals` and `## Service levels` each hold concepts' sections.
    const bank = buildQuestionBank([readSource('test/fixtures/notes/observability.en.md')], {
      aliases: shippedAliases(),
    });
    const among = bank.questions.filter((q) => q.prompt.includes('is a common misconception?'));
    expect(among.length).toBeGreaterThan(0);
    const topics = new Set(among.map((q) => /“(.*)”/u.exec(q.prompt)?.[1]));
    // `topic-first`: each set is asked under the heading its concepts share, not the notes' title.
    expect([...topics].sort()).toEqual(['Service levels', 'The three signals']);
  });

  it.each(NO_TOPIC_HEADINGS.map((r) => [r.name, r.example]))(
    'topic-heading: %s turns down its example (%s)',
    (name, example) => {
      expect(NO_TOPIC_HEADINGS.find((r) => r.test(example))?.name).toBe(name);
    },
  );

  it('topic-heading: a plain heading is a topic for every rule', () => {
    for (const heading of ['The three signals', 'Service levels', '地震波', 'Part 1 — Caches'])
      expect(NO_TOPIC_HEADINGS.some((r) => r.test(heading))).toBe(false);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('なぜプールするのか'))).toBe(true);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test("Who's who"))).toBe(true);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('Who does what'))).toBe(true);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('Whole-genome sequencing'))).toBe(false);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('その他のドライバ'))).toBe(true);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('The basics'))).toBe(true);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('Theory'))).toBe(false);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('Making it work'))).toBe(true);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('Scaling patterns'))).toBe(false);
    expect(NO_TOPIC_HEADINGS.some((r) => r.test('String the bow'))).toBe(false);
  });

  it('subject-pronoun: an English statement whose subject was the name opens on `It`', () => {
    const summary = RATE_SUMMARY.map((line) =>
      line
        .replace('Unused tokens pile up forever', 'A token bucket is a queue of requests')
        .replace('It adds no latency', 'A leaky bucket has no latency cost'),
    );
    const source = inline([...RATE_OPENING, ...summary]);
    const keys = (concept: string): string[] =>
      amongDrafts(source, concept).flatMap((d) =>
        d.choices.filter((c) => c.correct).map((c) => c.text),
      );
    expect(keys('Token bucket')).toContain('Token bucket: It is a queue of requests');
    expect(keys('Leaky bucket')).toContain('Leaky bucket: It has no latency cost');
    for (const key of [...keys('Token bucket'), ...keys('Leaky bucket')])
      expect(key).not.toMatch(/: (Is|Has) /);
  });

  it('offers no statement with a label of its own: two labels would stack (own-label)', () => {
    const labelled = inline([
      ...RATE_OPENING,
      '### Leaky bucket',
      '',
      'A queue in front of the service.',
      '',
      '**Point**: Nginx gotcha: limit_req queues bursts up to its burst size.',
      '',
      ...RATE_SUMMARY,
    ]);
    const drafts = amongDrafts(labelled, 'Token bucket');
    expect(drafts.length).toBeGreaterThan(0);
    const offered = drafts.flatMap((d) => d.choices.map((c) => c.text));
    expect(offered.some((t) => t.startsWith('Leaky bucket: '))).toBe(true);
    expect(offered.some((t) => t.includes('Nginx gotcha'))).toBe(false);
  });

  it('among-last: every set across concepts is asked only where the concept has nothing else', () => {
    const drafts = amongDrafts(RATE_LIMITING, 'Token bucket');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((d) => d.filler === true)).toBe(true);
  });

  it('three-options-among: a set across concepts offers two other concepts, never three', () => {
    // Readers judged 11 % of four-option sets across concepts sound, 24 % of three-option ones
    // (readings 1-16): a fourth concept is one more idea the stem does not ask.
    for (const concept of ['Token bucket', 'Leaky bucket']) {
      const drafts = amongDrafts(RATE_LIMITING, concept);
      expect(drafts.length, concept).toBeGreaterThan(0);
      for (const d of drafts) expect(d.choices, concept).toHaveLength(3);
    }
  });

  it('sets a concept the notes relate to nothing beside other concepts of the notes, the same wherever its row stands (not-by-position, any-concept-of-the-notes)', () => {
    // The same table without the section that relates the four: neighbouring rows are no kin,
    // and they change as rows move. Token bucket has nothing but its summary cell to be asked
    // among, so the other concepts of the notes fill in, by their ids, not their rows.
    const rowsOnly = inline(RATE_LIMITING.text.split('\n').filter((_, i) => i < 1 || i > 5));
    expect(rowsOnly.text).not.toContain('## Token bucket');
    const drafts = amongDrafts(rowsOnly, 'Token bucket');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      expect(d.quality).toBeLessThan(0.9);
      expect(d.choices.find((c) => c.correct)?.text).toBe(
        'Token bucket: Unused tokens pile up forever',
      );
    }
    // Token bucket moved from the first row to the last: the same questions.
    const lines = rowsOnly.text.split('\n');
    const row = lines.findIndex((l) => l.startsWith('| Token bucket'));
    const moved = [...lines.slice(0, row), ...lines.slice(row + 1), lines[row] as string];
    const sets = (ds: Draft[]): string[][] => ds.map((d) => d.choices.map((c) => c.text).sort());
    expect(sets(amongDrafts(inline(moved), 'Token bucket'))).toEqual(sets(drafts));
  });

  it('offers no other concept’s statement that denies something beside a key that denies nothing', () => {
    // Fixed window counter (no kin of Token bucket, unlike Leaky bucket: both are buckets) says
    // what it does not do: a reader hunting for the negated option would pick it, and every such
    // set would lead that reader away from the key.
    const rows = RATE_LIMITING.text
      .split('\n')
      .filter((_, i) => i < 1 || i > 5)
      .map((l) =>
        l.startsWith('| Fixed window counter')
          ? '| Fixed window counter | It does not slide; one counter per calendar window, reset at the boundary | It never lets more than the limit through in any 60 s span |'
          : l,
      );
    const drafts = amongDrafts(inline(rows), 'Token bucket');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts)
      expect(d.choices.map((c) => c.text).join(' | ')).not.toContain('does not slide');
  });

  it('offers no phrase of a sibling’s prose as its truth (prose-phrase-no-claim)', () => {
    const phrased = inline([
      ...RATE_OPENING,
      '### Leaky bucket',
      '',
      'The classic shaper. Simplified:',
      '',
      'Requests wait in a queue that drains at a fixed rate.',
      '',
      ...RATE_SUMMARY,
    ]);
    const drafts = amongDrafts(phrased, 'Token bucket');
    expect(drafts.length).toBeGreaterThan(0);
    const offered = drafts.flatMap((d) => d.choices.map((c) => c.text));
    expect(offered.some((t) => t.startsWith('Leaky bucket: '))).toBe(true);
    expect(offered).not.toContain('Leaky bucket: The classic shaper');
  });

  it('asks a concept with true statements of its own among them, not beside unrelated concepts', () => {
    // Token bucket with a section of its own (three true statements), still related to nothing.
    const rowsOnly = RATE_LIMITING.text.split('\n').filter((_, i) => i < 1 || i > 5);
    const own = inline([
      ...rowsOnly,
      '',
      '## Token bucket',
      '',
      'A token bucket admits a burst of up to b requests at once.',
      '',
      '- Point: the refill rate r bounds the long-run average rate.',
      '- Point: one counter and one timestamp per key are all it stores.',
    ]);
    expect(amongDrafts(own, 'Token bucket')).toEqual([]);
  });

  it('passes the review: each option names its own concept, so no name marks one', () => {
    const doc = parseNotes(RATE_LIMITING);
    for (const d of amongDrafts(RATE_LIMITING, 'Token bucket'))
      expect(reviewDraft(d, 'seed', doc)).toEqual([]);
  });

  it('drops the head of the name as a Japanese topic: the label says it (`準同期は…`)', () => {
    const drafts = amongDrafts(REPLICATION, '準同期レプリケーション');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts)
      expect(d.choices.find((c) => c.correct)?.text).toBe(
        '準同期レプリケーション：タイムアウトしても書き込みを拒否する',
      );
    expect(drafts[0]?.prompt).toBe(
      '「レプリケーション」について、次のうち誤っているもの（よくある誤解）はどれ？',
    );
  });

  it('gives concepts of a one-misconception table misconception questions in the bank', () => {
    const bank = buildQuestionBank([REPLICATION]);
    const among = bank.questions.filter(
      (q) => q.kind === 'misconception-about' && q.prompt.includes('次のうち'),
    );
    expect(among.length).toBeGreaterThan(0);
    for (const q of among) {
      // The explanation names every other option as true, as the notes say.
      expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
      expect(q.asksFor).toBe('misconception');
    }
  });
});

describe('notes-topic and first sentences', () => {
  /** True when every bracket the text opens it closes, in order. */
  const closed = (text: string): boolean => {
    let depth = 0;
    for (const ch of text) {
      if ('（(「『'.includes(ch)) depth++;
      else if ('）)」』'.includes(ch)) depth--;
      if (depth < 0) return false;
    }
    return depth === 0;
  };
  const notes = (title: string) => ({
    path: 'cors.ja.md',
    text: `# ${title}

## Access-Control-Allow-Origin

- \`null\` の許可は危険（サンドボックス化された iframe や \`file://\` から \`Origin: null\` が来る。誰でも作れる）

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| 同一オリジンポリシー | スキーム・ホスト・ポートが同じものだけを同一とみなす | ドメインが同じなら同一オリジン |
| Access-Control-Allow-Origin | 読んでよいオリジンをサーバーが返すヘッダー。null の許可は危険（iframe や file:// から Origin: null が来る。誰でも作れる） | 付ければどこからでも安全に読める |
| プリフライト | 本番のリクエストの前に OPTIONS で許可を確かめる | すべてのリクエストで送られる |
| Cookie の SameSite | サイトをまたぐ送信を制限する属性 | オリジンごとに制限される |
`,
  });

  it('asks across concepts under the subject of the notes, and cuts no sentence inside brackets', () => {
    const source = notes('CORSと同一オリジンポリシー_ハマりどころ整理');
    const drafts = amongDrafts(source, '同一オリジンポリシー');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      expect(d.prompt).toBe(
        '「CORSと同一オリジンポリシー」について、次のうち誤っているもの（よくある誤解）はどれ？',
      );
      for (const c of d.choices) expect(closed(c.text), c.text).toBe(true);
    }
    // The long statement is offered whole, never cut at the stop inside its brackets.
    const offered = drafts.flatMap((d) => d.choices.map((c) => c.text));
    expect(offered.some((t) => t.includes('誰でも作れる）'))).toBe(true);
  });

  it('keeps the bare stem where the title names no subject (a sentence)', () => {
    const title =
      '今日は一日じゅうCORSのエラーに悩まされたので、調べたことを忘れないうちに書き残しておく';
    const drafts = amongDrafts(notes(title), '同一オリジンポリシー');
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts)
      expect(d.prompt).toBe('次のうち、誤っているもの（よくある誤解）はどれ？');
  });
});
