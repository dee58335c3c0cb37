/** Reads the weekly report's chart back: decode the PNG and count bars by pixel colour. */
import pngjs from 'pngjs';
import { CHART_COLORS, CHART_LAYOUT, type Rgb } from '../../src/report/accuracy-chart.ts';

const BAR_COLORS: Rgb[] = [CHART_COLORS.weak, CHART_COLORS.learning, CHART_COLORS.mastered];

export interface DecodedChart {
  width: number;
  height: number;
  /** Per bar, left to right: its colour and height in pixels. */
  bars: { color: Rgb; height: number; x: number }[];
}

export function decodeChart(png: Uint8Array): DecodedChart {
  const image = pngjs.PNG.sync.read(Buffer.from(png));
  const at = (x: number, y: number): Rgb => {
    const i = (y * image.width + x) * 4;
    return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
  };
  const same = (a: Rgb, b: Rgb) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
  const isBar = (c: Rgb) => BAR_COLORS.some((b) => same(b, c));
  const baseline = CHART_LAYOUT.height - CHART_LAYOUT.bottom; // the x axis row
  const row = baseline - 1; // every bar is at least 2 px tall, so this row crosses each one
  const bars: DecodedChart['bars'] = [];
  for (let x = 0; x < image.width; x++) {
    const color = at(x, row);
    if (!isBar(color) || (x > 0 && isBar(at(x - 1, row)))) continue;
    let height = 0;
    while (row - height >= 0 && same(at(x, row - height), color)) height++;
    bars.push({ color, height, x });
  }
  return { width: image.width, height: image.height, bars };
}
