/**
 * `variable-kept`: a text that opens on a word of one letter that is no article (`n / m (entries
 * per bucket)`, `α = n / m`), or on one letter and its index (`k2 / k1 for two adjacent peaks`,
 * `t0`, reading 78), opens on a variable, whose case is part of the formula: no rule that writes a
 * sentence start gives it a capital (`k is the ratio…` is not `K is…`: K is another quantity).
 * Pure; reads the first few characters.
 */
export function opensOnVariable(text: string): boolean {
  return /^(?!a\b)\p{L}\p{N}{0,3}(?![\p{L}\p{N}-])/u.test(text.slice(0, 6));
}

/**
 * The text with a capital first letter, as a sentence starts, unless it opens on a variable
 * ({@link opensOnVariable}): `fork copies` → `Fork copies`, `k is the ratio` stays.
 */
export function withCapitalStart(text: string): string {
  if (text === '' || opensOnVariable(text)) return text;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
