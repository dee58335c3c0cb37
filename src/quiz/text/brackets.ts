/**
 * Brackets and quotation marks a statement may hold, read by depth: where a mark stands outside
 * all of them, and whether a text closes every one it opens. One pass, no backtracking. Pure.
 */

/** Marks that open a bracket or a quotation, in either language. */
const OPENING = new Set(['(', '[', '“', '（', '「', '『']);
/** Marks that close one. */
const CLOSING = new Set([')', ']', '”', '）', '」', '』']);

/**
 * The index of the first `mark` outside every bracket, or -1: `V_LL = √3·V_LN (400/230 V; US
 * 208/120 V); P = …` has its first `; ` after the parenthesis, `…が来る。誰でも作れる）` no `。`
 * outside one.
 */
export function firstOutsideBrackets(text: string, mark: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPENING.has(ch)) depth++;
    else if (CLOSING.has(ch) && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(mark, i)) return i;
  }
  return -1;
}

/** True when the text closes every bracket it opens (`V_LL = √3·V_LN (400/230 V`: false). */
export function bracketsClosed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPENING.has(ch)) depth++;
    else if (CLOSING.has(ch)) depth--;
  }
  return depth <= 0;
}

/** Quotation marks that open and close a quotation. */
const QUOTES: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”', '"': '"' };

/** True when the text is one quotation and nothing else (`「どれくらい違うか」`, not `"A" or "B"`). */
export function quotationOnly(text: string): boolean {
  const t = text.trim();
  const close = QUOTES[t.charAt(0)];
  return close !== undefined && t.length > 1 && t.indexOf(close, 1) === t.length - 1;
}
