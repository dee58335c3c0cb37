/** `contrasted-name`: a stem that sets a word of a name apart rules that name out at sight. */
import { describe, expect, it } from 'vitest';
import { CONTRAST_RULES, contrastedInStem } from '../../../src/quiz/text/contrasted-name.ts';

describe('CONTRAST_RULES', () => {
  it.each(CONTRAST_RULES.map((r) => [r.name, r] as const))('%s finds its example', (_n, rule) => {
    const { stem, word } = rule.example;
    const at = stem.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(rule.contrasts(stem.slice(0, at), stem.slice(at + word.length))).toBe(true);
    expect(contrastedInStem(stem, word, rule.language)).toBe(true);
  });

  it('finds every word of a list after `than`, and reads case-blind', () => {
    expect(contrastedInStem('Ratio is worse than zstd/gzip', 'gzip', 'en')).toBe(true);
    expect(contrastedInStem('Unlike TCP, it keeps no connection state', 'tcp', 'en')).toBe(true);
    expect(contrastedInStem('ブローカーより速い', 'ブローカー', 'ja')).toBe(true);
  });

  it('leaves a word the stem only uses, or sets apart from something else', () => {
    expect(contrastedInStem('複数を並行で走らせるには asyncio.gather(...)', 'asyncio', 'ja')).toBe(
      false,
    );
    expect(contrastedInStem('Keeps pods apart per topology domain', 'topology', 'en')).toBe(false);
    expect(contrastedInStem('zstd is faster than gzip', 'zstd', 'en')).toBe(false);
    expect(contrastedInStem('GC の停止時間より短い', 'GC', 'ja')).toBe(false);
    expect(contrastedInStem('anything', '', 'en')).toBe(false);
    expect(contrastedInStem('no such word here', 'absent', 'en')).toBe(false);
  });

  it('reads a short window beside the word of a 1 MB stem', () => {
    const long = 'a '.repeat(500_000);
    expect(contrastedInStem(`${long}worse than zstd`, 'zstd', 'en')).toBe(true);
    expect(contrastedInStem(`zstd ${long}`, 'zstd', 'en')).toBe(false);
    expect(contrastedInStem(`${'）'.repeat(500_000)}asyncio との違い`, 'asyncio', 'ja')).toBe(true);
    expect(contrastedInStem(`asyncio${'）'.repeat(500_000)}と違う`, 'asyncio', 'ja')).toBe(false);
  });
});
