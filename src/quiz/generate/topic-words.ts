/**
 * The words of content a document's statements are compared by (which-concept's topics and
 * reasons, misconception-about's `same-thing-as-the-key`), and the words said of so many of its
 * concepts that they tell none apart. Read once per build. Pure.
 */
import type { Fact } from '../facts/fact.ts';
import { memoByText, objectMemoTable } from '../text/build-memo.ts';
import { contentRuns, contentWord, contentWords } from '../text/runs.ts';
import type { Concept } from '../types.ts';
import type { GenerationContext } from './context.ts';

/**
 * Content words of a text, by stem for Latin words, three characters or more (`deletion`,
 * `トピック`, `分散処理`): what which-concept.ts compares a description and the names by. Memoised
 * per build: read the set, never change it.
 */
export const topicWords: (text: string) => ReadonlySet<string> = memoByText((text) =>
  contentWords(text, TOPIC_WORD_WEIGHT),
);

/**
 * `two-kanji-word`: {@link topicWords} and the kanji words of two characters (`放棄`, `効力`,
 * `指定`), which carry as much as a Latin word of five letters and are most of a Japanese
 * statement's words of content. What misconception-about.ts tells a key's distinct words by:
 * `3か月間何もしなければ放棄したことになる` and `熟慮期間内に限定承認も放棄もしなかった` share
 * `放棄`, which topicWords alone does not read. Memoised per build.
 */
export const statementWords: (text: string) => ReadonlySet<string> = memoByText((text) => {
  const out = new Set<string>();
  for (const run of contentRuns(text))
    if (
      run.weight >= TOPIC_WORD_WEIGHT ||
      (run.weight === KANJI_WORD_WEIGHT && KANJI.test(run.text))
    )
      out.add(contentWord(run));
  return out;
});

/** The weight of a kanji word {@link statementWords} reads besides topicWords'. */
const KANJI_WORD_WEIGHT = 2;
const KANJI = /^[\p{Script=Han}々〆ヶ]/u;

/** A word of content counts for the topic from this weight (three letters, three kana or kanji). */
const TOPIC_WORD_WEIGHT = 3;

/**
 * A word the notes say of more than this share of their concepts (`トルク` in notes on motors)
 * tells none of them apart: no reason is chosen by it.
 */
const COMMON_WORD_SHARE = 0.4;

const commonWordsMemo = objectMemoTable<GenerationContext, Set<string>>();

/** The words said of more than {@link COMMON_WORD_SHARE} of the notes' concepts, read once per document. */
export function commonWords(ctx: GenerationContext): Set<string> {
  const memo = commonWordsMemo();
  let out = memo.get(ctx);
  if (!out) {
    const counts = new Map<string, number>();
    for (const c of ctx.doc.concepts)
      for (const w of conceptStatementWords(ctx, c)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const most = Math.max(1, COMMON_WORD_SHARE * ctx.doc.concepts.length);
    out = new Set([...counts].filter(([, n]) => n > most).map(([w]) => w));
    memo.set(ctx, out);
  }
  return out;
}

const factWordsMemo = objectMemoTable<Fact, ReadonlySet<string>>();

/** {@link topicWords} of a fact, read once per build. */
export function factWords(fact: Fact): ReadonlySet<string> {
  const memo = factWordsMemo();
  let words = memo.get(fact);
  if (!words) {
    words = topicWords(fact.text);
    memo.set(fact, words);
  }
  return words;
}

const conceptWordsMemo = objectMemoTable<Concept, ReadonlySet<string>>();
const conceptStatementWordsMemo = objectMemoTable<Concept, ReadonlySet<string>>();

/** {@link topicWords} of what the notes say of a concept: its name, summary cell and true facts. */
export function conceptWords(ctx: GenerationContext, concept: Concept): ReadonlySet<string> {
  const memo = conceptWordsMemo();
  let words = memo.get(concept);
  if (!words) {
    words = new Set([...conceptStatementWords(ctx, concept)].filter((w) => !isKanjiWord(w)));
    memo.set(concept, words);
  }
  return words;
}

/** {@link statementWords} of what the notes say of a concept, read once per build. */
function conceptStatementWords(ctx: GenerationContext, concept: Concept): ReadonlySet<string> {
  const memo = conceptStatementWordsMemo();
  let words = memo.get(concept);
  if (!words) {
    const trues = ctx.facts.get(concept.id)?.trues ?? [];
    words = statementWords([concept.name, concept.correct, ...trues.map((t) => t.text)].join('\n'));
    memo.set(concept, words);
  }
  return words;
}

/** True for a word only {@link statementWords} reads: two kanji. */
function isKanjiWord(word: string): boolean {
  return word.length === KANJI_WORD_WEIGHT && KANJI.test(word);
}
