/**
 * A few SVG shapes as data, and their serialisation. The chart's layout is a list of these, so a
 * test can read where everything is without decoding pixels, and the SVG is built in one place
 * that escapes every text.
 */

/** `#rrggbb`. */
export type Color = string;

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: Color; rx?: number }
  | {
      kind: 'text';
      x: number;
      /** The baseline. */
      y: number;
      text: string;
      size: number;
      weight: 400 | 700;
      fill: Color;
      anchor?: 'start' | 'middle' | 'end';
      /** A background-coloured outline, so the text stays readable over a line. */
      halo?: Color;
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: Color;
      width: number;
    }
  | {
      kind: 'polyline';
      points: readonly (readonly [number, number])[];
      stroke: Color;
      width: number;
    }
  | {
      kind: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: Color;
      stroke?: Color;
      strokeWidth?: number;
    };

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Whether XML 1.0 allows the character (tab, line feed and carriage return are the only controls it takes). */
function allowedInXml(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code >= 0x20 ? code !== 0x7f : code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Text for an SVG text node or attribute: XML-escaped, control characters dropped. */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) if (allowedInXml(ch)) out += XML_ESCAPES[ch] ?? ch;
  return out;
}

const n = (value: number): string => String(Math.round(value * 100) / 100);

function shapeToSvg(shape: Shape, fontFamily: string): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"${shape.rx ? ` rx="${n(shape.rx)}"` : ' shape-rendering="crispEdges"'}/>`;
    case 'text':
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-family="${escapeXml(fontFamily)}" font-size="${n(shape.size)}" font-weight="${shape.weight}" fill="${shape.fill}" text-anchor="${shape.anchor ?? 'start'}"${shape.halo ? ` stroke="${shape.halo}" stroke-width="6" stroke-linejoin="round" paint-order="stroke"` : ''}>${escapeXml(shape.text)}</text>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${n(shape.width)}" shape-rendering="crispEdges"/>`;
    case 'polyline':
      return `<polyline points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${shape.stroke}" stroke-width="${n(shape.width)}" stroke-linejoin="round" stroke-linecap="round"/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}"${shape.stroke ? ` stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth ?? 1)}"` : ''}/>`;
  }
}

/** The whole picture: a background, then the shapes in order (later ones on top). */
export function toSvg(
  width: number,
  height: number,
  background: Color,
  shapes: readonly Shape[],
  fontFamily: string,
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    ...shapes.map((s) => shapeToSvg(s, fontFamily)),
    '</svg>',
  ].join('\n');
}
