/**
 * `name-words-tell-nothing` (src/quiz/text/runs.ts): the words of a concept's own name never make
 * two of its statements one fact, nor a true statement the correction of a wrong one. They only
 * ever untie: what is one fact with and without them stays one.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { sharesKey } from '../../../src/quiz/facts/fact.ts';
import { withSameFactsTied } from '../../../src/quiz/facts/same-fact.ts';
import { correctionClauseSaid } from '../../../src/quiz/generate/fit.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { saidInCorrection, statesCorrection } from '../../../src/quiz/review/option-rules.ts';
import { beyondName, withoutNameRuns } from '../../../src/quiz/text/runs.ts';
import { fixture, inline } from '../notes-helpers.ts';

const HASH = ['パスワードハッシュ'];

describe('withoutNameRuns / beyondName', () => {
  it("blanks the runs that are part of the concept's names, and nothing else", () => {
    expect(withoutNameRuns('元に戻せないハッシュで保存する', HASH)).toBe('元に戻せない で保存する');
    expect(withoutNameRuns('Packing changes object ids', ['Packfile'])).toBe(
      'packing changes object ids',
    );
    expect(withoutNameRuns('The preempting pod waits', ['Preemption'])).toBe(
      'the preempting pod waits',
    );
    // A one-character run is kept (`元` is in no name here, and `値` would say too little).
    expect(withoutNameRuns('値を保存する', ['値'])).toBe('値を保存する');
  });

  it('keeps a statement whole when nothing but name words is left', () => {
    expect(beyondName('パスワードハッシュ', HASH)).toBe('パスワードハッシュ');
    expect(beyondName('ハッシュ', HASH)).toBe('ハッシュ');
    expect(beyondName('遅いハッシュ関数', [])).toBe('遅いハッシュ関数');
  });

  it('reads a line of 1 MB in linear time', () => {
    for (const line of ['ハッシュ'.repeat(250_000), 'a-'.repeat(500_000), 'x'.repeat(1_000_000)]) {
      const started = performance.now();
      beyondName(line, HASH);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

describe('corrections read beyond the name', () => {
  const encrypt = '鍵が漏れれば元に戻せる。元に戻せないハッシュで保存する';
  const sha = '速すぎて総当たりに弱い。遅いハッシュ関数を使う';

  it('a correction of one misconception is no correction of another by the name alone', () => {
    // `遅いハッシュ関数を使う` shares with the encryption bullet's correction only `ハッシュ`.
    expect(saidInCorrection('遅いハッシュ関数を使う', encrypt)).toBe(true);
    expect(saidInCorrection('遅いハッシュ関数を使う', encrypt, HASH)).toBe(false);
    expect(statesCorrection('元に戻せないハッシュで保存する', sha, HASH)).toBe(false);
    const slower = '速すぎる。ハッシュ関数の計算を遅くする';
    expect(correctionClauseSaid('ハッシュ関数を使う', slower)).toBe(true);
    expect(correctionClauseSaid('ハッシュ関数を使う', slower, HASH)).toBe(false);
  });

  it('only unties: a statement that says its correction beyond the name still does', () => {
    expect(saidInCorrection('遅いハッシュ関数を使う', sha, HASH)).toBe(true);
    expect(statesCorrection('元に戻せないハッシュで保存する', encrypt, HASH)).toBe(true);
    expect(correctionClauseSaid('元に戻せないハッシュで保存する', encrypt, HASH)).toBe(true);
    // Too few words beside the name's to tell (`保存`): the clause is read whole.
    expect(correctionClauseSaid('遅いハッシュ関数で変換して保存', encrypt, HASH)).toBe(true);
  });
});

describe('paraphrase-beyond-name (true statements of one concept)', () => {
  const notes = inline([
    '# Security',
    '',
    '## パスワードハッシュ',
    '',
    'パスワードを平文ではなく、**遅いハッシュ関数**で変換して保存すること。',
    '',
    '**よくある誤解**:',
    '',
    '- × パスワードは暗号化して保存すればよい（鍵が漏れれば元に戻せる。元に戻せないハッシュで保存する）',
    '- × SHA-256でハッシュすれば安全（速すぎて総当たりに弱い。遅いハッシュ関数を使う）',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| パスワードハッシュ | **遅いハッシュ関数**で変換して保存 | 暗号化して保存 ×、SHA-256で十分 × |',
  ]);

  it('keeps the corrections of two misconceptions two facts, and a restatement one', () => {
    const doc = parseNotes(notes);
    const concept = doc.concepts.find((c) => c.name === 'パスワードハッシュ');
    if (!concept) throw new Error('no concept');
    const facts = withSameFactsTied(conceptFacts(doc, concept));
    const byText = (text: string) => {
      const found = facts.trues.find((t) => t.text === text);
      if (!found) throw new Error(`${text} not among ${facts.trues.map((t) => t.text)}`);
      return found;
    };
    const irreversible = byText('元に戻せないハッシュで保存する');
    const slow = byText('遅いハッシュ関数を使う');
    const summary = byText('遅いハッシュ関数で変換して保存');
    expect(sharesKey(irreversible.keys, slow.keys)).toBe(false);
    expect(sharesKey(irreversible.keys, summary.keys)).toBe(false);
    expect(sharesKey(slow.keys, summary.keys)).toBe(true);
  });

  it('gives パスワードハッシュ two questions, one per correction, each explained by its own', () => {
    const bank = buildQuestionBank([fixture('auth-security.ja.md')]);
    const questions = bank.questions.filter((q) => q.conceptName === 'パスワードハッシュ');
    expect(questions).toHaveLength(2);
    // One asks the hash (not encryption), the other the slow hash (not SHA-256).
    const facets = [/元に戻せない/, /遅いハッシュ関数/];
    for (const facet of facets) {
      const asking = questions.filter((q) =>
        facet.test(q.choices.find((c) => c.correct)?.text ?? ''),
      );
      expect(asking, String(facet)).toHaveLength(1);
    }
    // Neither offers the misconception its key corrects, and the slow hash is explained by the
    // notes' line on SHA-256, not by the encryption bullet.
    for (const q of questions) {
      const key = q.choices.find((c) => c.correct)?.text ?? '';
      const wrong = q.choices.filter((c) => !c.correct).map((c) => c.text);
      const corrected = /元に戻せない/.test(key) ? '暗号化' : 'SHA-256';
      expect(
        wrong.some((w) => w.includes(corrected)),
        q.id,
      ).toBe(false);
      if (/遅いハッシュ関数/.test(key)) {
        expect(q.explanation.why ?? '', q.id).toMatch(/速いハッシュ関数|SHA-256/);
        expect(q.explanation.why ?? '', q.id).not.toMatch(/暗号化/);
      }
    }
  });
});
