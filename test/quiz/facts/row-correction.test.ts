/** The why of a row's misconception the notes correct nowhere in words of their own. */

import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import {
  citedSentence,
  proseAnswer,
  proseSentences,
} from '../../../src/quiz/facts/prose-evidence.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe("a row's misconception written out as a longer bullet", () => {
  it('is answered by the sentence its terse cell finds (`再起動後も残る` → `再起動すると中身は消える`)', () => {
    const doc = parseNotes(
      inline(
        [
          '# ファイルシステム',
          '',
          '### tmpfs',
          '',
          'メモリ上に作るファイルシステム。再起動すると中身は消える。',
          '',
          'よくある誤解：',
          '- × tmpfs に置いたデータは再起動後も残る',
          '',
          '### マウント',
          '',
          'ファイルシステムをディレクトリにつなぐこと。',
          '',
          '## まとめ',
          '',
          '| 概念 | 正しい理解 | よくある誤解 |',
          '|---|---|---|',
          '| tmpfs | **メモリ上**のファイルシステム | 再起動後も残る |',
          '| マウント | ファイルシステムを**ディレクトリにつなぐ** | 元のファイルが消える |',
        ],
        'fs.ja.md',
      ),
    );
    const tmpfs = doc.concepts.find((c) => c.name === 'tmpfs');
    if (!tmpfs) throw new Error('no tmpfs');
    const wrong = conceptFacts(doc, tmpfs).falses.find((f) => f.cell === '再起動後も残る');
    expect(wrong?.why).toBe('ノートには「再起動すると中身は消える」とある');
  });
});

describe('prose-answer: a row’s misconception the section answers in a sentence of prose', () => {
  const doc = parseNotes(
    inline([
      '# React rendering',
      '',
      '## Reconciliation',
      '',
      'Comparing two trees optimally is O(n³), so React uses heuristics: elements of a different',
      'type at the same position mean "destroy the old subtree, build a new one".',
      '',
      "That is why a component defined **inside** another component's body is a bug: every render creates a",
      'new function, which is a new type, so React remounts it and its state is lost each time.',
      '',
      '## Memo',
      '',
      'Skips a re-render when the props are equal.',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Reconciliation | Heuristic O(n) diff: **different type at the same position = remount** | Defining a component inside another component is harmless × |',
      '| Memo | Skips a re-render when props are **shallowly equal** | Always makes a component faster × |',
    ]),
  );

  it('explains it by that sentence, not by the row’s correct cell', () => {
    const concept = doc.concepts.find((c) => c.name === 'Reconciliation');
    if (!concept) throw new Error('no concept');
    const wrong = conceptFacts(doc, concept).falses.find((f) => f.text.includes('harmless'));
    expect(wrong?.why).toContain('is a bug: every render creates a new function');
  });

  it('leaves the correct cell where no sentence says the misconception’s words', () => {
    const concept = doc.concepts.find((c) => c.name === 'Memo');
    if (!concept) throw new Error('no concept');
    const wrong = conceptFacts(doc, concept).falses.find((f) => f.text.includes('faster'));
    expect(wrong?.why).toBe('Correct: “Skips a re-render when props are shallowly equal”');
  });
});

describe('prose-answer: a table row or a label is no sentence of prose', () => {
  // The section's body holds its table's rows without their outer pipes: `Zone | Standard
  // offset | DST offset | Notes` was quoted as what the notes say against `A time zone is just
  // an offset`.
  const section = parseNotes(
    inline([
      '# Time',
      '',
      '## Time zone',
      '',
      'A zone is a set of rules over time.',
      '',
      'Common misconceptions:',
      '',
      '| Zone | Standard offset | DST offset | Notes |',
      '|---|---|---|---|',
      '| Asia/Tokyo | +09:00 | — | no DST since 1951 |',
    ]),
  ).sections.find((s) => s.heading === 'Time zone');

  it('reads neither as prose', () => {
    if (!section) throw new Error('no section');
    expect(proseSentences(section, 'en')).toEqual(['A zone is a set of rules over time']);
    expect(proseAnswer('A time zone is just an offset', section, ['Time zone'], 'en')).toBeNull();
  });
});

describe('pair-row-the-two', () => {
  const doc = parseNotes(
    inline([
      '# Classifier metrics',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Precision and recall | Precision is TP / predicted positives; recall is TP / actual positives | The two are interchangeable × |',
      '| Accuracy | The share of right answers | It is fine under class imbalance × |',
      '| Threshold | Turns a score into a label | The two are always 0.5 × |',
    ]),
  );
  const usable = (name: string) => {
    const concept = doc.concepts.find((c) => c.name === name);
    if (!concept) throw new Error(name);
    return conceptFacts(doc, concept)
      .falses.filter((f) => !f.unusable)
      .map((f) => f.text);
  };

  it('reads `the two` of a row named for two things as that row’s own two', () => {
    expect(usable('Precision and recall')).toContain('The two are interchangeable');
  });

  it('leaves it unusable in a row named for one thing: which two?', () => {
    expect(usable('Threshold')).not.toContain('The two are always 0.5');
  });
});

describe('cited-correction', () => {
  // Reading 57: `× You can sue the officer for not reading your rights (Vega)` was explained by
  // the one word `Vega`.
  const doc = parseNotes(
    inline([
      '# Miranda',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Remedy | The statement is kept out of the case-in-chief | The case gets dismissed × |',
      '| Custody | Would a reasonable person feel free to leave | Only at the station × |',
      '',
      '## Remedy',
      '',
      '- The statement is excluded from the prosecution’s case-in-chief.',
      '- No civil damages claim under 42 U.S.C. § 1983 for a Miranda violation by itself (*Vega v. Tekoh*, 2022).',
      '',
      'Common misconceptions:',
      '',
      '- × You can sue the officer for not reading your rights (Vega)',
      '- × The case gets dismissed (only the statement is suppressed)',
    ]),
  );

  it('explains a misconception corrected by a bare citation with the line that names it', () => {
    const remedy = doc.concepts.find((c) => c.name === 'Remedy');
    if (!remedy) throw new Error('no concept');
    const sue = conceptFacts(doc, remedy).falses.find((f) => f.text.startsWith('You can sue'));
    expect(sue?.why).toContain('No civil damages claim under 42 U.S.C. § 1983');
  });

  it('reads only a citation of one or two words, whole, in the section', () => {
    const section = doc.sections.find((s) => s.heading === 'Remedy') ?? null;
    expect(citedSentence('Vega', section, 'en')).toContain('Vega v. Tekoh');
    expect(citedSentence('Veg', section, 'en')).toBe(null);
    expect(citedSentence('only the statement is suppressed', section, 'en')).toBe(null);
    expect(citedSentence('Vega', null, 'en')).toBe(null);
  });
});
