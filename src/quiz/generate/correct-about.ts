/**
 * *Which is correct about X*: one true statement of X — the summary cell, or, just as often, its
 * section's first sentence, a feature or a point — among statements the notes call wrong about
 * X (its misconceptions written out, × bullets, denied points) and, when those are too few, the
 * statements of siblings the notes set apart from X, where X's own notes say nothing like them.
 * Pure.
 */

import type { Fact } from '../facts/fact.ts';
import { asStatements, usable } from '../facts/fact.ts';
import { otherKind } from '../facts/kind-groups.ts';
import { isTopicOf, nameKeys, othersNamed } from '../facts/mentions.ts';
import { spokenNames } from '../facts/shared-section.ts';
import { comparisonParts } from '../notes/heading-match.ts';
import { contradictsOnSubject, namesTheConcept, rowContrast } from '../review/option-rules.ts';
import { polarity } from '../review/polarity.ts';
import { lengthUnits } from '../review/text-measures.ts';
import { objectMemoTable } from '../text/build-memo.ts';
import { cellSymbol } from '../text/cell-symbol.ts';
import { copulaStatement, isBareNoun, withoutHeadNoun } from '../text/forms.ts';
import { matchKey } from '../text/normalize.ts';
import { onlyDenies } from '../text/only-denies.ts';
import { listsProperties } from '../text/property-list.ts';
import { coverage } from '../text/runs.ts';
import type { Concept } from '../types.ts';
import {
  CANDIDATES_TRIED,
  type Chosen,
  chooseOptions,
  tooFewCandidates,
} from './choose-options.ts';
import {
  asOption,
  conceptById,
  type GenerationContext,
  namedRenderings,
  renderings,
  renderingsAbout,
  type Subject,
  wrongsNameIt,
} from './context.ts';
import { type Draft, type DraftChoice, siblingKey, siblingOf, tidyOption } from './draft.ts';
import {
  cellRefutes,
  correctionClauseSaid,
  deniesMisconceptionOf,
  genericFor,
  isCorrectionOf,
  matrixRelates,
  propertyImplies,
  rowIncludes,
  sharesSaidCell,
  statementFitsNot,
} from './fit.ts';
import { isLargeNotes, largeNotesReason } from './large-notes.ts';
import { shorterTruth } from './shorter-truth.ts';

/**
 * Key sources, best first: a key that is not the summary cell teaches the section too.
 * `correction-needs-its-statement`: a × bullet's correction in parentheses is no key. It answers
 * the statement beside it and says little alone (`4.4未満はエラー`, `zshがデフォルト`, `loopsを掛ける`,
 * `UDP is blocked on some networks`): readers of readings 7–8 judged 2 of 27 such keys sound.
 */
const KEY_QUALITY: Partial<Record<Fact['source'], number>> = {
  intro: 1.2,
  definition: 1.2,
  feature: 1.15,
  point: 1.1,
  sentence: 1.05,
  'point-correction': 1.1,
  summary: 1,
};
const MAX_KEYS = 4;
/** How much a set with no option about the concept but its key ranks lower (`on-topic-option`). */
const OFF_TOPIC_COST = 1.5;
/**
 * `kind-after-misconceptions`: how much lower a "which is correct about X" question ranks than
 * the other kinds, all else equal. Readers of unseen notes judged 15 of 98 such questions sound,
 * against 61 of 172 "which is a misconception about X" and 63 of 240 which-concept questions
 * (four readings, 2026-12-03): its key is a summary row among statements of other concepts more
 * often than not. Asked where the concept has nothing better.
 */
const KIND_COST = 0.6;
/** Siblings the notes do not explicitly tell apart offer at most this many options. */
const MAX_WEAK_SIBLINGS = 3;
/**
 * True statements a concept of large notes needs for its neighbouring rows to be offered beside
 * it (`large-notes`): with fewer it is a bare row.
 */
const OWN_TRUTHS_OF_A_KIN = 2;
/**
 * `bare-row-unasked` (`large-notes`): in large notes, "which is correct about X" is not sought for
 * a bare row (fewer than {@link OWN_TRUTHS_OF_A_KIN} true statements) that the notes tell apart
 * from fewer than {@link TOLD_APART_TO_ASK} siblings. Its one key is its summary cell, and its
 * misconception cells are what that cell corrects (`誤解80の一`, corrected 「概念80は鍵…を保つ」):
 * none stands beside it, and its neighbouring rows are left out, so only the statements of the
 * siblings told apart from it could fill a set, one each. On the 5,000-row table every such search
 * came back empty, a tenth of the build (2026-12-06); the reason it gives is the one 99 % of
 * those rows gave already.
 */
function bareRowUnasked(ctx: GenerationContext, subject: Subject): boolean {
  if (subject.topic || !isLargeNotes(ctx.doc)) return false;
  if (usable(subject.facts.trues).length >= OWN_TRUTHS_OF_A_KIN) return false;
  let toldApart = 0;
  for (const s of subject.siblings) if (s.relation === 'told-apart') toldApart++;
  return toldApart < TOLD_APART_TO_ASK;
}

/** Siblings told apart a bare row of large notes needs for its search to run (`bare-row-unasked`). */
const TOLD_APART_TO_ASK = 2;

/**
 * `key-not-longest-ranked`: a set whose key is longer than this many times its longest wrong option
 * ranks {@link KEY_LONGEST_COST} lower than the sets of the same key in a shorter wording. The
 * notes' misconceptions are short claims and their truths whole sentences: the key was the longest
 * option in 98 of the 146 "which is correct" questions among a concept's own misconceptions over
 * 161 notes, and readers of unseen notes named it ("the key is the longest, most qualified option").
 */
const KEY_LONGEST_RATIO = 1.15;
const KEY_LONGEST_COST = 0.2;

export function correctAboutDrafts(ctx: GenerationContext, subject: Subject): Chosen {
  const { doc, wording: w } = ctx;
  if (bareRowUnasked(ctx, subject))
    return { drafts: [], rejected: [largeNotesReason('correct-about', doc, 'neighbouring rows')] };
  const lang = doc.language;
  const keys = asStatements(subject.facts.trues)
    .filter((t) => KEY_QUALITY[t.source] !== undefined && !isBareNoun(t.text, lang))
    .slice(0, MAX_KEYS);
  const pool = distractors(ctx, subject);
  const own = pool.filter((p) => p.own).length;
  // `on-topic-option`: a set whose every wrong option is a far sibling's statement (`Punishes
  // confident mistakes…` of Log loss beside Recall) leaves the key the only option about the
  // concept (readers called them fillers). It ranks {@link OFF_TOPIC_COST} below the sets with
  // one of the concept's own wrong statements or a contrasted sibling's, so the bank asks it only
  // where the concept has nothing better.
  const ownChoices = new Set<DraftChoice>(pool.filter((p) => p.own).map((p) => p.choice));
  const close = new Set<DraftChoice>(pool.filter((p) => p.close).map((p) => p.choice));
  const loose = new Set<DraftChoice>(pool.filter((p) => !p.close).map((p) => p.choice));
  const offTopic = (d: Draft): boolean => !d.choices.some((c) => close.has(c));
  const out: Chosen = { drafts: [], rejected: [] };
  // Fewer distractors than a set needs: every search below would return at once, empty.
  // `large-notes`: a bare row that found nothing without its neighbouring rows says why.
  const leftOutRows = (): Chosen => {
    if (pool.rowsLeftOut && out.drafts.length === 0)
      out.rejected.push(largeNotesReason('correct-about', doc, 'neighbouring rows'));
    return out;
  };
  if (tooFewCandidates(pool.length)) return leftOutRows();
  // What every draft of the subject shares, written once (not once per option set tried: a
  // freshly built string costs a hash at each memo it meets).
  const prompt = w.correctAbout(subject.name);
  const symbol = cellSymbol(subject.concept.correct);
  const describesPrompt = w.whichDescribes(subject.name);
  for (const key of keys) {
    const section = key.section ?? subject.facts.section?.heading ?? subject.concept.section;
    const why = keyWhy(key, subject);
    const source = {
      file: doc.file,
      line: key.evidence.line,
      section: key.section ?? subject.facts.section?.heading ?? null,
    };
    const quality = (KEY_QUALITY[key.source] ?? 1) + 0.1 * Math.min(own, 2) - KIND_COST;
    // `named-beside-named`: where the notes' misconceptions name the concept as no rewrite can
    // drop (`Any wiki page about the service is a runbook`), the key is also written naming it
    // (`A runbook is step-by-step instructions…`) and stands only beside options that name it.
    const naming = wrongsNameIt(subject, lang);
    const texts = [...renderingsAbout(key, lang, subjectConcept(subject))];
    if (naming)
      for (const t of namedRenderings(ctx, subject, key))
        if (!texts.some((x) => matchKey(x) === matchKey(t))) texts.push(t);
    // `cut-key` (shorter-truth.ts): a long key also in its first clause, or a summary cell in a
    // later sentence of its own (`Unbiased because X is measured before assignment` of `…, so it
    // can't be affected by the treatment`), to stand beside short misconceptions without being
    // the longest option; its explanation is the notes' whole sentence, so the player reads all
    // the key would have said.
    const cut = new Set<string>();
    for (const t of shorterTruth(key, lang, subjectConcept(subject)))
      if (!texts.some((x) => matchKey(x) === matchKey(t))) {
        texts.push(t);
        cut.add(t);
      }
    for (const text of texts) {
      // `only-denies` (text/only-denies.ts): `Is not locking` says what the concept is not, and
      // the wrong options beside it say what it does; a key is a statement of the concept.
      if (onlyDenies(text, lang)) {
        out.rejected.push(`correct-about: 「${text}」 only says what it is not`);
        continue;
      }
      const named = naming && namesTheConcept(text, subject.names);
      const keyChoice: DraftChoice = {
        text,
        correct: true,
        truth: true,
        why: null,
        keys: key.keys,
      };
      const keyMatch = matchKey(text);
      // A cut key stands only among the concept's own misconceptions, the short claims it is cut
      // to stand beside: a sibling's statement is as long as any key.
      const cutKey = cut.has(text);
      const fits = (p: Candidate): boolean =>
        (!cutKey || p.own) &&
        matchKey(p.choice.text) !== keyMatch &&
        // `key-generic-for-sibling`: a key the siblings' shared heading says of a sibling too
        // (サイドカー's `補助機能を追加`: every container pattern adds a helper) is as true of that
        // sibling — its statement is no wrong option beside the key.
        !genericBeside(ctx, subject, text, p.choice) &&
        // Not the misconception the key corrects: the two would contradict each other.
        (rowContrast(text, p.choice.text, p.choice.why, lang) ||
          (!isCorrectionOf(text, p.choice.why) && !correctionClauseSaid(text, p.choice.why))) &&
        !contradictsOnSubject(text, p.choice.text, p.choice.why);
      // Beside a key that names the concept: only options that name it, the notes' own
      // misconceptions as they wrote them (`A runbook replaces knowing the system`) among them;
      // beside one that does not, none that does (no set of the two would pass the review).
      let beside: DraftChoice[];
      if (named) {
        const candidates = pool.filter(fits).map((p) => p.choice);
        beside = [...candidates, ...keptSubjects(ctx, subject, candidates)].filter((c) =>
          namesTheConcept(c.text, subject.names),
        );
      } else {
        // The search reads no candidate past the first CANDIDATES_TRIED: none is judged there.
        beside = [];
        for (const p of pool) {
          if (beside.length >= CANDIDATES_TRIED) break;
          if (!fits(p) || (naming && namesTheConcept(p.choice.text, subject.names))) continue;
          beside.push(p.choice);
        }
      }
      const make = (choices: DraftChoice[]): Draft => ({
        template: 'correct-about',
        conceptId: subject.concept.id,
        conceptName: subject.concept.name,
        kind: 'correct-about',
        asksFor: 'correct',
        optionKind: 'statement',
        prompt,
        choices,
        section,
        language: lang,
        why: cutKey ? (key.why ?? key.text) : why,
        notes: [],
        source,
        asks: key.keys,
        quality,
      });
      // `own-wrongs-fill-four`: a fourth option only where three of the concept's own wrong
      // statements stand beside this key — never a sibling's statement after two of them
      // (`放電中の代表値。LFPは3.2Vで曲線が平坦`, 公称電圧's, as Cレート's fourth option, ruled out
      // at sight; reading 18's notes). A search that found only such sets is run again for three.
      const search = (most: number): Chosen =>
        chooseOptions(keyChoice, beside, make, { names: subject.names }, { variants: 5, most });
      const ownOnly = (d: Draft): boolean =>
        d.choices.length < 4 || d.choices.every((c) => c.correct || ownChoices.has(c));
      let found = search(ownBeside(beside, ownChoices) >= 3 ? 3 : 2);
      if (found.drafts.length > 0 && !found.drafts.some(ownOnly)) found = search(2);
      else found = { drafts: found.drafts.filter(ownOnly), rejected: found.rejected };
      for (const d of found.drafts) {
        // `cell-symbol` (text/cell-symbol.ts): a key opening on the symbol the concept's cell
        // defines (`Nu = hL/k_流体…` under "which describes ヌセルト数") is named by the stem for
        // anyone who knows the notation.
        if (symbol !== null && cellSymbol(text) === symbol) d.stemClue = symbol;
        if (offTopic(d)) d.quality -= OFF_TOPIC_COST;
        if (keyLongest(d)) d.quality -= KEY_LONGEST_COST;
        // `sibling-describes`: beside another concept's true statement, "which is correct about
        // X" reads as three right answers (readers of readings 18–23 flagged 13 of 142 such
        // questions for two defensible answers); the question asks which describes X.
        if (d.choices.some((c) => !c.correct && siblingOf(c.keys) !== undefined))
          d.prompt = describesPrompt;
        // `sibling-filler`: a statement of a sibling the notes do not set against the subject in
        // words is true of that sibling, off the subject's topic more often than not, and an
        // expert can argue for it beside "which is correct about X" (readers of unseen notes,
        // 2026-12-03): a set with one is a filler ({@link Draft.filler}).
        if (d.choices.some((c) => loose.has(c))) d.filler = true;
        // `negation-pair`: the key and one of the concept's own misconceptions on one word of
        // theirs, one of the two negated (`Removes head-of-line blocking at the HTTP level only`
        // beside `No head-of-line blocking at all`, `…現金の残高ではない` beside `会社に現金として
        // 残っている`): a player sees that one of the two is the answer (readers of reading 30
        // named it first in a bank). 35 of 513 such questions over 161 notes; asked only where
        // the concept has nothing else (a filler), not refused: refused outright, 15 concepts fell
        // short of two questions.
        if (d.choices.some((c) => ownChoices.has(c) && negationPair(text, c.text, subject.names)))
          d.filler = true;
      }
      out.drafts.push(...found.drafts);
      out.rejected.push(...found.rejected);
    }
  }
  return leftOutRows();
}

/** True when the draft's key is the longest option by {@link KEY_LONGEST_RATIO} (`key-not-longest-ranked`). */
export function keyLongest(d: Draft): boolean {
  let key = 0;
  let most = 0;
  for (const c of d.choices)
    if (c.correct) key = lengthUnits(c.text);
    else most = Math.max(most, lengthUnits(c.text));
  return key > KEY_LONGEST_RATIO * most;
}

/** True when the two share a word of content (beyond the names) and one of them is negated. */
function negationPair(key: string, wrong: string, names: readonly string[]): boolean {
  return polarity(key).negative !== polarity(wrong).negative && cellRefutes(key, wrong, names);
}

/** How many of the candidates are the subject's own wrong statements. */
function ownBeside(beside: readonly DraftChoice[], own: ReadonlySet<DraftChoice>): number {
  let n = 0;
  for (const c of beside) if (own.has(c)) n++;
  return n;
}

/**
 * The subject's own wrong statements as the notes wrote them, their subject naming the concept
 * kept (`A runbook replaces knowing the system`, where the option dropped it), for a set whose
 * options all name the concept; none that `candidates` already hold in a wording.
 */
function keptSubjects(
  ctx: GenerationContext,
  subject: Subject,
  candidates: readonly DraftChoice[],
): DraftChoice[] {
  const out: DraftChoice[] = [];
  const lang = ctx.doc.language;
  for (const f of subject.facts.falses) {
    if (f.unusable || f.about !== undefined) continue;
    const text = tidyOption(f.text);
    if (text === asOption(f.text, lang, subject.concept)) continue;
    if (!candidates.some((c) => c.keys[0] === f.keys[0])) continue;
    if (candidates.some((c) => matchKey(c.text) === matchKey(text))) continue;
    out.push({ text, correct: false, truth: false, why: f.why, keys: f.keys });
  }
  return out;
}

/** The subject as a concept for dropping its name from options (a topic's pseudo-concept). */
export function subjectConcept(subject: Subject): Concept {
  return subject.topic ? subject.facts.concept : subject.concept;
}

/** The notes' own sentence for a true key: its source line when that says more, else a supporting one. */
export function keyWhy(key: Fact, subject: Subject): string | null {
  if (key.why) return key.why;
  if (key.source !== 'summary') return null;
  const support = subject.facts.trues.find(
    (t) =>
      t !== key &&
      t.source !== 'example' &&
      t.source !== 'summary' &&
      coverage(key.text, t.text) >= 0.5,
  );
  return support ? (support.why ?? support.text) : null;
}

/** True when the key is said of every concept under the heading the option's sibling shares. */
function genericBeside(
  ctx: GenerationContext,
  subject: Subject,
  key: string,
  option: DraftChoice,
): boolean {
  const sibling = siblingOf(option.keys);
  if (!sibling) return false;
  const other = conceptById(ctx, sibling);
  return other !== undefined && genericFor(ctx, key, [subject.concept, other]);
}

interface Candidate {
  choice: DraftChoice;
  /** True for the subject's own wrong statements (the best distractors). */
  own: boolean;
  /**
   * True for its own, and for the statements of siblings the notes contrast with it in words; a
   * set with any other is a filler (`sibling-filler`).
   */
  close: boolean;
}

/**
 * Wrong statements for a question about the subject, best first; `rowsLeftOut` when a
 * neighbouring row's cell was not offered in large notes (`large-notes`).
 */
function distractors(
  ctx: GenerationContext,
  subject: Subject,
): Candidate[] & { rowsLeftOut?: boolean } {
  const lang = ctx.doc.language;
  const me = subjectConcept(subject);
  const out: Candidate[] & { rowsLeftOut?: boolean } = [];
  const seen = new Set<string>();
  const add = (c: Candidate): void => {
    const k = matchKey(c.choice.text);
    if (!k || seen.has(k)) return;
    seen.add(k);
    out.push(c);
  };
  for (const f of subject.facts.falses) {
    const about = f.about ? ctx.index.pointers.concepts.get(f.about) : null;
    // `補助機能を追加` is what the notes say of every container pattern: not wrong for this one.
    if (about && genericFor(ctx, about.correct, [subject.concept, about])) continue;
    // What has the subject's property has the other's (a safe method is idempotent).
    if (about && propertyImplies(ctx, subject.concept, about)) continue;
    // A terse cell (`キュー待機`) is no misconception to ask about, but beside a terse key it is
    // the notes' own wording of a wrong answer: it is offered even when the statement is not.
    const texts = renderings(f, lang, me, about);
    // `correction-names-other`: a misconception whose correction says which other concept it
    // describes (`生きているオブジェクトを詰め直す` — `それはコンパクション`) is that concept's too.
    const other = about ?? (subject.topic ? null : namedInCorrection(ctx, subject, f.why));
    for (const text of f.unusable ? texts.slice(1) : texts)
      add({
        choice: {
          text,
          correct: false,
          truth: false,
          why: f.why,
          // A misconception that describes another concept (`Limits requests per second` of
          // Circuit breaker, which is Rate limiter) counts as that concept's statement: one
          // option per other concept, never two wordings of what it does.
          keys: other ? [...f.keys, siblingKey(other.id)] : f.keys,
        },
        own: true,
        close: true,
      });
  }
  if (subject.topic) return out;
  // Only siblings the notes tell apart from the concept (a misconception cell pointing at them, a
  // comparison table): a sibling that merely shares a heading may share the statement too
  // (`冪等なロジックが必要` is true of sagas as well as of event sourcing).
  const siblings = subject.siblings.filter(
    (s) =>
      s.relation === 'told-apart' &&
      !comparisonParts(s.concept.name) &&
      !genericFor(ctx, s.concept.correct, [subject.concept, s.concept]) &&
      !matrixRelates(ctx, subject.concept, s.concept) &&
      !rowIncludes(ctx, subject.concept, s.concept) &&
      !propertyImplies(ctx, subject.concept, s.concept),
  );
  // Each sibling's summary cell first, then its section's first sentence (another form).
  for (const pick of [siblingSummary, siblingIntro, siblingFeature])
    for (const { concept: other, contrasted } of siblings) {
      const statement = pick(ctx, other);
      if (!statement) continue;
      // `3NFは…を求める` (a statement of BCNF's section) is about 第3正規形（3NF）: no wrong
      // option about it.
      if (spokenNames(subject.concept).some((n) => isTopicOf(statement.text, n, lang))) continue;
      if (!statementFitsNot(ctx, statement.text, subject.concept)) continue;
      if (genericFor(ctx, statement.text, [subject.concept, other])) continue;
      if (sharesSaidCell(ctx, statement.text, other, subject.concept)) continue;
      if (deniesMisconceptionOf(ctx, statement.text, subject.concept)) continue;
      const main = asOption(statement.text, lang, me, other);
      // `names-a-concept`: `SIGKILL（9）と SIGSTOP はカーネルが直接処理し…` beside SIGTERM is
      // about the concepts it names, at sight: no statement of the concept asked about.
      if (othersNamed(main, subject.concept, ctx.doc.concepts).length > 0) continue;
      const short = lang === 'ja' ? withoutHeadNoun(main) : null;
      // `…を持つ構造体` beside statements: `…を持つ構造体である` (copula-statement).
      const said = short ?? copulaStatement(main, lang);
      for (const text of said ? [main, said] : [main])
        add({
          choice: {
            text,
            correct: false,
            truth: false,
            why: ctx.wording.thatIs(other.name, statement.text),
            // One statement per sibling: two would say the same thing of the same concept.
            keys: [...statement.keys, siblingKey(other.id)],
          },
          own: false,
          // `sibling-filler` for a sibling of another kind too (kind-groups.ts): `Events are
          // the source of truth` (Event sourcing) is off the topic of Idempotency at sight.
          close: contrasted && !otherKind(ctx.kindGroups, subject.concept.id, other.id, contrasted),
        });
    }
  // Only where the notes' own are too few for a set: the summary cells of a few other siblings
  // (same heading, same kind, neighbouring rows) whose rows the notes tell apart from the subject's —
  // neither row's cell says what the other's does. A cell that lists properties (`密結合、低
  // レイテンシ`, text/property-list.ts) is left out; a clause with a comma (`Decides after the
  // trace ends, in a collector`) is not.
  // Counted in facts, not renderings: a fact's two wordings never stand in one set.
  if (new Set(out.map((c) => c.choice.keys[0] ?? c.choice.text)).size >= 3) return out;
  let weak = 0;
  // `large-notes` (large-notes.ts): among hundreds of rows, a neighbouring row is no kin of a
  // bare row (a concept with fewer than two true statements: nothing of it but its cells).
  const bareRowInLargeNotes =
    isLargeNotes(ctx.doc) && usable(subject.facts.trues).length < OWN_TRUTHS_OF_A_KIN;
  for (const { concept: other, relation } of subject.siblings) {
    if (weak >= MAX_WEAK_SIBLINGS) break;
    // `sibling-filler`: a set with such a cell is a filler ({@link Draft.filler}), asked only
    // where the concept has nothing else (DNS's `Holds the zone's records` beside no-cache).
    if (relation === 'told-apart') continue;
    if (bareRowInLargeNotes && relation === 'neighbouring-row') {
      out.rowsLeftOut = true;
      continue;
    }
    if (comparisonParts(other.name) || listsProperties(other.correct, lang)) continue;
    if (genericFor(ctx, other.correct, [subject.concept, other])) continue;
    if (!statementFitsNot(ctx, other.correct, subject.concept)) continue;
    if (!statementFitsNot(ctx, subject.concept.correct, other)) continue;
    if (matrixRelates(ctx, subject.concept, other)) continue;
    if (rowIncludes(ctx, subject.concept, other)) continue;
    if (propertyImplies(ctx, subject.concept, other)) continue;
    const cell = asOption(other.correct, lang, me, other);
    const said = copulaStatement(cell, lang);
    for (const text of said ? [cell, said] : [cell])
      add({
        choice: {
          text,
          correct: false,
          truth: false,
          why: ctx.wording.thatIs(other.name, other.correct),
          keys: [`S:${other.id}`, siblingKey(other.id)],
        },
        own: false,
        close: false,
      });
    weak++;
  }
  return out;
}

/**
 * The one sibling a correction names (`それはコンパクション…`), or null: among the concepts the
 * correction names ({@link othersNamed}), the one with a sibling's id. Only those concepts are
 * sought, each by its names as othersNamed reads them (a name key inside the correction's match
 * key), not every concept of the notes: on the 5,000-row table the search through all names was
 * 229 ms of three builds.
 */
function namedInCorrection(
  ctx: GenerationContext,
  subject: Subject,
  why: string | null,
): Concept | null {
  if (!why) return null;
  const key = matchKey(why);
  const ids = new Set(subject.siblings.map((s) => s.concept.id));
  ids.delete(subject.concept.id);
  let named: Concept | null = null;
  let count = 0;
  for (const id of ids)
    for (const c of conceptsWithId(ctx, id))
      if (nameKeys(c).some((k) => key.includes(k))) {
        named = c;
        count++;
      }
  return count === 1 ? named : null;
}

const conceptsById = objectMemoTable<GenerationContext, Map<string, Concept[]>>();

/** The concepts of the notes with the id, in their order (built once per document). */
function conceptsWithId(ctx: GenerationContext, id: string): readonly Concept[] {
  const memo = conceptsById();
  let byId = memo.get(ctx);
  if (!byId) {
    byId = new Map();
    for (const c of ctx.doc.concepts) {
      const list = byId.get(c.id);
      if (list) list.push(c);
      else byId.set(c.id, [c]);
    }
    memo.set(ctx, byId);
  }
  return byId.get(id) ?? [];
}

function siblingSummary(_ctx: GenerationContext, other: Concept): { text: string; keys: string[] } {
  return { text: other.correct, keys: [`S:${other.id}`] };
}

function siblingFeature(
  ctx: GenerationContext,
  other: Concept,
): { text: string; keys: string[] } | null {
  const feature = usable(ctx.facts.get(other.id)?.trues ?? []).find((t) => t.source === 'feature');
  return feature ? { text: feature.text, keys: feature.keys } : null;
}

function siblingIntro(
  ctx: GenerationContext,
  other: Concept,
): { text: string; keys: string[] } | null {
  const intro = usable(ctx.facts.get(other.id)?.trues ?? []).find(
    (t) => t.source === 'intro' || t.source === 'definition',
  );
  return intro ? { text: intro.text, keys: intro.keys } : null;
}
