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
