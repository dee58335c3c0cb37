/**
 * Words a table's first header cell says when its columns are the things compared (`| 観点 | CQRS
 * | APIコンポジション |`, `| Aspect | TCP | UDP |`): the cell names the rows' aspect, not the table
 * or a thing. Pure.
 */
import { matchKey } from '../text/normalize.ts';

/** First header cells that name an aspect, as match keys (the empty cell among them). */
const ASPECT_WORDS: ReadonlySet<string> = new Set(
  [
    '観点',
    '項目',
    '機能',
    '比較',
    '比較項目',
    '特性',
    '性質',
    '要素',
    'aspect',
    'aspects',
    'feature',
    'features',
    'criterion',
    'criteria',
    'property',
    'dimension',
    'item',
    '',
  ].map(matchKey),
);

/** True when `cell` (a first header cell) names an aspect, or is empty. */
export function namesAnAspect(cell: string): boolean {
  return ASPECT_WORDS.has(matchKey(cell));
}
