/**
 * *Which is a misconception about X*: one statement the notes call wrong about X, in the notes'
 * own words (a × bullet, a denied point, a misconception cell written out — never a bare noun,
 * never another concept's statement), among true statements of X from different facets of its
 * notes (summary cell, first sentence, features, points): no two of them saying the same thing,
 * none mirroring the wrong one. Pure.
 */
import { asStatements, DESCRIBING_SOURCES, type Fact, usable } from '../facts/fact.ts';
import { LENGTH_GAP, LENGTH_RATIO, namesTheConcept } from '../review/option-rules.ts';
import { lengthUnits } from '../review/text-measures.ts';
import { copulaStatement, formOf, isBareNoun } from '../text/forms.ts';
import { nameEcho } from '../text/name-echo.ts';
import { matchKey } from '../text/normalize.ts';
import { contentRuns, contentWord, coverage } from '../text/runs.ts';
import type { Concept } from '../types.ts';
import { type Chosen, chooseOptions, tooFewCandidates } from './choose-options.ts';
import {
  asOption,
  conceptById,
  type GenerationContext,
  namedRenderings,
  namesOf,
  renderingsAbout,
  type Subject,
  wrongsNameIt,
} from './context.ts';
import { subjectConcept } from './correct-about.ts';
import { type Draft, type DraftChoice, MIN_OPTIONS, tidyOption } from './draft.ts';
import { draftCue } from './draft-memo.ts';
import { answersWrong, cellRefutes, nearCorrection, opposesOnSubject, sharesFrame } from './fit.ts';
import { isLargeNotes } from './large-notes.ts';
import { shorterTruth } from './shorter-truth.ts';
import { commonWords, statementWords } from './topic-words.ts';

/**
 * True statements of these sources may stand beside a misconception. Not a × bullet's correction
 * (`correction-needs-its-statement`): alone it has lost its subject (`値が0のとき失敗扱い`), and
 * beside its own statement it is the key's contradiction (`すでに死んでいるのでシグナルでは消せない`
 * beside `kill -9 でゾンビを消せる`). Readers of readings 7–8 judged 10 of 48 such sets sound,
 * against 54 of 140 of the others.
 */
const TRUE_SOURCES: ReadonlySet<Fact['source']> = new Set([
  ...DESCRIBING_SOURCES,
  'point-correction',
]);

/** Wrong options of a misconception-about question: at most two (the rest are true). */
const MOST = 2;
/** Sources that say what the concept is. */
const DEFINING = new Set(['summary', 'intro', 'definition']);
/** The key that the statements of {@link restatedDefinitions} share: an option set holds one. */
const DEFINES = 'defines:';
/**
 * `one-facet-once`: a key each true statement holds for each pair of its distinct words: two true
 * options that share two such words say one facet twice (`度数は音名の数、性質は半音数で決まる` and
 * `度数は音名（幹音）の数を両端を含めて数えたもので…`), and the set fails `distinct-facts`. One shared
 * word was too little: `電子は金属中を、イオンは水中を流れる` and `塩化物イオンがあると皮膜が壊れやすい`
 * share `イオン` and are two facets. Over 198 read notes four sets change, each a paraphrase pair.
 */
const FACET = 'facet:';

/**
 * The summary cell and the first sentences that say it again: they share a word besides the
 * concept's names. Beside one misconception, the two are one facet said twice and the odd one
 * out is the key: "One stack of frames, run to completion on one thread" (summary) beside "The
 * single stack of frames the engine is executing right now" (first sentence; `frames`). Not
 * "Over the CPU limit: throttled…" beside "The ceiling at run time, enforced by the kubelet…"
 * (only `limit`, a word of the name, would be shared).
 */
function restatedDefinitions(trues: readonly Fact[], names: readonly string[]): Set<Fact> {
  const skip = new Set(names.flatMap((n) => [...wordsOf(n)]));
  const defining = trues.filter((t) => DEFINING.has(t.source));
  const words = new Map(defining.map((t) => [t, [...wordsOf(t.text)].filter((w) => !skip.has(w))]));
  const out = new Set<Fact>();
  for (const summary of defining.filter((t) => t.source === 'summary'))
    for (const first of defining.filter((t) => t.source !== 'summary')) {
      const theirs = new Set(words.get(first));
      if ((words.get(summary) ?? []).some((w) => theirs.has(w))) {
        out.add(summary);
        out.add(first);
      }
    }
  return out;
}

/** Content words of a text, English ones by stem (`frames` ~ `frame`), two characters or more. */
function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of contentRuns(text)) {
    const word = contentWord(run);
    if ([...word].length >= 2) out.add(word);
  }
  return out;
}

/**
 * `one-truth-no-set` (`large-notes`): in large notes, a subject with fewer than two true
 * statements is not searched. Its wordings of one truth (`鍵…語で動き、状態…を保つ` and its first
 * clause) share that truth's fact, and a set of two of them fails `distinct-facts`: no set can
 * pass. Its wordings were read only to find too few of them — on the 5,000-row table, a twentieth
 * of the build (2026-12-06). Elsewhere they are still read: a set that fails on them says why
 * (`quizbot check`).
 */
function oneTruthInLargeNotes(ctx: GenerationContext, subject: Subject): boolean {
  // A set holds the key and MIN_OPTIONS - 1 true statements, each of its own fact.
  return isLargeNotes(ctx.doc) && asStatements(subject.facts.trues).length < MIN_OPTIONS - 1;
}

export function misconceptionAboutDrafts(ctx: GenerationContext, subject: Subject): Chosen {
  const { doc, wording: w } = ctx;
  const lang = doc.language;
  const me = subjectConcept(subject);
  const wrongs = usable(subject.facts.falses).filter(
    (f) => f.about === undefined && !isBareNoun(f.text, lang),
  );
  const out: Chosen = { drafts: [], rejected: [] };
  if (wrongs.length === 0 || oneTruthInLargeNotes(ctx, subject)) return out;
  const rendered: { fact: Fact; text: string }[] = [];
  // The pieces {@link shorterTruth} cut from a true statement (`whole-cell-only`).
  const cuts = new Set<string>();
  // `named-beside-named`: where a misconception names the concept as no rewrite can drop
  // (`Dashboard screenshots are a good runbook`), the true statements are also written naming it
  // (`A runbook is step-by-step instructions…`), to stand beside it (text/named-statement.ts).
  const named: { fact: Fact; text: string }[] = [];
  const naming = wrongsNameIt(subject, lang);
  const seen = new Set<string>();
  for (const t of asStatements(subject.facts.trues)) {
    if (!TRUE_SOURCES.has(t.source) || isBareNoun(t.text, lang)) continue;
    const whole = renderingsAbout(t, lang, me);
    const pieces = shorterTruth(t, lang, me);
    for (const text of pieces) if (!whole.includes(text)) cuts.add(text);
    for (const text of [...whole, ...pieces]) {
      if (seen.has(matchKey(text))) continue;
      seen.add(matchKey(text));
      rendered.push({ fact: t, text });
      if (naming && namesTheConcept(text, subject.names)) named.push({ fact: t, text });
    }
    if (!naming) continue;
    for (const text of namedRenderings(ctx, subject, t)) {
      if (seen.has(matchKey(text))) continue;
      seen.add(matchKey(text));
      named.push({ fact: t, text });
    }
  }
  // Too few true statements for a set: every search below would return at once, empty.
  if (tooFewCandidates(Math.max(rendered.length, named.length), MOST)) return out;
  const defining = restatedDefinitions(usable(subject.facts.trues), subject.names);
  const nameWords = statementWords(subject.names.join('\n'));
  const ownWords = topicalWordsOf(rendered.map((r) => r.text));
  const asChoice = ({ fact: t, text }: { fact: Fact; text: string }): DraftChoice => ({
    text,
    correct: false,
    truth: true,
    why: trueReason(t, text),
    // The summary cell and a first sentence that share a word: one facet said twice.
    keys: [
      ...t.keys,
      ...(defining.has(t) ? [`${DEFINES}${me.id}`] : []),
      ...facetKeys(distinctWords(ctx, text, nameWords, ownWords), me.id),
    ],
  });
  const trues = rendered.map(asChoice);
  // The pieces of the correct cell, which answer the concept's misconceptions (`cell-refutes-misconception`).
  const cellPieces = new Set(
    rendered.flatMap((r, i) => (r.fact.source === 'summary' ? [trues[i] as DraftChoice] : [])),
  );
  const namedTrues = named.map(asChoice);
  // `near-correction` spares the whole correct cell, named or not: it says what the concept is
  // (`A ref holding one commit id`), a facet to know beside any one misconception of it.
  // `whole-cell-only`: not a piece cut from it (`A force perpendicular to the displacement does no
  // work` of `W = F·d·cosθ. A force perpendicular…`, beside `The centripetal force does work on the
  // orbiting object`; `熱硬化性＝…一度硬化すると溶けない` beside `熱硬化性樹脂も加熱すれば…再成形
  // できる`): alone, the piece is the correction said again, and readers of readings 53 and 56
  // picked the key at sight.
  const cellKey = matchKey(subject.concept.correct);
  const wholeCell = new Set(
    [
      ...rendered.map((r, i) => [r, trues[i]] as const),
      ...named.map((r, i) => [r, namedTrues[i]] as const),
    ]
      .filter(
        ([r]) =>
          r.fact.source === 'summary' && matchKey(r.fact.text) === cellKey && !cuts.has(r.text),
      )
      .map(([, c]) => c),
  );
  // Written once for every draft (a freshly built string costs a hash at each memo it meets).
  const prompt = w.misconceptionAbout(subject.name);
  for (const wrong of wrongs)
    for (const { text, terse } of keyTexts(wrong, subject.names, lang, me, naming)) {
      const key = misconceptionKey(wrong, text);
      const distinct = distinctWords(
        ctx,
        `${text}\n${wrong.correction ?? ''}`,
        nameWords,
        ownWords,
      );
      const make = misconceptionDraftMaker(ctx, subject, wrong, {
        template: 'misconception-about',
        prompt,
        keyText: text,
        quality: wrong.source === 'bullet' || wrong.source === 'summary-misconception' ? 1.15 : 1,
      });
      // A key that names the concept stands only beside true statements that name it too, one
      // that does not only beside those that do not.
      const keyNames = naming && namesTheConcept(text, subject.names);
      const beside = keyNames
        ? namedTrues
        : naming
          ? trues.filter((t) => !namesTheConcept(t.text, subject.names))
          : trues;
      const found = chooseOptions(
        key,
        beside.filter(
          (t) =>
            !answersWrong(t.text, wrong.why) &&
            !(nearCorrection(t.text, wrong.why) && !wholeCell.has(t)) &&
            !opposesOnSubject(t.text, text, subject.names) &&
            !sharesFrame(t.text, text, subject.names) &&
            // A terse cell is the contrast of its row: a true statement sharing any of its words
            // (`コンテナ削除後も残る` beside `コンテナと一緒に消える`) is its correction said again.
            !(terse && coverage(text, t.text) > 0) &&
            !(cellPieces.has(t) && cellRefutes(t.text, text, subject.names)) &&
            !sharesDistinctWord(t.text, distinct) &&
            fitsBesideKey(t.text, text),
        ),
        make,
        {
          names: subject.names,
        },
        { variants: 4, most: MOST },
      );
      for (const draft of found.drafts)
        if (draftCue(draft) === null) draft.quality += MISCONCEPTION_FIRST;
      out.drafts.push(...found.drafts);
      out.rejected.push(...found.rejected);
    }
  return out;
}

/**
 * The key's words of content that tell its thing apart: not a word of the concept's names, nor
 * one the notes say of many of their concepts ({@link commonWords}).
 */
function distinctWords(
  ctx: GenerationContext,
  key: string,
  nameWords: ReadonlySet<string>,
  ownWords: ReadonlySet<string>,
): readonly string[] {
  const common = commonWords(ctx);
  return [...statementWords(key)].filter(
    (w) =>
      !nameWords.has(w) &&
      !common.has(w) &&
      !ownWords.has(w) &&
      !(/^[a-z0-9]/.test(w) && w.length < DISTINCT_LATIN_MIN),
  );
}

/** A Latin word shorter than this (`yes`, `need`) is too plain to mark one thing. */
const DISTINCT_LATIN_MIN = 5;

/** Share of a concept's true statements that say a word for it to be the concept's own topic. */
const OWN_TOPIC_SHARE = 0.5;
/** …of this many statements at least. */
const OWN_TOPIC_MIN = 3;

/**
 * The words half or more of the concept's true statements say (`スコア` of Sorted Set, `history`
 * of slowly changing dimensions): its topic, not one thing a statement tells apart.
 */
function topicalWordsOf(statements: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (statements.length < OWN_TOPIC_MIN) return out;
  const counts = new Map<string, number>();
  for (const t of statements)
    for (const w of statementWords(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, n] of counts) if (n >= OWN_TOPIC_SHARE * statements.length) out.add(w);
  return out;
}

/**
 * `same-thing-as-the-key`: a true statement that says one of the key's distinct words speaks of
 * the very thing the misconception gets wrong (`ゲストの中のプロセスをいくら調べても出てこない`
 * beside `ゲスト内のプロセスが CPU を使いすぎている`; `le は「以下」の意味で、バケットは累積` beside
 * `各バケットは区間の件数`; `…リバランスが止まらなくなる` beside `session.timeout.ms を延ばせば…
 * リバランスを防げる`): beside it, the pair tells a player that one of the two is the answer
 * (readings 33–35). About seven in ten of the sets it changed over 161 notes were such pairs. It
 * reads words, not meaning: pairs on antonyms (`安静時` / `運動時`) or on the concept's own topic
 * word (`標準電極電位` of ガルバニック系列) pass.
 *
 * The key's distinct words include its correction's, where the notes write one: a true statement
 * on a word of it is that correction in other words (`CO2はO2の約20倍拡散しやすい；障害は運動時に
 * 顕在化しやすい` beside `拡散障害は安静時から著明な低酸素を起こす`, corrected `初期は運動時の低下が
 * 先`; `A prism deviates violet the most and red the least` beside `Red light is refracted most`,
 * corrected `it's refracted least`). Words are {@link statementWords}: two kanji count
 * (`熟慮期間内に限定承認も放棄もしなかった` beside `3か月間何もしなければ放棄したことになる`).
 * Readers of readings 27–36 named such a pair in 57 questions of this kind; 22 of those pairs
 * were still drafted at f38c153, and 12 are now (5 went by two-kanji words, 5 by corrections).
 */
function sharesDistinctWord(statement: string, distinct: readonly string[]): boolean {
  if (distinct.length === 0) return false;
  const words = statementWords(statement);
  return distinct.some((w) => words.has(w));
}

/** One key per pair of distinct words (in order), so two statements that share two words share a key. */
function facetKeys(words: readonly string[], id: string): string[] {
  const sorted = [...words].sort();
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) out.push(`${FACET}${id}:${sorted[i]}|${sorted[j]}`);
  return out;
}

/**
 * `misconception-first`: how much a concept's own misconception, asked beside its true statements
 * with no surface cue (a blind reader finds no option to pick, text/cues.ts), is preferred to its
 * other questions. Readers of unseen notes signed 11 of 58 such questions against 7 of 185
 * which-concept and 1 of 61 "which is correct" (readings 27–30, 2026-12-04): over 161 notes it
 * takes 66 more of them (838 → 904), in place of which-concept and correct-about questions, and
 * the blind solver stays at chance. A set whose cue points away from its key gets nothing: taken
 * first, such sets leaned banks away from their keys.
 */
const MISCONCEPTION_FIRST = 2;

/** The misconception `wrong`, worded `text`, as the key of a question: false, its why the correction. */
export function misconceptionKey(wrong: Fact, text: string): DraftChoice {
  return { text, correct: true, truth: false, why: wrong.why, keys: wrong.keys };
}

/**
 * The drafts of a question whose key is the misconception `wrong` of the subject, made from their
 * options (the key first): its why is the notes' correction, its notes line the × line where that
 * says more than the key and its correction ({@link notesLine}). Shared by the templates that ask a
 * misconception (this one, and misconception-among.ts).
 */
export function misconceptionDraftMaker(
  ctx: GenerationContext,
  subject: Subject,
  wrong: Fact,
  how: { template: string; prompt: string; keyText: string; quality: number },
): (choices: DraftChoice[]) => Draft {
  // Read once per key, not once per option set tried — and only when a set is found (a big
  // table's misconception-among searches mostly find none): the draft of the key alone, which
  // chooseOptions makes to read the question's kind, is no question and gets no notes line.
  let notes: string[] | undefined;
  const notesOnce = (): string[] => {
    if (notes === undefined) {
      const owner = conceptById(ctx, wrong.conceptId);
      notes = notesLine(wrong.evidence.words, how.keyText, wrong.why, owner ? namesOf(owner) : []);
    }
    return notes;
  };
  const heading = wrong.section ?? subject.facts.section?.heading ?? null;
  return (choices) => ({
    template: how.template,
    conceptId: subject.concept.id,
    conceptName: subject.concept.name,
    kind: 'misconception-about',
    asksFor: 'misconception',
    optionKind: 'statement',
    prompt: how.prompt,
    choices,
    section: heading ?? subject.concept.section,
    language: ctx.doc.language,
    why: wrong.why,
    notes: choices.length > 1 ? [...notesOnce()] : [],
    source: { file: ctx.doc.file, line: wrong.evidence.line, section: heading },
    asks: wrong.keys,
    quality: how.quality,
  });
}

/**
 * `longer-than-any-set`: a true statement too long to stand in any set beside the key
 * (review/option-rules.ts `similar-length`: over {@link LENGTH_RATIO} times the key and
 * {@link LENGTH_GAP} units longer) is no candidate, so it takes no place in the search's pool.
 */
export function fitsBesideKey(truth: string, key: string): boolean {
  const k = lengthUnits(key);
  const t = lengthUnits(truth);
  return t <= LENGTH_RATIO * Math.max(k, 1) || t - k < LENGTH_GAP;
}

/**
 * The wordings of a misconception as the key: the statement, and where it repeats the concept's
 * name (`A higher nice value means a higher priority`) while the row's cell says it without
 * (`Higher value means higher priority`), the cell too (`terse`): no option may name the concept
 * unless all do, and the cell is the notes' own shorter wording of the same misconception.
 */
function keyTexts(
  wrong: Fact,
  names: readonly string[],
  lang: 'ja' | 'en',
  me: Concept,
  naming: boolean,
): { text: string; terse: boolean }[] {
  const text = asOption(wrong.text, lang, me);
  const out = [{ text, terse: false }];
  // `subject-kept`: where the notes' misconceptions name the concept, one whose subject the
  // option dropped (`Replaces knowing the system`) is also offered as they wrote it (`A runbook
  // replaces knowing the system`), to stand beside true statements that name the concept.
  const written = tidyOption(wrong.text);
  if (naming && written !== text && namesTheConcept(written, names))
    out.push({ text: written, terse: false });
  // `ファイルのコピー` beside statements: `ファイルのコピーである`.
  const copula = copulaStatement(text, lang);
  if (copula) out.push({ text: copula, terse: false });
  const cell = wrong.cell;
  const echoes = (t: string) => names.some((n) => nameEcho(t, n) !== null);
  if (
    cell &&
    echoes(text) &&
    !echoes(cell) &&
    !isBareNoun(cell, lang) &&
    formOf(cell, lang) === 'statement'
  )
    out.push({ text: asOption(cell, lang, me), terse: true });
  return out;
}

/** The evidence says nothing beyond the key and its why when this share of its words is theirs. */
const SAID_ALREADY = 0.9;

/**
 * `evidence-said-already`: the notes' line quoted under a misconception's explanation, unless it
 * is the key and its correction again (`× 同じプロセス内のスレッド切り替えならコストはゼロ（アドレス
 * 空間の切り替えは不要だがコストはある）` under that key and that correction; a cell `偽陰性がある ×`
 * under `偽陰性がある・偽陽性あり`): readers took the × line for a raw dump.
 */
export function notesLine(
  words: string,
  key: string,
  why: string | null,
  names: readonly string[] = [],
): string[] {
  if (words === key) return [];
  // The key may say its concept as `It` (`It was an SSL 3.0 problem, long fixed` of `× Padding
  // oracles were an SSL 3.0 problem…`): the names are said by the question (reading 59).
  const said = [key, why ?? '', ...names].join('\n');
  return coverage(words, said) >= SAID_ALREADY ? [] : [words];
}

/**
 * `true-option-reason`: what the explanation says beside a true option of "which is a
 * misconception" — the notes' whole sentence where the option is a piece of it and the rest says
 * more (`HGL is always V²/2g below the EGL` → `…, so where the pipe gets wider the HGL rises even
 * though energy was lost`), else nothing: readers of reading 33 took a bare "the other options are
 * true, as the notes say" for no explanation at all. Never a line about the notes themselves (a ×
 * line's correction says which misconception it corrects, not why it is true).
 */
export function trueReason(fact: Fact, text: string): string | null {
  if (fact.source === 'bullet-correction') return null;
  const sentence = fact.why ?? (fact.text !== text ? fact.text : null);
  if (sentence === null) return null;
  const extra = lengthUnits(sentence) - lengthUnits(text);
  if (extra < REASON_EXTRA_UNITS || coverage(text, sentence) < REASON_SAME_SENTENCE) return null;
  return sentence;
}

/** Units a sentence says beyond its option to be worth printing beside it. */
const REASON_EXTRA_UNITS = 4;
/** The share of an option's words its sentence holds to be that option's sentence. */
const REASON_SAME_SENTENCE = 0.8;
