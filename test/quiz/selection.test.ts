import { describe, expect, it } from 'vitest';
import { roundCandidates, weightedIndex } from '../../src/quiz/selection.ts';
import { seededRandom } from '../../src/quiz/text/seeded-random.ts';
import type { Question } from '../../src/quiz/types.ts';

function q(id: string, conceptId: string): Question {
  return {
    id,
    conceptId,
    conceptName: conceptId,
    kind: 'correct-about',
    asksFor: 'correct',
    prompt: id,
    choices: [],
    explanation: {
      why: `why ${id}`,
      notes: [],
      source: { file: 'notes.md', line: 1, section: null },
    },
    section: null,
    language: 'en',
  };
}

/** `x` as a question of `kind`, a filler when `filler`. */
function ofKind(x: Question, kind: Question['kind'], filler = false): Question {
  return { ...x, kind, ...(filler ? { filler } : {}) };
}

const bank = [q('a1', 'A'), q('a2', 'A'), q('b1', 'B'), q('c1', 'C'), q('d1', 'D')];

describe('roundCandidates', () => {
  it('never offers a question again until the bank is used up', () => {
    const random = seededRandom(7);
    const asked: string[] = [];
    for (let round = 0; round < 3; round++) {
      const seen = new Set<string>();
      for (let i = 0; i < bank.length; i++) {
        const candidates = roundCandidates(bank, asked);
        const pick = candidates[Math.floor(random() * candidates.length)]!;
        expect(seen.has(pick.id)).toBe(false);
        seen.add(pick.id);
        asked.push(pick.id);
      }
      expect(seen.size).toBe(bank.length);
    }
  });

  it("gives a channel's first post three options or more when the bank has such a question", () => {
    const withOptions = (x: Question, n: number): Question => ({
      ...x,
      choices: Array.from({ length: n }, (_, i) => ({ text: `${i}`, correct: i === 0, why: null })),
    });
    const mixed = [withOptions(q('t1', 'T'), 2), withOptions(q('u1', 'U'), 3)];
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['u1']);
    // Later posts, and a bank of two-option questions only, keep every candidate.
    expect(roundCandidates(mixed, ['zzz']).map((x) => x.id)).toEqual(['t1', 'u1']);
    expect(roundCandidates([mixed[0] as Question], []).map((x) => x.id)).toEqual(['t1']);
  });

  it('avoids the previous concept when it can, and falls back to it when it must', () => {
    expect(roundCandidates(bank, ['a1']).map((x) => x.conceptId)).not.toContain('A');
    expect(roundCandidates(bank, ['b1', 'c1', 'd1', 'a1']).map((x) => x.id)).toEqual(['a2']);
  });

  it('core-first: asks a filler only once the round has no other question left', () => {
    const filler = (x: Question): Question => ({ ...x, filler: true });
    const mixed = [filler(q('a1', 'A')), q('a2', 'A'), q('b1', 'B'), filler(q('c1', 'C'))];
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['a2', 'b1']);
    expect(roundCandidates(mixed, ['a2']).map((x) => x.id)).toEqual(['b1']);
    // The round's core questions asked: its fillers, the previous concept avoided as ever.
    expect(roundCandidates(mixed, ['a2', 'b1']).map((x) => x.id)).toEqual(['a1', 'c1']);
    expect(roundCandidates(mixed, ['b1', 'a2']).map((x) => x.id)).toEqual(['c1']);
    // A new round opens on the core questions again.
    expect(roundCandidates(mixed, ['a2', 'b1', 'a1', 'c1']).map((x) => x.id)).toEqual(['a2', 'b1']);
    // A bank of fillers only still asks them.
    expect(roundCandidates([filler(q('d1', 'D'))], []).map((x) => x.id)).toEqual(['d1']);
  });

  it("best-kinds-first: asks the team's own questions and a concept's own misconceptions first", () => {
    const mixed = [
      ofKind(q('a1', 'A'), 'which-concept'),
      ofKind(q('a2', 'A'), 'misconception-about'),
      ofKind(q('b1', 'B'), 'authored'),
      ofKind(q('c1', 'C'), 'table-row'),
      // A misconception across concepts is a filler: it waits with the fillers.
      { ...ofKind(q('d1', 'D'), 'misconception-about', true), across: true },
    ];
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['a2', 'b1']);
    expect(roundCandidates(mixed, ['a2']).map((x) => x.id)).toEqual(['b1']);
    // The best asked, or only of the previous concept: the round's other questions (the table
    // look-up last, `look-ups-last`).
    expect(roundCandidates(mixed, ['a2', 'b1']).map((x) => x.id)).toEqual(['a1']);
    expect(roundCandidates(mixed, ['b1', 'a2']).map((x) => x.id)).toEqual(['c1']);
    expect(roundCandidates(mixed, ['a2', 'b1', 'a1']).map((x) => x.id)).toEqual(['c1']);
    // Then the fillers; a new round opens on the best again.
    expect(roundCandidates(mixed, ['a2', 'b1', 'a1', 'c1']).map((x) => x.id)).toEqual(['d1']);
    expect(roundCandidates(mixed, ['a2', 'b1', 'a1', 'c1', 'd1']).map((x) => x.id)).toEqual([
      'a2',
      'b1',
    ]);
  });

  it("own-misconception-fillers-next: asks a concept's own misconception filler right after the best", () => {
    const mixed = [
      ofKind(q('a1', 'A'), 'misconception-about'),
      ofKind(q('b1', 'B'), 'which-concept'),
      ofKind(q('c1', 'C'), 'correct-about'),
      // C's own misconception, a filler (a set with a cue).
      ofKind(q('c2', 'C'), 'misconception-about', true),
      // D's misconception across concepts, a filler that waits with the others.
      { ...ofKind(q('d1', 'D'), 'misconception-about', true), across: true },
      ofKind(q('e1', 'E'), 'which-concept', true),
    ];
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['a1']);
    expect(roundCandidates(mixed, ['a1']).map((x) => x.id)).toEqual(['c2']);
    // Then the round's other questions that are no filler (not C's, asked last), then the other
    // fillers (the which-concept one first, `which-concept-fillers-first`).
    expect(roundCandidates(mixed, ['a1', 'c2']).map((x) => x.id)).toEqual(['b1']);
    expect(roundCandidates(mixed, ['a1', 'c2', 'b1']).map((x) => x.id)).toEqual(['c1']);
    expect(roundCandidates(mixed, ['a1', 'c2', 'b1', 'c1']).map((x) => x.id)).toEqual(['e1']);
    expect(roundCandidates(mixed, ['a1', 'c2', 'b1', 'c1', 'e1']).map((x) => x.id)).toEqual(['d1']);
  });

  it("own-misconceptions-next: asks a truth among the concept's own misconceptions right after the best", () => {
    const mixed = [
      ofKind(q('a1', 'A'), 'misconception-about'),
      ofKind(q('b1', 'B'), 'which-concept'),
      // C's truth beside a sibling's statement, and D's among D's own misconceptions.
      ofKind(q('c1', 'C'), 'correct-about'),
      { ...ofKind(q('d1', 'D'), 'correct-about'), ownWrongs: true },
      // E's among its own misconceptions, but a filler: it waits with the other fillers.
      { ...ofKind(q('e1', 'E'), 'correct-about', true), ownWrongs: true },
      ofKind(q('f1', 'F'), 'misconception-about', true),
    ];
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['a1']);
    // F's own misconception filler and D's question stand together next.
    expect(roundCandidates(mixed, ['a1']).map((x) => x.id)).toEqual(['d1', 'f1']);
    expect(roundCandidates(mixed, ['a1', 'd1', 'f1']).map((x) => x.id)).toEqual(['b1', 'c1']);
    expect(roundCandidates(mixed, ['a1', 'd1', 'f1', 'b1', 'c1']).map((x) => x.id)).toEqual(['e1']);
  });

  it('look-ups-last: asks table look-ups after the round’s other questions of their standing', () => {
    const mixed = [
      ofKind(q('a1', 'A'), 'table-row'),
      ofKind(q('b1', 'B'), 'comparison'),
      ofKind(q('c1', 'C'), 'correct-about'),
      ofKind(q('d1', 'D'), 'which-concept'),
      ofKind(q('e1', 'E'), 'table-row', true),
      ofKind(q('f1', 'F'), 'which-concept', true),
    ];
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['c1', 'd1']);
    // Only look-ups left of the core: they come before any filler.
    expect(roundCandidates(mixed, ['c1', 'd1']).map((x) => x.id)).toEqual(['a1', 'b1']);
    // Among the fillers too, the look-up comes last.
    expect(roundCandidates(mixed, ['c1', 'd1', 'a1', 'b1']).map((x) => x.id)).toEqual(['f1']);
    expect(roundCandidates(mixed, ['c1', 'd1', 'a1', 'b1', 'f1']).map((x) => x.id)).toEqual(['e1']);
  });

  it('which-concept-fillers-first: asks the explained which-concept fillers before the other fillers', () => {
    const mixed = [
      q('a1', 'A'),
      { ...ofKind(q('b1', 'B'), 'misconception-about', true), across: true },
      ofKind(q('c1', 'C'), 'correct-about', true),
      ofKind(q('d1', 'D'), 'which-concept', true),
      ofKind(q('e1', 'E'), 'which-concept', true),
    ];
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['a1']);
    expect(roundCandidates(mixed, ['a1']).map((x) => x.id)).toEqual(['d1', 'e1']);
    expect(roundCandidates(mixed, ['a1', 'd1']).map((x) => x.id)).toEqual(['e1']);
    // Those asked, the other fillers.
    expect(roundCandidates(mixed, ['a1', 'd1', 'e1']).map((x) => x.id)).toEqual(['b1', 'c1']);
    // A which-concept filler with no reason for its key is no better than the others.
    const unexplained = { ...mixed[3]!, explanation: { ...mixed[3]!.explanation, why: null } };
    expect(roundCandidates([mixed[0]!, mixed[1]!, unexplained], ['a1']).map((x) => x.id)).toEqual([
      'b1',
    ]);
  });

  it('explained-first: asks a question with no reason for its key after the explained ones', () => {
    const unexplained = (x: Question, filler = false): Question => ({
      ...x,
      kind: 'which-concept',
      explanation: { ...x.explanation, why: null },
      ...(filler ? { filler } : {}),
    });
    const mixed = [
      unexplained(q('a1', 'A')),
      q('b1', 'B'),
      unexplained(q('c1', 'C'), true),
      { ...q('d1', 'D'), filler: true },
    ];
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['b1']);
    expect(roundCandidates(mixed, ['b1']).map((x) => x.id)).toEqual(['a1']);
    // Core first as ever: the explained filler waits for the unexplained core question.
    expect(roundCandidates(mixed, ['b1', 'a1']).map((x) => x.id)).toEqual(['d1']);
    expect(roundCandidates(mixed, ['b1', 'a1', 'd1']).map((x) => x.id)).toEqual(['c1']);
  });

  it('shown-once-first: asks a stem another question offers as an option after the others', () => {
    const which = (id: string, concept: string, stem: string): Question => ({
      ...ofKind(q(id, concept), 'which-concept'),
      prompt: `Which concept does this describe?\n“${stem}”`,
    });
    const statement = (text: string, correct: boolean) => ({ text, correct, why: null });
    const mixed = [
      which('a1', 'A', 'Keeps every change as an event'),
      which('b1', 'B', 'Reads and writes use separate models'),
      {
        ...q('c1', 'C'),
        kind: 'misconception-about' as const,
        asksFor: 'misconception' as const,
        choices: [
          statement('Snapshots: Replaying the log is always fast', true),
          statement('Event sourcing: Keeps every change as an event', false),
          statement('Projections: Built from the events', false),
        ],
      },
    ];
    // The misconception comes first (best-kinds-first), then the stem the bank shows once.
    expect(roundCandidates(mixed, []).map((x) => x.id)).toEqual(['c1']);
    expect(roundCandidates(mixed, ['c1']).map((x) => x.id)).toEqual(['b1']);
    expect(roundCandidates(mixed, ['c1', 'b1']).map((x) => x.id)).toEqual(['a1']);
  });

  it('is empty only for an empty bank', () => {
    expect(roundCandidates([], [])).toEqual([]);
    expect(roundCandidates(bank, ['zzz'])).toHaveLength(5);
  });
});

describe('weightedIndex', () => {
  it('draws in proportion to the weights', () => {
    const random = seededRandom(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 6000; i++) counts[weightedIndex([1, 2, 3], random)]!++;
    expect(counts[0]! / 6000).toBeCloseTo(1 / 6, 1);
    expect(counts[2]! / 6000).toBeCloseTo(3 / 6, 1);
  });

  it('never draws an item of weight 0 while another has weight', () => {
    const random = seededRandom(2);
    for (let i = 0; i < 500; i++) expect(weightedIndex([0, 5, 0], random)).toBe(1);
  });
});
