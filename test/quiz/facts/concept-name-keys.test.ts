import { describe, expect, it } from 'vitest';
import { conceptNameKeys } from '../../../src/quiz/facts/concept-name-keys.ts';
import { matchKey } from '../../../src/quiz/text/normalize.ts';
import type { Concept } from '../../../src/quiz/types.ts';
import { bareConcept } from '../notes-helpers.ts';

const concept = (name: string): Concept => bareConcept(name);

describe('conceptNameKeys', () => {
  const concepts = [
    'ハッシュインデックス',
    'B-treeインデックス',
    'ハッシュ',
    'ハッシュ表',
    'GIN',
  ].map(concept);
  const keys = conceptNameKeys(concepts);

  it('finds the concepts named by a key', () => {
    expect(keys.named('gin').map((c) => c.name)).toEqual(['GIN']);
    expect(keys.named('gist')).toEqual([]);
  });

  it('lists the longer keys that begin with a start, in the concepts order', () => {
    expect(keys.extending(matchKey('ハッシュ'))).toEqual(
      ['ハッシュインデックス', 'ハッシュ表'].map(matchKey),
    );
    expect(keys.extending(matchKey('ハッシュ表'))).toEqual([]);
  });
});
