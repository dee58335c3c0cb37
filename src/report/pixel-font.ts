/**
 * A 5×7 pixel font for the chart's digits and `%`, so the PNG needs no system font (none is
 * installed in slim containers, and none would have Japanese glyphs anyway): bars are numbered
 * and the legend with concept names is in the message text.
 */

/** Rows of each glyph, top to bottom; `#` is ink. */
const GLYPHS: Record<string, readonly string[]> = {
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
  '%': ['##...', '##..#', '...#.', '..#..', '.#...', '#..##', '...##'],
};

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;

/** Width in pixels of `text` at `scale` (one blank column between glyphs). */
export function textWidth(text: string, scale: number): number {
  return text.length === 0 ? 0 : (text.length * (GLYPH_WIDTH + 1) - 1) * scale;
}

/**
 * Calls `plot(x, y)` for every ink pixel of `text` drawn with its top-left corner at (x, y).
 * Characters without a glyph are drawn as blanks.
 */
export function drawText(
  text: string,
  x: number,
  y: number,
  scale: number,
  plot: (x: number, y: number) => void,
): void {
  [...text].forEach((ch, i) => {
    const glyph = GLYPHS[ch];
    if (!glyph) return;
    const left = x + i * (GLYPH_WIDTH + 1) * scale;
    glyph.forEach((row, gy) => {
      for (let gx = 0; gx < GLYPH_WIDTH; gx++) {
        if (row[gx] !== '#') continue;
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) plot(left + gx * scale + dx, y + gy * scale + dy);
      }
    });
  });
}
