/**
 * `prose-answer`: the sentence of a concept's section that answers one of its misconceptions when
 * neither a correction nor a true statement does — the row's `Defining a component inside another
 * component is harmless ×` is answered in prose, `That is why a component defined inside another
 * component's body is a bug: every render creates a new function…`. The explanation quotes it
 * rather than the row's correct cell, which often says nothing of the misconception. Pure.
 */

import { carriesOnLineAbove } from '../notes/sections.ts';
import { contentRuns, coverage, coverageBeyond } from '../text/runs.ts';
import { holdsWholeWord } from '../text/whole-word.ts';
import { joinWrapped } from '../text/wrap.ts';
import type { Section } from '../types.ts';
import { splitSentences } from './true-statements.ts';

/** An explanation quotes a sentence of at most this many characters (a line longer is no source). */
const MAX_PROSE_CHARS = 320;
/** The sentence holds this share of the misconception's words (beside the concept's names)… */
const ANSWERS = 0.6;
/** …and at least this many words of its own: it says why, not the misconception again. */
const MIN_OWN_WORDS = 3;
/** A line that is a label of what follows (`よくある誤解：`, `Common misconceptions:`). */
const LABEL_LINE = /[:：]$/u;
/** Lines that are no prose: × bullets, table rows, code fences. */
const NOT_PROSE_OPENINGS = ['×', '✗', '|', '｜', '```'];
/**
 * Sentences that are no prose: a table row (the section's body holds a table's rows as
 * `Zone | Standard offset | DST offset | Notes`, their outer pipes gone) and a label that opens
 * what follows (`Common misconceptions:`).
 */
const NOT_PROSE_SENTENCE: readonly {
  name: string;
  example: string;
  test: (s: string) => boolean;
}[] = [
  {
    name: 'table-row',
    example: 'Zone | Standard offset | DST offset | Notes',
    test: (s) => s.includes('|') || s.includes('｜'),
  },
  { name: 'label', example: 'Common misconceptions:', test: (s) => /[:：]$/.test(s) },
];

/** The sentences of a section's own text, wrapped lines joined, × bullets and tables left out. */
export function proseSentences(section: Section, language: 'ja' | 'en'): string[] {
  return proseLines(section, language)
    .flatMap((l) => splitSentences(l, language))
    .filter(
      (s) => s.length <= MAX_PROSE_CHARS && !NOT_PROSE_SENTENCE.some((r) => r.test(s.trim())),
    );
}

/**
 * The lines of a section's own text (a paragraph or a list item, wrapped lines joined), × bullets,
 * tables and headings left out: each the sentences one thought of the notes runs over.
 */
export function proseLines(section: Section, language: 'ja' | 'en'): string[] {
  const lines: string[] = [];
  const body = section.body.split('\n');
  // Whether the last line read opens a list item (its marker is off in the body).
  let lastIsItem = false;
  for (let at = 0; at < body.length; at++) {
    const line = (body[at] ?? '').trim();
    if (!line || line.length > MAX_PROSE_CHARS * 2) continue;
    if (
      section.bodyTableRows?.[at] === true ||
      section.bodyHeadings?.[at] === true ||
      NOT_PROSE_OPENINGS.some((o) => line.startsWith(o))
    ) {
      lines.push('');
      continue;
    }
    const last = lines.at(-1);
    if (
      last &&
      // `label-opens-a-line`: `よくある誤解：` after a list item opens what follows; it goes on
      // no sentence (the body keeps no blank line to say so).
      !LABEL_LINE.test(line) &&
      carriesOnLineAbove(section, at, last, line, language, lastIsItem)
    )
      lines[lines.length - 1] = joinWrapped(last, line);
    else {
      lines.push(line);
      lastIsItem = section.bodyItems?.[at] === true;
    }
  }
  return lines.filter((l) => l !== '');
}

/**
 * The first sentence of the section that says most of the misconception's words beside the
 * concept's `names` and has words of its own, or null.
 */
export function proseAnswer(
  misconception: string,
  section: Section | null,
  names: readonly string[],
  language: 'ja' | 'en',
): string | null {
  if (!section) return null;
  const own = new Set(contentRuns(misconception).map((r) => r.text));
  for (const sentence of proseSentences(section, language)) {
    const said =
      language === 'en'
        ? coverageBeyond(misconception, sentence, names)
        : coverage(misconception, sentence);
    if (said < ANSWERS) continue;
    const more = contentRuns(sentence).filter((r) => !own.has(r.text)).length;
    if (more >= MIN_OWN_WORDS) return sentence;
  }
  return null;
}

/**
 * `cited-correction`: the sentence of the section that names what a bare citation correcting a
 * misconception cites — `(Vega)` after `× You can sue the officer for not reading your rights` is
 * the case the notes state above it: `No civil damages claim under 42 U.S.C. § 1983 for a Miranda
 * violation by itself (Vega v. Tekoh, 2022)`. Reading 57's explanation was the one word `Vega`.
 * Only a citation of one or two words that starts with a capital, found as a whole word; the
 * first such line of prose, null when none.
 */
export function citedSentence(
  citation: string,
  section: Section | null,
  language: 'ja' | 'en',
): string | null {
  const cited = citation.trim();
  if (!section || !CITATION.test(cited)) return null;
  // Whole lines: a citation's sentence is often cut by the stops of its own reference (`42 U.S.C.`).
  for (const line of proseLines(section, language))
    if (line.length <= MAX_PROSE_CHARS && holdsWholeWord(line, cited) && line.trim() !== cited)
      return line;
  return null;
}

/** A citation: one or two words, the first capitalised (`Vega`, `Miranda v`, `Patane`). */
const CITATION = /^[A-Z][A-Za-z.'’-]{1,30}(?: [A-Za-z.'’-]{1,30})?$/;
