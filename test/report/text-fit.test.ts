import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/report/svg.ts';
import { fitText, MAX_LINE_GRAPHEMES, measureWithResvg } from '../../src/report/text-fit.ts';

/** A stand-in measure: 10 px per character, counting calls. */
function counting() {
  const calls: string[] = [];
  const measure = (text: string) => {
    calls.push(text);
    return [...text].length * 10;
  };
  return { calls, measure };
}

describe('fitText', () => {
  it('keeps a short text as it is without measuring it', () => {
    const { calls, measure } = counting();
    expect(fitText('サーガ', 100, 24, 400, measure)).toBe('サーガ');
    expect(calls).toEqual([]);
  });

  it('puts a text on one line', () => {
    expect(fitText('  two\n lines\t here ', 1000, 10, 400)).toBe('two lines here');
  });

  it('shortens with … to the longest prefix that fits, in a few measurements', () => {
    const { calls, measure } = counting();
    expect(fitText('abcdefghijklmnopqrstuvwxyz', 100, 24, 400, measure)).toBe('abcdefghi…');
    expect(calls.length).toBeLessThanOrEqual(4);
  });

  it('never cuts inside a character a person sees as one', () => {
    const family = '👩‍👩‍👧‍👦';
    const perGrapheme = (text: string) => [...new Intl.Segmenter().segment(text)].length * 10;
    expect(fitText(family.repeat(4), 30, 24, 400, perGrapheme)).toBe(`${family.repeat(2)}…`);
  });

  it('handles a 1 MB line quickly, measuring only what could be shown', () => {
    const { calls, measure } = counting();
    const started = Date.now();
    const fitted = fitText('サーガ '.repeat(250_000), 1000, 24, 400, measure);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fitted.endsWith('…')).toBe(true);
    expect(Math.max(...calls.map((c) => c.length))).toBeLessThanOrEqual(MAX_LINE_GRAPHEMES * 2);
  });

  it('measures with the chart font: Japanese glyphs are 1 em wide, and wider text is wider', () => {
    const kana = measureWithResvg('サーガサーガ', 24, 400);
    expect(kana).toBeGreaterThan(24 * 5.5);
    expect(kana).toBeLessThanOrEqual(24 * 6);
    expect(measureWithResvg('WWWW', 24, 700)).toBeGreaterThan(measureWithResvg('iiii', 24, 700));
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops control characters XML cannot hold', () => {
    expect(escapeXml('<b>"A&B"</b>\u0000\u0007\tok')).toBe(
      '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;\tok',
    );
  });
});
