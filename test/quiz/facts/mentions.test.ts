import { describe, expect, it } from 'vitest';
import { isTopicOf } from '../../../src/quiz/facts/mentions.ts';

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
