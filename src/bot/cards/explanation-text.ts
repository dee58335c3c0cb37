/**
 * A question's explanation as text: the labels (正解 / Answer, 出典 / Source…) in the reader's
 * language, the notes' own words as written. Used by the reveal, the Explain button, the private
 * result and `quizbot questions`.
 */
import { withoutFinalStop } from '../../quiz/text/trim.ts';
import type { Question } from '../../quiz/types.ts';
import type { Messages } from '../i18n/catalog.ts';

/** The lines of the whole explanation: the key and why, notes, each other option and why, source. */
export function explanationLines(question: Question, m: Messages): string[] {
  const key = question.choices.find((c) => c.correct);
  const lines: string[] = [];
  if (key) {
    lines.push(
      question.asksFor === 'misconception'
        ? m.explanationMisconceptionKey(key.text)
        : m.explanationKey(key.text),
    );
  }
  const why = question.explanation.why ?? key?.why ?? null;
  if (why) lines.push(why);
  lines.push(...question.explanation.notes);
  const others = question.choices.filter((c) => !c.correct);
  if (others.length > 0) {
    const othersTrue = question.asksFor === 'misconception';
    lines.push(othersTrue ? m.explanationOthersTrue : m.explanationOthersWrong);
    for (const other of others) {
      const line = optionLine(other.text, other.why);
      lines.push(m.explanationOption(line.text, line.why, othersTrue));
    }
  }
  lines.push(m.explanationSource(question.explanation.source.section));
  return lines;
}

/**
 * `named-beside-itself`: a why printed beside its option without the option's name opening it —
 * `× Bulkhead — “Isolates resources per dependency”`, not `× Bulkhead — Bulkhead: “Isolates…”`
 * (`非競合阻害は「…」` → `「…」`). Alone (the short why after a click) it keeps the name.
 */
export function besideOption(option: string, why: string | null): string | null {
  if (!why) return why;
  for (const joint of NAME_JOINTS) {
    const head = `${option}${joint}`;
    if (!why.startsWith(head)) continue;
    const rest = why.slice(head.length).trimStart();
    // Only a quoted text is left whole (`“…”`, `「…」`): a sentence would lose its subject.
    if (/^[“「『"]/u.test(rest)) return rest;
  }
  return why;
}

/**
 * An option and its why as one line of the explanation. `reason-extends-option`: where the why is
 * the notes' whole sentence the option was cut from (`JIT engines need special handling (they
 * must generate code), which is why browsers are a favourite target`), the sentence alone, not
 * the option and then the option again (readers of reading 35 took `X — X (…)` for broken text).
 * Else the option and its why {@link besideOption}.
 */
export function optionLine(
  option: string,
  why: string | null,
): { text: string; why: string | null } {
  const rest = reasonAfterOption(option, why);
  if (why && rest !== null) return { text: `${withoutFinalStop(option)}${rest}`, why: null };
  if (why && reasonAroundOption(option, why) !== null) return { text: why, why: null };
  return { text: option, why: besideOption(option, why) };
}

/**
 * `reason-holds-option`: what a why says before and after the option's own words when it holds
 * them past its opening (`開発者のための15分のイベント。` + the option `スプリントゴールへの進捗を
 * 検査し、計画を適応させる`): the notes' passage the option was cut from, printed once in place of
 * the option and the passage (reading 38 read `X — …。X` as a broken echo). Null where the why
 * opens with the option ({@link reasonAfterOption}) or does not hold it.
 */
export function reasonAroundOption(
  option: string,
  why: string | null,
): { before: string; after: string } | null {
  const bare = withoutFinalStop(option);
  if (!why || [...bare].length < HELD_OPTION_CHARS || why.length <= bare.length) return null;
  const at = why.toLowerCase().indexOf(bare.toLowerCase());
  if (at <= 0) return null;
  const before = why.slice(0, at);
  const after = why.slice(at + bare.length);
  // Only where the option is a sentence of the passage, or its predicate after the subject (`プリ
  // フライトが` + `失敗したら…`): a why that names it in passing (`The table under … gives
  // Lemmatization: Method = …`, `ノートの「できないこと」に「…」とある`) speaks of the option.
  const last = before.trimEnd().slice(-1);
  const opensThere = SENTENCE_ENDS.has(last) || SUBJECT_PARTICLES.has(last);
  const endsThere = after === '' || CLAUSE_ENDS.has(after.charAt(0));
  return opensThere && endsThere ? { before, after } : null;
}

/** What ends a sentence before an option the passage holds. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([...'。．.!?！？']);
/** Particles that end a Japanese subject the option is the predicate of. */
const SUBJECT_PARTICLES: ReadonlySet<string> = new Set(['は', 'が']);
/** What may follow an option the passage holds: its end, a stop, a comma or an aside. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([...'。．.!?！？（(、,;；']);

/**
 * What a why says after the option it opens with (`JIT engines need special handling` + ` (they
 * must generate code), …`): the option's own words, its first letter in either case and its
 * final stop aside; null where the why does not open with them or says nothing more.
 */
export function reasonAfterOption(option: string, why: string | null): string | null {
  const bare = withoutFinalStop(option);
  if (!why || bare.length === 0 || why.length <= bare.length) return null;
  const head = why.slice(0, bare.length);
  const same = head === bare || head.toLowerCase() === bare.toLowerCase();
  if (!same) return null;
  const rest = why.slice(bare.length);
  return rest.trim().length > 1 ? rest : null;
}

/** An option shorter than this (`あり`, `TCP`) may stand in a why by chance, not as its source. */
const HELD_OPTION_CHARS = 8;

/** What joins a name to the text quoted after it in a why (`Bulkhead: “…”`, `非競合阻害は「…」`). */
const NAME_JOINTS = [': ', '：', 'は'];

/**
 * The short why shown privately after a click: why the chosen option is wrong (or the key right),
 * else why the key is the answer.
 */
export function shortWhy(question: Question, choiceIndex: number): string {
  const chosen = question.choices[choiceIndex];
  const key = question.choices.find((c) => c.correct);
  return (chosen?.why ?? question.explanation.why ?? key?.why ?? '').trim();
}
