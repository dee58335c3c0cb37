import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

/** A notes file whose マージンの相殺 section holds `bullets`, and a row of `cells`. */
function margins(bullets: string[], cells: string) {
  return parseNotes(
    inline(
      [
        '# CSS',
        '',
        '### マージンの相殺',
        '',
        '縦に並んだブロック要素の上下のマージンが、足し算されずに大きい方だけになる現象。',
        '',
        '**よくある誤解**:',
        '',
        ...bullets,
        '',
        '## まとめ',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        `| マージンの相殺 | 縦のマージンは**大きい方だけ**になる | ${cells} |`,
      ],
      'css.ja.md',
    ),
  );
}

const SOLE =
  '- × 上の margin-bottom: 20px と下の margin-top: 30px の間隔は 50px になる（30px になる）';

describe('the sole-bullet cell rule', () => {
  it('reads the one × bullet of the section as the row’s one misconception, though no word is shared', () => {
    const doc = margins([SOLE], '2つのマージンが足される ×');
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const [row, ...rest] = conceptFacts(doc, concept).falses;
    expect(row?.rule).toBe('sole-bullet');
    expect(row?.cell).toBe('2つのマージンが足される');
    expect(row?.text).toContain('50px になる');
    // One misconception, not the cell and its bullet as two.
    expect(rest).toEqual([]);
  });

  it('leaves a cell that equates the concept with another thing as written, beside the bullet', () => {
    // `Flexboxと同じ` is a misconception of its own: the one bullet on another point does not say it.
    const doc = margins([SOLE], 'Flexboxの gap と同じ ×');
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const falses = conceptFacts(doc, concept).falses;
    expect(falses[0]?.rule).toBe('cell-as-written');
    expect(falses[0]?.text).toBe('Flexboxの gap と同じ');
    expect(falses.map((f) => f.text)).toContainEqual(expect.stringContaining('50px になる'));
  });

  it('leaves the cell as written when the section has two bullets to choose from', () => {
    const doc = margins(
      [SOLE, '- × Flexbox の子要素どうしでも起こる（起こらない）'],
      '2つのマージンが足される ×',
    );
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const row = conceptFacts(doc, concept).falses[0];
    expect(row?.rule).toBe('cell-as-written');
  });
});

/** Superconductivity notes: a row of two cells, a section of two × bullets (reading 89). */
function criticalCurrent(bullets: string[]) {
  return parseNotes(
    inline(
      [
        '# Superconductivity',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Critical current density | Jc(T, B): above it resistance appears. Mostly set by pinning | Jc is an intrinsic constant like Tc ×; slightly over Jc = slightly resistive, harmless × |',
        '',
        '## Critical current density',
        '',
        'Jc(T, B): the current density above which a measurable voltage appears.',
        '',
        '**Common misconceptions**',
        '',
        ...bullets,
      ],
      'superconductivity.en.md',
    ),
  );
}

describe('the matching-statement cell rule', () => {
  it('writes a cell out as the × bullet of its own section that says it in other words (own-bullet-in-other-words)', () => {
    const doc = criticalCurrent([
      '- × Jc is a fixed constant of the material (processing changes it by orders of magnitude)',
      '- × Going slightly over Jc just adds a little resistance (it can run away into a quench)',
    ]);
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const falses = conceptFacts(doc, concept).falses;
    const slightly = falses.find((f) => f.cell?.includes('slightly'));
    expect(slightly?.rule).toBe('matching-statement');
    expect(slightly?.text).toBe('Going slightly over Jc just adds a little resistance');
    expect(slightly?.why).toContain('quench');
    // The bullet is the cell said in full, not a second misconception beside it.
    expect(falses.filter((f) => f.text.includes('little resistance'))).toHaveLength(1);
  });

  it('leaves a cell as written beside a bullet of its section on another point', () => {
    const doc = criticalCurrent([
      '- × Jc is a fixed constant of the material (processing changes it by orders of magnitude)',
      '- × A wire is chosen by its Tc (by Jc at the operating field)',
    ]);
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const slightly = conceptFacts(doc, concept).falses.find((f) => f.cell?.includes('slightly'));
    expect(slightly?.rule).toBe('cell-as-written');
  });
});
