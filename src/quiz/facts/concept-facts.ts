/**
 * Everything the notes say about one concept, as facts: true statements (named sources in
 * {@link TRUE_SOURCES}) and wrong ones — the row's misconception cells written out (named rules in
 * {@link CELL_RULES}), the × bullets and the denied points of its sections, the items of a
 * "cannot" list. Each wrong statement carries the notes' correction or the concept it really
 * describes; one that has neither, or is only a bare noun, is kept with the reason it is never an
 * option. Pure.
 */

import { headingParts } from '../notes/heading-parts.ts';
import { labelKind } from '../notes/labels.ts';
import { pieceRule } from '../notes/sentence-ends.ts';
import { danglingEnd } from '../review/text-rules.ts';
import { contextRule, loneVariables, withoutLayoutLead } from '../text/context-words.ts';
import { endsOnCopula, isBareNoun, startsMidSentence, withoutTopic } from '../text/forms.ts';
import { inSecondPerson } from '../text/learner-voice.ts';
import { matchKey } from '../text/normalize.ts';
import { coverage, coverageBeyond, overlap } from '../text/runs.ts';
import { withoutFinalStop } from '../text/trim.ts';
import { holdsWholeWord } from '../text/whole-word.ts';
import type { Concept, NotesDocument, Section } from '../types.ts';
import { wordingFor } from '../wording.ts';
import { writeOutCells } from './cell-rules.ts';
import { type DocumentIndex, documentIndex, relatedSectionsOf } from './document-index.ts';
import { type Fact, wrongBullet } from './fact.ts';
import { nameInSubject } from './mentions.ts';
import { citedSentence, proseAnswer } from './prose-evidence.ts';
import { saysOtherWayRound } from './rewrite.ts';
import {
  opensOnOtherTerm,
  otherHeadingTerms,
  othersInHeading,
  runInOwner,
  saidOf,
  saidOfOther,
  sharersOf,
  spokenNames,
} from './shared-section.ts';
import { type TableLinks, tablesAbout } from './table-links.ts';
import { isHostSection, trueStatements } from './true-statements.ts';
import { type FoundWrong, unclaimedBullets, wrongStatements } from './wrong-statements.ts';

/** A statement the notes call wrong about the concept, as the concept card shows it. */
export interface WrongStatement {
  text: string;
  /** The notes' correction, or where the statement belongs. */
  why: string | null;
}

/** The facts of one concept. */
export interface ConceptFacts {
  concept: Concept;
  document: NotesDocument;
  /** The concept's own section (or the section hosting its definition), if found. */
  section: Section | null;
  /** True when the section is not named after the concept but defines it among other things. */
  host: boolean;
  /** The row's misconceptions written out, in row order (for the concept card). */
  rowWrongs: WrongStatement[];
  /** Other wrong statements of its sections (for the concept card). */
  extraWrongs: WrongStatement[];
  /** True statements, sources in {@link TRUE_SOURCES} order. */
  trues: Fact[];
  /** Wrong statements: the row's cells written out first, then bullets and denied points. */
  falses: Fact[];
  /** Items of a "cannot" list (できないこと): things the concept cannot do. */
  cannots: Fact[];
  /** Concepts a misconception cell of the row points at (`中継` → アンバサダー). */
  pointsAt: Concept[];
  tables: TableLinks[];
}

/** Statements longer than this are not options: a reader cannot take them in at a glance. */
export const MAX_OPTION_CHARS = 90;
const DUPLICATE_MIN = 0.75;
/** A correction shorter than this (`ある`, `逆`) is replaced by the notes' true statement that says more. */
const SHORT_CORRECTION = 6;

const cache = new WeakMap<NotesDocument, DocumentIndex>();

/** The index of a document, built once. */
export function indexOf(doc: NotesDocument): DocumentIndex {
  let index = cache.get(doc);
  if (!index) {
    index = documentIndex(doc);
    cache.set(doc, index);
  }
  return index;
}

/** Gathers the facts of one concept of `doc`. */
export function conceptFacts(
  doc: NotesDocument,
  concept: Concept,
  _links?: readonly TableLinks[],
): ConceptFacts {
  const index = indexOf(doc);
  const names = [concept.name, ...concept.aliases];
  const [first = null, ...shared] = relatedSectionsOf(index, concept.section, names);
  const section = first && first.heading === concept.section ? first : null;
  const sharedSections = section ? shared : [first, ...shared].filter((s): s is Section => !!s);
  const host = section !== null && isHostSection(section, concept);
  const candidates = wrongStatements(index, concept, section, sharedSections, host);
  // The bullets no section claims only ever write out a misconception cell: a concept without
  // cells (a topic) does not read them (there are as many as the notes have sections).
  const candidateLines = new Set(candidates.map((c) => c.line));
  const fallback =
    concept.misconceptions.length === 0
      ? []
      : unclaimedBullets(index, concept).filter((u) => !candidateLines.has(u.line));
  const trues = trueStatements({ doc, concept, section, host });
  const w = wordingFor(doc.language);
  const rowFacts: Fact[] = [];
  const pointsAt: Concept[] = [];
  const used = new Set<FoundWrong>();
  const introduced = introducedBy(concept);
  writeOutCells(concept, { candidates, fallback, pointers: index.pointers, index }).forEach(
    ({ cell, written }, i) => {
      if (written.found) used.add(written.found);
      if (written.pointsAt) pointsAt.push(written.pointsAt);
      const why = written.pointsAt
        ? w.thatIs(written.pointsAt.name, written.pointsAt.correct)
        : readableCorrection(
            written.correction,
            written.text,
            trues,
            concept,
            w.notesSay,
            cell,
            section,
          );
      const line = written.found?.line ?? concept.source.line;
      const text = voiced(written.text, doc.language);
      rowFacts.push({
        keys: [`R:${concept.id}:${i}`, ...(written.found ? [`L:${written.found.line}`] : [])],
        conceptId: concept.id,
        text,
        truth: false,
        why: why ?? w.correctIs(concept.correct),
        ...(written.found?.correction ? { correction: written.found.correction } : {}),
        source: 'summary-misconception',
        rule: written.rule,
        cell,
        ...(written.pointsAt ? { about: written.pointsAt.id } : {}),
        evidence: {
          file: doc.file,
          line,
          words: written.found ? noteOf(written.found, doc.language) : `${cell} ×`,
        },
        section: written.found?.section.heading ?? null,
        ...unusableReason(text, written.rule, names, doc.language, {
          opensOnCode: sameOpening(written.text, written.found),
          introduced,
        }),
      });
    },
  );
  const extra = [...candidates, ...fallback.filter((f) => used.size > 0 && usedSection(f, used))]
    .filter((c) => !used.has(c))
    .map((c): Fact => {
      const why = readableCorrection(
        c.correction,
        c.text,
        trues,
        concept,
        w.notesSay,
        undefined,
        section,
      );
      const text = voiced(c.text, doc.language);
      return {
        keys: [`L:${c.line}`],
        conceptId: concept.id,
        text,
        truth: false,
        why,
        ...(c.correction ? { correction: c.correction } : {}),
        source: c.origin === 'bullet' ? 'bullet' : 'denied-point',
        ...(c.rule ? { rule: c.rule } : {}),
        evidence: { file: doc.file, line: c.line, words: noteOf(c, doc.language) },
        section: c.section.heading,
        ...unusableReason(text, c.rule ?? c.origin, names, doc.language, {
          why,
          opensOnCode: c.opensOnCode === true,
          introduced,
        }),
      };
    });
  // A heading that names another concept too (`revert と reset`), or that another concept shares
  // (`Set associativity` and `Cache misses (3 Cs)` under `Associativity and the 3 Cs`): its lines
  // about that one are not this concept's.
  const named = othersInHeading(section, concept, doc.concepts);
  const others = [...named, ...sharersOf(concept, doc.concepts).filter((c) => !named.includes(c))];
  // A correction is the other's when the bullet it corrects is (`reset は…（force push が必要…）`).
  // A line that names neither may be of either: it is given to neither. A definition is of its
  // term; a sentence, of what the line it stands on names (`ラボデータは…測る。再現できるので…`).
  // `run-in-title`: a line under a bold title naming a concept of the section is that one's
  // (shared-section.ts), whether or not the heading names two.
  const sharing = section ? [...others, ...sameSection(doc, concept)] : [];
  // `other-heading-term`: a line that opens on a term the heading joins to the concept's name
  // and that names no concept (`固有透過度 k: …` under `透水係数と固有透過度`) is that term's.
  const headingTerms = otherHeadingTerms(section, concept);
  const titles = sharing.length > 1 && (section?.runIns?.length ?? 0) > 0;
  const bodyLines = others.length > 0 || titles ? (section?.body.split('\n') ?? []) : [];
  const lineOf = (text: string): string => bodyLines.find((l) => l.includes(text)) ?? text;
  const titled = (f: Fact): Concept | null =>
    !titles
      ? null
      : runInOwner(
          section,
          f.source === 'intro' ? (section?.introLine ?? -1) : f.evidence.line,
          sharing,
        );
  // A line that names a concept of the section is that one's; one that names none, its title's.
  const ours = (f: Fact): boolean => {
    if (f.source === 'summary') return true;
    const owner = titled(f);
    if (owner === null) return others.length === 0 || namedHere(f, others);
    const rest = sharing.filter((c) => c !== concept);
    if (namedHere(f, rest)) return true;
    const said = [f.text, f.evidence.words];
    if (f.source === 'sentence') said.push(lineOf(f.text));
    const namesOther = said.some((t) => saidOfOther(t, concept, rest));
    return !namesOther && owner === concept;
  };
  // Said of this concept, `among` (the others of its section) set aside.
  const namedHere = (f: Fact, among: readonly Concept[]): boolean =>
    f.source === 'definition' ||
    saidOf(f.text, concept, among) ||
    (f.source === 'sentence' &&
      !saidOfOther(f.text, concept, among) &&
      saidOf(lineOf(f.text), concept, among)) ||
    (f.source === 'bullet-correction' &&
      !saidOfOther(f.text, concept, among) &&
      saidOf(f.evidence.words, concept, among));
  const falses = withoutDuplicates([
    ...rowFacts,
    ...bulletsFirst(extra.filter((f) => ours(f) && !namesOnlyOther(f, concept, doc, section))),
  ]);
  return {
    concept,
    document: doc,
    section,
    host,
    rowWrongs: rowFacts.map((f) => ({ text: f.text, why: f.why })),
    extraWrongs: falses
      .filter((f) => f.source !== 'summary-misconception')
      .map((f) => ({ text: f.text, why: f.why })),
    trues: trues.filter(
      (f) =>
        ours(f) &&
        !subjectIsOther(f, concept, doc) &&
        (f.source === 'summary' || !opensOnOtherTerm(f.text, headingTerms)),
    ),
    falses,
    cannots: cannotItems(doc, concept, section, host),
    pointsAt,
    tables: tablesAbout(index.links, concept),
  };
}

/**
 * True when an English statement of the concept's section has another concept's thing as its
 * subject (`A first-ever QUIC connection takes one round trip` under 0-RTT: `name-in-subject`):
 * true of that thing, not of the concept. The row's own cell and a term's definition are kept.
 */
function subjectIsOther(f: Fact, concept: Concept, doc: NotesDocument): boolean {
  if (doc.language !== 'en' || f.source === 'summary' || f.source === 'definition') return false;
  if (spokenNames(concept).some((n) => nameInSubject(f.text, n))) return false;
  // Only the names whose first word opens one of the statement's first words can stand in its
  // subject: looked up, not every concept of the notes tried (a note of thousands of rows).
  const byFirstWord = firstWordIndex(doc);
  for (const word of f.text.trim().split(/\s+/, SUBJECT_OPENING_WORDS)) {
    for (const { id, name } of byFirstWord.get(matchKey(word)) ?? [])
      if (id !== concept.id && nameInSubject(f.text, name)) return true;
  }
  return false;
}

/**
 * `names-only-other`: an English × bullet of the concept's section that names another concept of
 * the notes and never this one (`× x == NaN detects a NaN`, listed under `### Signed zero`) is no
 * misconception about this concept: asked as one, a reader finds it about something else. Names
 * are looked up by the statement's words (the first-word index), not every concept tried.
 */
function namesOnlyOther(
  f: Fact,
  concept: Concept,
  doc: NotesDocument,
  section: Section | null,
): boolean {
  if (doc.language !== 'en' || f.source === 'summary-misconception') return false;
  // Only under a parent heading that names the other concept too (`## NaN and signed zero` over
  // `### Signed zero`): its subsections' lists may hold either's. Elsewhere a bullet that names
  // another thing is still about its own section's concept (`Treating the SQS FIFO dedup window
  // as permanent deduplication`, under Exactly-once).
  const parents = (section?.path ?? []).map((h) => h.toLowerCase());
  if (parents.length === 0) return false;
  const text = f.text.toLowerCase();
  if (spokenNames(concept).some((n) => holdsWholeWord(text, n.toLowerCase()))) return false;
  const byFirstWord = firstWordIndex(doc);
  for (const word of text.split(/[^a-z0-9.+#-]+/)) {
    for (const { id, name } of byFirstWord.get(matchKey(word)) ?? []) {
      const other = name.toLowerCase();
      if (
        id !== concept.id &&
        holdsWholeWord(text, other) &&
        parents.some((h) => holdsWholeWord(h, other))
      )
        return true;
    }
  }
  return false;
}

/** The concepts whose section is `concept`'s (itself among them), looked up once per document. */
function sameSection(doc: NotesDocument, concept: Concept): readonly Concept[] {
  if (concept.section === null) return [];
  let bySection = sectionIndexes.get(doc);
  if (!bySection) {
    bySection = new Map();
    for (const c of doc.concepts) {
      if (c.section === null) continue;
      const list = bySection.get(c.section) ?? [];
      list.push(c);
      bySection.set(c.section, list);
    }
    sectionIndexes.set(doc, bySection);
  }
  return bySection.get(concept.section) ?? [];
}

const sectionIndexes = new WeakMap<NotesDocument, Map<string, Concept[]>>();

/** A name in a subject starts within an article and two modifiers (see `nameInSubject`). */
const SUBJECT_OPENING_WORDS = 4;

/** Each concept's spoken names by the match key of their first word, once per document. */
const firstWordIndexes = new WeakMap<NotesDocument, Map<string, { id: string; name: string }[]>>();

function firstWordIndex(doc: NotesDocument): Map<string, { id: string; name: string }[]> {
  let index = firstWordIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const c of doc.concepts)
    for (const name of spokenNames(c)) {
      const key = matchKey(name.trim().split(/\s+/, 1)[0] ?? '');
      if (!key) continue;
      const list = index.get(key) ?? [];
      list.push({ id: c.id, name });
      index.set(key, list);
    }
  firstWordIndexes.set(doc, index);
  return index;
}

/** Unclaimed bullets are kept only from a section that already wrote out one of the row's cells. */
function usedSection(found: FoundWrong, used: ReadonlySet<FoundWrong>): boolean {
  return [...used].some((u) => u.section === found.section);
}

function bulletsFirst(facts: readonly Fact[]): Fact[] {
  return [
    ...facts.filter((f) => f.source === 'bullet'),
    ...facts.filter((f) => f.source !== 'bullet'),
  ];
}

/** Near-duplicate wrong statements are kept once (the first), their keys merged. */
function withoutDuplicates(facts: readonly Fact[]): Fact[] {
  const kept: Fact[] = [];
  for (const f of facts) {
    const twin = kept.find(
      (k) => matchKey(k.text) === matchKey(f.text) || overlap(k.text, f.text) >= DUPLICATE_MIN,
    );
    if (twin) {
      twin.keys = [...new Set([...twin.keys, ...f.keys])];
      if (twin.unusable && !f.unusable) {
        // The usable twin replaces the unusable one, reason and all.
        delete twin.unusable;
        Object.assign(twin, { ...f, keys: twin.keys });
      } else if (!twin.correction && f.correction && f.why) {
        // `twin-correction`: a row's cell the notes correct nowhere else takes the correction of
        // the × bullet that says it again (`The coil removes moisture by "cooling the room"` ←
        // `× The coil dries the room by cooling it (it dries only where water condenses…)`),
        // not a piece of a wrapped line found by its words (reading 59).
        twin.why = f.why;
        twin.correction = f.correction;
      }
      continue;
    }
    kept.push({ ...f });
  }
  return kept;
}

/** The notes' line behind a found wrong statement, as the notes put it. */
function noteOf(found: FoundWrong, language: 'ja' | 'en'): string {
  if (found.point) return found.point;
  return wrongBullet(found.text, found.correction, language);
}

/**
 * The correction as an explanation. One that only says `逆` explains nothing by itself (and may
 * mislead: "the reverse" of a comparison is not always true), so the notes' own true statement
 * that speaks to the wrong one is used instead, or nothing.
 */
/** How much of a wrong statement a true one must cover to be the notes' answer to it. */
const EVIDENCE_MIN = 0.5;

function readableCorrection(
  notesCorrection: string | null,
  statement: string,
  trues: readonly Fact[],
  concept: Concept,
  say: (text: string) => string,
  cell?: string,
  section: Section | null = null,
): string | null {
  // `layout-lead`: a pointer to the notes' layout goes; a correction that was nothing else is none.
  const correction = notesCorrection === null ? null : withoutLayoutLead(notesCorrection) || null;
  const wrong = withoutTopic(
    statement,
    [concept.name, ...concept.aliases],
    concept.language ?? 'ja',
  );
  // The row's terse cell (`再起動後も残る`) finds the sentence that answers it
  // (`再起動すると中身は消える`) where the longer bullet it was written out as does not.
  const wordings = cell && cell !== statement ? [wrong, cell] : [wrong];
  if (
    correction !== null &&
    !saysOtherWayRound(correction) &&
    [...correction].length >= SHORT_CORRECTION
  )
    return correction;
  const names = [concept.name, ...concept.aliases];
  const evidence = trues
    .filter((t) => t.source !== 'summary')
    .find((t) =>
      wordings.some(
        (w) =>
          coverage(w, t.text) >= EVIDENCE_MIN &&
          // `english-evidence-beyond-names`: an English sentence answers a statement whose words
          // beside the concept's names it covers, each word once (`Starting a goroutine is as
          // costly as starting a thread` is not answered by `A goroutine starts with go f()`).
          (concept.language !== 'en' || coverageBeyond(w, t.text, names) >= EVIDENCE_MIN),
      ),
    );
  if (evidence) return say(evidence.text);
  const cited =
    correction === null ? null : citedSentence(correction, section, concept.language ?? 'ja');
  if (cited !== null) return say(cited);
  if (correction !== null && !saysOtherWayRound(correction)) return correction;
  if (correction !== null) return null;
  if (coverage(wrong, concept.correct) >= 0.5) return say(concept.correct);
  const prose = proseAnswer(wrong, section, names, concept.language ?? 'ja');
  return prose ? say(prose) : null;
}

/** What introduces the concept's own letters: its names and its correct cell. */
function introducedBy(concept: Concept): string {
  return [concept.name, ...concept.aliases, concept.correct].join(' ');
}

/** A misconception in the holder's voice, said to the player (`learner-voice`; English). */
function voiced(text: string, language: 'ja' | 'en'): string {
  return language === 'en' ? inSecondPerson(text) : text;
}

/**
 * True when a written-out cell opens as the × bullet it was found in, and that bullet opens on
 * code (`never is the same as void` from `` × `never` is the same as `void` ``).
 */
function sameOpening(text: string, found: FoundWrong | undefined): boolean {
  if (!found?.opensOnCode) return false;
  const first = (t: string) => t.trimStart().split(/\s/, 1)[0];
  return first(text) === first(found.text);
}

/**
 * `adjective-predicate`: `is` / `are` and one word with an adjective's ending (`Mutations are
 * transactional`, `Is idempotent`, `Are stateless`): a property claimed, a statement — not a
 * thing named (`Is a load balancer`).
 */
const ADJECTIVE_PREDICATE =
  /^(?:is|are)\s+(?:always\s+|never\s+|not\s+)?[a-z-]+(?:al|ic|ous|ive|able|ible|less|ful|ent|ant|ary|ory)$/i;

/**
 * `pair-row-the-two`: in the summary row of a concept named for two things (`Precision and
 * recall`), `the two` of its cell (`The two are interchangeable`) are the row's own two, named
 * beside it in every question that shows the cell.
 */
function namesThePair(leaning: string, rule: string, names: readonly string[]): boolean {
  return (
    leaning === 'the-two-unnamed' &&
    rule === 'cell-as-written' &&
    names.some((n) => headingParts(n).length === 2)
  );
}

/**
 * `concept-variable`: the lone letters of a `bare-variable` statement are the concept's own, as
 * words of its name or of its correct cell (`introduced`): `Mは大きいほど安全` of Big-M, `濃度や
 * 圧力を変えると K も変わる` of 平衡定数 K, `QやWも…` where the cell says `Q と W は経路によって変わる`.
 */
function variablesOfConcept(leaning: string, text: string, introduced: string): boolean {
  if (leaning !== 'bare-variable' || introduced === '') return false;
  const own = new Set(introduced.split(/[^A-Za-z0-9]+/u));
  const letters = loneVariables(text);
  return letters.length > 0 && letters.every((letter) => own.has(letter));
}

/**
 * `it-is-the-concept`: in a misconception of the concept, a bare `it` stands for the concept
 * (`Restarting the pods fixes it` of Connection leak, `Kick it from a periodic timer ISR` of
 * Watchdog): every question that shows a misconception names its concept, in the stem or in the
 * option's label. `them` (`Averaging them is physically correct`: which values?) and `it` after a
 * preposition (`…waits for it`: for what?) still lean.
 */
function itIsTheConcept(text: string, language: 'ja' | 'en'): boolean {
  return language === 'en' && !/\bthem\b/iu.test(text) && !AFTER_PREPOSITION.test(text);
}

/** `it` after a preposition (`A GET on an archived object waits for it`): for what? */
const AFTER_PREPOSITION =
  /\b(?:for|with|to|on|in|of|from|by|at|through|about|into|onto|over|under)\s+it\b/iu;

/** Why a wrong statement is never an option, as a partial fact. */
function unusableReason(
  text: string,
  rule: string,
  names: readonly string[],
  language: 'ja' | 'en',
  {
    why,
    opensOnCode = false,
    introduced = '',
  }: { why?: string | null; opensOnCode?: boolean; introduced?: string } = {},
): { unusable?: string } {
  // A × bullet is a misconception the notes state; a denied point or a cell is one only when it
  // says something (`負荷分散ではない` denies a noun, it states no misconception).
  if (rule !== 'bullet') {
    const stripped = withoutTopic(text, names, language);
    // `Is a database` names a thing (a bare noun); `Are transactional` says a property of it.
    const bareBody =
      language === 'en' && !ADJECTIVE_PREDICATE.test(stripped)
        ? stripped.replace(/^(?:is|are)\s+/i, '')
        : stripped;
    if (isBareNoun(bareBody, language))
      return {
        unusable:
          rule === 'cell-as-written' ? 'a bare noun, not a statement' : 'a denied bare noun',
      };
  }
  if ([...text].length > MAX_OPTION_CHARS) return { unusable: 'too long for an option' };
  // `上の例は…だけ問題`, `…なら全部この索引を使う`: alone, the reader cannot tell what it points at.
  const leaning = contextRule(text, language);
  if (
    leaning &&
    !namesThePair(leaning.name, rule, names) &&
    !variablesOfConcept(leaning.name, text, introduced) &&
    !(leaning.name === 'bare-pronoun' && itIsTheConcept(text, language))
  )
    return { unusable: `leans on the notes around it (${leaning.name})` };
  // `never is the same as void` opens on code (`` `never` ``): a sentence, though in lower case.
  if (rule !== 'cell-as-written' && !opensOnCode && startsMidSentence(text, language))
    return { unusable: 'a piece of a sentence (it starts mid-clause)' };
  const piece = pieceRule(text);
  if (piece) return { unusable: `a piece of a sentence (${piece})` };
  if (danglingEnd(text) || endsOnCopula(text, language))
    return { unusable: 'a sentence cut short (it ends mid-phrase)' };
  if (why === null) return { unusable: 'the notes give no correction' };
  return {};
}

/** Items of the section's "cannot" list, as wrong statements about what the concept does. */
function cannotItems(
  doc: NotesDocument,
  concept: Concept,
  section: Section | null,
  host: boolean,
): Fact[] {
  if (!section || host) return [];
  return (section.lists ?? [])
    .filter((l) => labelKind(l.label) === 'cannot')
    .flatMap((list) =>
      list.items.map(
        (item): Fact => ({
          keys: [`L:${item.line}`],
          conceptId: concept.id,
          text: withoutFinalStop(item.text),
          truth: false,
          why: `${list.label}：${item.text}`,
          source: 'cannot',
          evidence: { file: doc.file, line: item.line, words: item.text },
          section: section.heading,
        }),
      ),
    );
}
