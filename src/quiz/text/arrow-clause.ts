/**
 * `arrow-joins-clauses`: one arrow between two clauses is the notes' shorthand for "so" — `AB型
 * 患者は抗A/抗Bを持たない → どの型の赤血球も受けられる`, `A runtime permission prompt is a separate
 * (system) activity → your activity gets onPause (not onStop)`. Such a line states a fact, and
 * stays a true statement of its section; a chain of arrows (a flow: `onCreate → onStart →
 * onResume`), a mapping to a number or a term (`5.2 m → 0.17 m`, `…減る → 実効半減期`) or a
 * formula does not. Reading 52 found the richest facts of a section (`Visible vs foreground`)
 * dropped for their arrow, and the concept asked nothing. Pure; one scan per rule.
 */
import { isBareNoun } from './forms.ts';

/** The arrow read as "so": the one notes write between clauses. */
const ARROW = '→';

/** Arrows of other spellings: a line with one of them beside `→` is a flow, not one step. */
const OTHER_ARROWS = ['⇒', '->', '←', '⇔', '↔'];

/** Marks of a formula: a line with one of them is a calculation, not a clause. */
const FORMULA_MARKS = ['≈', '∝', '^', '≒'];

/** A Japanese side of the arrow says something from this many letters (kana, kanji, Latin)… */
const MIN_JA_LETTERS = 5;
/** …an English side from this many words of letters. */
const MIN_EN_WORDS = 2;

/** The two sides of a line around its one arrow. */
interface Sides {
  before: string;
  after: string;
}

/** A rule an arrow line must pass, with an example of a line it turns down. */
interface ArrowRule {
  name: string;
  /** A line the rule turns down. */
  example: string;
  /** True when the line, cut at its arrow, fails the rule. */
  fails(line: string, sides: Sides, language: 'ja' | 'en'): boolean;
}

/** Letters (of any script) in the text: digits, units and marks do not say a clause. */
function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch)) n++;
  return n;
}

/** Words of letters in an English text (`16-bit` counts, `0.17` does not). */
function letterWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w)).length;
}

/** True when a side has too few letters or words to be a clause. */
function tooShort(side: string, language: 'ja' | 'en'): boolean {
  return language === 'ja' ? letterCount(side) < MIN_JA_LETTERS : letterWords(side) < MIN_EN_WORDS;
}

/** The rules, each with a line it turns down. */
export const ARROW_RULES: readonly ArrowRule[] = [
  {
    name: 'one-arrow',
    example: 'Na⁺が流入 → さらに脱分極 → さらにNa⁺チャネルが開く',
    fails: (line) =>
      line.indexOf(ARROW) !== line.lastIndexOf(ARROW) || OTHER_ARROWS.some((a) => line.includes(a)),
  },
  {
    name: 'no-formula',
    example: 'Quick check: −3.5 D → far point at 1/3.5 ≈ 0.29 m',
    fails: (line) => FORMULA_MARKS.some((m) => line.includes(m)),
  },
  {
    name: 'clause-before',
    example: '幅が2倍 → ピークの PHY レートはおよそ2倍',
    fails: (_line, { before }, language) => tooShort(before, language),
  },
  {
    name: 'clause-after',
    example: 'Doubling D cuts it roughly 30× (the example above: 5.2 m → 0.17 m)',
    fails: (_line, { after }, language) => tooShort(after, language),
  },
  {
    name: 'not-a-term-after',
    example: '体内量は物理的崩壊と排泄の両方で減る → 実効半減期',
    fails: (_line, { after }, language) => language === 'ja' && isBareNoun(after, language),
  },
];

/**
 * True when the line's arrows are one `→` between two clauses ({@link ARROW_RULES}); false for a
 * line with no arrow, too.
 */
export function arrowJoinsClauses(line: string, language: 'ja' | 'en'): boolean {
  const at = line.indexOf(ARROW);
  if (at < 0) return false;
  const sides = { before: line.slice(0, at), after: line.slice(at + ARROW.length) };
  return !ARROW_RULES.some((rule) => rule.fails(line, sides, language));
}
