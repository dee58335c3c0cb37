import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe('shared-heading: a heading that names two concepts side by side', () => {
  // `## Tag and digest` went to Tag alone: Digest had no section, and its × bullet under that
  // heading was nobody's.
  const doc = parseNotes(
    inline([
      '# Images',
      '',
      '## Tag and digest',
      '',
      'A tag is a mutable name that points to a manifest.',
      '',
      'A digest is the hash of the manifest, so it never changes.',
      '',
      '- × A tag like 1.4 can never change (anyone with push rights can move it)',
      '- × Two pulls of the same digest can return different content (a digest is a content hash)',
      '',
      '## リング',
      '',
      '### memtableとSSTable',
      '',
      'memtable はメモリ上の構造。',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Tag | Mutable pointer | Tags never move × |',
      '| Digest | Hash of the manifest; immutable | Content behind a digest can change × |',
      '| memtable | メモリ上の構造 | 電源断で必ず失われる × |',
      '| SSTable | 不変のファイル | 書き換えられる × |',
    ]),
  );
  const sectionOf = (name: string) => doc.concepts.find((c) => c.name === name)?.section;

  it('is the section of the second concept too', () => {
    expect(sectionOf('Tag')).toBe('Tag and digest');
    expect(sectionOf('Digest')).toBe('Tag and digest');
    expect(sectionOf('SSTable')).toBe('memtableとSSTable');
  });

  it('gives each concept the lines that name it, whatever their case', () => {
    const digest = doc.concepts.find((c) => c.name === 'Digest');
    if (!digest) throw new Error('no concept');
    const falses = conceptFacts(doc, digest).falses.map((f) => f.text);
    expect(falses).toContain('Two pulls of the same digest can return different content');
    expect(falses).not.toContain('A tag like 1.4 can never change');
  });
});
