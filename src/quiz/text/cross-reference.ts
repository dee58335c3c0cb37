/**
 * Pointers to another part of the notes (`see §4`, `→ §4`, `（§4参照）`): a player who reads the
 * question has no §4. A correction that ends on one reads without it (`unrelated quantities — see
 * §4` → `unrelated quantities`); a statement that holds one leans on the notes. Pure; one
 * indexOf per opener, so linear.
 */

/** A named way the notes point at another of their parts, with an example (text → text without it). */
export interface CrossReferenceRule {
  name: string;
  example: readonly [string, string];
  /** Where the pointer opens in the text, or -1 (lower-cased text). */
  opensAt: (lower: string) => number;
  /**
   * True when the pointer that opens at `at` runs to the text's end (a section number, `参照`,
   * brackets, a stop after it); {@link closesText} unless said.
   */
  closes?: (text: string, at: number) => boolean;
}

/** What may stand between a pointer and the text before it: a dash, a comma, an arrow, a bracket. */
const BEFORE_POINTER = ' \u3000—–-;；,、:：→(（';
/** How many characters a pointer's words take before its number at most (`see section `). */
const POINTER_WORDS = 'see also section '.length;
/** Words after a section number that read it as a pointer (`§4参照`, `§2.3 を参照`), longest first. */
const REFERENCE_TAILS = ['を参照', 'も参照', '参照'];
/** What may follow the number a pointer names until the text ends: brackets, stops, `参照`. */
const AFTER_POINTER = ' \u3000)）.。';

/** The ways the notes point at another of their parts, tried in order ({@link withoutCrossReference}). */
export const CROSS_REFERENCE_RULES: readonly CrossReferenceRule[] = [
  {
    name: 'see-section',
    example: ['unrelated quantities — see §4', 'unrelated quantities'],
    opensAt: (lower) => lastOf(lower, ['see §', 'see section ', 'cf. §', 'see also §']),
  },
  {
    name: 'section-sign',
    example: ['容量とは別の量（§4参照）', '容量とは別の量'],
    opensAt: lastSectionSign,
  },
  {
    // `grazing or blended eclipsing binaries — see false positives below` (reading 55).
    name: 'see-below',
    example: [
      'grazing or blended eclipsing binaries — see false positives below',
      'grazing or blended eclipsing binaries',
    ],
    opensAt: (lower) => lower.lastIndexOf('see '),
    closes: endsAboveOrBelow,
  },
];

/** At most this many words name what a `see … below` points at (`see false positives below`). */
const POINTED_WORDS = 4;

/** True when `see` at `at` is followed by a few words and `below` / `above` that end the text. */
function endsAboveOrBelow(text: string, at: number): boolean {
  let end = text.length;
  while (end > at && ' \u3000\t.。)）'.includes(text[end - 1] ?? '')) end--;
  const words = text.slice(at, end).toLowerCase().split(/\s+/u);
  const last = words.at(-1);
  return (last === 'below' || last === 'above') && words.length <= POINTED_WORDS + 2;
}

/**
 * Where the last `§` right before a digit stands (`§4`), or -1: a law's section is cited with a
 * space (`17 U.S.C. § 107`), no pointer into the notes.
 */
function lastSectionSign(text: string): number {
  // Where the text's first word starts, read once (a `§` before it opens the text).
  const start = text.length - text.trimStart().length;
  for (let at = text.lastIndexOf('§'); at >= 0; at = at > 0 ? text.lastIndexOf('§', at - 1) : -1)
    if (/[0-9]/.test(text[at + 1] ?? '') && ledTo(text, at, start)) return at;
  return -1;
}

/** Words and marks a pointer into the notes follows (`see §4`, `（§4`, `, §4`, `→ §4`). */
const POINTER_LEADS = ['see', 'cf.', '(', '（', ',', '、', '→', '—', '–', ';', '；'];

/**
 * True when the `§` at `at` is led to as a pointer is ({@link POINTER_LEADS}, or the text's start)
 * or is read as one (`§4参照`): `MPC §5.03` and `BGB §823` cite a code's section, no part of the
 * notes.
 */
function ledTo(text: string, at: number, start: number): boolean {
  if (at <= start) return true;
  const before = text.slice(Math.max(0, at - 4), at).trimEnd();
  if (POINTER_LEADS.some((lead) => before.endsWith(lead))) return true;
  let i = at + 1;
  while (i < text.length && /[0-9.]/.test(text[i] ?? '')) i++;
  while (text[i] === ' ' || text[i] === '\u3000') i++;
  return REFERENCE_TAILS.some((tail) => text.startsWith(tail, i));
}

/** The last place any of `openers` stands in `text`, or -1. */
function lastOf(text: string, openers: readonly string[]): number {
  return Math.max(...openers.map((o) => text.lastIndexOf(o)));
}

/** True when the text points at another part of the notes: `§` before a number, `see section 4`. */
export function pointsAtSection(text: string): boolean {
  return lastSectionSign(text) >= 0 || /\bsee (?:section|chapter) \d/i.test(text);
}

/**
 * The text without a pointer that closes it (`unrelated quantities — see §4` → `unrelated
 * quantities`), else the text as it is; empty when the pointer is all there is.
 */
export function withoutCrossReference(text: string): string {
  const lower = text.toLowerCase();
  for (const rule of CROSS_REFERENCE_RULES) {
    const at = rule.opensAt(lower);
    if (at < 0 || !(rule.closes ?? closesText)(text, at)) continue;
    let cut = at;
    while (cut > 0 && BEFORE_POINTER.includes(text[cut - 1] ?? '')) cut--;
    return text.slice(0, cut).trimEnd();
  }
  return text;
}

/**
 * True when nothing but the pointer's section number (and `参照`, brackets, a stop) follows the
 * pointer that opens at `at`: `see §4`, `§4参照）`, `§2.3`.
 */
function closesText(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && !/[0-9]/.test(text[i] ?? '')) {
    if (i - at >= POINTER_WORDS) return false;
    i++;
  }
  while (i < text.length && /[0-9.]/.test(text[i] ?? '')) i++;
  let rest = text.slice(i).trimStart();
  for (const tail of REFERENCE_TAILS) if (rest.startsWith(tail)) rest = rest.slice(tail.length);
  return [...rest].every((c) => AFTER_POINTER.includes(c));
}
