/**
 * Explanations that teach (issue 11, item 5): once the bank has taken its drafts, each one's
 * explanation is rewritten by named rules so that it says why — the notes' sentence that ties the
 * stem to the key, the one table cell that bears on an option, the notes' line that sets two
 * concepts apart — never a generic definition, a dump of table cells or the option again. Only
 * the whys change: prompts, options, ids and order stay as the bank took them, and a rewrite that
 * the review would refuse (../review) is not kept. Pure; each rule reads a few lines of the
 * notes per option, so the stage is linear in the bank.
 */
import type { Fact } from '../facts/fact.ts';
import { isTopicOf, mentions } from '../facts/mentions.ts';
import { proseLines, proseSentences } from '../facts/prose-evidence.ts';
import { asSectionStatement, openingLabel, opensOnSideLabel } from '../facts/statement-labels.ts';
import { cellValue, type TableMatrix } from '../facts/table-facts.ts';
import { splitSentences } from '../facts/true-statements.ts';
import {
  bearsOn,
  echoesOption,
  isCellDump,
  isGenericDefinition,
  promptStem,
  restatesOption,
} from '../review/explanation-faults.ts';
import { compareKey, lengthUnits } from '../review/text-measures.ts';
import { danglingEnd } from '../review/text-rules.ts';
import { objectMemoTable } from '../text/build-memo.ts';
import { contextRule, withoutAdditiveOpening } from '../text/context-words.ts';
import { formOf } from '../text/forms.ts';
import { matchKey } from '../text/normalize.ts';
import { registerOf } from '../text/register.ts';
import { contentRuns, coverage, coverageBeyond } from '../text/runs.ts';
import { trimEndChars, withoutFinalStop } from '../text/trim.ts';
import { withCapitalStart } from '../text/variable-word.ts';
import type { Concept, Section } from '../types.ts';
import { conceptById, type GenerationContext, namesOf } from './context.ts';
import { type Draft, type DraftChoice, siblingOf } from './draft.ts';
import { placesIn } from './matrix-places.ts';

/** The statement a which-concept draft asks about. */
function stemOfPrompt(draft: Draft): string {
  return promptStem(draft.prompt);
}

/** A rule of the stage: what it rewrites, with an example from the notes it was found on. */
export interface TeachRule {
  name: string;
  example: string;
  /** The draft with its explanation rewritten, or null when the rule has nothing to say. */
  apply(ctx: GenerationContext, draft: Draft): Draft | null;
}

/** Share of the stem's words a line must hold to be the line the stem was drawn from. */
const DRAWN_FROM = 0.6;
/** Share of a line's words the stem may hold at most for the line to say more than the stem. */
const SAYS_MORE = 0.9;
/**
 * Share of the stem's words (beyond the concept's names) a sentence that does not name the concept
 * must hold to explain it: on the read notes, neighbours holding less were as often about
 * something else (`NGINXはleast_conn…` beside a stem on HAProxy's docs) as about the stem.
 */
const HOLDS_STEM = 0.2;
/** A line longer than this is a paragraph, not the sentence that explains a stem. */
const MAX_WHY_CHARS = 240;

/** The concept a name option of a which-concept question names (its name or an alias). */
function conceptNamed(ctx: GenerationContext, name: string): Concept | undefined {
  let byName = conceptsByName.get(ctx);
  if (!byName) {
    // Built once per document: a 5,000-row table asks this of every option of every question.
    byName = new Map();
    for (const c of ctx.doc.concepts)
      for (const n of namesOf(c)) {
        const key = matchKey(n);
        if (!byName.has(key)) byName.set(key, c);
      }
    conceptsByName.set(ctx, byName);
  }
  return byName.get(matchKey(name));
}

const conceptsByName = new WeakMap<GenerationContext, Map<string, Concept>>();

/** A line of the notes that is a table row or a code line: cells, not a sentence. */
function notASentence(line: string): boolean {
  return line.includes('|') || line.includes('｜') || line.includes('```');
}

/** The section headed `heading`, if any. */
function sectionHeaded(ctx: GenerationContext, heading: string | null): Section | undefined {
  return heading === null ? undefined : ctx.doc.sections.find((s) => s.heading === heading);
}

/**
 * `rest-of-line`: the other sentences of the line of the notes (a paragraph or a list item) whose
 * sentence a stem is — `any から取り出した値も any になって伝播する` under the stem `any はチェックを
 * 切る` (its line: `any はチェックを切る。しかも any から…`), `偏りは取り戻されるのではなく、後の大量の
 * 試行で薄められるだけです` under `…次に裏が出る確率は1/2のままです`. They say how or why the stem
 * holds, and shown under the question they lean on nothing the player lacks; an additive opening
 * (`しかも`, `Also`) goes. Over 269 read notes 399 of 532 unexplained which-concept keys had a stem
 * whose line went on. The stem is not said again: readers of reading 48 called a why that opened
 * on it one that restates the stem. Null when the stem's sentence is a line of its own.
 */
function restOfLine(
  ctx: GenerationContext,
  heading: string | null,
  sentence: string,
): string | null {
  const line = wholeLine(ctx, heading, sentence);
  if (!line) return null;
  const language = ctx.doc.language;
  const own = matchKey(sentence);
  const others = line.sentences.filter((s) => matchKey(s) !== own);
  if (others.length === 0 || others.length === line.sentences.length) return null;
  if (leansOnTheStem(line.sentences, own, language)) return null;
  const [first = '', ...more] = others;
  const rest = [withoutAdditiveOpening(first, language), ...more];
  return language === 'ja' ? rest.join('。') : rest.join('. ');
}

/**
 * `rest-leans-on-the-stem`: the sentence right after the stem leans on the one before it (`これを
 * 危険半円と呼ぶ`, `This is called…`, `That is why…`; an additive opening such as `しかも` goes
 * instead): its antecedent is the stem, and with the stem cut out the rest points it at the
 * sentence before (`北半球の台風は反時計回りに風が吹き込む。これを危険半円と呼ぶ` under the stem
 * `進行方向の右側では…風が強まる`, which a reader of reading 62 flagged as false).
 */
function leansOnTheStem(
  sentences: readonly string[],
  stemKey: string,
  language: 'ja' | 'en',
): boolean {
  const at = sentences.findIndex((s) => matchKey(s) === stemKey);
  const next = at < 0 ? undefined : sentences[at + 1];
  // An additive opening (`しかも`, `Also`) goes with the stem (withoutAdditiveOpening).
  return (
    next !== undefined && contextRule(withoutAdditiveOpening(next, language), language) !== null
  );
}

/**
 * The line of section `heading` that `sentence` is one of several sentences of, with its
 * sentences ({@link restOfLine}).
 */
function wholeLine(
  ctx: GenerationContext,
  heading: string | null,
  sentence: string,
): ProseLine | null {
  const section = sectionHeaded(ctx, heading);
  if (!section) return null;
  const memo = linesBySentence();
  let bySentence = memo.get(section);
  if (!bySentence) {
    // Built once per section: every stem of a long section looks its line up, not up the lines.
    bySentence = new Map();
    const language = ctx.doc.language;
    for (const line of proseLines(section, language)) {
      const sentences = splitSentences(line, language);
      // A line that announces what follows (`…makes:`) stops before its point; one whose first
      // sentence leans on the line before it (`→ Ksp は…`, `これは…`) or whose last points at
      // what comes after it (`次の標準形に揃える`) is no why read alone.
      if (sentences.length < 2 || ANNOUNCES.test(line)) continue;
      const rules = sentences.map((t) => contextRule(t, language)?.name ?? null);
      if (rules[0] !== null) continue;
      const last = rules.at(-1);
      if (last && POINTS_AHEAD.has(last)) continue;
      // The writer's aside (`自分はこれで一度やらかした`) says nothing of the stem's fact.
      if (rules.some((r) => r !== null && ASIDES.has(r))) continue;
      // A line cut at its wrap (`For a full-scale sine this gives`) ends on no stop.
      if (language === 'en' ? !ENDS_A_SENTENCE.test(line) : danglingEnd(line) !== null) continue;
      const entry = { line, sentences };
      for (const sentence of sentences) {
        const key = matchKey(sentence);
        if (key && !bySentence.has(key)) bySentence.set(key, entry);
      }
    }
    memo.set(section, bySentence);
  }
  return bySentence.get(matchKey(sentence)) ?? null;
}

/** A line of a section's prose and its sentences. */
interface ProseLine {
  line: string;
  sentences: readonly string[];
}

const linesBySentence = objectMemoTable<Section, Map<string, ProseLine>>();

/**
 * `rest-first`: the share of the other why's length (the summary cell where it bears on the stem,
 * the sentence beside the stem, the section's sentence that elaborates it) the rest of the stem's
 * line must have to come first. A reader comparing the two on 40 stems over the read notes
 * (2026-12-05) preferred the rest 23 times, the other 14 (3 the same); the other won mostly where
 * the rest was far shorter (`スコープは関数単位` beside var's cell): at 0.65, 20 of the 23 and 7
 * of the 14 take the rest.
 */
const REST_LEAST = 0.65;

/** Context rules of a sentence that points at the notes after it (text/context-words.ts). */
const POINTS_AHEAD: ReadonlySet<string> = new Set([
  'notes-layout',
  'what-follows',
  'announces-a-list',
  'points-at-a-line',
  'deferred',
]);

/** Context rules of a sentence that is the writer's aside, not a fact of the notes' subject. */
const ASIDES: ReadonlySet<string> = new Set([
  'diary',
  'first-person',
  'our-incident',
  'writer-narrates',
  'digression',
  'study-advice',
  'hearsay',
]);

/** A line that ends on a colon announces a list or a block after it. */
const ANNOUNCES = /[:：]\s*$/u;

/**
 * The notes' sentence a which-concept stem was drawn from, when it says more than the stem
 * (`Key point: a shift/reduce conflict is not "just a warning". Bison picks shift and carries on,
 * which can silently parse some inputs differently from what you meant` under the stem that cut it
 * at `carries on`), or null.
 */
export function stemSentence(ctx: GenerationContext, draft: Draft, stem: Fact): string | null {
  const stemText = stemOfPrompt(draft);
  const candidates = [stem.why, stem.evidence.words];
  const concept = conceptById(ctx, draft.conceptId);
  const names = concept ? namesOf(concept) : [draft.conceptName];
  for (const line of candidates) {
    if (!line || notASentence(line) || [...line].length > MAX_WHY_CHARS) continue;
    if (compareKey(line) === compareKey(stemText)) continue;
    // `name-is-no-more`: the stem's sentence with only the concept's name besides (`never は
    // 「そもそも戻ってこない」` under `そもそも戻ってこない`) says the stem again and gives the key.
    if (
      coverage(stemText, line) >= DRAWN_FROM &&
      coverage(line, stemText) < SAYS_MORE &&
      coverageBeyond(line, stemText, names) < SAYS_MORE
    )
      return asSentence(line, ctx.doc.language);
  }
  return null;
}

/**
 * The sentence before or after the stem's in its section, when it bears on the stem and names the
 * concept (`The TLB caches them; a miss triggers a page walk` beside `Every memory access needs
 * a virtual → physical translation`), or null. `own-section-context`: in the concept's own
 * section every sentence is of the concept, named or not, and the one beside the stem says why
 * it holds (`ただしバランスするのは期待値の上での話です` before `小さな標本では、偶然に群間で年齢や
 * 性別が偏ることは普通に起こる`, ランダム化比較試験; readers of readings 12–17 flagged half of the
 * which-concept questions on such stems "no reason for the key").
 */
export function besideSentence(ctx: GenerationContext, draft: Draft, stem: Fact): string | null {
  const stemText = stemOfPrompt(draft);
  const concept = conceptById(ctx, draft.conceptId);
  const section = sectionHeaded(ctx, stem.section);
  if (!section || !concept) return null;
  const sentences = proseSentences(section, ctx.doc.language);
  const at = sentences.findIndex((s) => coverage(stemText, s) >= DRAWN_FROM);
  if (at < 0) return null;
  const names = namesOf(concept);
  const own = ownSection(ctx, concept) === section;
  const language = ctx.doc.language;
  for (const line of [sentences[at - 1], sentences[at + 1]]) {
    // A point's label is no word of the sentence (`ポイント: …` beside the rest of its line).
    const near = line ? asSentence(line, language) : '';
    if (
      near &&
      (mentions(near, concept) ||
        (own &&
          coverageBeyond(stemText, near, names) >= HOLDS_STEM &&
          // Another item of the stem's list (`監視エージェント（メインアプリ + …）`) says nothing.
          formOf(near, language) === 'statement')) &&
      coverage(near, stemText) < SAYS_MORE &&
      standsAsWhy(near, names) &&
      bearsOn(near, stemText, names, false)
    )
      return near;
  }
  return null;
}

/** A sentence, short enough and saying more than the concept's names: what every why must be. */
function standsAsWhy(text: string, names: readonly string[]): boolean {
  return !notASentence(text) && [...text].length <= MAX_WHY_CHARS && saysMoreThanName(text, names);
}

/** Weight of content (letters of words of two or more) a sentence needs beside the names. */
const MIN_SENTENCE_CONTENT = 10;

/** `Webアプリ用BFF` (an item of a list that names the concept) says nothing more of it. */
function saysMoreThanName(text: string, names: readonly string[]): boolean {
  const skip = new Set(names.flatMap((n) => contentRuns(n).map((r) => r.text)));
  let weight = 0;
  for (const run of contentRuns(text))
    if (!skip.has(run.text) && run.weight >= 2) weight += run.weight;
  return weight >= MIN_SENTENCE_CONTENT;
}

/** The label of a point line (`Key point:`, `ポイント：`), which a why does not repeat. */
const POINT_LABEL = /^(?:key\s+)?points?\s*[:：]\s*|^ポイント\s*[:：]\s*/iu;

/**
 * An English line that opens in lower case (`balanced brackets are not regular. …`, cut after
 * `**Key point**:`) starts with a capital as the why it now is; the notes' words are unchanged.
 * A line that opens on a variable keeps its case (`k is the ratio…`, not `K is…`: reading 78).
 */
export function asSentence(line: string, language: 'ja' | 'en'): string {
  const text = line.trim().replace(POINT_LABEL, '');
  return language === 'en' && /^[a-z]+[\s,]/.test(text) ? withCapitalStart(text) : text;
}

/**
 * `stem-line`: the key of a which-concept question is explained by the notes' own sentence the
 * stem comes from (or the one beside it that names the concept), never by the concept's summary
 * cell, which says nothing of the stem's fact — `Usually does not cross 4 KiB page boundaries on
 * its own` was explained by `Hardware prefetcher: “Detects sequential and strided access…”`. With
 * no such sentence the summary cell stays where it bears on the stem ({@link bearsOn}); else the
 * why is left out, and the source heading ties the stem to the concept. The rest of the stem's
 * line ({@link restOfLine}) comes before the cell or a sentence beside, where it is about as long
 * (`rest-first`, {@link REST_LEAST}).
 */
const stemLine: TeachRule = {
  name: 'stem-line',
  example:
    'LALR(1) ← “a shift/reduce conflict is not "just a warning". Bison picks shift and carries on, which can silently parse some inputs differently…”, not “Table-driven bottom-up parser…”',
  apply(ctx, draft) {
    if (draft.kind !== 'which-concept' || !draft.stem || draft.why === null) return null;
    const concept = conceptById(ctx, draft.conceptId);
    // The stem's own line, else the summary cell where it bears on the stem, else the sentence
    // beside the stem's that names the concept and bears on it, else none (`stem-elaboration`
    // comes later) — and before any of them the rest of the stem's line (`rest-first`) unless it
    // is far shorter.
    const line = stemSentence(ctx, draft, draft.stem);
    if (line !== null) return { ...draft, why: line };
    const stemText = stemOfPrompt(draft);
    const cell = concept && bearsOn(concept.correct, stemText, namesOf(concept)) ? draft.why : null;
    const beside = cell === null ? besideSentence(ctx, draft, draft.stem) : null;
    const rest = restWhy(ctx, draft, draft.stem.section, draft.stem.evidence.words, stemText);
    if (rest !== null) {
      const other = cell ?? beside ?? elaboratedStem(ctx, draft);
      if (other === null || lengthUnits(rest) >= REST_LEAST * lengthUnits(other))
        return { ...draft, why: rest };
    }
    return cell !== null ? null : { ...draft, why: beside };
  },
};

/**
 * Stems the concept's opening sentence explains: its summary cell, and an item of its features or
 * examples list (`任意の時点の状態を再現可能` is イベントソーシング's because it stores every change as
 * an event: `現在の状態ではなく、状態変更のイベント（履歴）を保存するパターンです`).
 */
const OPENING_EXPLAINS: ReadonlySet<string> = new Set(['summary', 'feature', 'example']);

/**
 * `summary-stem-section-line`: a which-concept question whose stem is the concept's summary cell
 * has nothing in the notes' table to say why the key is right (the cell is the stem). Its why is
 * the first sentence of the concept's own section (or its definition as a term) that names it
 * and says more than its name (`Stratum describes position in the distribution tree, not quality`
 * under `Number of hops from a reference clock; it says nothing direct about accuracy`): readers
 * of reading 12 judged nine questions of one bank flawed for an explanation that was only
 * "Answer: Stratum". An item of the concept's features or examples list is explained the same
 * way ({@link OPENING_EXPLAINS}), by the opening of its own section whether or not it names it
 * (`2つ以上のトランザクションが、互いに相手の持つロックを待って先に進めなくなる状態` under the example
 * `Tx1 が行Aをロックして行Bを待つ…`).
 */
const summaryStemSectionLine: TeachRule = {
  name: 'summary-stem-section-line',
  example:
    'Stratum ← “Number of hops from a reference clock…” (its summary cell): why “Stratum describes position in the distribution tree, not quality”',
  apply(ctx, draft) {
    if (
      draft.kind !== 'which-concept' ||
      !OPENING_EXPLAINS.has(draft.stem?.source ?? '') ||
      draft.why !== null
    )
      return null;
    // The opening of its own section is of the concept, named or not, beside an item of its
    // lists; beside a summary stem only one that names it comes before the section's sentences
    // ({@link summaryStemOpening} takes the rest last).
    const why = openingWhy(ctx, draft, draft.stem?.source === 'summary');
    return why === null ? null : { ...draft, why };
  },
};

/**
 * `summary-stem-opening`: a summary stem that neither an opening naming the concept nor a
 * sentence of its section explains gets the section's opening unnamed (コレオグラフィ's
 * `自律分散、単一障害点なし` ← `各サービスがイベントを発火し、他サービスがそれに反応します`): in the
 * concept's own section it is the concept's.
 */
const summaryStemOpening: TeachRule = {
  name: 'summary-stem-opening',
  example:
    'コレオグラフィ ← 「自律分散、単一障害点なし」: why 「各サービスがイベントを発火し、他サービスがそれに反応します」',
  apply(ctx, draft) {
    if (!unexplainedSummaryStem(draft)) return null;
    const why = openingWhy(ctx, draft, false);
    return why === null ? null : { ...draft, why };
  },
};

/** A which-concept draft whose stem is the summary cell and whose key has no why yet. */
function unexplainedSummaryStem(draft: Draft): boolean {
  return draft.kind === 'which-concept' && draft.stem?.source === 'summary' && draft.why === null;
}

/**
 * The first sentence of the concept's own section (or its definition as a term) that says more
 * than its name and than the stem; with `named`, only one that names the concept.
 */
function openingWhy(ctx: GenerationContext, draft: Draft, named: boolean): string | null {
  const concept = conceptById(ctx, draft.conceptId);
  const section = concept ? ownSection(ctx, concept) : undefined;
  if (!concept || !section) return null;
  const stemText = stemOfPrompt(draft);
  const names = namesOf(concept);
  const facts = ctx.facts.get(concept.id)?.trues ?? [];
  // A first sentence read from one line of a wrapped paragraph may stop mid-sentence
  // (`…the browser must complete before it can show`): only one that ends on its stop.
  const intro = section.intro?.trim() ?? '';
  const opening = [
    ENDS_A_SENTENCE.test(intro) ? intro : '',
    ...facts.filter((f) => f.source === 'definition').map((f) => f.why ?? f.text),
  ];
  for (const sentence of opening) {
    // A sentence that announces a list (`…, not quality:`) is said without its colon.
    const text = withoutFinalStop(trimEndChars(sentence.trim(), ':：'));
    if (
      (named ? mentions(text, concept) : contextRule(text, ctx.doc.language) === null) &&
      standsAsWhy(text, names) &&
      // An opening that holds the summary cell defines the concept, saying nothing of an item of
      // its lists (`Used by HTTP/1.1, SSH…` under TCP); a summary stem is the cell itself.
      (draft.stem?.source === 'summary' || !isGenericDefinition(text, stemText, concept)) &&
      compareKey(text) !== compareKey(stemText) &&
      coverage(text, stemText) < SAYS_MORE
    )
      // One that opens on code (`asyncio.create_task(coro) wraps…`) keeps its lower case.
      return /^[a-z]/.test(text) ? text : asSentence(text, ctx.doc.language);
  }
  return null;
}

/**
 * Share of a statement's words (beyond the concept's names) a sentence of the concept's own
 * section must hold to be the one that says why the statement holds. Readers of the new whys on
 * the read notes (2026-12-04) found 96 of 120 that hold 0.3 or more explain the key, and 46 of
 * 72 between 0.2 and 0.3 (the rest no reason, as before, or six misleading).
 */
const ELABORATES = 0.2;

/**
 * The share a sentence must hold of a which-concept stem that is a line of the notes: such a stem
 * is one fact among several of the section, and a sentence holding less was as often about
 * another of its facts (`親から子の内部リソースは直接参照できない` under `再利用可能なリソースのまとまり`).
 */
const ELABORATES_STEM = 0.2;

/**
 * `summary-stem-elaboration`: a summary stem with no opening sentence to explain it gets the
 * sentence of the concept's own section that holds most of the stem's words and says more than
 * the stem (`Prepending means adding your own ASN several times on export, so the path through that
 * link looks longer to the rest of the world` under `A hint to make a path look longer to other
 * ASes, for inbound traffic`). The table cell compresses the section; the section's sentence says
 * how. A sentence that leans on the one before it (`これにより、…`) is not a why on its own, and
 * a definition that ends on a noun is one only where no statement explains ({@link elaboration}).
 */
const summaryStemElaboration: TeachRule = {
  name: 'summary-stem-elaboration',
  example:
    'AS_PATH prepending ← “A hint to make a path look longer to other ASes…”: why “Prepending means adding your own ASN several times on export, so the path through that link looks longer…”',
  apply(ctx, draft) {
    if (!unexplainedSummaryStem(draft)) return null;
    const why = elaboration(ctx, draft.conceptId, stemOfPrompt(draft));
    return why === null ? null : { ...draft, why };
  },
};

/**
 * `stem-elaboration`: a which-concept stem that is a line of the notes (not the summary cell) with
 * no line of its own or beside it to say why gets, as a summary stem does, the sentence of the
 * concept's own section that holds most of the stem's words and says more (`CPythonは循環参照を
 * 回収するために、参照カウントとは別に…世代別GC…も持っています` under the stem `CPython、Swift（ARC）、
 * C++の std::shared_ptr などが使っている`, 参照カウント): 326 of 1,445 which-concept questions over
 * 161 notes had no why for the key at all. A reader judged the 34 it gave: 13 teach, 18 true but
 * weak, 3 unrelated, none wrong.
 */
const stemElaboration: TeachRule = {
  name: 'stem-elaboration',
  example:
    "TLS 1.3 handshake ← “The client and server agree on keys with an ephemeral (EC)DHE key exchange…”: why “The certificate's public key is used to authenticate the server, not to encrypt the traffic”",
  apply(ctx, draft) {
    if (
      draft.kind !== 'which-concept' ||
      !draft.stem ||
      draft.stem.source === 'summary' ||
      draft.why !== null
    )
      return null;
    const why = elaboratedStem(ctx, draft);
    return why === null ? null : { ...draft, why };
  },
};

/** The sentence of the concept's own section that elaborates a line stem, no generic definition. */
function elaboratedStem(ctx: GenerationContext, draft: Draft): string | null {
  const stemText = stemOfPrompt(draft);
  const why = elaboration(ctx, draft.conceptId, stemText, true);
  const concept = conceptById(ctx, draft.conceptId);
  return why === null || (concept && isGenericDefinition(why, stemText, concept)) ? null : why;
}

/**
 * `stem-rest-of-line`: a which-concept stem that is one sentence of a longer line, with no why
 * from the rules before it, gets the rest of that line ({@link restOfLine}): `any から取り出した
 * 値も any になって伝播する` under `any はチェックを切る`. Last: a sentence of the section that holds
 * the stem's words ({@link stemElaboration}) says more of it than the one that stands beside it.
 */
const stemRestOfLine: TeachRule = {
  name: 'stem-rest-of-line',
  example:
    'any と unknown ← 「any はチェックを切る」: why 「any から取り出した値も any になって伝播する」',
  apply(ctx, draft) {
    if (draft.kind !== 'which-concept' || !draft.stem || draft.why !== null) return null;
    const why = restWhy(
      ctx,
      draft,
      draft.stem.section,
      draft.stem.evidence.words,
      stemOfPrompt(draft),
    );
    return why === null ? null : { ...draft, why };
  },
};

/** The rest of the line `sentence` is one of, as a why of `said` (the stem or the key), or null. */
function restWhy(
  ctx: GenerationContext,
  draft: Draft,
  heading: string | null,
  sentence: string,
  said: string,
): string | null {
  const rest = restOfLine(ctx, heading, sentence);
  if (rest === null || coverage(rest, said) >= SAYS_MORE || [...rest].length > MAX_WHY_CHARS)
    return null;
  // `OAuth 2.0 の上に認証の層を載せた仕様` under a stem on ID tokens defines the concept and says
  // nothing of the stem (review/explanation-faults.ts `generic-definition`).
  const concept = conceptById(ctx, draft.conceptId);
  if (concept && isGenericDefinition(rest, said, concept)) return null;
  return asSentence(rest, ctx.doc.language);
}

/**
 * `key-whole-line`: the key of a correct-about question that is one sentence of a longer line of
 * the notes is explained by the rest of that line (`Only free T4 enters cells and feeds back on
 * the pituitary` under `~99.97% of T4 in plasma is protein-bound`), as a which-concept stem is
 * ({@link restOfLine}): 272 of 771 such keys over 269 read notes had no why, and about half of
 * them a line that went on. After `key-elaboration`, as `stem-rest-of-line` after `stem-elaboration`.
 */
const keyWholeLine: TeachRule = {
  name: 'key-whole-line',
  example:
    'Free T4 ← “~99.97% of T4 in plasma is protein-bound…”: why “Only free T4 enters cells and feeds back on the pituitary”',
  apply(ctx, draft) {
    if (draft.kind !== 'correct-about' || draft.why !== null) return null;
    const key = draft.choices.find((c) => c.correct);
    if (!key) return null;
    const why = restWhy(ctx, draft, draft.section, key.text, key.text);
    return why === null ? null : { ...draft, why };
  },
};

/**
 * `key-elaboration`: the key of a correct-about question that is the notes' sentence as it
 * stands has no line of its own to say more; its why is the sentence of the concept's own section
 * that holds most of it and says more, as for a summary stem (Postmortem's `A postmortem is a
 * blameless review of what failed and what will change` explained by `A blameless, written review
 * of an incident: the timeline, the causes, and the actions that will stop it from happening
 * again`).
 */
const keyElaboration: TeachRule = {
  name: 'key-elaboration',
  example:
    'Postmortem ← “A postmortem is a blameless review of what failed and what will change”: why “A blameless, written review of an incident: the timeline, the causes, and the actions…”',
  apply(ctx, draft) {
    if (draft.kind !== 'correct-about' || draft.why !== null) return null;
    const key = draft.choices.find((c) => c.correct);
    if (!key) return null;
    const why = elaboration(ctx, draft.conceptId, key.text);
    return why === null ? null : { ...draft, why };
  },
};

/**
 * The sentence of the concept's own section that holds most of `statement`'s words (at least
 * {@link ELABORATES}, beyond the names) and says more than it: a statement, under no label of a
 * side or a remedy, leaning on no sentence before it. Null when the concept has no own section or
 * no sentence qualifies.
 */
function elaboration(
  ctx: GenerationContext,
  conceptId: string,
  statement: string,
  strict = false,
): string | null {
  const least = strict ? ELABORATES_STEM : ELABORATES;
  const concept = conceptById(ctx, conceptId);
  const own = concept ? ownSection(ctx, concept) : undefined;
  // `named-in-shared-section`: a section two concepts share (`### 3. Arithmetic coding and ANS`)
  // explains each by the sentences whose subject it is (`Arithmetic coding encodes the whole
  // message as one number…, fractional bits per symbol…`), not by the other's.
  const shared = concept && !own ? sharedSection(ctx, concept) : undefined;
  const section = own ?? shared;
  if (!concept || !section) return null;
  const language = ctx.doc.language;
  const names = namesOf(concept);
  let best: { text: string; held: number } | null = null;
  let bestDefinition: { text: string; held: number } | null = null;
  for (const sentence of proseSentences(section, language)) {
    // An aside without its label (`Takeaway: …`); a remedy is no why of the concept.
    const plain = asSectionStatement(sentence.trim(), language);
    if (plain === null || opensOnSideLabel(plain)) continue;
    const text = asSentence(withoutAdditiveOpening(plain, language), language);
    if (shared && !names.some((n) => isTopicOf(text, n, language))) continue;
    const held = coverageBeyond(statement, text, names);
    if (
      held < least ||
      // Shorthand or code (`CREATE INDEX ... USING hash (col)`) says no why of a line's fact.
      (strict && registerOf(text) === 'note') ||
      // `特徴: メインの機能を拡張・補助する` under the key `メインの機能を拡張・補助する` says no more.
      coverage(openingLabel(text)?.rest ?? text, statement) >= SAYS_MORE ||
      !standsAsWhy(text, names) ||
      ENDS_OPEN.test(text) ||
      contextRule(text, language) !== null
    )
      continue;
    // A statement says why; a long definition only where no statement does.
    if (formOf(text, language) === 'statement') {
      if (!best || held > best.held) best = { text, held };
    } else if (definesAtLength(text, language) && (!bestDefinition || held > bestDefinition.held))
      bestDefinition = { text, held };
  }
  return best?.text ?? bestDefinition?.text ?? null;
}

/** A sentence the notes leave open (`…なので、` before a table): no why on its own. */
const ENDS_OPEN = /[、,，;；]$/u;

/** A definition as long as this (characters) reads as a whole sentence, though it ends on a noun. */
const DEFINITION_MIN_CHARS = 30;

/**
 * `long-definition`: a noun phrase that defines (`固定資産の収益性が低下して…帳簿価額を回収可能価額まで
 * 減額し、差額を減損損失として計上する手続`) is a why as much as a statement is; a short one (`A lab
 * metric`) is a label.
 */
function definesAtLength(text: string, language: 'ja' | 'en'): boolean {
  if ([...text].length < DEFINITION_MIN_CHARS) return false;
  const form = formOf(text, language);
  return form === 'phrase' || (form === 'unclear' && definesByEquals(text));
}

/** The left side of a `=` definition, read this far at most (characters). */
const MAX_DEFINED_CHARS = 40;

/**
 * `equals-definition`: `Biological fitness = expected reproductive success of a genotype relative
 * to other genotypes…` defines what stands left of its one `=` by words on its right (reading 29:
 * Fitness's summary stem had no reason, this line being neither a statement nor a phrase). Not a
 * formula (`s = 1 − w`): the right side opens on a word of letters.
 */
function definesByEquals(text: string): boolean {
  const at = text.indexOf('=');
  if (at <= 0 || at > MAX_DEFINED_CHARS || text.indexOf('=', at + 1) >= 0) return false;
  return /^\s*\p{L}{3,}\s+\p{L}{3,}/u.test(text.slice(at + 1));
}

/** The stop a whole sentence ends on (`.`, `。`, `:` before a list, `!`, `?`). */
const ENDS_A_SENTENCE = /[.。:：!?！？]$/u;

/** The section the concept shares with another (`### 3. Arithmetic coding and ANS`), if it does. */
function sharedSection(ctx: GenerationContext, concept: Concept): Section | undefined {
  const facts = ctx.facts.get(concept.id);
  if (!facts?.section || facts.host || !concept.sharedSection) return undefined;
  return facts.section;
}

/** The section that is the concept's own (headed by it), if any. */
function ownSection(ctx: GenerationContext, concept: Concept): Section | undefined {
  const facts = ctx.facts.get(concept.id);
  if (!facts?.section || facts.host || concept.sharedSection) return undefined;
  return facts.section;
}

/** The entity of a table that the option names, in a table that also has the key's concept. */
function peerPlace(
  ctx: GenerationContext,
  concept: Concept,
  option: string,
): { m: TableMatrix; key: number; peer: number } | null {
  const optionKey = matchKey(option);
  // Only the matrices that have the concept as a row (its first row in each, as entityIndex).
  for (const [i, key] of placesIn(ctx.matrices, concept.id).entity) {
    const m = ctx.matrices[i] as TableMatrix;
    const peer = entityIndex(m).byName.get(optionKey) ?? -1;
    if (peer >= 0 && key !== peer) return { m, key, peer };
  }
  return null;
}

/** A table's entities by concept id and by name (the first of each), built once per table. */
function entityIndex(m: TableMatrix): {
  byConcept: Map<string, number>;
  byName: Map<string, number>;
} {
  let index = entityIndexes.get(m);
  if (!index) {
    const byConcept = new Map<string, number>();
    const byName = new Map<string, number>();
    m.entities.forEach((e, i) => {
      if (e.concept && !byConcept.has(e.concept.id)) byConcept.set(e.concept.id, i);
      const key = matchKey(e.name);
      if (!byName.has(key)) byName.set(key, i);
    });
    index = { byConcept, byName };
    entityIndexes.set(m, index);
  }
  return index;
}

const entityIndexes = new WeakMap<
  TableMatrix,
  { byConcept: Map<string, number>; byName: Map<string, number> }
>();

/**
 * `one-cell`: a wrong option that is a table's other entity is explained by the one cell of its
 * column that bears on the stem — the attribute whose label and cells share most words with it,
 * else the first where it differs from the key — never its whole column: `通常のCRUDは「学習
 * コスト：低、監査・履歴：別途実装、…」` under a stem about 監査ログ becomes `「採用判断メモ」の節の
 * 表では、「通常のCRUD」の「監査・履歴」は「別途実装」`.
 */
const oneCell: TeachRule = {
  name: 'one-cell',
  example:
    '通常のCRUD ← 「採用判断メモ」の節の表では、「通常のCRUD」の「監査・履歴」は「別途実装」',
  apply(ctx, draft) {
    const language = ctx.doc.language;
    const concept = conceptById(ctx, draft.conceptId);
    if (!concept || draft.optionKind !== 'name') return null;
    const stemText = stemOfPrompt(draft);
    let changed = false;
    const choices = draft.choices.map((c): DraftChoice => {
      if (c.correct || !c.why || !isCellDump(c.why, language)) return c;
      const place = peerPlace(ctx, concept, c.text);
      if (!place) return c;
      const cell = bearingCell(place, stemText, namesOf(concept));
      if (cell.at < 0) return c;
      changed = true;
      return { ...c, why: cellWhy(ctx, place, cell.at, c.text) };
    });
    return changed ? { ...draft, choices } : null;
  },
};

/**
 * The attribute of the peer's column that bears on the stem most — the share of the stem's words
 * its label and the two cells hold — among those where the peer differs from the key; `at` -1
 * when none differs.
 */
function bearingCell(
  place: { m: TableMatrix; key: number; peer: number },
  stem: string,
  names: readonly string[],
): { at: number; score: number } {
  const { m, key, peer } = place;
  let best = { at: -1, score: -1 };
  m.attributes.forEach((a, i) => {
    const mine = (m.cells[key]?.[i] ?? '').trim();
    const theirs = (m.cells[peer]?.[i] ?? '').trim();
    if (!theirs || sameCell(mine, theirs)) return;
    const score = coverageBeyond(stem, `${a.label} ${mine} ${theirs}`, names);
    if (score > best.score) best = { at: i, score };
  });
  return best;
}

/**
 * Two cells that say the same: equal text, or the same mark (`○` and `○`, `×` and
 * `×（PG は単一列のみ）`). Marks are not letters, so `○` and `×` would be equal as match keys.
 */
function sameCell(a: string, b: string): boolean {
  const x = cellValue(a);
  return x !== '' && x === cellValue(b);
}

/** The one cell of a table that says what the peer has (`…gives Serial: Concurrent marking = “no”`). */
function cellWhy(
  ctx: GenerationContext,
  place: { m: TableMatrix; peer: number },
  at: number,
  fallback: string,
): string {
  const { m, peer } = place;
  return ctx.wording.tableSays(
    { text: m.title, heading: m.links.titleIsHeading },
    m.entities[peer]?.name ?? fallback,
    m.attributes[at]?.label ?? '',
    (m.cells[peer]?.[at] ?? '').trim(),
  );
}

/**
 * Words that set two named things apart, read between the two names (`A TLB miss is not a page
 * fault`, `参照カウントとは別に…世代別GC`) or just before the first (`Unlike orchestration, …`).
 * A negation elsewhere in the line (`…do not show up in a listing`) sets nothing apart.
 */
const APART: Record<'ja' | 'en', readonly string[]> = {
  ja: [
    'ではない',
    'ではなく',
    'でなく',
    'とは違',
    'と違',
    'とは異な',
    'と異な',
    'とは別',
    'に対し',
    'の代わり',
  ],
  en: [
    ' is not ',
    ' are not ',
    " isn't ",
    " aren't ",
    ', not ',
    'unlike ',
    'rather than ',
    'instead of ',
    'whereas ',
    'different from ',
    'differs from ',
    ' vs ',
    ' vs. ',
    'versus ',
  ],
};
/** How far before the first name an opening marker (`Unlike `) may stand. */
const MARKER_LEAD = 12;

/** Where a name of the concept first occurs in the lower-cased line, or null. */
function firstMention(lower: string, concept: Concept): { at: number; end: number } | null {
  let best: { at: number; end: number } | null = null;
  for (const name of namesOf(concept)) {
    const key = name.normalize('NFKC').toLowerCase();
    const at = key ? lower.indexOf(key) : -1;
    if (at >= 0 && (!best || at < best.at)) best = { at, end: at + key.length };
  }
  return best;
}

/** True when a marker of {@link APART} stands between the two names (or just before the first). */
function setsTwoApart(line: string, a: Concept, b: Concept, language: 'ja' | 'en'): boolean {
  const lower = ` ${line.normalize('NFKC').toLowerCase()} `;
  const x = firstMention(lower, a);
  const y = firstMention(lower, b);
  if (!x || !y) return false;
  const [first, second] = x.at <= y.at ? [x, y] : [y, x];
  if (second.at < first.end) return false;
  const from = Math.max(0, first.at - MARKER_LEAD);
  return APART[language].some((m) => {
    const at = lower.indexOf(m, from);
    return at >= 0 && at < second.at;
  });
}

/** The lines of a section a reader may be pointed to: its sentences, points and × bullets. */
function sectionLines(section: Section, language: 'ja' | 'en'): string[] {
  let lines = linesOfSections.get(section);
  if (!lines) {
    lines = readSectionLines(section, language);
    linesOfSections.set(section, lines);
  }
  return lines;
}

const linesOfSections = new WeakMap<Section, string[]>();

function readSectionLines(section: Section, language: 'ja' | 'en'): string[] {
  return [
    ...proseSentences(section, language),
    ...section.points,
    ...section.misconceptions.map((b) =>
      b.correction ? `${b.statement}（${b.correction}）` : b.statement,
    ),
  ];
}

/**
 * The notes' line that names both concepts and sets them apart (`A TLB miss is not a page
 * fault`, `オーケストレーションとは違い、…`), from either one's section, or null.
 */
export function apartLine(ctx: GenerationContext, a: Concept, b: Concept): string | null {
  const language = ctx.doc.language;
  for (const concept of [a, b]) {
    const section = ctx.facts.get(concept.id)?.section;
    if (!section) continue;
    for (const line of sectionLines(section, language)) {
      if ([...line].length > MAX_WHY_CHARS || notASentence(line)) continue;
      if (!mentions(line, a) || !mentions(line, b)) continue;
      if (setsTwoApart(line, a, b, language)) return line.trim();
    }
  }
  return null;
}

/** Share of the stem's words a comparison row must hold to explain a sibling by it. */
const ROW_BEARS = 0.25;

/**
 * `told-apart`: a wrong option of a which-concept question that is a sibling is explained by the
 * notes' line that sets the two apart, where the notes have one, or by the row of a comparison
 * table of both where they differ and that bears on the stem ({@link ROW_BEARS}); not by the
 * sibling's own summary cell, which need not say why it does not fit the stem. Without either the
 * one-line summary stays: it says what the sibling is.
 */
const toldApart: TeachRule = {
  name: 'told-apart',
  example:
    '悲観ロック under 「競合が少ない場面に向く」 ← 「楽観ロック vs 悲観ロック」の節の表では、「悲観ロック」の「向いている場面」は「競合が多い」, not 悲観ロックは「読み取り時にロックを取る」',
  apply(ctx, draft) {
    if (draft.kind !== 'which-concept') return null;
    const concept = conceptById(ctx, draft.conceptId);
    if (!concept) return null;
    let changed = false;
    const choices = draft.choices.map((c): DraftChoice => {
      if (c.correct) return c;
      const other = conceptNamed(ctx, c.text);
      if (!other || other.id === concept.id) return c;
      const line = apartLine(ctx, concept, other);
      if (line) {
        changed = true;
        return { ...c, why: ctx.wording.notesSay(line) };
      }
      // A comparison table that has both: the row where they differ, when it bears on the stem.
      const place = peerPlace(ctx, concept, c.text);
      const cell = place ? bearingCell(place, promptStem(draft.prompt), namesOf(concept)) : null;
      if (!place || !cell || cell.at < 0 || cell.score < ROW_BEARS) return c;
      changed = true;
      return { ...c, why: cellWhy(ctx, place, cell.at, c.text) };
    });
    return changed ? { ...draft, choices } : null;
  },
};

/** Where the name ends in a why written as `conceptIs(name, text)` (`SLO: “…”`, `SLOは「…」`). */
const NAMED_AS: Record<'ja' | 'en', string> = { ja: 'は「', en: ': “' };

/**
 * The name of a why the wording wrote as {@link Wording.conceptIs} (a table's entity and its cell:
 * `SLI: “A measurement”`), or null.
 */
function namedIn(ctx: GenerationContext, why: string): string | null {
  const at = why.indexOf(NAMED_AS[ctx.doc.language]);
  if (at <= 0) return null;
  const name = why.slice(0, at);
  const said = why.slice(at + NAMED_AS[ctx.doc.language].length, -1);
  return ctx.wording.conceptIs(name, said) === why ? name : null;
}

/**
 * `named-once`: a wrong option that is another concept's statement word for word is explained by
 * which concept it describes, once — `それはスナップショットの説明`, not `それはスナップショット
 * （再構築を速くするための最適化。正はあくまでイベント）` under that very option; a table's cell
 * likewise (`That describes SLI`, not `SLI: “A measurement”` under `A measurement`).
 */
const namedOnce: TeachRule = {
  name: 'named-once',
  example:
    'それはスナップショット（再構築を速くするための最適化。…） → それはスナップショットの説明',
  apply(ctx, draft) {
    let changed = false;
    const choices = draft.choices.map((c): DraftChoice => {
      if (c.correct || !c.why) return c;
      const id = siblingOf(c.keys);
      const other = id ? conceptById(ctx, id) : undefined;
      const name = other?.name ?? namedIn(ctx, c.why);
      if (!name || !echoesOption(c.why, c.text, other ? namesOf(other) : [name])) return c;
      changed = true;
      return { ...c, why: ctx.wording.describes(name) };
    });
    return changed ? { ...draft, choices } : null;
  },
};

/**
 * `key-not-restated`: the key's why is never the key again (`整合性を保つ単位。` under the key
 * `整合性を保つ単位である`; `Logs cost in proportion to traffic: …` under `Cost in proportion to
 * traffic: …`): another statement of the concept that says the key and more takes its place,
 * else there is none.
 */
const keyNotRestated: TeachRule = {
  name: 'key-not-restated',
  example: '整合性を保つ単位である ← not 「整合性を保つ単位。」',
  apply(ctx, draft) {
    const key = draft.choices.find((c) => c.correct);
    if (!key || draft.why === null || draft.asksFor !== 'correct') return null;
    const concept = conceptById(ctx, draft.conceptId);
    const names = concept ? namesOf(concept) : [draft.conceptName];
    if (!restatesOption(draft.why, key.text) && !echoesOption(draft.why, key.text, names))
      return null;
    const trues = concept ? (ctx.facts.get(concept.id)?.trues ?? []) : [];
    const support = trues
      .map((t) => t.why ?? t.text)
      .find(
        (t) =>
          coverage(key.text, t) >= 0.5 &&
          !restatesOption(t, key.text) &&
          !echoesOption(t, key.text, names) &&
          !notASentence(t),
      );
    return { ...draft, why: support ?? null };
  },
};

/** Share of a × line's statement the key must say for the line to add nothing beside its why. */
const LINE_SAID = 0.8;

/**
 * `correction-once`: under a misconception the notes' × line is quoted only when it says more
 * than the key and its correction — `× mmap を呼ぶと、ファイル全体がすぐに物理メモリに読み込まれる
 * （アクセスしたページから読み込まれる）` under that key and that correction printed both twice;
 * `× Adding a label to a metric is free (every new label value creates new time series)` under
 * the key `New labels are free` still tells what the notes wrote.
 */
const correctionOnce: TeachRule = {
  name: 'correction-once',
  example:
    '「呼ぶと、ファイル全体が…読み込まれる」 + 「アクセスしたページから読み込まれる」: no × line below',
  apply(ctx, draft) {
    const key = draft.choices.find((c) => c.correct);
    if (!key || draft.asksFor !== 'misconception' || !draft.why || draft.notes.length === 0)
      return null;
    const why = draft.why;
    const concept = conceptById(ctx, draft.conceptId);
    const names = concept ? namesOf(concept) : [draft.conceptName];
    const notes = draft.notes.filter((line) => {
      if (!line.includes(why)) return true;
      const statement = line.replace(why, '');
      return coverageBeyond(statement, key.text, names) < LINE_SAID;
    });
    return notes.length === draft.notes.length ? null : { ...draft, notes };
  },
};

/** The rules, in the order they run. */
export const TEACH_RULES: readonly TeachRule[] = [
  stemLine,
  summaryStemSectionLine,
  summaryStemElaboration,
  summaryStemOpening,
  stemElaboration,
  stemRestOfLine,
  keyElaboration,
  keyWholeLine,
  oneCell,
  toldApart,
  namedOnce,
  keyNotRestated,
  correctionOnce,
];

/** The rules that write the key's why of a which-concept draft, in the order they run. */
const KEY_WHY_RULES: readonly TeachRule[] = [
  stemLine,
  summaryStemSectionLine,
  summaryStemElaboration,
  summaryStemOpening,
  stemElaboration,
  stemRestOfLine,
];

/**
 * True when the rules find the notes' reason for a which-concept draft's key (`stem-line` and the
 * summary-stem rules): read before the bank chooses (assemble.ts `explained-stems-first`), once
 * per stem, since every option set of a stem gets the same why. Readers of readings 18–23 judged
 * 48 of 261 which-concept questions sound where the key had a why, 19 of 361 where it had none.
 */
export function keyExplained(ctx: GenerationContext, draft: Draft): boolean {
  if (draft.kind !== 'which-concept' || !draft.stem) return true;
  const memo = explainedMemo();
  const byStem = memo.get(draft.stem);
  if (byStem !== undefined) return byStem;
  let out = draft;
  for (const rule of KEY_WHY_RULES) out = rule.apply(ctx, out) ?? out;
  const explained = out.why !== null;
  memo.set(draft.stem, explained);
  return explained;
}

const explainedMemo = objectMemoTable<Fact, boolean>();

/**
 * The draft with every rule's rewrite that the review still passes (`review` returns the reasons
 * a draft breaks an item rule; the bank's drafts passed it as they were).
 */
export function teach(
  ctx: GenerationContext,
  draft: Draft,
  review: (draft: Draft) => readonly string[],
): Draft {
  // Every rule at once, reviewed once; rule by rule only when that is refused.
  let all = draft;
  for (const rule of TEACH_RULES) all = rule.apply(ctx, all) ?? all;
  if (all === draft || review(all).length === 0) return all;
  let out = draft;
  for (const rule of TEACH_RULES) {
    const next = rule.apply(ctx, out);
    if (next && review(next).length === 0) out = next;
  }
  return out;
}
