/**
 * Fitting a line of text into a width, in the chart's font. A short text is taken as it is: no
 * glyph of the font is wider than 1 em, so `characters × size` is an upper bound. A longer one is
 * measured by resvg itself (the ink's bounding box of the text, alone in an SVG) and, if it is too
 * wide, shortened at a grapheme boundary with `…`.
 */
import { CHART_FONT_FAMILY, chartFontOptions } from './chart-font.ts';
import { resvg } from './resvg.ts';
import { escapeXml } from './svg.ts';

export type FontWeight = 400 | 700;

/** The width in pixels that `text` takes at `size` in `weight`. */
export type MeasureText = (text: string, size: number, weight: FontWeight) => number;

/** The widest glyph of the font, in em (CJK ideographs and kana are exactly 1 em). */
const MAX_GLYPH_EM = 1;
const ELLIPSIS = '…';
/**
 * More characters than any line of the chart can show (1,104 px at 18 px, even of narrow `i`s):
 * a longer text is cut to this many before it is measured, so a huge input costs nothing.
 */
export const MAX_LINE_GRAPHEMES = 300;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters (so an emoji or a base letter with its accent is never cut). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The ink width of `text` as resvg draws it with the chart's font (0 for nothing visible). */
export const measureWithResvg: MeasureText = (text, size, weight) => {
  const width = Math.ceil(size * MAX_GLYPH_EM * (graphemes(text).length + 2));
  const height = Math.ceil(size * 2);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><text x="0" y="${size * 1.4}" font-family="${CHART_FONT_FAMILY}" font-size="${size}" font-weight="${weight}">${escapeXml(text)}</text></svg>`;
  const box = new (resvg())(svg, { font: chartFontOptions(weight) }).getBBox();
  return box ? box.x + box.width : 0;
};

/** An upper bound of the width without measuring. */
export function widthBound(text: string, size: number): number {
  return graphemes(text).length * size * MAX_GLYPH_EM;
}

/**
 * `text` on one line (line breaks and runs of spaces become one space), shortened with `…` to
 * fit `maxWidth`. Measures only texts that might not fit.
 */
export function fitText(
  text: string,
  maxWidth: number,
  size: number,
  weight: FontWeight,
  measure: MeasureText = measureWithResvg,
): string {
  // A prefix long enough for any line: the rest could never be shown, so it is never measured.
  const cutShort = text.length > MAX_LINE_GRAPHEMES * 8;
  const head = cutShort ? text.slice(0, MAX_LINE_GRAPHEMES * 8) : text;
  const all = graphemes(head.replace(/\s+/g, ' ').trim());
  if (cutShort) all.pop(); // may be half a surrogate pair
  const complete = !cutShort && all.length <= MAX_LINE_GRAPHEMES;
  const parts = all.slice(0, MAX_LINE_GRAPHEMES);
  const line = parts.join('');
  if (complete && widthBound(line, size) <= maxWidth) return line;
  const full = measure(line, size, weight);
  if (complete && full <= maxWidth) return line;
  // The longest prefix that fits with `…`, from a proportional guess: usually one or two measurements.
  const limit = complete ? parts.length - 1 : parts.length;
  const cut = (k: number) =>
    k <= 0 ? ELLIPSIS : `${parts.slice(0, k).join('').trimEnd()}${ELLIPSIS}`;
  const fits = (k: number) => k <= 0 || measure(cut(k), size, weight) <= maxWidth;
  let k = Math.min(limit, full > 0 ? Math.floor((parts.length * maxWidth) / full) : limit);
  while (k > 0 && !fits(k)) k--;
  while (k < limit && fits(k + 1)) k++;
  return cut(k);
}
