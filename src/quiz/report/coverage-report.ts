/**
 * Coverage report: for every concept of a document's misconception table, how many questions the
 * bank gives it and — for one short of {@link MIN_PER_CONCEPT} — why, in terms of the notes, and
 * what the notes could add. The reasons are what the generator did: the document is built again
 * with the same templates, review and assembly (`documentQuestions`), watched through its
 * observer hook; nothing here guesses what a template would do. Pure (no I/O); the words are the
 * CLI's (src/cli/commands/check.ts renders codes through the message catalog).
 *
 * ```ts
 * const report = coverageReport(bank.documents[0], { seed: bank.seed });
 * report.covered; // concepts with two or more questions
 * report.concepts.filter((c) => c.questions < 2).map((c) => [c.name, c.reasons, c.advice]);
 * ```
 */
import { MAX_OPTION_CHARS } from '../facts/concept-facts.ts';
import { usable } from '../facts/fact.ts';
import { MIN_PER_CONCEPT } from '../generate/assemble.ts';
import type { Chosen } from '../generate/choose-options.ts';
import type { Subject } from '../generate/context.ts';
import { correctAboutDrafts } from '../generate/correct-about.ts';
import { documentQuestions, type Template } from '../generate/document-questions.ts';
import type { Draft } from '../generate/draft.ts';
import { listDrafts } from '../generate/list-questions.ts';
import { misconceptionAboutDrafts } from '../generate/misconception-about.ts';
import { misconceptionAmongDrafts } from '../generate/misconception-among.ts';
import { whichConceptDrafts } from '../generate/which-concept.ts';
import { reviewDraft } from '../review-gate.ts';
import { isBareNoun } from '../text/forms.ts';
import type { NotesDocument } from '../types.ts';

/** The generator's templates by the name the report gives them. */
const TEMPLATE_NAMES = new Map<Template | 'tables', TemplateName>([
  [correctAboutDrafts, 'correct-about'],
  [misconceptionAboutDrafts, 'misconception-about'],
  // A misconception among siblings' statements is a misconception question to the reader.
  [misconceptionAmongDrafts, 'misconception-about'],
  [whichConceptDrafts, 'which-concept'],
  [listDrafts, 'list'],
  ['tables', 'table'],
]);

/** A question template, as the report names it. */
export type TemplateName =
  | 'correct-about'
  | 'misconception-about'
  | 'which-concept'
  | 'list'
  | 'table'
  | 'other';

/** Why the generator set a misconception of the notes aside (never an option of its own). */
export type DropCause =
  /** A row cell that is a noun (`負荷分散`), not a statement a player can judge. */
  | 'bare-noun'
  /** A ポイント line that denies a noun (`負荷分散ではない`): it states no misconception. */
  | 'denied-bare-noun'
  /** Longer than an option can be (a reader takes an option in at a glance). */
  | 'too-long'
  /** The notes say it is wrong but not what is right instead, so no explanation can be given. */
  | 'no-correction'
  /** It says what a sibling concept is: it is that sibling's statement, not a misconception. */
  | 'describes-sibling'
  /** Anything else the generator said (kept in `detail`). */
  | 'other';

/** Why a concept got fewer questions, most telling first. */
export type CoverageReason =
  /** Fewer than two misconceptions the generator can ask: row cells and × bullets counted. */
  | {
      code: 'few-misconceptions';
      usable: number;
      cells: number;
      /** × bullets and denied points besides those that write out a cell of the row. */
      bullets: number;
      /** False when the concept has no section of its own (so no bullets can be there). */
      section: boolean;
    }
  /** A misconception of the notes that is never an option, and why. */
  | {
      code: 'misconception-dropped';
      text: string;
      line: number;
      cause: DropCause;
      detail: string;
      /** For `describes-sibling`: the sibling's name. */
      sibling?: string;
    }
  /**
   * The generator reads the concept's notes from a section that is not the one headed by its
   * name (a numbered chapter heading that also names it, say), so that section's bullets and
   * points are not its material.
   */
  | { code: 'other-section'; read: SectionRef; own: SectionRef }
  /**
   * The verdict first: the notes give one true fact and at most one misconception about it, too
   * little for a second sound question — the bank keeps one sound question rather than add a weak
   * one. The advice says what to add.
   */
  | { code: 'too-little-for-two'; trueFacts: number; misconceptions: number }
  /** Fewer than two true statements beside the summary cell to stand beside a misconception. */
  | { code: 'few-true-statements'; count: number }
  /** Fewer than two concepts or table entities the notes set beside it. */
  | { code: 'no-siblings'; siblings: string[] }
  /** Every statement of its notes either names it or is true of its siblings too. */
  | { code: 'statements-not-distinctive'; namesIt: number; fitsSiblings: number }
  /** A template tried option sets and every one failed these checks. */
  | { code: 'options-failed'; template: TemplateName; checks: string[] }
  /** A template's drafts failed the review on these rules. */
  | { code: 'review-failed'; template: TemplateName; rules: string[] }
  /** Drafts that pass but ask a fact another question asks, or repeat its option set. */
  | { code: 'asked-elsewhere'; drafts: number }
  /**
   * Which-concept drafts whose description says a word of the concept's name (`words`): a
   * giveaway, asked only where the concept has no other question.
   */
  | { code: 'stem-names-it'; drafts: number; words: string[] }
  /** Two-option drafts only, and the bank's share of two-option questions is used up. */
  | { code: 'two-options-only'; drafts: number };

/** What to add to the notes. */
export type CoverageAdvice =
  /** Another misconception cell in the row (`… × ; … ×`). */
  | { code: 'add-row-misconception' }
  /** A `よくある誤解` / `Common misconceptions` bullet with its correction, under this section. */
  | { code: 'add-bullet'; section: string }
  /** A section of its own (heading = the concept's name), with points and × bullets. */
  | { code: 'add-section'; name: string }
  /** The misconception as a full statement instead of a noun. */
  | { code: 'write-out-misconception'; text: string }
  /** The correction of a misconception, in parentheses after it. */
  | { code: 'add-correction'; text: string }
  /** A shorter wording of the misconception. */
  | { code: 'shorten-misconception'; text: string }
  /** A ポイント / Point line or feature that says one more thing about it, in its section. */
  | { code: 'add-points'; section: string }
  /** A comparison table row (or column) that sets it beside its siblings. */
  | { code: 'add-comparison-row'; name: string }
  /** A point that says what only it does, unlike its siblings. */
  | { code: 'add-distinctive-point'; name: string; siblings: string[] }
  /** A heading to rename so that the concept's own section is the one read. */
  | { code: 'rename-heading'; heading: SectionRef; name: string }
  /** The notes give enough; the generator's checks turned its drafts down (a generator issue). */
  | { code: 'nothing-to-add' };

/** A section of the notes, by heading and line. */
export interface SectionRef {
  heading: string;
  line: number;
}

/** One concept's coverage. */
export interface ConceptReport {
  conceptId: string;
  name: string;
  /** The row of the misconception table. */
  file: string;
  line: number;
  questions: number;
  /** Empty when it got {@link MIN_PER_CONCEPT} or more. */
  reasons: CoverageReason[];
  /** Empty when it got {@link MIN_PER_CONCEPT} or more. */
  advice: CoverageAdvice[];
}

/** A document's coverage. */
export interface CoverageReport {
  file: string;
  concepts: ConceptReport[];
  /** Concepts with {@link MIN_PER_CONCEPT} questions or more. */
  covered: number;
  /** Questions the document gives in all (concepts, topics, tables). */
  questions: number;
}

export { MIN_PER_CONCEPT };

/** What the build did for one concept. */
interface Watched {
  subject: Subject | null;
  found: Map<TemplateName, { drafts: Draft[]; rejected: string[] }>;
  failedReview: Map<TemplateName, Set<string>>;
}

/** Builds `doc`'s questions (as the bank does, with `seed`) and reports every concept's coverage. */
export function coverageReport(doc: NotesDocument, options: { seed: string }): CoverageReport {
  const watched = new Map<string, Watched>(
    doc.concepts.map((c) => [c.id, { subject: null, found: new Map(), failedReview: new Map() }]),
  );
  const record = (
    conceptId: string,
    template: TemplateName,
    drafts: Draft[],
    rejected: string[],
  ) => {
    const w = watched.get(conceptId);
    if (!w) return;
    const entry = w.found.get(template) ?? { drafts: [], rejected: [] };
    entry.drafts.push(...drafts);
    entry.rejected.push(...rejected);
    w.found.set(template, entry);
  };
  const reviewed = new Set<Draft>();
  const { drafts } = documentQuestions(
    doc,
    (draft) => {
      reviewed.add(draft);
      const reasons = reviewDraft(draft, options.seed, doc);
      const w = watched.get(draft.conceptId);
      if (w && reasons.length > 0) {
        const template = templateOf(draft);
        const rules = w.failedReview.get(template) ?? new Set();
        for (const r of reasons) rules.add(ruleOf(r));
        w.failedReview.set(template, rules);
      }
      return reasons;
    },
    {
      found: (subject, template, found: Chosen) => {
        const name = TEMPLATE_NAMES.get(template) ?? 'other';
        if (subject) {
          const w = watched.get(subject.concept.id);
          if (w && !subject.topic) w.subject = subject;
          record(subject.concept.id, name, found.drafts, found.rejected);
        } else for (const d of found.drafts) record(d.conceptId, name, [d], []);
      },
    },
  );
  const counts = new Map<string, number>();
  for (const d of drafts) counts.set(d.conceptId, (counts.get(d.conceptId) ?? 0) + 1);
  const kept = new Set(drafts);
  const concepts = doc.concepts.map((concept): ConceptReport => {
    const questions = counts.get(concept.id) ?? 0;
    const w = watched.get(concept.id);
    const base = {
      conceptId: concept.id,
      name: concept.name,
      file: concept.source.file,
      line: concept.source.line,
      questions,
    };
    if (questions >= MIN_PER_CONCEPT || !w?.subject) return { ...base, reasons: [], advice: [] };
    const { reasons, advice } = explain(
      doc,
      w as Watched & { subject: Subject },
      kept,
      reviewed,
      questions,
    );
    return { ...base, reasons, advice };
  });
  return {
    file: doc.file,
    concepts,
    covered: concepts.filter((c) => c.questions >= MIN_PER_CONCEPT).length,
    questions: drafts.length,
  };
}

/** How many different facts: statements sharing a key (a summary cell and its first sentence) count once. */
function distinctFacts(facts: readonly { keys: readonly string[] }[]): number {
  const seen = new Set<string>();
  let count = 0;
  for (const f of facts) {
    if (!f.keys.some((k) => seen.has(k))) count++;
    for (const k of f.keys) seen.add(k);
  }
  return count;
}

/** The template a draft comes from. */
function templateOf(draft: Draft): TemplateName {
  const t = draft.template;
  if (t.startsWith('table')) return 'table';
  if (t === 'misconception-among') return 'misconception-about';
  for (const name of TEMPLATE_NAMES.values()) if (t === name) return name;
  return t.startsWith('list') ? 'list' : 'other';
}

/** `rule: message` → `rule`. */
function ruleOf(reason: string): string {
  const colon = reason.indexOf(':');
  return (colon < 0 ? reason : reason.slice(0, colon)).trim();
}

/** Why a concept got too few questions, and what to add: from what the build did. */
function explain(
  doc: NotesDocument,
  w: Watched & { subject: Subject },
  kept: ReadonlySet<Draft>,
  reviewed: ReadonlySet<Draft>,
  questions: number,
): { reasons: CoverageReason[]; advice: CoverageAdvice[] } {
  const { subject } = w;
  const { concept, facts } = subject;
  const lang = doc.language;
  const reasons: CoverageReason[] = [];
  const advice: CoverageAdvice[] = [];
  const add = (a: CoverageAdvice): void => {
    if (!advice.some((b) => JSON.stringify(b) === JSON.stringify(a))) advice.push(a);
  };

  // The section read: is it the one headed by the concept's name?
  const names = new Set([concept.name, ...concept.aliases].map((n) => n.trim().toLowerCase()));
  const own = doc.sections.find((x) => names.has(x.heading.trim().toLowerCase()));
  if (own && facts.section && facts.section !== own && facts.section.heading !== own.heading) {
    const read = { heading: facts.section.heading, line: facts.section.line };
    reasons.push({ code: 'other-section', read, own: { heading: own.heading, line: own.line } });
    add({ code: 'rename-heading', heading: read, name: concept.name });
  }

  // Misconceptions: the ones the generator may ask, and the ones it set aside.
  const askable = usable(facts.falses).filter(
    (f) => f.about === undefined && !isBareNoun(f.text, lang),
  );
  for (const f of facts.falses) {
    if (askable.includes(f)) continue;
    const cause = dropCause(f.unusable, f.about !== undefined);
    const sibling = f.about ? doc.concepts.find((c) => c.id === f.about)?.name : undefined;
    reasons.push({
      code: 'misconception-dropped',
      text: f.cell ?? f.text,
      line: f.evidence.line,
      cause,
      detail: f.unusable ?? '',
      ...(sibling ? { sibling } : {}),
    });
    if (cause === 'bare-noun' || cause === 'denied-bare-noun')
      add({ code: 'write-out-misconception', text: f.cell ?? f.text });
    else if (cause === 'no-correction') add({ code: 'add-correction', text: f.text });
    else if (cause === 'too-long') add({ code: 'shorten-misconception', text: f.text });
  }
  if (askable.length < MIN_PER_CONCEPT) {
    const bullets = facts.falses.filter((f) => f.source !== 'summary-misconception').length;
    reasons.push({
      code: 'few-misconceptions',
      usable: askable.length,
      cells: concept.misconceptions.length,
      bullets,
      section: facts.section !== null,
    });
    if (concept.misconceptions.length < MIN_PER_CONCEPT) add({ code: 'add-row-misconception' });
    const section = own ?? facts.section;
    if (section) add({ code: 'add-bullet', section: section.heading });
    else add({ code: 'add-section', name: concept.name });
  }

  // True statements to stand beside a misconception: facts, not wordings (パスワードハッシュ's
  // `遅いハッシュ関数を使う` and its point on SHA-256 are one), and only those an option can hold
  // (Preemption's first sentence, 118 characters, is none): otherwise the advice says "nothing to
  // add" of notes that give one usable true fact.
  const trues = usable(facts.trues).filter(
    (t) =>
      t.source !== 'summary' && t.source !== 'example' && [...t.text].length <= MAX_OPTION_CHARS,
  );
  const trueCount = distinctFacts(trues);
  if (trueCount < MIN_PER_CONCEPT) {
    reasons.push({ code: 'few-true-statements', count: trueCount });
    // Without a section, or with the wrong one read, the advice above says it all.
    if (facts.section && !reasons.some((r) => r.code === 'other-section'))
      add({ code: 'add-points', section: facts.section.heading });
  }

  // The verdict, for a concept with one question: one true fact (its wordings counted once) and
  // one misconception at most — the one question is all the notes give.
  const trueFacts = distinctFacts(usable(facts.trues).filter((t) => t.source !== 'example'));
  if (questions === 1 && trueFacts <= 1 && askable.length <= 1)
    reasons.unshift({ code: 'too-little-for-two', trueFacts, misconceptions: askable.length });

  // Siblings for which-concept questions.
  const which = w.found.get('which-concept');
  const siblings = [
    ...subject.peers.map((p) => p.name),
    ...subject.siblings.map((s) => s.concept.name),
  ];
  if ((which?.drafts.length ?? 0) === 0) {
    const rejected = which?.rejected ?? [];
    if (rejected.some((r) => r.includes('fewer than two siblings'))) {
      reasons.push({ code: 'no-siblings', siblings });
      add({ code: 'add-comparison-row', name: concept.name });
    } else {
      const namesIt = rejected.filter((r) => r.includes('gives the name away')).length;
      const fitsSiblings = rejected.filter((r) => r.includes('fits its siblings too')).length;
      if (namesIt + fitsSiblings > 0) {
        reasons.push({ code: 'statements-not-distinctive', namesIt, fitsSiblings });
        add({ code: 'add-distinctive-point', name: concept.name, siblings: siblings.slice(0, 3) });
      }
    }
  }

  // Option sets that every check turned down, drafts the review turned down, drafts not needed.
  for (const [template, found] of w.found) {
    if (found.drafts.length > 0) continue;
    const checks = [
      ...new Set(
        found.rejected
          .filter((r) => !r.startsWith('which-concept:'))
          .map((r) => (r.startsWith('a pair of options') ? 'no-paraphrase-pair' : ruleOf(r))),
      ),
    ];
    if (checks.length > 0) reasons.push({ code: 'options-failed', template, checks });
  }
  for (const [template, rules] of w.failedReview)
    reasons.push({ code: 'review-failed', template, rules: [...rules] });
  const unused = [...w.found.values()]
    .flatMap((f) => f.drafts)
    .filter((d) => !kept.has(d) && !reviewed.has(d));
  const clued = unused.filter((d) => !d.binary && d.stemClue !== undefined);
  const plain = unused.filter((d) => !d.binary).length - clued.length;
  if (plain > 0) reasons.push({ code: 'asked-elsewhere', drafts: plain });
  if (clued.length > 0) {
    const words = [...new Set(clued.map((d) => d.stemClue ?? ''))];
    reasons.push({ code: 'stem-names-it', drafts: clued.length, words });
    if (facts.section) add({ code: 'add-points', section: facts.section.heading });
  }
  if (unused.length > plain)
    reasons.push({ code: 'two-options-only', drafts: unused.length - plain });
  if (advice.length === 0) advice.push({ code: 'nothing-to-add' });
  return { reasons, advice };
}

/** The cause behind the generator's `unusable` words (src/quiz/facts/concept-facts.ts). */
function dropCause(unusable: string | undefined, aboutSibling: boolean): DropCause {
  if (aboutSibling) return 'describes-sibling';
  if (unusable === undefined) return 'bare-noun';
  if (unusable.includes('denied bare noun')) return 'denied-bare-noun';
  if (unusable.includes('bare noun')) return 'bare-noun';
  if (unusable.includes('too long')) return 'too-long';
  if (unusable.includes('no correction')) return 'no-correction';
  return 'other';
}
