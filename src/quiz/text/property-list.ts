/**
 * Whether a cell lists properties (`密結合、低レイテンシ`, `Millisecond reads, retrieval fee, 30-day
 * minimum`) rather than saying one thing with a comma in it (`Decides after the trace ends, in a
 * collector`, `外部接続を中継し、疎結合を実現`). Properties are what unrelated things share most
 * often, so a listing cell makes a poor wrong option for another concept. Pure.
 */

/** What separates the items of a cell that lists them. */
const LIST_SEPARATORS = /[、,，;；]/;
/** An English item of more words than this is a clause, not a property. */
const MOST_ITEM_WORDS = 3;
/** A Japanese item of more characters than this is a clause, not a property. */
const MOST_ITEM_CHARS = 12;
/** `中継し、`, `読み込まれ、`: a Japanese item ending in kana before the separator continues a clause. */
const KANA_END = /[\u3041-\u309f]$/u;

/**
 * True when every separated item is short: at most three words in English; in Japanese at most
 * twelve characters, none but the last ending in kana (a clause's continuative form).
 */
export function listsProperties(cell: string, language: 'ja' | 'en'): boolean {
  const items = cell
    .replace(/\*\*/g, '')
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length < 2) return false;
  if (language === 'en') return items.every((s) => s.split(/\s+/).length <= MOST_ITEM_WORDS);
  return items.every(
    (s, i) => [...s].length <= MOST_ITEM_CHARS && (i === items.length - 1 || !KANA_END.test(s)),
  );
}
