/** `key-in-a-pair`: the key and one other option alone on one point. */
import { describe, expect, it } from 'vitest';
import type { DraftChoice } from '../../../src/quiz/generate/draft.ts';
import { keyPairTerm } from '../../../src/quiz/generate/pair-term.ts';

const option = (text: string, correct = false): DraftChoice => ({
  text,
  correct,
  truth: !correct,
  why: null,
  keys: [],
});

describe('keyPairTerm', () => {
  const prompt = 'Which of these is a misconception about “Weak references”?';

  it('finds the word the key shares with one other option only', () => {
    const choices = [
      option('WeakHashMap holds its values weakly', true),
      option('In a WeakHashMap the keys are weak'),
      option('A SoftReference is kept until the heap runs short'),
    ];
    expect(keyPairTerm(prompt, choices)).toBe('weakhashmap');
  });

  it('reads Japanese runs of content (ハッシュ in the key and one other option)', () => {
    const choices = [
      option('同じハッシュのコミットがそのまま移動する', true),
      option('親が違うのでハッシュは別物'),
      option('hotfix をリリースブランチにも入れたいときなどに使う'),
    ];
    expect(keyPairTerm('「rebase」について誤っているものはどれ？', choices)).toBe('ハッシュ');
  });

  it('reads a Latin word with the longer ones it starts (deep / deeper, miss / misses)', () => {
    const choices = [
      option('The deeper the health check the better', true),
      option('"Deep" checks that call the database can take the whole fleet out'),
      option('The balancer probes each backend on an interval'),
    ];
    expect(keyPairTerm('Which is a misconception about “Active health checks”?', choices)).toBe(
      'deeper',
    );
    // …and the prompt's word with its plural (`checks` says `check`).
    const asked = [
      option('A check is a probe', true),
      option('Checks run on an interval'),
      option('Nothing else'),
    ];
    expect(keyPairTerm('Which is true of health checks?', asked)).toBeNull();
  });

  it('says nothing when the prompt says the word, all options share it, or two options are all', () => {
    const pair = [
      option('WeakHashMap holds its values weakly', true),
      option('In a WeakHashMap the keys are weak'),
    ];
    expect(keyPairTerm(prompt, pair)).toBeNull();
    const third = option('A WeakHashMap entry goes once its key is unreachable');
    expect(keyPairTerm(prompt, [...pair, third])).toBeNull();
    // The prompt's word is set aside; the two still pair on `weakly` / `weak` (values or keys?).
    expect(
      keyPairTerm('Which is a misconception about WeakHashMap?', [...pair, option('x y z')]),
    ).toBe('weakly');
    expect(
      keyPairTerm('Which is a misconception about WeakHashMap?', [
        option('WeakHashMap holds its values strongly', true),
        option('In a WeakHashMap the keys are weak'),
        option('x y z'),
      ]),
    ).toBeNull();
  });

  it('reads long options in linear time', () => {
    const long = 'word '.repeat(200_000);
    const choices = [option(`${long} key`, true), option(`${long} other`), option('third')];
    expect(keyPairTerm(prompt, choices)).toBe('word');
  });
});
