/**
 * "Which row has X = a and Y = b" from a matrix table, in each language: the explanation of the
 * key and of every wrong option names both cells, in the notes' language's punctuation.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';

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
  const bank = buildQuestionBank([{ path: 'pointers.en.md', text: EN }]);
  const both = bank.questions.filter(
    (q) => q.prompt.includes('“Owners”') && q.prompt.includes('“Thread-safe”'),
  );

  it('asks for the one row with both values', () => {
    expect(both.length).toBeGreaterThan(0);
  });

  it('explains the key and each wrong option by both cells, without Japanese punctuation', () => {
    for (const q of both) {
      const texts = [q.explanation.why ?? '', ...q.choices.map((c) => c.why ?? '')];
      for (const text of texts) expect(text).not.toMatch(/[「」／、]/u);
      for (const c of q.choices.filter((x) => !x.correct))
        expect(c.why).toMatch(/Owners = “(one|many)”, Thread-safe = “(yes|no)”/);
    }
  });
});
