/** A row's misconception takes the correction of the × bullet that says it again (twin-correction). */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe('twin-correction', () => {
  it('explains the cell by the bullet’s correction, not by a line found by its words', () => {
    const doc = parseNotes(
      inline(
        [
          '# Moist air',
          '',
          '| Concept | Correct understanding | Common misconceptions |',
          '|---|---|---|',
          '| Cooling coil | Water is removed only where the coil surface is below the dew point | The coil removes moisture by "cooling the room" |',
          '| Dew point | The temperature at which the air would saturate | Same as the wet-bulb temperature × |',
          '',
          '## Cooling coil',
          '',
          'Where the surface is below the dew point, vapour condenses on the fins.',
          '',
          '- × The coil dries the room by cooling it (it dries only where water condenses on the fins — a coil',
          "  running above the room's dew point removes no moisture at all)",
        ],
        'air.en.md',
      ),
    );
    const coil = doc.concepts.find((c) => c.name === 'Cooling coil');
    if (!coil) throw new Error('no coil');
    const falses = conceptFacts(doc, coil).falses;
    expect(falses).toHaveLength(1);
    expect(falses[0]?.why).toBe(
      "it dries only where water condenses on the fins — a coil running above the room's dew point removes no moisture at all",
    );
  });
});
