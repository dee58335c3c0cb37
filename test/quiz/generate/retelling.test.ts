/**
 * Two questions of one concept are not one question told twice: they share at most one
 * statement (assemble.ts, `retells`). 「選択率」 asked "which is wrong" (`*インデックスを張れば、
 * どのクエリも速くなる` beside `高いとSeq Scanを選ぶ`) and "which is right" (`*高いとSeq Scanを選ぶ`
 * beside `インデックスを張れば、どのクエリも速くなる`) was one pair of statements, roles swapped.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { assemble, type Candidate } from '../../../src/quiz/generate/assemble.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { matchKey } from '../../../src/quiz/text/normalize.ts';
import { QUALITY_NOTES } from '../bank-quality-expectations.ts';
import { readSource, shippedAliases } from '../notes-helpers.ts';

/** A statement draft about concept `a`: `texts` with the key first. */
function draft(kind: 'correct-about' | 'misconception-about', texts: string[], ask: string): Draft {
  return {
    template: kind,
    conceptId: 'a',
    conceptName: 'A',
    kind,
    asksFor: kind === 'correct-about' ? 'correct' : 'misconception',
    optionKind: 'statement',
    prompt: `Which statement about “A” is ${kind === 'correct-about' ? 'correct' : 'a misconception'}?`,
    choices: texts.map((text, i) => ({
      text,
      correct: i === 0,
      truth: kind === 'correct-about' ? i === 0 : i !== 0,
      why: null,
      keys: [`k:${text}`],
    })),
    section: null,
    language: 'en',
    why: null,
    notes: [],
    source: { file: 'x.md', line: 1, section: null },
    asks: [ask],
    quality: 1,
  };
}

const own = (d: Draft): Candidate => ({ draft: d, owner: { type: 'concept', key: 'a' } });

describe('assembling one concept', () => {
  it('does not ask the pair of statements a first question showed again, roles swapped', () => {
    const wrong = draft(
      'misconception-about',
      ['Any query gets faster', 'High: Seq Scan', 'Share of rows'],
      'm',
    );
    const swapped = draft(
      'correct-about',
      ['High: Seq Scan', 'Any query gets faster', 'Used with the same expression'],
      't',
    );
    const other = draft(
      'correct-about',
      ['Share of rows', 'Any query gets faster', 'Needs a rebuild'],
      'u',
    );
    const kept = assemble(
      [own(wrong), own(swapped), own({ ...other, template: 'correct-about-2' })],
      ['a'],
    );
    // `wrong` shares two statements with each of the others; they share one between them.
    expect(kept.map((d) => d.asks[0]).sort()).toEqual(['t', 'u']);
  });

  it('asks no mirror even as a concept’s last resort (no-mirror-even-last), but may a set across concepts', () => {
    // The concept has one misconception and one more true statement: "which is correct" is the
    // "which is wrong" question with its two statements' roles swapped, so it is left out…
    const wrong = draft(
      'misconception-about',
      ['x is 5 is safe', 'Warns since 3.8', 'is: identity'],
      'm',
    );
    const mirror = draft(
      'correct-about',
      ['Warns since 3.8', 'x is 5 is safe', 'Calls __iadd__'],
      't',
    );
    expect(assemble([own(wrong), own(mirror)], ['a']).map((d) => d.asks[0])).toEqual(['m']);
    // …while two sets across concepts that share other concepts' statements may both be asked.
    const among = (key: string, ask: string, last: string): Draft => ({
      ...draft('misconception-about', [key, 'B: a fact of B', 'C: a fact of C', last], ask),
      template: 'misconception-among',
    });
    const kept = assemble(
      [
        own(among('A: wrong one', 'w1', 'D: a fact of D')),
        own(among('A: wrong two', 'w2', 'E: a fact of E')),
      ],
      ['a'],
    );
    expect(kept.map((d) => d.asks[0]).sort()).toEqual(['w1', 'w2']);
  });

  it('first takes a question that leaves a second one beside it', () => {
    // `a1` (better) shares two statements with every other draft; `a2` leaves `a3` free.
    const a1 = { ...draft('correct-about', ['S1', 'W1', 'W2'], 'a1'), quality: 1.2 };
    const a2 = draft('correct-about', ['S2', 'W3', 'W4'], 'a2');
    const a3 = { ...draft('misconception-about', ['W1', 'S1', 'S3'], 'a3'), quality: 0.9 };
    const kept = assemble([own(a1), own(a2), own(a3)], ['a']);
    expect(kept.map((d) => d.asks[0]).sort()).toEqual(['a2', 'a3']);
  });
});

describe('every bank', () => {
  it.each(QUALITY_NOTES)(
    'asks no two questions of a concept of %s that share two statements',
    (file) => {
      const bank = buildQuestionBank([readSource(file)], { aliases: shippedAliases() });
      const statements = bank.questions
        .filter((q) => q.kind === 'correct-about' || q.kind === 'misconception-about')
        .map((q) => ({ q, keys: new Set(q.choices.map((c) => matchKey(c.text))) }));
      const perConcept = new Map<string, number>();
      for (const q of bank.questions)
        perConcept.set(q.conceptId, (perConcept.get(q.conceptId) ?? 0) + 1);
      const retold: string[] = [];
      for (const [i, a] of statements.entries())
        for (const b of statements.slice(i + 1)) {
          if (a.q.conceptId !== b.q.conceptId) continue;
          // The coverage round's last resort: a concept whose notes give nothing else reaches its
          // two questions with a retelling (キャッシュアサイド in caching.ja: two statements in all).
          if (perConcept.get(a.q.conceptId) === 2) continue;
          const shared = [...a.keys].filter((k) => b.keys.has(k)).length;
          if (shared > 1) retold.push(`${a.q.id} ${b.q.id}`);
        }
      expect(retold).toEqual([]);
    },
  );
});
