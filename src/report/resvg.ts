/**
 * resvg (@resvg/resvg-js), loaded on first use: its native library takes ~0.3 s to load and
 * memory that a bot which draws a chart once a week need not pay at start-up.
 */
import { createRequire } from 'node:module';
import type { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
let loaded: typeof Resvg | null = null;

/** The Resvg class. */
export function resvg(): typeof Resvg {
  loaded ??= (require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg;
  return loaded;
}
