/**
 * One document's questions: notes → facts → drafts from every template → review → bank
 * assembly, and for each concept the reasons it got no more. Pure.
 */
import { usable } from '../facts/fact.ts';
import { hasAbsoluteWord } from '../text/cues.ts';
import type { ConceptCoverage, CoverageAdvice, NotesDocument } from '../types.ts';
import { assemble, type Candidate, MIN_PER_CONCEPT } from './assemble.ts';
import type { Chosen } from './choose-options.ts';
import { codeValueDrafts } from './code-value.ts';
import {
  conceptSubject,
  type GenerationContext,
  generationContext,
  type Subject,
} from './context.ts';
import { correctAboutDrafts } from './correct-about.ts';
import type { Draft } from './draft.ts';
import { listDrafts } from './list-questions.ts';
import { misconceptionAboutDrafts } from './misconception-about.ts';
import { misconceptionAmongDrafts } from './misconception-among.ts';
import { rareSharedWord } from './rare-shared-word.ts';
import { tableDrafts } from './table-questions.ts';
import { keyExplained, teach } from './teach.ts';
import { topicSubjects } from './topics.ts';
import { whichConceptDrafts } from './which-concept.ts';

/** A review of a finished draft: the reasons it may not be asked (empty when it may). */
export type DraftReview = (draft: Draft) => string[];

/** A template: what it drafts for a subject. */
export type Template = (ctx: GenerationContext, subject: Subject) => Chosen;

/**
 * Watches one document's build without changing it (for `quizbot check`, src/quiz/report):
 * the context, and what every template found for every subject (`subject` null: the tables).
 */
export interface GenerationObserver {
  context?: (ctx: GenerationContext) => void;
  found?: (subject: Subject | null, template: Template | 'tables', found: Chosen) => void;
}

/** The drafts the bank keeps for one document, and the coverage of its concepts. */
export function documentQuestions(
  doc: NotesDocument,
  review: DraftReview,
  observe: GenerationObserver = {},
): { drafts: Draft[]; coverage: ConceptCoverage[] } {
  const ctx = generationContext(doc);
  observe.context?.(ctx);
  const subjects = doc.concepts.map((c) => conceptSubject(ctx, c));
  const topics = topicSubjects(ctx);
  const candidates: Candidate[] = [];
  const rejected = new Map<string, string[]>();
  const note = (conceptId: string, reasons: readonly string[]): void => {
    const list = rejected.get(conceptId) ?? [];
    for (const r of reasons) if (!list.includes(r)) list.push(r);
    rejected.set(conceptId, list);
  };
  const collect = (found: Chosen, owner: Candidate['owner'], conceptId: string): void => {
    note(conceptId, found.rejected);
    for (const draft of found.drafts) {
      // `rare-shared-word`: the key and a wrong option on one rare point are one pair a player
      // reads as "one of these two" (a draft is the template's own: marked in place).
      if (!draft.filler && rareSharedWord(ctx, draft) !== null) draft.filler = true;
      // `explained-stems-first` (assemble.ts): a key the notes give no reason for, marked.
      if (!keyExplained(ctx, draft)) draft.unexplained = true;
      candidates.push({ draft, owner });
    }
  };
  for (const subject of [...subjects, ...topics]) {
    const owner: Candidate['owner'] = {
      type: subject.topic ? 'topic' : 'concept',
      key: subject.key,
    };
    const templates: Template[] = subject.topic
      ? [correctAboutDrafts, misconceptionAboutDrafts, listDrafts]
      : [
          correctAboutDrafts,
          misconceptionAboutDrafts,
          misconceptionAmongDrafts,
          whichConceptDrafts,
          listDrafts,
          codeValueDrafts,
        ];
    for (const template of templates) {
      const found = template(ctx, subject);
      observe.found?.(subject, template, found);
      collect(found, owner, subject.concept.id);
    }
  }
  const tables = tableDrafts(ctx);
  observe.found?.(null, 'tables', tables);
  for (const draft of tables.drafts)
    collect(
      { drafts: [draft], rejected: [] },
      { type: 'table', key: `${draft.source.line}` },
      draft.conceptId,
    );
  const owners = tableOwners(ctx.matrices);
  const drafts = assemble(
    candidates.map((c) =>
      c.owner.type === 'table' ? { ...c, owner: { type: 'table', key: owners(c.draft) } } : c,
    ),
    doc.concepts.map((c) => c.id),
    (draft) => {
      const reasons = review(draft);
      note(
        draft.conceptId,
        reasons.map((r) => `${draft.template}: ${r}`),
      );
      return reasons.length === 0;
    },
  );
  // Explanations that teach: the taken drafts' whys rewritten (never their options).
  const taught = drafts.map((d) => teach(ctx, d, review));
  const counts = new Map<string, number>();
  // A question of a table hosted by the concept (`hosted-table-last`) is none of its own.
  for (const d of taught)
    if (!d.hosted) counts.set(d.conceptId, (counts.get(d.conceptId) ?? 0) + 1);
  const coverage = subjects.map((s) =>
    coverageOf(s, counts.get(s.concept.id) ?? 0, rejected.get(s.concept.id) ?? []),
  );
  return { drafts: taught, coverage };
}

/**
 * A table draft's owner: the table it comes from (by the table's line), the first matrix with a
 * row on the draft's line. The matrices' row lines are indexed once: a scan of every matrix per
 * draft grew with the product of tables and drafts.
 */
function tableOwners(
  matrices: ReturnType<typeof generationContext>['matrices'],
): (draft: Draft) => string {
  const byRowLine = new Map<number, number>();
  for (const m of matrices)
    for (const line of m.links.table.rowLines ?? [])
      if (!byRowLine.has(line)) byRowLine.set(line, m.links.table.line);
  return (draft) => `${byRowLine.get(draft.source.line) ?? draft.source.line}`;
}

/** What a concept got, why not more, and what the notes could add. */
function coverageOf(
  subject: Subject,
  questions: number,
  reasons: readonly string[],
): ConceptCoverage {
  const { facts, concept } = subject;
  const advice: CoverageAdvice[] = [];
  const factReasons: string[] = [];
  if (questions < MIN_PER_CONCEPT) {
    if (!facts.section) advice.push({ code: 'no-section', name: concept.name });
    for (const f of facts.falses) {
      if (!f.unusable) continue;
      factReasons.push(`misconception 「${f.text}」: ${f.unusable}`);
      if (f.unusable.includes('bare noun'))
        advice.push({ code: 'write-out-misconception', cell: f.text });
      else if (f.unusable.includes('correction'))
        advice.push({ code: 'add-correction', statement: f.text });
    }
    const trues = usable(facts.trues).filter(
      (t) => t.source !== 'summary' && t.source !== 'example',
    );
    if (facts.section && trues.length < 2)
      advice.push({ code: 'add-true-statements', section: facts.section.heading });
    const falses = usable(facts.falses);
    if (falses.length === 0) advice.push({ code: 'add-misconception', name: concept.name });
    const absolute = falses.find((f) => hasAbsoluteWord(f.text));
    if (absolute && !facts.trues.some((t) => hasAbsoluteWord(t.text)))
      advice.push({ code: 'balance-absolute', statement: absolute.text });
    if (subject.siblings.length < 2) advice.push({ code: 'add-sibling', name: concept.name });
  }
  return {
    conceptId: concept.id,
    questions,
    reasons: questions < MIN_PER_CONCEPT ? [...factReasons, ...reasons].slice(0, 8) : [],
    advice,
  };
}
