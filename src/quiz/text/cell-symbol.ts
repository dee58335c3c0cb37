/**
 * `cell-symbol`: the symbol a concept's summary cell opens on defines it — `Bi = hL_c/k_固体` is
 * the Biot number, `α = k/(ρc_p)` thermal diffusivity, `Δv = vₑ · ln(m₀/m_f)` the rocket
 * equation. A "which concept is this" stem that writes the symbol names its answer for anyone who
 * knows the notation, though no word of the name is in it (reading 49: `「Bi = hL_c/k_固体…」`
 * asked for ビオ数, `「Z[i] = …」` for the Z-algorithm). Pure; one scan of the cell's opening.
 */
import { wholeWordIndex } from './whole-word.ts';

/** How the opening of a summary cell is read as a symbol, with an example each. */
export const CELL_SYMBOL_RULES = [
  {
    name: 'cell-opens-on-symbol',
    example: 'Bi = hL_c/k_固体。… → Bi; Z[i] = … → Z[i]; T/W = … → T/W',
  },
  {
    name: 'word-is-no-symbol',
    example: 'Internal = rounding waste; State = what the rest needs: words, not notation',
  },
  { name: 'value-is-no-definition', example: 'n=1用。… says for which n, not what n is' },
  {
    name: 'one-latin-letter-is-anything',
    example: 'n = lift / weight, u = (u′ + v)/…: n and u stand for many things; Bi, Kt, α do not',
  },
] as const;

/** The characters a symbol is written with: letters (Latin, Greek), digits, marks of notation. */
const SYMBOL_CHAR = /[\p{Script=Latin}\p{Script=Greek}0-9_[\]/′'ᵢₐ-ₜ₀-₉⁰-⁹·*]/u;
/** A symbol is at most this long (`d[ES]/dt`, `E[R_i]`). */
const MAX_SYMBOL = 10;
/** A Latin word this long or longer, of letters only and not all capitals, is a word. */
const WORD_LENGTH = 3;

/**
 * The symbol `correct` opens on before `=` or `≈` ({@link CELL_SYMBOL_RULES}), or null: a word
 * (`Internal =`) or a value (`n=1用`) is none.
 */
export function cellSymbol(correct: string): string | null {
  const text = correct.trimStart();
  let end = 0;
  // Read by code point: a Greek letter or a subscript is one character of the symbol.
  const chars = [...text.slice(0, MAX_SYMBOL + 1)];
  while (end < chars.length && end <= MAX_SYMBOL && SYMBOL_CHAR.test(chars[end] ?? '')) end++;
  if (end === 0 || end > MAX_SYMBOL) return null;
  const symbol = chars.slice(0, end).join('');
  let at = symbol.length;
  while (text[at] === ' ') at++;
  if (text[at] !== '=' && text[at] !== '≈') return null;
  at++;
  while (text[at] === ' ') at++;
  // `value-is-no-definition`.
  if (/[0-9]/.test(text[at] ?? '')) return null;
  if (!/[\p{L}]/u.test(symbol)) return null;
  // `one-latin-letter-is-anything`.
  if (/^[A-Za-z]$/.test(symbol)) return null;
  // `word-is-no-symbol`.
  if (/^[A-Za-z]+$/.test(symbol) && symbol.length >= WORD_LENGTH && symbol !== symbol.toUpperCase())
    return null;
  return symbol;
}

/** True when `stem` writes `symbol` as a whole word (a Latin edge touching no other letter). */
export function writesSymbol(stem: string, symbol: string): boolean {
  return wholeWordIndex(stem, symbol) >= 0;
}
