import { describe, expect, it } from 'vitest';
import {
  assemble,
  type Candidate,
  describesCorrection,
} from '../../../src/quiz/generate/assemble.ts';
import { type Draft, siblingKey } from '../../../src/quiz/generate/draft.ts';

/** A draft of `concept` asking `asks`, with the options `names` (the first is the key). */
function draft(
  concept: string,
  template: string,
  asks: string,
  names: string[],
  quality = 1,
): Candidate {
  const d: Draft = {
    template,
    conceptId: concept,
    conceptName: concept,
    kind: template === 'which-concept' ? 'which-concept' : 'correct-about',
    asksFor: 'correct',
    optionKind: template === 'which-concept' ? 'name' : 'statement',
    prompt: `${template} ${asks}`,
    choices: names.map((text, i) => ({
      text,
      correct: i === 0,
      truth: i === 0,
      why: null,
      keys: [],
    })),
    section: null,
    language: 'en',
    why: null,
    notes: [],
    source: { file: 'x.md', line: 1, section: null },
    asks: [asks],
    quality,
  };
  return { draft: d, owner: { type: 'concept', key: concept } };
}

describe('assemble: coverage', () => {
  it('lets the concept whose only second question needs a shared option set choose it first', () => {
    // Three concepts under one heading share one which-concept option set. B and C have a
    // correct-about question each besides; A has a second correct-about question, so A should not
    // take the one set that B or C need.
    const set = (key: string) => [key, ...['A', 'B', 'C'].filter((n) => n !== key)];
    const candidates = [
      draft('A', 'correct-about', 'a1', ['a one', 'wrong 1', 'wrong 2']),
      draft('A', 'correct-about', 'a2', ['a two', 'wrong 3', 'wrong 4']),
      draft('A', 'which-concept', 'na', set('A'), 2),
      draft('B', 'correct-about', 'b1', ['b one', 'wrong 5', 'wrong 6']),
      draft('B', 'which-concept', 'nb', set('B')),
      draft('C', 'correct-about', 'c1', ['c one', 'wrong 7', 'wrong 8']),
      draft('C', 'which-concept', 'nc', set('C')),
    ];
    const kept = assemble(candidates, ['A', 'B', 'C']);
    const count = (id: string) => kept.filter((d) => d.conceptId === id).length;
    expect(count('A')).toBeGreaterThanOrEqual(2);
    // One of B and C gets the set; the other cannot (one set, asked once): B or C has 2.
    expect(Math.max(count('B'), count('C'))).toBe(2);
    expect(kept.filter((d) => d.template === 'which-concept')).toHaveLength(1);
  });
});

describe('assemble: a fact asked one way', () => {
  it('asks a statement one way round when the concept has another fact for its second question', () => {
    // `name:k1` (which concept is described by k1?) and `k1` (which is true of A? k1) ask one
    // association; A has k2 as well, so it takes k1 once and k2.
    const candidates = [
      draft('A', 'which-concept', 'name:k1', ['A', 'B', 'C'], 2),
      draft('A', 'correct-about', 'k1', ['a one', 'wrong 1', 'wrong 2'], 2),
      draft('A', 'correct-about', 'k2', ['a two', 'wrong 3', 'wrong 4']),
    ];
    const asked = assemble(candidates, ['A']).map((d) => d.asks[0]);
    expect(asked).toHaveLength(2);
    expect(asked).toContain('k2');
    expect(asked.filter((k) => k === 'k1' || k === 'name:k1')).toHaveLength(1);
  });

  it('asks it both ways only when the concept has no other fact to reach two questions', () => {
    const candidates = [
      draft('A', 'which-concept', 'name:k1', ['A', 'B', 'C']),
      draft('A', 'correct-about', 'k1', ['a one', 'wrong 1', 'wrong 2']),
    ];
    expect(
      assemble(candidates, ['A'])
        .map((d) => d.asks[0])
        .sort(),
    ).toEqual(['k1', 'name:k1']);
  });
});

describe('assemble: a wrong statement offered again and again', () => {
  it('offers one statement as a wrong option in two questions at most when others fit', () => {
    // Each concept can be asked with the overused wrong statement (the best draft) or with two
    // of its own facts: two concepts take the shared statement, the others their own.
    const concepts = ['A', 'B', 'C', 'D'];
    const candidates = concepts.flatMap((c) => [
      draft(c, 'correct-about', `${c}1`, [`${c} one`, 'the same wrong one', `wrong ${c}`], 2),
      draft(c, 'correct-about', `${c}2`, [`${c} two`, `other ${c}`, `wrong ${c} again`]),
      draft(c, 'correct-about', `${c}3`, [`${c} three`, `more ${c}`, `wrong ${c} once more`]),
    ]);
    const kept = assemble(candidates, concepts);
    const uses = kept.filter((d) => d.choices.some((x) => x.text === 'the same wrong one'));
    expect(uses).toHaveLength(2);
    for (const c of concepts)
      expect(kept.filter((d) => d.conceptId === c).length).toBeGreaterThanOrEqual(2);
  });

  it('counts two wordings of one fact as one statement (a summary cell and its × bullet)', () => {
    // k8s Resource limits: the cell and the bullet are one fact (same-fact.ts ties their keys);
    // offered in turns, they would make four questions where the player sees one wrong fact.
    const concepts = ['A', 'B', 'C', 'D'];
    const wording = ['Killed for using too much CPU', 'A container over its CPU limit is killed'];
    const candidates = concepts.flatMap((c, i) => {
      const best = draft(
        c,
        'correct-about',
        `${c}1`,
        [`${c} one`, wording[i % 2] ?? '', `w ${c}`],
        2,
      );
      const choice = best.draft.choices[1];
      if (choice) choice.keys = ['R:limits:0', 'L:39'];
      return [
        best,
        draft(c, 'correct-about', `${c}2`, [`${c} two`, `other ${c}`, `wrong ${c} again`]),
        draft(c, 'correct-about', `${c}3`, [`${c} three`, `more ${c}`, `wrong ${c} once more`]),
      ];
    });
    const kept = assemble(candidates, concepts);
    const uses = kept.filter((d) => d.choices.some((x) => x.keys.includes('L:39')));
    expect(uses).toHaveLength(2);
  });

  it('offers it a third time only where a concept has nothing else for its two questions', () => {
    const concepts = ['A', 'B', 'C'];
    const candidates = concepts.flatMap((c) => [
      draft(c, 'correct-about', `${c}1`, [`${c} one`, 'the same wrong one', `wrong ${c}`], 2),
      draft(c, 'correct-about', `${c}2`, [`${c} two`, `other ${c}`, `wrong ${c} again`]),
    ]);
    const kept = assemble(candidates, concepts);
    for (const c of concepts) expect(kept.filter((d) => d.conceptId === c)).toHaveLength(2);
  });
});

describe('assemble: a stem that repeats the answer’s name', () => {
  const clued = (c: Candidate, word: string): Candidate => ({
    ...c,
    draft: { ...c.draft, stemClue: word },
  });

  it('is passed over while the concept has other questions to ask', () => {
    const candidates = [
      clued(draft('A', 'which-concept', 'a-clue', ['A', 'B', 'C'], 3), 'a'),
      draft('A', 'correct-about', 'a1', ['a one', 'wrong 1', 'wrong 2']),
      draft('A', 'correct-about', 'a2', ['a two', 'wrong 3', 'wrong 4']),
    ];
    const kept = assemble(candidates, ['A']);
    expect(kept.map((d) => d.asks[0]).sort()).toEqual(['a1', 'a2']);
  });

  // Readers count a giveaway as a flawed question: it is no second question, even where the
  // concept then has one (`Since React 18, updates are batched everywhere` → Automatic batching).
  it('is no second question: the concept keeps the one clean question it has', () => {
    const candidates = [
      clued(draft('A', 'which-concept', 'a-clue', ['A', 'B', 'C']), 'a'),
      draft('A', 'correct-about', 'a1', ['a one', 'wrong 1', 'wrong 2']),
    ];
    const kept = assemble(candidates, ['A']);
    expect(kept.map((d) => d.asks[0])).toEqual(['a1']);
  });

  it('is asked when the concept has nothing else to ask at all', () => {
    const candidates = [
      clued(draft('A', 'which-concept', 'a-clue', ['A', 'B', 'C']), 'a'),
      clued(draft('A', 'which-concept', 'a-clue-2', ['A', 'C', 'D']), 'a'),
      draft('B', 'correct-about', 'b1', ['b one', 'wrong 1', 'wrong 2']),
    ];
    const kept = assemble(candidates, ['A', 'B']);
    expect(kept.filter((d) => d.conceptId === 'A').map((d) => d.asks[0])).toEqual(['a-clue']);
  });
});

describe('assemble: roles-apart', () => {
  /** A "which is a misconception about `concept`" draft keyed `misconception`. */
  const misconceptionDraft = (concept: string, misconception: string, rights: string[]) => {
    const c = draft(concept, 'misconception-about', misconception, [misconception, ...rights], 0.9);
    return {
      ...c,
      draft: {
        ...c.draft,
        kind: 'misconception-about' as const,
        asksFor: 'misconception' as const,
      },
    };
  };

  it('does not ask for a misconception the bank offers as a wrong option of "which is right"', () => {
    const right = draft('A', 'correct-about', 'T1', ['T1', 'Fixes permanent faults', 'X']);
    const wrongAsKey = misconceptionDraft('A', 'Fixes permanent faults', ['T2', 'T3']);
    const other = draft('A', 'correct-about-2', 'T4', ['T4', 'Y', 'Z'], 0.5);
    const bank = assemble([right, wrongAsKey, other], ['A']);
    // One of the two, never both; the concept's own misconception first (own-misconception-first).
    expect(bank.map((d) => d.prompt)).toEqual([wrongAsKey.draft.prompt, other.draft.prompt]);
    // Without it, the same: "which is right" and another question, not the misconception again.
    const without = assemble([right, other], ['A']);
    expect(without.map((d) => d.prompt)).toEqual([right.draft.prompt, other.draft.prompt]);
  });

  it('still does where the concept has no other second question (coverage first)', () => {
    const right = draft('A', 'correct-about', 'T1', ['T1', 'Fixes permanent faults', 'X']);
    const wrongAsKey = misconceptionDraft('A', 'Fixes permanent faults', ['T2', 'T3']);
    const bank = assemble([right, wrongAsKey], ['A']);
    expect(bank).toHaveLength(2);
  });

  it('lets a true statement be a key in one question and a wrong option of "which is a misconception" in another', () => {
    const right = draft('A', 'correct-about', 'T1', ['T1', 'M1', 'X']);
    const misconception = misconceptionDraft('A', 'M2', ['T1', 'T3']);
    const bank = assemble([right, misconception], ['A']);
    expect(bank).toHaveLength(2);
  });
});

/** A which-concept draft of A (quality 3) that asks the statement `Stem of A`. */
function whichOfA(): Candidate {
  const a1 = draft('A', 'which-concept', 'na', ['A', 'B', 'C'], 3);
  a1.draft = {
    ...a1.draft,
    stem: {
      keys: ['fa'],
      conceptId: 'A',
      text: 'Stem of A',
      truth: true,
      why: null,
      source: 'summary',
      section: null,
      evidence: { file: 'x.md', line: 1, words: 'Stem of A' },
    },
  };
  return a1;
}

describe('assemble: asked-not-offered', () => {
  it('gives a concept a second question that offers no statement its first asks, where it has one', () => {
    const right = draft('A', 'correct-about', 'T1', ['T1', 'M1', 'X']);
    const offering = {
      ...draft('A', 'misconception-about', 'M2', ['M2', 'T1', 'T3'], 0.9),
    };
    offering.draft = { ...offering.draft, kind: 'misconception-about', asksFor: 'misconception' };
    const other = draft('A', 'correct-about-2', 'T4', ['T4', 'Y', 'Z'], 0.5);
    const bank = assemble([right, offering, other], ['A']);
    // `T1`, offered by the first (the concept's own misconception, asked first:
    // own-misconception-first), is asked by no second (reading 22: "the stem of … again").
    expect(bank.map((d) => d.prompt)).toEqual([offering.draft.prompt, other.draft.prompt]);
  });

  it('offers the statement a which-concept stem asks in no other concept’s second question', () => {
    const a1 = whichOfA();
    const a2 = draft('A', 'correct-about', 'a2', ['a two', 'w1', 'w2']);
    const b1 = draft('B', 'correct-about', 'b1', ['b one', 'w3', 'w4'], 3);
    const b2 = draft('B', 'correct-about-2', 'b2', ['b two', 'w5', 'w6']);
    const offering = draft('B', 'correct-about-3', 'b3', ['b three', 'Stem of A', 'w7'], 2);
    const bank = assemble([a1, a2, b1, b2, offering], ['A', 'B']);
    expect(bank.some((d) => d.choices.some((c) => c.text === 'Stem of A' && !c.correct))).toBe(
      false,
    );
  });
});

describe('assemble: asked-not-offered in the first round', () => {
  it('gives a concept a first question that offers no statement another asks, where it has one', () => {
    const a1 = whichOfA();
    const a2 = draft('A', 'correct-about', 'a2', ['a two', 'w1', 'w2']);
    // B's best-ranked draft offers A's stem; B has two others to ask instead.
    const offering = draft('B', 'correct-about-3', 'b3', ['b three', 'Stem of A', 'w7'], 3);
    const b1 = draft('B', 'correct-about', 'b1', ['b one', 'w3', 'w4']);
    const b2 = draft('B', 'correct-about-2', 'b2', ['b two', 'w5', 'w6']);
    const bank = assemble([a1, a2, offering, b1, b2], ['A', 'B']);
    expect(bank.filter((d) => d.conceptId === 'B').map((d) => d.asks[0])).toEqual(['b1', 'b2']);
  });
});

describe('assemble: table-lookups-for-coverage', () => {
  /** A table's look-up about `concept`. */
  const lookup = (concept: string, asks: string): Candidate => ({
    ...draft(concept, 'table-row', asks, [`${asks} key`, `${asks} w1`, `${asks} w2`], 2),
    owner: { type: 'table', key: 't' },
  });

  it('asks a table’s look-up only for a concept short of two questions', () => {
    const bank = assemble(
      [
        draft('A', 'correct-about', 'a1', ['a one', 'w1', 'w2']),
        draft('A', 'correct-about-2', 'a2', ['a two', 'w3', 'w4']),
        draft('B', 'correct-about', 'b1', ['b one', 'w5', 'w6']),
        lookup('A', 'ta'),
        lookup('B', 'tb'),
      ],
      ['A', 'B'],
    );
    expect(bank.map((d) => d.asks[0])).toEqual(['a1', 'a2', 'b1', 'tb']);
  });
});

describe('assemble: fillers', () => {
  /** A draft whose wrong option is a sibling's statement off the concept's topic (`Draft.filler`). */
  const filler = (c: Candidate): Candidate => ({ ...c, draft: { ...c.draft, filler: true } });

  it('asks a filler only to give a concept its two questions', () => {
    const candidates = [
      filler(draft('A', 'correct-about', 'a0', ['a zero', 'far 1', 'far 2'], 5)),
      draft('A', 'correct-about', 'a1', ['a one', 'wrong 1', 'wrong 2']),
      draft('A', 'which-concept', 'a2', ['A', 'B', 'C']),
      draft('A', 'correct-about', 'a3', ['a three', 'wrong 3', 'wrong 4']),
      filler(draft('B', 'correct-about', 'b0', ['b zero', 'far 3', 'far 4'], 5)),
      draft('B', 'correct-about', 'b1', ['b one', 'wrong 5', 'wrong 6']),
    ];
    const kept = assemble(candidates, ['A', 'B']);
    // A has three sound questions: its filler, the best-ranked draft, is not one of them.
    expect(kept.filter((d) => d.conceptId === 'A').map((d) => d.asks[0])).not.toContain('a0');
    // B has one sound question: the filler is its second.
    expect(
      kept
        .filter((d) => d.conceptId === 'B')
        .map((d) => d.asks[0])
        .sort(),
    ).toEqual(['b0', 'b1']);
  });

  it('takes a which-concept filler before a correct-about one (filler-kinds-last)', () => {
    // A's only sound draft is a which-concept question; its second must be a filler. The
    // correct-about filler ranks higher and is of the other kind, yet readers judged such
    // fillers sound almost never: the which-concept filler is taken.
    const candidates = [
      draft('A', 'which-concept', 'a1', ['A', 'B', 'C']),
      filler(draft('A', 'correct-about', 'a2', ['a two', 'b says', 'c says'], 5)),
      filler(draft('A', 'which-concept', 'a3', ['A', 'D', 'E'])),
    ];
    const asked = assemble(candidates, ['A']).map((d) => d.asks[0]);
    expect(asked.sort()).toEqual(['a1', 'a3']);
    // With no other filler, the correct-about one still gives A its second question.
    const alone = assemble(candidates.slice(0, 2), ['A']).map((d) => d.asks[0]);
    expect(alone.sort()).toEqual(['a1', 'a2']);
  });

  it("asks a concept's own misconception before a look-up of one fact (own-misconception-first)", () => {
    // A's fact a1 can be asked as a which-concept look-up (ranked higher by its template) or as
    // "which is a misconception about A" among A's own true statements: one fact, one question.
    // Readers sign the second far more often; it is taken, and a2 gives A its second question.
    const own = (c: Candidate): Candidate => ({
      ...c,
      draft: { ...c.draft, kind: 'misconception-about', asksFor: 'misconception' },
    });
    const candidates = [
      draft('A', 'which-concept', 'a1', ['A', 'B', 'C'], 2),
      own(draft('A', 'misconception-about', 'a1', ['a wrong', 'a true 1', 'a true 2'], 0)),
      draft('A', 'correct-about', 'a2', ['a right', 'a no 1', 'a no 2']),
      draft('B', 'correct-about', 'b1', ['b right', 'b no 1', 'b no 2']),
      draft('B', 'correct-about', 'b2', ['b right 2', 'b no 3', 'b no 4']),
    ];
    const kept = assemble(candidates, ['A', 'B']);
    const a = kept.filter((d) => d.conceptId === 'A');
    expect(a.map((d) => d.template).sort()).toEqual(['correct-about', 'misconception-about']);
    // A filler of the kind is no such question: the look-up is taken.
    const filler = { ...candidates[1], draft: { ...candidates[1]?.draft, filler: true } };
    const withFiller = assemble([candidates[0], filler, ...candidates.slice(2)] as Candidate[], [
      'A',
      'B',
    ]);
    expect(withFiller.filter((d) => d.conceptId === 'A').map((d) => d.template)).toContain(
      'which-concept',
    );
  });

  it('keeps negative stems to about a third of the bank where it can (negative-stems-rare)', () => {
    // Six concepts, each with two facts to ask, each fact either as a better "which is a
    // misconception" draft or a plain "which is right" one: ranked by quality alone, all twelve
    // questions would be negative.
    const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
    const negative = (id: string, n: number): Candidate => {
      const options = [`${id} wrong ${n}`, `${id} true ${n}a`, `${id} true ${n}b`];
      const c = draft(id, 'misconception-about', `${id}-fact${n}`, options, 2);
      return { ...c, draft: { ...c.draft, kind: 'misconception-about', asksFor: 'misconception' } };
    };
    const positive = (id: string, n: number): Candidate =>
      draft(id, 'correct-about', `${id}-fact${n}`, [
        `${id} right ${n}`,
        `${id} no ${n}a`,
        `${id} no ${n}b`,
      ]);
    const candidates = ids.flatMap((id) =>
      [1, 2].flatMap((n) => [negative(id, n), positive(id, n)]),
    );
    const kept = assemble(candidates, ids);
    expect(kept).toHaveLength(12);
    const negatives = kept.filter((d) => d.asksFor === 'misconception').length;
    expect(negatives).toBeGreaterThan(0);
    expect(negatives).toBeLessThanOrEqual(4);
  });

  it('asks a which-concept stem the notes explain before one they do not (explained-stems-first)', () => {
    // A has two which-concept drafts of equal rank besides its correct-about one; the one whose
    // key the notes give no reason for comes first in the notes' order, yet the other is taken
    // first (the breadth round may still add it later).
    const unexplained = (c: Candidate): Candidate => ({
      ...c,
      draft: { ...c.draft, unexplained: true },
    });
    const candidates = [
      draft('A', 'correct-about', 'a0', ['a zero', 'b says', 'c says']),
      unexplained(draft('A', 'which-concept', 'a1', ['A', 'B', 'C'])),
      draft('A', 'which-concept', 'a2', ['A', 'D', 'E']),
    ];
    const asked = (list: Candidate[]) =>
      assemble(list, ['A'])
        .filter((d) => d.kind === 'which-concept')
        .map((d) => d.asks[0]);
    expect(asked(candidates)[0]).toBe('a2');
    // Without the mark, the earlier of equals is taken: the mark is what moves the choice.
    const plain = candidates.map((c) => ({ ...c, draft: { ...c.draft, unexplained: undefined } }));
    expect(asked(plain)[0]).toBe('a1');
  });

  /**
   * A correct-about draft whose every wrong option says `always` and whose key does not: a reader
   * who avoids absolute words finds the key.
   */
  const cued = (concept: string, asks: string, key: string): Candidate =>
    draft(concept, 'correct-about', asks, [
      key,
      `It always retries ${asks}`,
      `It always waits ${asks}`,
    ]);

  it('asks a filler before a second question whose cue points at its key, where the cue leans', () => {
    // A's first question leans the cue already; its second is the filler.
    const candidates = [
      cued('A', 'a1', 'it retries once'),
      cued('A', 'a2', 'it waits a little'),
      filler(draft('A', 'which-concept', 'a3', ['A', 'B', 'C'])),
    ];
    const asked = assemble(candidates, ['A']).map((d) => d.asks[0]);
    expect(asked).toHaveLength(2);
    expect(asked).toContain('a3');
  });

  it('takes a second question whose cue leans before a correct-about filler (filler-kinds-last)', () => {
    // As above, but the filler is "which is correct about A" with other concepts' statements:
    // readers judged 1 of 91 such fillers sound, so the cued question is the lesser harm.
    const candidates = [
      cued('A', 'a1', 'it retries once'),
      cued('A', 'a2', 'it waits a little'),
      filler(draft('A', 'correct-about', 'a3', ['a three', 'b says', 'c says'])),
    ];
    const asked = assemble(candidates, ['A']).map((d) => d.asks[0]);
    expect(asked.sort()).toEqual(['a1', 'a2']);
  });

  it('never swaps a filler in to bring a cue back toward chance', () => {
    // Every concept's one question leans the absolute-word cue toward its key; A's filler asks
    // the same fact with its cue pointing away. Rebalancing may not take it.
    const cued = (concept: string): Candidate =>
      draft(concept, 'correct-about', concept, [
        `${concept} retries once`,
        `${concept} always retries`,
        `${concept} always waits`,
      ]);
    const away = filler(
      draft('A', 'correct-about', 'A', ['A always retries once', 'A retries', 'A always waits']),
    );
    const candidates = [cued('A'), cued('B'), cued('C'), cued('D'), away];
    const kept = assemble(candidates, ['A', 'B', 'C', 'D']);
    expect(kept.some((d) => d.filler)).toBe(false);
    // Without the filler, the same bank takes A's stand-in (the cue is rebalanced).
    const plain = assemble(
      [...candidates.slice(0, 4), { ...away, draft: { ...away.draft, filler: false } }],
      ['A', 'B', 'C', 'D'],
    );
    expect(plain.some((d) => d.choices[0]?.text === 'A always retries once')).toBe(true);
  });
});

describe('assemble: binary-only-for-coverage', () => {
  /** A two-option draft (a two-row table's cell): `Draft.binary`. */
  const coinToss = (concept: string, asks: string): Candidate => {
    const c = draft(concept, 'table-row', asks, [`${concept} row`, 'other row']);
    return { ...c, draft: { ...c.draft, binary: true } };
  };

  it('asks a two-option question only for a concept short of two questions', () => {
    const candidates = [
      draft('A', 'correct-about', 'a1', ['a one', 'wrong 1', 'wrong 2']),
      draft('A', 'which-concept', 'a2', ['A', 'B', 'C']),
      coinToss('A', 'a3'),
      draft('B', 'correct-about', 'b1', ['b one', 'wrong 3', 'wrong 4']),
      coinToss('B', 'b2'),
    ];
    // Twenty more concepts with two questions each keep the share of two-option questions
    // (a tenth of the bank) from being what leaves A's out.
    for (let i = 0; i < 20; i++)
      candidates.push(
        draft(`C${i}`, 'correct-about', `c${i}a`, [`c${i} one`, `w${i}a`, `w${i}b`]),
        draft(`C${i}`, 'correct-about', `c${i}b`, [`c${i} two`, `w${i}c`, `w${i}d`]),
      );
    const ids = ['A', 'B', ...Array.from({ length: 20 }, (_, i) => `C${i}`)];
    const asked = assemble(candidates, ids).map((d) => d.asks[0]);
    // B has one question besides: the coin toss is its second. A has two: none.
    expect(asked).toContain('b2');
    expect(asked).not.toContain('a3');
    expect(asked).toEqual(expect.arrayContaining(['a1', 'a2', 'b1']));
  });
});

describe('assemble: described-twice', () => {
  /** A which-concept draft of `concept` whose stem is `stem`. */
  // Each with its own wrong names: two drafts of one option set never both join the bank.
  const described = (concept: string, asks: string, stem: string, quality = 1): Candidate => {
    const c = draft(concept, 'which-concept', asks, [concept, `${asks} B`, `${asks} C`], quality);
    return { ...c, draft: { ...c.draft, prompt: `Which concept does this describe?\n“${stem}”` } };
  };

  it('asks one fact in two wordings once, where the concept has another question', () => {
    const candidates = [
      described(
        'A',
        'name:k1',
        'Collects only the young generation; its cost grows with the live objects',
        2,
      ),
      described('A', 'name:k2', 'A collection of the young generation only', 2),
      draft('A', 'correct-about', 'k3', ['a three', 'wrong 1', 'wrong 2']),
    ];
    const asked = assemble(candidates, ['A']).map((d) => d.asks[0]);
    expect(asked).toContain('k3');
    expect(asked.filter((k) => k?.startsWith('name:'))).toHaveLength(1);
  });

  it('one fact in wordings that share half their words (reading 48: Diff coverage)', () => {
    const candidates = [
      described(
        'A',
        'name:k1',
        'Coverage computed only on the lines a pull request adds or changes',
        2,
      ),
      described(
        'A',
        'name:k2',
        'Coverage of only the lines changed in a PR; a failing gate blocks the merge',
        2,
      ),
      draft('A', 'correct-about', 'k3', ['a three', 'wrong 1', 'wrong 2']),
    ];
    const asked = assemble(candidates, ['A']).map((d) => d.asks[0]);
    expect(asked).toContain('k3');
    expect(asked.filter((k) => k?.startsWith('name:'))).toHaveLength(1);
  });

  it('keeps two stems that say two facts', () => {
    const candidates = [
      described('A', 'name:k1', '1 server: no way to detect it is wrong', 2),
      described(
        'A',
        'name:k2',
        'Runs a vote among three or more sources to reject a falseticker',
        2,
      ),
      draft('A', 'correct-about', 'k3', ['a three', 'wrong 1', 'wrong 2']),
    ];
    const asked = assemble(candidates, ['A']).map((d) => d.asks[0]);
    expect(asked).toContain('name:k1');
    expect(asked).toContain('name:k2');
  });
});

describe('describes-the-correction', () => {
  const draftOf = (over: Partial<Draft>): Draft => ({
    template: 'which-concept',
    conceptId: 'c',
    conceptName: '年5日の時季指定義務',
    kind: 'which-concept',
    asksFor: 'correct',
    optionKind: 'name',
    prompt:
      '次の説明にあてはまるものはどれ？\n「本人が自分で取った日数、計画的付与で取った日数は5日から差し引ける」',
    choices: [],
    section: null,
    language: 'ja',
    why: null,
    notes: [],
    source: { file: 'x.md', line: 1, section: null },
    asks: [],
    quality: 1,
    ...over,
  });
  const misconception = draftOf({
    template: 'misconception-about',
    kind: 'misconception-about',
    asksFor: 'misconception',
    optionKind: 'statement',
    prompt: '「年5日の時季指定義務」について誤っているもの（よくある誤解）はどれ？',
    choices: [
      {
        text: '本人が自分で5日取っていても、会社はさらに5日を指定しなければならない',
        correct: true,
        truth: false,
        why: 'すでに取得した分は5日から差し引く',
        keys: ['m'],
      },
    ],
  });

  it('reads a which-concept stem that says the correction of a misconception question as one fact twice', () => {
    expect(describesCorrection(draftOf({}), misconception)).toBe(true);
    expect(describesCorrection(misconception, draftOf({}))).toBe(true);
    const other = draftOf({
      prompt: '次の説明にあてはまるものはどれ？\n「違反は労働者1人につき30万円以下の罰金の対象」',
    });
    expect(describesCorrection(other, misconception)).toBe(false);
  });

  it('reads a stem that says a misconception offered as a wrong option again as one fact twice (reading 35: ROP)', () => {
    const which = draftOf({
      conceptName: 'ROP',
      language: 'en',
      prompt:
        'Which concept does this describe?\n“Even a small binary tends to have enough gadgets”',
    });
    const own = {
      text: "Small binaries don't have enough gadgets",
      correct: false,
      truth: false,
      why: "x86's variable-length encoding yields plenty of unintended ones",
      keys: ['m'],
    };
    const correct = draftOf({
      template: 'correct-about',
      kind: 'correct-about',
      conceptName: 'ROP',
      language: 'en',
      optionKind: 'statement',
      prompt: 'Which statement about “ROP” is correct?',
      choices: [
        { text: 'Bypasses NX completely', correct: true, truth: true, why: null, keys: ['k'] },
        own,
      ],
    });
    expect(describesCorrection(which, correct)).toBe(true);
    // The same words as a sibling's statement: that says which concept it describes, no correction.
    const sibling = draftOf({
      ...correct,
      choices: [
        { text: 'Bypasses NX completely', correct: true, truth: true, why: null, keys: ['k'] },
        { ...own, why: 'That describes CFI', keys: ['f', 'sibling:cfi'] },
      ],
    });
    expect(describesCorrection(which, sibling)).toBe(false);
  });
});

describe('assemble: describes-the-correction', () => {
  it('takes the which-concept stem that is no correction of the concept’s misconception question', () => {
    const misconception = draft(
      'C',
      'misconception-about',
      'm',
      ['Deleting a branch deletes its commits', 'x 1', 'x 2'],
      3,
    );
    misconception.draft.asksFor = 'misconception';
    misconception.draft.kind = 'misconception-about';
    const first = misconception.draft.choices[0];
    if (first) first.why = 'the commits stay until garbage collection prunes unreachable objects';
    const retold = draft('C', 'which-concept', 'n1', ['C', 'A', 'B'], 2);
    retold.draft.prompt =
      'Which concept does this describe?\n“Its commits stay until garbage collection prunes unreachable objects”';
    const other = draft('C', 'which-concept', 'n2', ['C', 'B', 'A'], 1);
    other.draft.prompt = 'Which concept does this describe?\n“A ref holding one commit id”';
    const kept = assemble([misconception, retold, other], ['C']);
    const stems = kept.map((d) => d.prompt);
    expect(stems).toContain(other.draft.prompt);
    expect(stems).not.toContain(retold.draft.prompt);
  });
});

describe('assemble: loose-wrong-uses', () => {
  /** Five concepts whose only question offers `Shared statement`, another concept's or not. */
  const fiveSharing = (borrowed: boolean): Candidate[] =>
    ['A', 'B', 'C', 'D', 'E'].map((id) => {
      const c = draft(id, 'correct-about', `${id}1`, [
        `${id} one`,
        'Shared statement',
        `${id} other`,
      ]);
      c.draft.choices = c.draft.choices.map((x) =>
        x.text === 'Shared statement' && borrowed ? { ...x, keys: [siblingKey('Z')] } : x,
      );
      return c;
    });
  const offering = (bank: Draft[]): Draft[] =>
    bank.filter((d) => d.choices.some((c) => c.text === 'Shared statement'));

  it('offers another concept’s statement as a wrong option of three questions at most, even for coverage', () => {
    // Reading 36: `HMAC: The outer hash over the inner digest…` stood among five questions' options.
    const ids = ['A', 'B', 'C', 'D', 'E'];
    expect(offering(assemble(fiveSharing(true), ids))).toHaveLength(3);
  });

  it('lets each concept offer its own misconception, whatever other concepts say alike', () => {
    // 2 MB of sections: forty concepts each with the misconception `同期`.
    const ids = ['A', 'B', 'C', 'D', 'E'];
    expect(offering(assemble(fiveSharing(false), ids))).toHaveLength(5);
  });
});
