/** Reads the weekly chart back from its pixels: decode the PNG, find bars by colour, count ink. */
import pngjs from 'pngjs';
import {
  type Box,
  CHART_COLORS,
  CHART_LAYOUT,
  type Rgb,
} from '../../src/report/weekly-chart-layout.ts';

const BAR_COLORS: Rgb[] = [CHART_COLORS.weak, CHART_COLORS.learning, CHART_COLORS.mastered];

export interface DecodedImage {
  width: number;
  height: number;
  at(x: number, y: number): Rgb;
}

export function decodePng(png: Uint8Array): DecodedImage {
  const image = pngjs.PNG.sync.read(Buffer.from(png));
  return {
    width: image.width,
    height: image.height,
    at(x, y) {
      const i = (y * image.width + x) * 4;
      return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    },
  };
}

export const sameColor = (a: Rgb, b: Rgb) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
const isBar = (c: Rgb) => BAR_COLORS.some((b) => sameColor(b, c));

/**
 * The bars as the pixels show them, top to bottom, found without the layout: runs of a bar
 * colour down the column just right of the track's start; each bar's length is its run of that
 * colour along its middle row.
 */
export function readBars(
  image: DecodedImage,
): { color: Rgb; length: number; top: number; bottom: number }[] {
  const x = CHART_LAYOUT.trackX + 1;
  const bars: { color: Rgb; length: number; top: number; bottom: number }[] = [];
  for (let y = CHART_LAYOUT.rowsTop; y < CHART_LAYOUT.rowsBottom; y++) {
    const color = image.at(x, y);
    if (!isBar(color) || isBar(image.at(x, y - 1))) continue;
    let bottom = y;
    while (sameColor(image.at(x, bottom + 1), color)) bottom++;
    const middle = Math.floor((y + bottom) / 2);
    let length = 0;
    while (sameColor(image.at(CHART_LAYOUT.trackX + length, middle), color)) length++;
    bars.push({ color, length, top: y, bottom });
  }
  return bars;
}

/** Pixels in `box` clearly darker than the background: drawn glyphs (anti-aliased edges count too). */
export function inkIn(image: DecodedImage, box: Box): number {
  let ink = 0;
  for (let y = Math.max(0, box.y); y < Math.min(image.height, box.y + box.height); y++)
    for (let x = Math.max(0, box.x); x < Math.min(image.width, box.x + box.width); x++) {
      const [r, g, b] = image.at(x, y);
      if (r + g + b < 3 * 160) ink++;
    }
  return ink;
}
