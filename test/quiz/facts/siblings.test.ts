/** Siblings: the concepts a reader could confuse with a concept, closest first. */
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../src/quiz/facts/concept-facts.ts';
import { siblingIndex } from '../../../src/quiz/facts/siblings.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe('siblingIndex', () => {
  it('tells apart first the concepts one heading lists side by side (shared-heading)', () => {
    // Twelve concepts under one title: by position alone the two the notes set against each
    // other are rows apart, and the nearest rows came first.
    const rows = Array.from(
      { length: 10 },
      (_, i) => `| Filler ${i} | Does thing ${i} | Does nothing ×; Does everything × |`,
    );
    const doc = parseNotes(
      inline([
        '# Delivery',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Continuous delivery | Every change is releasable | Deploys every commit × |',
        ...rows,
        '| Continuous deployment | Every passing change goes live | Needs no tests × |',
        '',
        '## Continuous delivery and continuous deployment',
        '',
        'Continuous delivery keeps every change releasable; continuous deployment releases it.',
      ]),
    );
    const delivery = doc.concepts[0];
    const deployment = doc.concepts.at(-1);
    if (!delivery || !deployment) throw new Error('no concepts');
    const siblings = siblingIndex(doc, indexOf(doc), new Map()).get(delivery.id) ?? [];
    expect(siblings[0]).toEqual({ concept: deployment, relation: 'told-apart', contrasted: true });
  });
});

describe('siblingIndex: vs-heading', () => {
  it('tells apart the concepts a heading sets against each other outside their sections', () => {
    const rows = Array.from(
      { length: 10 },
      (_, i) => `| Filler ${i} | Does thing ${i} | Does nothing ×; Does everything × |`,
    );
    const doc = parseNotes(
      inline([
        '# JWT',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| HS256 | One shared key signs and verifies | It encrypts the payload × |',
        ...rows,
        '| RS256 / ES256 | A private key signs, a public key verifies | The public key encrypts × |',
        '',
        '## HS256',
        '',
        'HMAC with SHA-256 and one shared secret.',
        '',
        '## RS256 / ES256',
        '',
        'Asymmetric signatures.',
        '',
        '## HS256 vs RS256/ES256',
        '',
        'Who can issue tokens is what sets them apart.',
      ]),
    );
    const hs = doc.concepts[0];
    const rs = doc.concepts.at(-1);
    if (!hs || !rs) throw new Error('no concepts');
    const siblings = siblingIndex(doc, indexOf(doc), new Map()).get(hs.id) ?? [];
    expect(siblings[0]).toEqual({ concept: rs, relation: 'told-apart', contrasted: true });
  });
});

describe('siblingIndex: same-head-word', () => {
  it('takes first the concepts whose names end on the same kind word', () => {
    const doc = parseNotes(
      inline([
        '# Front ends',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| Recursive descent parser | One function per rule | Only for toy languages × |',
        '| Constant folding | Evaluates constants at compile time | Same as propagation × |',
        '| Lexer | Turns characters into tokens | Counts brackets × |',
        '| Abstract syntax tree | Keeps the structure | Same as the parse tree × |',
        '| LALR(1) parser | Table-driven bottom-up | Same power as LR(1) × |',
        '| Pratt parsing | Binding powers | No right-associative operators × |',
      ]),
    );
    const first = doc.concepts[0];
    if (!first) throw new Error('no concepts');
    const names = (siblingIndex(doc, indexOf(doc), new Map()).get(first.id) ?? []).map(
      (s) => s.concept.name,
    );
    expect(names.slice(0, 2)).toEqual(['LALR(1) parser', 'Pratt parsing']);
  });
});
