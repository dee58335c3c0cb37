import { describe, expect, it } from 'vitest';
import {
  affixKeys,
  HEADING_PART_SEPARATORS,
  headingParts,
  nameForms,
  partKey,
} from '../../../src/quiz/notes/heading-parts.ts';

describe('headingParts', () => {
  it('splits a heading at every separator of the table, each shown by its example', () => {
    expect(headingParts('Security: introspection, persisted queries, query cost')).toEqual([
      'Security',
      'introspection',
      'persisted queries',
      'query cost',
    ]);
    expect(headingParts('Analyzers, stemming and stop words')).toEqual([
      'Analyzers',
      'stemming',
      'stop words',
    ]);
    expect(headingParts('CQRSとプロジェクション')).toEqual(['CQRS', 'プロジェクション']);
    expect(headingParts('HPACK & QPACK')).toEqual(['HPACK', 'QPACK']);
    for (const separator of HEADING_PART_SEPARATORS)
      expect(headingParts(separator.example.split(' → ')[0] ?? '').length).toBeGreaterThan(1);
  });

  it('drops a leading article, and gives a heading with no separator whole', () => {
    expect(headingParts('Resolvers and the N+1 problem')).toEqual(['Resolvers', 'N+1 problem']);
    expect(headingParts('NUMA')).toEqual(['NUMA']);
  });

  it('reads a long heading in one pass', () => {
    const long = `${'word and '.repeat(100_000)}end`;
    expect(headingParts(long)).toHaveLength(100_001);
  });
});

describe('partKey', () => {
  it('keeps words apart, punctuation as a space, the last word in the singular', () => {
    expect(partKey('Inverted index and posting lists')).toBe('inverted index and posting list');
    expect(partKey('Write-back')).toBe('write back');
    expect(partKey('Persisted queries')).toBe('persisted query');
  });

  it('leaves words that only end in an s alone', () => {
    expect(partKey('ambiguous')).toBe('ambiguous');
    expect(partKey('HTTP status')).toBe('http status');
    expect(partKey('Analysis')).toBe('analysis');
  });
});

describe('nameForms', () => {
  it('reads the aside both ways, a kind word off, and the sides of a spaced slash', () => {
    expect(nameForms('NDP（近隣探索）')).toEqual(expect.arrayContaining(['NDP', '近隣探索']));
    expect(nameForms('アウトボックスパターン')).toContain('アウトボックス');
    expect(nameForms('N+1 problem / DataLoader')).toEqual(
      expect.arrayContaining(['N+1 problem', 'DataLoader']),
    );
    // A slash with no spaces is inside one name.
    expect(nameForms('TCP/IP')).toEqual(['TCP/IP']);
  });
});

describe('affixKeys', () => {
  it('gives the word-bounded ends and starts of a name, Japanese ends by character', () => {
    expect(affixKeys(partKey('Set associativity'))).toEqual({
      ends: ['associativity'],
      starts: ['set'],
    });
    expect(affixKeys(partKey('パイプラインキャッシュ')).ends).toContain(partKey('キャッシュ'));
    // `start-is-half-the-name`: a start of fewer than half the words is only a modifier.
    expect(affixKeys(partKey('Query cost limits')).starts).toEqual([partKey('Query cost')]);
  });

  it('gives nothing for a name too long to be one (a pathological cell stays linear)', () => {
    expect(affixKeys(partKey('word '.repeat(100_000)))).toEqual({ ends: [], starts: [] });
  });
});
