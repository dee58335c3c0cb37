/**
 * Wrong statements the notes state by denying them in a ポイント / Point line
 * (`「開発環境専用」ではない（本番でも使える）`, `セルフヒーリングは**Pod単位**（Node単位ではない）`,
 * `… (not per node)`, `X is not Y`): the line is cut into sentences and each is read by the
 * named rules of {@link DENIAL_RULES}. Pure.
 */
import { stripInline } from '../notes/inline.ts';
import { sentenceStops } from '../notes/sentence-ends.ts';
import { asSentenceStart, opensOnCode } from '../text/forms.ts';
import { squashSpaces, trimChars, withoutFinalStop } from '../text/trim.ts';
import type { RichLine } from '../types.ts';
import { readDenial } from './denial-rules.ts';

/** A statement the notes say is wrong, with what they say instead. */
export interface NegatedFact {
  wrong: string;
  correction: string | null;
  line: number;
  /** The point as the notes write it (plain text). */
  point: string;
  /** The name of the rule that read it. */
  rule: string;
  /** The true statement the point makes, written out, when it makes one. */
  right: string | null;
}

/** Sentences of a Japanese line: cut after each `。`. */
function splitJa(markdown: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '。') {
      out.push(markdown.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(markdown.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * Sentences of an English line: cut after `.`, `!` or `?` followed by a space and a capital, at
 * the stops {@link sentenceStops} reads as ends (not `e.g.`, nor inside parentheses or code).
 */
function splitEn(markdown: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const i of sentenceStops(markdown, 'en')) {
    if (markdown[i + 1] !== ' ' || !/[\p{Lu}*“"]/u.test(markdown[i + 2] ?? '')) continue;
    out.push(markdown.slice(start, i + 1));
    start = i + 2;
  }
  out.push(markdown.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

function tidy(text: string): string {
  return trimChars(withoutFinalStop(squashSpaces(text)), '、,');
}

/** The negated facts of one point line. */
export function negatedFacts(point: RichLine, language: 'ja' | 'en'): NegatedFact[] {
  // Issue 11 item 7 (i11a): read once per point (every concept whose sections hold it asks again).
  const cached = factCache.get(point);
  if (cached?.language === language) return cached.facts;
  const facts = readNegatedFacts(point, language);
  factCache.set(point, { language, facts });
  return facts;
}

const factCache = new WeakMap<RichLine, { language: 'ja' | 'en'; facts: NegatedFact[] }>();

function readNegatedFacts(point: RichLine, language: 'ja' | 'en'): NegatedFact[] {
  const sentences = language === 'ja' ? splitJa(point.markdown) : splitEn(point.markdown);
  const plain = sentences.map((s) => squashSpaces(stripInline(s)));
  const facts: NegatedFact[] = [];
  sentences.forEach((markdown, i) => {
    const read = readDenial({ markdown, plain: plain[i] ?? '' }, language);
    if (!read) return;
    const wrong = tidy(read.denial.wrong);
    if ([...wrong].length < 2) return;
    // `…わけではない` alone contrasts with nothing: the notes state it, they deny no claim.
    if (read.rule === 'not-so' && i === 0) return;
    const neighbour =
      read.denial.correctionFrom === 'next'
        ? plain[i + 1]
        : read.denial.correctionFrom === 'previous'
          ? plain[i - 1]
          : undefined;
    const correction = read.denial.correction ?? neighbour ?? null;
    // What opens the point opens a sentence (`**Key point**: a committed entry…`); a
    // correction taken from after a dash or a colon does not.
    const firstWord = (text: string) => text.trimStart().split(/\s/, 1)[0] ?? '';
    const opening = (text: string) =>
      i === 0 && !opensOnCode(markdown) && firstWord(text) === firstWord(plain[i] ?? '')
        ? asSentenceStart(text, language)
        : text;
    const right = read.denial.right ? tidy(read.denial.right) : '';
    facts.push({
      wrong: opening(wrong),
      correction: correction ? opening(tidy(correction)) || null : null,
      line: point.line,
      point: point.text,
      rule: read.rule,
      right: right ? opening(right) : null,
    });
  });
  return facts;
}
