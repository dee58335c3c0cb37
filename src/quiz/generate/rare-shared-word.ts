/**
 * `rare-shared-word`: in a question of statements ("which is correct about X", "which is a
 * misconception about X"), the key and a wrong option that both say a word the notes use on only
 * a few lines speak of one and the same point — the one says it, the other denies or repeats it —
 * and a player who knows nothing sees that one of the two is the answer: `Automatic reconnection
 * is built in` beside the key `You must implement reconnection yourself`, `output can be a
 * non-word` beside `Stemming produces dictionary words` (`stemmer`). Readers of five sets of
 * unseen notes judged all 16 such questions of this session's banks flawed, against about one in
 * four sound of the others (2026-12-03). Words of the concept's names and words every option says
 * are the question's frame, not a point. Pure; the notes' words are counted once per document.
 */

import { ownText } from '../facts/document-index.ts';
import { optionBody } from '../review/labelled-options.ts';
import { memoByText, objectMemoTable } from '../text/build-memo.ts';
import { contentWords } from '../text/runs.ts';
import type { GenerationContext } from './context.ts';
import type { Draft } from './draft.ts';

/** A word the notes say on at most this many lines is a point of its own, not the notes' topic. */
const RARE_LINES = 6;
/** Words of content from this weight (three letters, three kana or kanji). */
const WORD_WEIGHT = 3;

const lineCounts = objectMemoTable<GenerationContext, Map<string, number>>();

/**
 * On how many lines of the notes each word of content stands: each section's own lines (not its
 * subsections', which are theirs), each summary row and each comparison table row. Linear in the
 * notes.
 */
function countsOf(ctx: GenerationContext): Map<string, number> {
  const memo = lineCounts();
  let counts = memo.get(ctx);
  if (counts) return counts;
  counts = new Map();
  // Each line is read once here: not through the memo of options' words, which would keep every
  // line of the notes (60,000 of them in 2 MB of sections) for the rest of the build.
  const count = (line: string): void => {
    for (const word of contentWords(line, WORD_WEIGHT))
      counts?.set(word, (counts.get(word) ?? 0) + 1);
  };
  const doc = ctx.doc;
  for (const section of doc.sections)
    for (const line of ownText(section, ctx.index).split('\n')) count(line);
  for (const c of doc.concepts) count([c.name, c.correct, ...c.misconceptions].join(' '));
  for (const table of doc.comparisons)
    for (const row of [table.header, ...table.rows]) count(row.join(' '));
  memo.set(ctx, counts);
  return counts;
}

/** The words of content of a text, each once (read once per text and build: options recur). */
const wordsOf = memoByText((text: string): ReadonlySet<string> => contentWords(text, WORD_WEIGHT));

/**
 * The rare word the key of a statement question shares with a wrong option, or null (see the
 * module's comment). Only "which is correct" and "which is a misconception" questions are read.
 */
export function rareSharedWord(ctx: GenerationContext, draft: Draft): string | null {
  if (draft.kind !== 'correct-about' && draft.kind !== 'misconception-about') return null;
  const key = draft.choices.find((c) => c.correct);
  if (!key) return null;
  const counts = countsOf(ctx);
  const names = wordsOf(draft.conceptName);
  const options = draft.choices.map((c) => wordsOf(optionBody(c.text) ?? c.text));
  const keyWords = wordsOf(optionBody(key.text) ?? key.text);
  for (const word of keyWords) {
    if (names.has(word) || (counts.get(word) ?? 0) > RARE_LINES) continue;
    if (options.every((o) => o.has(word))) continue;
    const shared = draft.choices.some((c, i) => !c.correct && (options[i]?.has(word) ?? false));
    if (shared) return word;
  }
  return null;
}
