/** What the chart's parts draw with: a list of shapes, and text fitted to its room. */
import { hex, type Rgb } from './chart-style.ts';
import type { Shape } from './svg.ts';
import { type FontWeight, fitText, type MeasureText } from './text-fit.ts';

export interface TextStyle {
  size: number;
  weight: FontWeight;
  color: Rgb;
  anchor?: 'start' | 'middle' | 'end';
}

export class Pen {
  readonly shapes: Shape[] = [];

  constructor(private readonly measure?: MeasureText) {}

  /** `text` shortened with `…` to `maxWidth` (see fitText). */
  fit(text: string, maxWidth: number, style: Pick<TextStyle, 'size' | 'weight'>): string {
    return fitText(text, maxWidth, style.size, style.weight, this.measure);
  }

  /** Draws `text` (already fitted) with its baseline at `y`. */
  text(text: string, x: number, y: number, style: TextStyle): void {
    this.shapes.push({
      kind: 'text',
      x,
      y,
      text,
      size: style.size,
      weight: style.weight,
      fill: hex(style.color),
      anchor: style.anchor ?? 'start',
    });
  }

  /** Fits `text` to `maxWidth` and draws it; returns what was drawn. */
  line(text: string, x: number, y: number, maxWidth: number, style: TextStyle): string {
    const fitted = this.fit(text, maxWidth, style);
    this.text(fitted, x, y, style);
    return fitted;
  }

  rect(x: number, y: number, width: number, height: number, color: Rgb, rx?: number): void {
    this.shapes.push({
      kind: 'rect',
      x,
      y,
      width,
      height,
      fill: hex(color),
      ...(rx ? { rx } : {}),
    });
  }

  push(shape: Shape): void {
    this.shapes.push(shape);
  }
}
