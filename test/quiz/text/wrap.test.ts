/** Hard-wrapped lines of notes read as the sentences they are. */
import { describe, expect, it } from 'vitest';
import { sectionSentences, wholeIntro } from '../../../src/quiz/facts/true-statements.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { continuesSentence, joinWrapped, WRAP_RULES } from '../../../src/quiz/text/wrap.ts';

describe('wrap rules', () => {
  it.each(WRAP_RULES.map((r) => [r.name, r]))('%s: its example', (name, rule) => {
    const [previous, next] = rule.example;
    const language = /[ぁ-んァ-ン一-龯]/.test(previous + next) ? 'ja' : 'en';
    const expected = !['sentence-ended', 'marked-line'].includes(name);
    expect(continuesSentence(previous, next, language)).toBe(expected);
  });

  it('carry a line on whose parenthesis is open, or that ends on `like` (issue 11)', () => {
    expect(
      continuesSentence(
        'Only the final stage (or the stage chosen with',
        '--target) are in the resulting image.',
        'en',
      ),
    ).toBe(true);
    expect(
      continuesSentence(
        'Virtual nodes (e.g. 100–200 per server) or algorithms like',
        'Maglev are needed to get an even spread.',
        'en',
      ),
    ).toBe(true);
    expect(continuesSentence('Keys move (a few', '- × every key moves', 'en')).toBe(false);
  });

  it('carry a long paragraph line on below, and not a short one nor an item (english-paragraph-line)', () => {
    // A short line is a label or a title: the next line starts afresh.
    expect(continuesSentence('Symptoms of icing', 'RPM drops first.', 'en')).toBe(false);
    expect(
      continuesSentence(
        'When you apply carburetor heat, the engine may first run rougher and lose more',
        'RPM drops.',
        'en',
        true,
      ),
    ).toBe(false);
  });

  it('keep list items apart (a Japanese item ends without 。)', () => {
    expect(
      continuesSentence('- CSRFトークンを検証する', '- Cookie に SameSite を付ける', 'ja'),
    ).toBe(false);
    expect(continuesSentence('- CSRFトークンを検証する', 'Cookie に SameSite を付ける', 'ja')).toBe(
      false,
    );
    expect(continuesSentence('1. トークンを検証する', '次に Cookie を確かめる', 'ja')).toBe(false);
  });

  it('carry a Japanese paragraph line that stops short of 。 on to the next (japanese-paragraph-line)', () => {
    expect(
      continuesSentence(
        'スプリットブレインは、判断した側が昇格し、元のプライマリも生きたまま',
        '書き込みを受け続ける状態。',
        'ja',
      ),
    ).toBe(true);
    expect(
      continuesSentence('旧プライマリを確実に止める', 'フェンシングを組み合わせる。', 'ja'),
    ).toBe(true);
    expect(continuesSentence('設定はこうなる', '```yaml', 'ja')).toBe(false);
    // A list item (its marker already off in the body) ends where it ends.
    expect(
      continuesSentence(
        '大きな木構造の根が0になると、子を次々に解放するので、その間は止まる',
        'CPythonは循環参照を回収するために、世代別GCも持っている。',
        'ja',
        true,
      ),
    ).toBe(false);
  });

  it('carry an English line left open on to a line that opens on code or a capital', () => {
    expect(continuesSentence('conditional (`If-None-Match`,', '`If-Match`).', 'en')).toBe(true);
    expect(
      continuesSentence('Add a lifecycle rule with', 'AbortIncompleteMultipartUpload.', 'en'),
    ).toBe(true);
    expect(continuesSentence('Stores the file name', 'Keeps one copy per commit', 'en')).toBe(
      false,
    );
    expect(continuesSentence('Logs every call in', 'Built-in', 'en')).toBe(true);
    expect(continuesSentence('A plugin built in', 'Go runs in-process', 'ja')).toBe(false);
  });

  it('join Japanese without a space and English with one', () => {
    expect(joinWrapped('生体（指紋、顔）のうち、', '異なる種類')).toBe(
      '生体（指紋、顔）のうち、異なる種類',
    );
    expect(joinWrapped('shares one connection, with', 'compressed headers')).toBe(
      'shares one connection, with compressed headers',
    );
  });

  it('read a 1 MB line in linear time', () => {
    const line = 'あ'.repeat(1_000_000);
    const start = performance.now();
    // Two lines of a Japanese paragraph, the first short of 。: one sentence.
    expect(continuesSentence(line, line, 'ja')).toBe(true);
    expect(continuesSentence(`- ${line}`, line, 'ja')).toBe(false);
    expect(joinWrapped(line, 'x').length).toBe(1_000_001);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('sentences of a section', () => {
  const text = [
    '#### CSRF',
    '',
    'ログイン中の利用者に、**罠サイトから意図しないリクエストを送らせる**攻撃。ブラウザが対象サイトの',
    'Cookieを自動で付けて送るために成立する。',
    '',
    '**多要素**（パスワード）・**所持**（スマートフォン）のうち、',
    '異なる種類の要素を組み合わせる。',
    '',
    '**対策**：',
    '',
    '- CSRFトークンを検証する',
    '- Cookie に SameSite を付ける',
    '',
  ].join('\n');
  const doc = parseNotes({ path: 'csrf.ja.md', text });
  const section = doc.sections.find((s) => s.heading === 'CSRF');

  it('are whole sentences, not the wrapped tail of one', () => {
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'ja');
    expect(sentences).toContain('ブラウザが対象サイトのCookieを自動で付けて送るために成立する');
    expect(sentences.some((s) => s.startsWith('Cookieを自動で'))).toBe(false);
    expect(sentences.some((s) => s.includes('のうち、 '))).toBe(false);
    expect(sentences.some((s) => s.includes('検証するCookie'))).toBe(false);
  });

  it('give a first sentence that runs on over a wrapped line without a space', () => {
    if (!section) throw new Error('no section');
    expect(wholeIntro(section)).not.toContain('、 ');
  });
});

describe('a first line that opens a list (opens-a-list)', () => {
  const text = [
    '## 高速リカバリ',
    '',
    'Reno の手順：',
    '',
    '1. 3 重複 ACK で ssthresh を半分にする',
    '2. 欠けたセグメントを再送する',
  ].join('\n');
  const section = parseNotes({ path: 'tcp.ja.md', text }).sections.find(
    (s) => s.heading === '高速リカバリ',
  );

  it('is no first sentence: it only introduces the lines below', () => {
    if (!section) throw new Error('no section');
    expect(section.intro).toBe('Reno の手順：');
    expect(wholeIntro(section)).toBeNull();
  });
});

describe('a section of bullets only', () => {
  const text = [
    '### s-maxage',
    '',
    '- Applies to shared caches only (CDN, reverse proxy). Browsers ignore it.',
    '- Overrides `max-age` for shared caches, so `max-age=60, s-maxage=86400` gives',
    '  browsers one minute and the CDN one day.',
  ].join('\n');
  const section = parseNotes({ path: 'http.en.md', text }).sections.find(
    (s) => s.heading === 's-maxage',
  );

  it('has no first sentence, and every sentence of its bullets is a statement', () => {
    if (!section) throw new Error('no section');
    expect(section.intro).toBeNull();
    expect(sectionSentences(section, 'en')).toContain(
      'Applies to shared caches only (CDN, reverse proxy)',
    );
  });
});

describe('bullets one under another', () => {
  const text = [
    '### Box',
    '',
    '- 実行時のオーバーヘッドはヒープ確保・解放のみ。カウンタなし',
    '- スコープを抜けると中身ごとドロップ',
    '- the value moves to the heap and is freed with',
    '  its owner',
  ].join('\n');
  const section = parseNotes({ path: 'rust.ja.md', text }).sections.find(
    (s) => s.heading === 'Box',
  );

  it('are lines of their own, never one sentence run on over the next bullet', () => {
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'ja');
    expect(sentences).toContain('スコープを抜けると中身ごとドロップ');
    expect(sentences.some((s) => s.includes('カウンタなしスコープ'))).toBe(false);
    expect(section.bodyItems).toEqual([true, true, true, false]);
  });
});

describe('a bullet after a table', () => {
  // The body holds a table's rows as lines of their own: one entry of bodyItems per row, so the
  // bullet below it is still read as a line of its own (`Old base images…` is no wrapped line).
  const text = [
    '### IANA time zone',
    '',
    'Zone IDs name locations.',
    '',
    '| Zone | Offset |',
    '|---|---|',
    '| Asia/Tokyo | +09:00 |',
    '| Asia/Kolkata | +05:30 |',
    '',
    '- old base images can carry outdated rules',
    '- zone IDs are not countries',
  ].join('\n');
  const section = parseNotes({ path: 'tz.en.md', text }).sections.find(
    (s) => s.heading === 'IANA time zone',
  );

  it('is marked as an item on its own line, one entry per line of the body', () => {
    if (!section) throw new Error('no section');
    expect(section.body.split('\n')).toHaveLength(section.bodyItems?.length ?? 0);
    expect(section.bodyItems).toEqual([false, false, false, false, true, true]);
  });
});

describe('a dot between spaces', () => {
  const text = [
    '### .dockerignore',
    '',
    '- Shrinks the context upload and stops `COPY . .` from pulling in `.git` and `.env`.',
  ].join('\n');
  const section = parseNotes({ path: 'docker.en.md', text }).sections.find(
    (s) => s.heading === '.dockerignore',
  );

  it('ends no sentence (`COPY . .`)', () => {
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'en');
    expect(sentences.some((s) => s.endsWith('stops COPY'))).toBe(false);
    expect(sentences).toContain(
      'Shrinks the context upload and stops COPY . . from pulling in .git and .env',
    );
  });
});

describe('a stop inside parentheses', () => {
  const text = [
    '## sudo',
    '',
    '・認証は一定時間キャッシュされる（既定は 5 分。ディストリの設定で変わる）',
  ].join('\n');
  const section = parseNotes({ path: 'sudo.ja.md', text }).sections.find(
    (s) => s.heading === 'sudo',
  );

  it('ends no sentence', () => {
    if (!section) throw new Error('no section');
    const sentences = sectionSentences(section, 'ja');
    expect(sentences.some((s) => s.startsWith('ディストリ'))).toBe(false);
  });
});

describe('a point wrapped over lines', () => {
  const text = [
    '## MULTI / EXEC',
    '',
    'Queues commands and runs them as one block.',
    '',
    'Point: it is **not** a rollback transaction. Syntax errors found while queuing abort the whole',
    '`EXEC`, but runtime errors do not. For check-and-set, combine with `WATCH` (optimistic',
    'locking).',
  ].join('\n');
  const section = parseNotes({ path: 'redis.en.md', text }).sections.find(
    (s) => s.heading === 'MULTI / EXEC',
  );

  it('gives no sentence from a line of it (`EXEC, but runtime errors do not`)', () => {
    if (!section) throw new Error('no section');
    expect(section.points).toHaveLength(1);
    expect(sectionSentences(section, 'en').some((s) => s.startsWith('EXEC, but'))).toBe(false);
  });
});

describe('arrow-at-end', () => {
  const text = [
    '## Rational method',
    '',
    'Peak flow from a small catchment: Q = CiA.',
    '',
    'Example: 12-acre commercial site, C = 0.85, Tc = 10 min, 25-yr intensity 6.2 in/hr →',
    'Q = 0.85 × 6.2 × 12 ≈ 63 cfs.',
  ].join('\n');
  const section = parseNotes({ path: 'hydrology.en.md', text }).sections.find(
    (s) => s.heading === 'Rational method',
  );

  it('carries a line that ends on an arrow on to the next', () => {
    expect(continuesSentence('site, C = 0.85, 6.2 in/hr →', 'Q = 0.85 × 6.2 × 12', 'en')).toBe(
      true,
    );
    const example = section?.lists?.find((l) => l.label === 'Example');
    expect(example?.items.map((i) => i.markdown)).toEqual([
      '12-acre commercial site, C = 0.85, Tc = 10 min, 25-yr intensity 6.2 in/hr → Q = 0.85 × 6.2 × 12 ≈ 63 cfs.',
    ]);
  });
});
