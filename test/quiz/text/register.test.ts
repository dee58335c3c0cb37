/** The register of an option (text/register.ts): shorthand of a summary cell, or a sentence. */
import { describe, expect, it } from 'vitest';
import { NOTE_MARKS, registerMix, registerOf } from '../../../src/quiz/text/register.ts';

describe('registerOf', () => {
  it.each(NOTE_MARKS.map((m) => [m.name, m.example.replace(/ \(.*\)$/, '')]))(
    '%s: its example is shorthand',
    (_name, example) => {
      expect(registerOf(example)).toBe('note');
    },
  );

  it.each([
    'Overlay traffic is encrypted by default',
    'ログインシェル（bash/zsh）でレシピが実行される',
    '日本基準でも、回収可能価額が回復すれば減損損失を戻し入れられる',
    'The reverse (a faster plant) can push a marginal loop into oscillation. It rarely helps',
  ])('%s: a sentence', (text) => {
    expect(registerOf(text)).toBe('prose');
  });

  it('leaves a name or a short English phrase undecided', () => {
    expect(registerOf('Requests per second')).toBe('unclear');
  });

  it('reads a parenthesis at the end as an aside, not as the ending', () => {
    expect(registerOf('MXがなければ配送されない（RFC 5321）')).toBe('prose');
    expect(registerOf('システムヘッダは除外（含めるなら -MD）')).toBe('note');
  });

  it('reads a megabyte-long line in linear time', () => {
    const long = `${'a; b → c = d + e。'.repeat(60_000)}する`;
    const started = performance.now();
    expect(registerOf(long)).toBe('note');
    expect(registerOf('x'.repeat(1_000_000))).toBe('unclear');
    // Generous: a backtracking pattern would take minutes here.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('registerMix (the key first)', () => {
  it('one register, or undecided options beside either', () => {
    expect(registerMix(['prose', 'prose', 'unclear'])).toBe('one');
    expect(registerMix(['note', 'note', 'note'])).toBe('one');
  });

  it('the key alone a sentence among shorthand, or alone shorthand among sentences', () => {
    expect(registerMix(['prose', 'note', 'note'])).toBe('key-alone');
    expect(registerMix(['note', 'prose', 'prose', 'prose'])).toBe('key-alone');
  });

  it('both registers with the key not alone in its own', () => {
    expect(registerMix(['prose', 'prose', 'note'])).toBe('mixed');
    expect(registerMix(['prose', 'note', 'unclear'])).toBe('mixed');
  });
});
