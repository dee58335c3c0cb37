/**
 * "Which row has X = a and Y = b" from a matrix table, in each language: the explanation of the
 * key and of every wrong option names both cells, in the notes' language's punctuation.
 */
import { describe, expect, it } from 'vitest';
import { documentQuestions } from '../../../src/quiz/generate/document-questions.ts';
import type { Draft } from '../../../src/quiz/generate/draft.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';

const EN = `# Smart pointers

## Notes

### Box

\`Box<T>\` puts a value on the heap with a single owner.

### Rc

\`Rc<T>\` is a reference-counted pointer shared by several owners in one thread.

### Arc

\`Arc<T>\` is an atomically reference-counted pointer shared across threads.

### RefCell

\`RefCell<T>\` checks the borrow rules at run time.

### Compared

| Pointer | Owners | Thread-safe |
|---|---|---|
| Box | one | yes |
| Rc | many | no |
| Arc | many | yes |
| RefCell | one | no |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Box | Heap allocation with **one owner** | Shared ownership × |
| Rc | **Reference-counted** shared ownership, one thread | Can cross threads × |
| Arc | **Atomic** reference counting across threads | Allows shared mutation × |
| RefCell | Borrow rules checked at **run time** | Turns off the borrow rules × |
`;

describe('which-has-both in English notes', () => {
  // The template's drafts: the bank may ask each of these four concepts by two other questions
  // (their which-concept questions offer the sibling each is contrasted with), and keep none.
  const found: Draft[] = [];
  documentQuestions(parseNotes({ path: 'pointers.en.md', text: EN }), () => [], {
    found: (_subject, _template, f) => found.push(...f.drafts),
  });
  const both = found.filter(
    (q) =>
      q.template === 'which-has-both' &&
      q.prompt.includes('“Owners”') &&
      q.prompt.includes('“Thread-safe”'),
  );

  it('asks for the one row with both values', () => {
    expect(both.length).toBeGreaterThan(0);
  });

  it('explains the key and each wrong option by both cells, without Japanese punctuation', () => {
    for (const q of both) {
      const texts = [q.why ?? '', ...q.choices.map((c) => c.why ?? '')];
      for (const text of texts) expect(text).not.toMatch(/[「」／、]/u);
      for (const c of q.choices.filter((x) => !x.correct))
        expect(c.why).toMatch(/Owners = “(one|many)”, Thread-safe = “(yes|no)”/);
    }
  });
});

describe('overlap-fits-both', () => {
  // Intelligent-Tiering's `Milliseconds in the automatic tiers` has `Milliseconds` too: asked for
  // "Milliseconds and no retrieval fee", S3 Standard is not the only row that fits.
  const NOTES = `# Storage classes

### Standard-IA

Millisecond reads with a retrieval fee.

### Intelligent-Tiering

Moves objects between tiers by access.

### Glacier Deep Archive

Archived objects must be restored first.

### Classes compared

| Storage class | Access time | Retrieval fee |
|---|---|---|
| S3 Standard | Milliseconds | no |
| Standard-IA | Milliseconds | yes |
| Intelligent-Tiering | Milliseconds in the automatic tiers | no |
| Glacier Deep Archive | Hours, after a restore | yes |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Standard-IA | Millisecond reads, **retrieval fee** | Reads take minutes × |
| Intelligent-Tiering | Moves objects **by access** | Charges to read again × |
| Glacier Deep Archive | Must be **restored** before reading | A GET waits for it × |
`;
  const drafts: Draft[] = [];
  documentQuestions(parseNotes({ path: 'classes.en.md', text: NOTES }), () => [], {
    found: (_subject, _template, found) => drafts.push(...found.drafts),
  });
  const prompts = drafts.filter((d) => d.template === 'which-has-both').map((d) => d.prompt);

  it('asks for no row whose cells another row overlaps', () => {
    expect(prompts.length).toBeGreaterThan(0);
    const standard = '“Milliseconds” for “Access time” and “no” for “Retrieval fee”';
    expect(prompts.filter((p) => p.includes(standard))).toEqual([]);
  });
});

describe('near-miss-first and idle-condition', () => {
  // Wi-Fi 6 is the one row with 802.11ax and no 6 GHz. Wi-Fi 6E meets the standard (only the 6 GHz
  // mark rules it out); Wi-Fi 4 and Wi-Fi 5 meet the mark (only the standard rules them out). A set
  // of Wi-Fi 4 and Wi-Fi 5 alone leaves the 6 GHz condition nothing to do.
  const NOTES = `# Wi-Fi generations

### Wi-Fi 4

The first generation with MIMO.

### Wi-Fi 5

5 GHz only, wider channels.

### Wi-Fi 6

OFDMA on 2.4 and 5 GHz.

### Wi-Fi 6E

Wi-Fi 6 extended into 6 GHz.

### Wi-Fi 7

Multi-link operation.

### Generations compared

| Generation | Standard | 6 GHz |
|---|---|---|
| Wi-Fi 4 | 802.11n | × |
| Wi-Fi 5 | 802.11ac | × |
| Wi-Fi 6 | 802.11ax | × |
| Wi-Fi 6E | 802.11ax | ○ |
| Wi-Fi 7 | 802.11be | ○ |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Wi-Fi 4 | 802.11n, **MIMO** | It is 5 GHz only × |
| Wi-Fi 5 | 802.11ac, **5 GHz** only | It uses 6 GHz × |
| Wi-Fi 6 | 802.11ax, **OFDMA** | It uses 6 GHz × |
| Wi-Fi 6E | 802.11ax in **6 GHz** | It is a new standard × |
| Wi-Fi 7 | 802.11be, **multi-link** | It is 802.11ax × |
`;
  const drafts: Draft[] = [];
  documentQuestions(parseNotes({ path: 'wifi.en.md', text: NOTES }), () => [], {
    found: (_subject, _template, found) => drafts.push(...found.drafts),
  });
  const asked = drafts.filter(
    (d) =>
      d.template === 'which-has-both' &&
      d.choices.some((c) => c.correct && c.text === 'Wi-Fi 6') &&
      d.prompt.includes('802.11ax'),
  );
  const best = [...asked].sort((a, b) => b.quality - a.quality)[0];

  it('ranks first a set where each condition rules out a rival the other leaves', () => {
    expect(asked.length).toBeGreaterThan(0);
    const wrong = best?.choices.filter((c) => !c.correct).map((c) => c.text) ?? [];
    // Wi-Fi 6E has 802.11ax (only "no 6 GHz" rules it out); one of Wi-Fi 4 / Wi-Fi 5 has no 6 GHz
    // (only the standard rules it out).
    expect(wrong).toContain('Wi-Fi 6E');
    expect(wrong.some((n) => n === 'Wi-Fi 4' || n === 'Wi-Fi 5')).toBe(true);
  });

  it('ranks lower a set where the standard alone rules out every wrong option', () => {
    const idle = asked.filter((d) =>
      d.choices.every((c) => c.correct || c.text === 'Wi-Fi 4' || c.text === 'Wi-Fi 5'),
    );
    for (const d of idle) expect(d.quality).toBeLessThan(best?.quality ?? 0);
  });
});

describe('direction-arrows', () => {
  // Emphysema's FVC is `N/↓` (normal or low) and its DLCO `↓`: asked for "↓ for FVC and ↓ for
  // DLCO", it fits as ILD does, and so does the neuromuscular row (`↓ with KCO N/↑`). Read without
  // their arrows (`N`, `with KCO N`), both were offered as wrong options (reading 69).
  const NOTES = `# Pulmonary function

### Emphysema

Destroyed alveolar walls.

### ILD

Stiff, scarred lungs.

### Neuromuscular weakness

Weak breathing muscles, healthy lungs.

### Pulmonary vascular disease

Vessels lost, airways and volumes normal.

### Pattern matrix

| Condition | FVC | DLCO |
|---|---|---|
| Emphysema | N/↓ | ↓ |
| ILD | ↓ | ↓ |
| Neuromuscular weakness | ↓ | ↓ with KCO N/↑ |
| Pulmonary vascular disease | N | ↓ |
| Obesity | N/↓ | N/↑ |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Emphysema | Airflow **obstruction** with low DLCO | The ratio is normal × |
| ILD | **Restriction** with low DLCO | DLCO is normal × |
| Neuromuscular weakness | Restriction with **normal KCO** | KCO is low × |
| Pulmonary vascular disease | Isolated **low DLCO** | Spirometry is abnormal × |
`;
  const drafts: Draft[] = [];
  documentQuestions(parseNotes({ path: 'pft.en.md', text: NOTES }), () => [], {
    found: (_subject, _template, found) => drafts.push(...found.drafts),
  });
  const both = drafts.filter((d) => d.template === 'which-has-both');
  const asksLowBoth = (d: Draft): boolean =>
    d.prompt.includes('“↓” for “FVC”') && d.prompt.includes('“↓” for “DLCO”');

  it('does not ask for the one row with `↓` and `↓` when other rows have them too', () => {
    // Before, ILD was asked so, with emphysema or the neuromuscular row as a wrong option.
    expect(both.filter(asksLowBoth).map((d) => d.choices.map((c) => c.text))).toEqual([]);
  });
});
