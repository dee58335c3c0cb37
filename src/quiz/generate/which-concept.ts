/**
 * *Which concept is this*: a statement or an example from X's notes → X's name, among siblings
 * the notes set apart from X (a pair gets a third sibling from the same heading). A sibling is an
 * option only where its own notes do not say the statement, and a statement that the siblings'
 * shared heading says of all of them (`補助機能を追加` for the container patterns) is not asked.
 * Pure.
 */

import { MAX_OPTION_CHARS } from '../facts/concept-facts.ts';
import type { Fact } from '../facts/fact.ts';
import { usable } from '../facts/fact.ts';
import { isTopicOf, mentions } from '../facts/mentions.ts';
import { withoutParenthesis } from '../facts/table-facts.ts';
import { comparisonParts } from '../notes/heading-match.ts';
import { codePointLength } from '../text/code-points.ts';
import { withoutTopic } from '../text/forms.ts';
import { stemNameClue } from '../text/stem-clue.ts';
import { type Chosen, chooseOptions } from './choose-options.ts';
import type { GenerationContext, Subject } from './context.ts';
import { namesOf } from './context.ts';
import { type Draft, type DraftChoice, tidyOption } from './draft.ts';
import { genericFor, saidIn, sharesSaidCell, statementFitsNot } from './fit.ts';

const STATEMENT_QUALITY: Partial<Record<Fact['source'], number>> = {
  example: 1.25,
  intro: 1.1,
  definition: 1.1,
  feature: 1,
  point: 1,
  sentence: 0.95,
  summary: 0.9,
};
const MAX_STATEMENTS = 5;
/**
 * A statement is the stem here, not an option, so it may be longer than an option (still one
 * read) — but a short one reads better: long ones are asked only for a concept whose short
 * statements gave fewer than {@link LONG_STEMS_BELOW} questions.
 */
const MAX_STEM_CHARS = 2 * MAX_OPTION_CHARS;
const LONG_STEMS_BELOW = 2;
/** How much a long stem lowers a draft's quality (a short stem on another fact comes first). */
const LONG_COST = 0.4;
/** Marks an option drawn from a neighbouring row of the summary table (one key per row: a mark,
 * not a fact, so two such options may stand together). */
const WEAK = 'weak-option';
const WEAK_COST = 0.3;
const MAX_SIBLINGS = 5;

/** An option of a which-concept question: a sibling concept or a table peer. */
interface NameOption {
  name: string;
  fitsNot: (statement: string) => boolean;
  why: string;
  keys: string[];
}

/** The names a question about the subject may offer besides its own, closest first. */
function nameOptions(ctx: GenerationContext, subject: Subject): NameOption[] {
  const concept = subject.concept;
  const siblings = subject.siblings
    .filter((s) => !comparisonParts(s.concept.name))
    .slice(0, MAX_SIBLINGS)
    .map(
      (s): NameOption => ({
        name: s.concept.name,
        fitsNot: (text) =>
          statementFitsNot(ctx, text, s.concept) &&
          !genericFor(ctx, text, [concept, s.concept]) &&
          !sharesSaidCell(ctx, text, concept, s.concept),
        why: ctx.wording.conceptIs(s.concept.name, s.concept.correct),
        // A neighbouring row of the summary is a weaker option (less likely to be confused).
        keys: [
          `S:${s.concept.id}`,
          ...(s.relation === 'neighbouring-row' ? [`${WEAK}:${s.concept.id}`] : []),
        ],
      }),
    );
  const peers = subject.peers
    .filter((p) => !p.thin)
    .map((p): NameOption => {
      const lines = p.corpus.split('\n');
      return {
        name: p.name,
        fitsNot: (text) => !saidIn(withoutParenthesis(text), lines),
        why: p.why,
        keys: [],
      };
    });
  return [...peers, ...siblings];
}

/** True when the statement's subject is a sibling or a table peer, not the concept. */
function aboutOther(subject: Subject, text: string, language: 'ja' | 'en'): boolean {
  const names = [
    ...subject.peers.map((p) => p.name),
    ...subject.siblings.flatMap((s) => namesOf(s.concept)),
  ];
  return names.some((name) => isTopicOf(text, name, language));
}

export function whichConceptDrafts(ctx: GenerationContext, subject: Subject): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  if (subject.topic) return out;
  // `SOA vs MSA` names a comparison, not a thing a statement describes: its statements are of
  // one side or the other.
  if (comparisonParts(subject.concept.name)) {
    out.rejected.push('which-concept: the concept is a comparison of two things');
    return out;
  }
  const { doc, wording: w } = ctx;
  const concept = subject.concept;
  const options = nameOptions(ctx, subject);
  if (options.length < 2) {
    out.rejected.push('which-concept: fewer than two siblings the notes set beside it');
    return out;
  }
  const candidates = usable(subject.facts.trues).filter(
    (t) => STATEMENT_QUALITY[t.source] !== undefined,
  );
  const isLong = (t: Fact): boolean => codePointLength(t.text) > MAX_OPTION_CHARS;
  // Short statements first; a long one only while fewer than two statements gave a question.
  const statements = [
    ...candidates.filter((t) => !isLong(t)).slice(0, MAX_STATEMENTS),
    ...candidates.filter((t) => isLong(t) && codePointLength(t.text) <= MAX_STEM_CHARS),
  ];
  let asked = 0;
  const askedKeys = new Set<string>();
  for (const statement of statements) {
    if (isLong(statement) && asked >= LONG_STEMS_BELOW) break;
    // A long wording of a fact a short statement already asks adds nothing.
    if (isLong(statement) && statement.keys.some((k) => askedKeys.has(k))) continue;
    // `概念Xは鍵語で動く` asks `鍵語で動く`: a statement whose topic is the concept drops it.
    const text = tidyOption(withoutTopic(statement.text, namesOf(concept), doc.language));
    if (mentions(text, concept)) {
      out.rejected.push(`which-concept: 「${text}」 gives the name away`);
      continue;
    }
    if (aboutOther(subject, statement.text, doc.language)) {
      out.rejected.push(`which-concept: 「${text}」 is said of another thing`);
      continue;
    }
    const others = options.filter((o) => o.fitsNot(text));
    if (others.length < 2) {
      out.rejected.push(`which-concept: 「${text}」 fits its siblings too`);
      continue;
    }
    const key: DraftChoice = {
      text: concept.name,
      correct: true,
      truth: true,
      why: null,
      keys: statement.keys,
    };
    const candidates = others.map(
      (o): DraftChoice => ({
        text: o.name,
        correct: false,
        truth: false,
        why: o.why,
        keys: o.keys,
      }),
    );
    // What every option set of the statement shares, written once (the search tries many sets;
    // one literal per set, not a spread, keeps each draft cheap to make).
    const prompt = statement.source === 'example' ? w.whichExample(text) : w.whichConcept(text);
    const section = statement.section ?? concept.section;
    const why = statement.source === 'summary' ? null : w.conceptIs(concept.name, concept.correct);
    const source = { file: doc.file, line: statement.evidence.line, section };
    // Naming the concept from its description: a correct-about question on the same statement
    // asks the other way (statement from name); assembly takes both only where the concept has
    // no other fact for its second question (see `bareKeys` in assemble.ts).
    const asks = statement.keys.map((k) => `name:${k}`);
    const quality = STATEMENT_QUALITY[statement.source] ?? 1;
    const make = (choices: DraftChoice[]): Draft => ({
      template: 'which-concept',
      conceptId: concept.id,
      conceptName: concept.name,
      kind: 'which-concept',
      asksFor: 'correct',
      optionKind: 'name',
      prompt,
      choices,
      section,
      language: doc.language,
      why,
      notes: [],
      source,
      asks,
      quality,
    });
    const found = chooseOptions(
      key,
      candidates,
      make,
      { names: namesOf(concept) },
      {
        variants: 5,
        most: 2,
      },
    );
    if (found.drafts.length > 0) {
      asked++;
      for (const k of statement.keys) askedKeys.add(k);
    }
    out.drafts.push(
      ...found.drafts.map((d) => {
        const clue = stemNameClue(
          text,
          concept.name,
          d.choices.filter((c) => !c.correct).map((c) => c.text),
        );
        return {
          ...d,
          quality:
            d.quality -
            (isLong(statement) ? LONG_COST : 0) -
            WEAK_COST * d.choices.filter((c) => c.keys.some((k) => k.startsWith(WEAK))).length,
          ...(clue ? { stemClue: clue } : {}),
        };
      }),
    );
    out.rejected.push(...found.rejected);
  }
  return out;
}
