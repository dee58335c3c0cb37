/**
 * *Which concept is this*: a statement or an example from X's notes → X's name, among siblings
 * the notes set apart from X (a pair gets a third sibling from the same heading). A sibling is an
 * option only where its own notes do not say the statement, and a statement that the siblings'
 * shared heading says of all of them (`補助機能を追加` for the container patterns) is not asked.
 * Pure.
 */
import type { Fact } from '../facts/fact.ts';
import { usable } from '../facts/fact.ts';
import { mentions } from '../facts/mentions.ts';
import type { Concept } from '../types.ts';
import { type Chosen, chooseOptions } from './choose-options.ts';
import type { GenerationContext, Subject } from './context.ts';
import { type Draft, type DraftChoice, tidyOption } from './draft.ts';
import { genericFor, statementFitsNot } from './fit.ts';
import { MAX_OPTION_CHARS } from '../facts/concept-facts.ts';

const STATEMENT_QUALITY: Partial<Record<Fact['source'], number>> = {
  example: 1.25,
  intro: 1.1,
  definition: 1.1,
  feature: 1,
  point: 1,
  summary: 0.9,
};
const MAX_STATEMENTS = 5;
const MAX_SIBLINGS = 5;

export function whichConceptDrafts(ctx: GenerationContext, subject: Subject): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  if (subject.topic) return out;
  const { doc, wording: w } = ctx;
  const concept = subject.concept;
  const siblings = subject.siblings.slice(0, MAX_SIBLINGS).map((s) => s.concept);
  if (siblings.length < 2) {
    out.rejected.push('siblings: fewer than two concepts the notes set beside it');
    return out;
  }
  const statements = usable(subject.facts.trues)
    .filter((t) => STATEMENT_QUALITY[t.source] !== undefined)
    .filter((t) => [...t.text].length <= MAX_OPTION_CHARS)
    .slice(0, MAX_STATEMENTS);
  for (const statement of statements) {
    const text = tidyOption(statement.text);
    if ([concept, ...siblings].some((c) => mentions(text, c))) {
      out.rejected.push(`names-a-concept: 「${text}」 names an option`);
      continue;
    }
    const others = siblings.filter(
      (s) => statementFitsNot(ctx, text, s) && !genericFor(ctx, text, [concept, s]),
    );
    if (others.length < 2) {
      out.rejected.push(`fits-a-sibling: 「${text}」 fits too many siblings`);
      continue;
    }
    const key: DraftChoice = {
      text: concept.name,
      correct: true,
      truth: true,
      why: statement.source === 'summary' ? null : concept.correct,
      keys: statement.keys,
    };
    const candidates = others.map(
      (o: Concept): DraftChoice => ({
        text: o.name,
        correct: false,
        truth: false,
        why: w.conceptIs(o.name, o.correct),
        keys: [`S:${o.id}`],
      }),
    );
    const make = (choices: DraftChoice[]): Draft => ({
      template: 'which-concept',
      conceptId: concept.id,
      conceptName: concept.name,
      kind: 'which-concept',
      asksFor: 'correct',
      optionKind: 'name',
      prompt: statement.source === 'example' ? w.whichExample(text) : w.whichConcept(text),
      choices,
      section: statement.section ?? concept.section,
      language: doc.language,
      why: statement.source === 'summary' ? null : w.conceptIs(concept.name, concept.correct),
      notes: [],
      source: { file: doc.file, line: statement.evidence.line, section: statement.section ?? concept.section },
      asks: statement.keys,
      quality: STATEMENT_QUALITY[statement.source] ?? 1,
    });
    const found = chooseOptions(key, candidates, make, { concepts: [concept, ...siblings] }, {
      variants: 3,
      most: 2,
    });
    out.drafts.push(...found.drafts);
    out.rejected.push(...found.rejected);
  }
  return out;
}
