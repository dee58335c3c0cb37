/** Topics: sections no concept owns that teach something of their own (generate/topics.ts). */
import { describe, expect, it } from 'vitest';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import { topicSubjects } from '../../../src/quiz/generate/topics.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

/** Tire notes with one concept, a section no concept owns, and the closing part `closing`. */
function tireNotes(closing: string) {
  return parseNotes(
    inline(
      [
        '# Tire grip',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Slip angle | The angle between where the tire points and where it goes | Slip means skidding × |',
        '',
        '## Slip angle',
        '',
        'The angle between where the tire points and where it goes.',
        '',
        '## Hydroplaning',
        '',
        'A wedge of water lifts the tread off the road.',
        '',
        '- Worn tread evacuates much less water',
        '- The onset speed rises with tire pressure',
        '- × Heavy vehicles cannot hydroplane (they can, at a higher speed)',
        '',
        closing,
        '',
        '- The tire needs slip (angle or ratio) to make force',
        '- The total lateral load transfer is physics; the split is tuning',
        '- Steering going light is the tire telling you it is near the peak',
      ],
      'tires.en.md',
    ),
  );
}

describe('topicSubjects', () => {
  it('takes a section that teaches, not the notes’ closing takeaways (reading 88)', () => {
    const topics = (closing: string) =>
      topicSubjects(generationContext(tireNotes(closing))).map((t) => t.name);
    expect(topics('## Takeaways')).toEqual(['Hydroplaning']);
    expect(topics('## Key takeaways')).toEqual(['Hydroplaning']);
    expect(topics('## Key points')).toEqual(['Hydroplaning']);
    expect(topics('## ポイント')).toEqual(['Hydroplaning']);
    // Every heading that is a point label (notes/labels.ts), numbered or plural.
    expect(topics('## Points')).toEqual(['Hydroplaning']);
    expect(topics('## ポイント2')).toEqual(['Hydroplaning']);
    // A part of the notes under another heading teaches: a topic.
    expect(topics('## Handling')).toEqual(['Hydroplaning', 'Handling']);
  });
});
