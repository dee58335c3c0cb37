/**
 * `variable-kept`: a text that opens on a word of one letter that is no article (`n / m (entries
 * per bucket)`, `α = n / m`) opens on a variable, whose case is part of the formula: no rule
 * that writes a sentence start gives it a capital. Pure; reads the first two characters.
 */
export function opensOnVariable(text: string): boolean {
  return /^(?!a\b)\p{L}(?![\p{L}\p{N}-])/u.test(text.slice(0, 4));
}
