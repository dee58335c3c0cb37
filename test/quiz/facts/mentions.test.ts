import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { isTopicOf, nameInSubject } from '../../../src/quiz/facts/mentions.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe('isTopicOf', () => {
  it.each([
    ['A lightweight tag is just a ref to a commit', 'Lightweight tag', 'en', true],
    ['The SLO should be 100 %', 'SLO', 'en', true],
    ['SLO is a target', 'SLO', 'en', true],
    ['A tag object with tagger, date and message', 'Lightweight tag', 'en', false],
    ['Like a branch that never moves', 'Branch', 'en', false],
    ['Lightweight tag', 'Lightweight tag', 'en', false],
    ['Kubernetesはコンテナを管理する', 'Kubernetes', 'ja', true],
    ['Kubernetesのセルフヒーリング', 'Kubernetes', 'ja', false],
  ] as const)('「%s」 has the subject %s: %s', (text, name, language, expected) => {
    expect(isTopicOf(text, name, language)).toBe(expected);
  });

  it('reads a line of 1 MB at once', () => {
    const long = `A ${'x '.repeat(500_000)}`;
    const started = performance.now();
    expect(isTopicOf(long, 'Lightweight tag', 'en')).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('nameInSubject', () => {
  it('reads a noun the name modifies as the subject (`A first-ever QUIC connection takes…`)', () => {
    expect(nameInSubject('A first-ever QUIC connection takes one round trip', 'QUIC')).toBe(true);
    expect(nameInSubject('QUIC connections are identified by connection IDs', 'QUIC')).toBe(true);
  });

  it('leaves a gerund subject, a name inside a phrase, and a sentence with no early verb', () => {
    expect(nameInSubject('Opening a TCP connection takes three segments', 'TCP')).toBe(false);
    expect(
      nameInSubject('HPACK reworked for QUIC, where streams arrive out of order', 'QUIC'),
    ).toBe(false);
    expect(nameInSubject(`A QUIC ${'very '.repeat(200_000)}long thing`, 'QUIC')).toBe(false);
  });

  it('keeps the statement from the concept whose section it stands in (0-RTT)', () => {
    const doc = parseNotes(
      inline([
        '# HTTP/3',
        '## QUIC',
        'A transport protocol built on UDP.',
        '## 0-RTT',
        'A first-ever QUIC connection takes one round trip. On a resumed connection the client can send data at once.',
        '## Summary',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| QUIC | **Reliable** transport on UDP | Unreliable because it is UDP × |',
        '| 0-RTT | Early data on a **resumed** connection | Works on the first connection × |',
      ]),
    );
    const zero = doc.concepts.find((c) => c.name === '0-RTT');
    if (!zero) throw new Error('no concept');
    const trues = conceptFacts(doc, zero).trues.map((t) => t.text);
    expect(trues.some((t) => t.startsWith('A first-ever QUIC connection'))).toBe(false);
  });
});
