/**
 * Questions from labelled lists of a subject's section:
 * - *in list* — an item of one list among the items of its opposite (`できること` among
 *   `できないこと`, and the other way round);
 * - *which term* / *term meaning* — a labelled list of three terms or more defined in place
 *   (`**3つの状態**：` + `1. **Closed**: 正常。リクエストを通す` …): which term a definition
 *   belongs to, and which definition a term has.
 * Pure.
 */
import { labelKind } from '../notes/labels.ts';
import { pieceRule } from '../notes/sentence-ends.ts';
import { contextRule } from '../text/context-words.ts';
import { matchKey } from '../text/normalize.ts';
import { withoutFinalStop } from '../text/trim.ts';
import type { LabeledList, Section, TermDefinition } from '../types.ts';
import { type Chosen, chooseOptions } from './choose-options.ts';
import type { GenerationContext, Subject } from './context.ts';
import type { Draft, DraftChoice, OptionKind } from './draft.ts';

const MIN_TERMS = 3;

function merge(into: Chosen, found: Chosen): void {
  into.drafts.push(...found.drafts);
  into.rejected.push(...found.rejected);
}

function make(
  ctx: GenerationContext,
  subject: Subject,
  section: Section,
  template: string,
  kind: 'list' | 'which-concept',
  optionKind: OptionKind,
  prompt: string,
  line: number,
  keys: string[],
  why: string | null,
): (choices: DraftChoice[]) => Draft {
  return (choices) => ({
    template,
    conceptId: subject.concept.id,
    conceptName: subject.concept.name,
    kind,
    asksFor: 'correct',
    optionKind,
    prompt,
    choices,
    section: section.heading,
    language: ctx.doc.language,
    why,
    notes: [],
    source: { file: ctx.doc.file, line, section: section.heading },
    asks: keys,
    quality: 1.05,
  });
}

/** An item of a list among the items of the opposite list, both ways. */
function inList(ctx: GenerationContext, subject: Subject, section: Section): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  const lists = section.lists ?? [];
  const can = lists.find((l) => labelKind(l.label) === 'features' && l.items.length > 0);
  const cannot = lists.find((l) => labelKind(l.label) === 'cannot' && l.items.length > 0);
  if (!can || !cannot) return out;
  for (const [own, opposite] of [
    [can, cannot],
    [cannot, can],
  ] as [LabeledList, LabeledList][]) {
    // `Automatable: a script could do it`: an item that leans on the list around it is no
    // option (text/context-words.ts), nor a piece of a sentence (notes/sentence-ends.ts).
    const alone = (text: string) =>
      contextRule(text, ctx.doc.language) === null && pieceRule(text) === null;
    for (const item of own.items.filter((i) => alone(i.text))) {
      const key: DraftChoice = {
        text: withoutFinalStop(item.text),
        correct: true,
        truth: true,
        why: null,
        keys: [`L:${item.line}`],
      };
      const candidates = opposite.items
        .filter((o) => alone(o.text))
        .map(
          (o): DraftChoice => ({
            text: withoutFinalStop(o.text),
            correct: false,
            truth: false,
            why: ctx.wording.listSays(opposite.label, o.text),
            keys: [`L:${o.line}`],
          }),
        );
      merge(
        out,
        chooseOptions(
          key,
          candidates,
          make(
            ctx,
            subject,
            section,
            'in-list',
            'list',
            'statement',
            ctx.wording.inList(subject.name, own.label),
            item.line,
            [`L:${item.line}`],
            ctx.wording.listSays(own.label, item.text),
          ),
          { names: subject.names },
          { variants: 2, most: 3 },
        ),
      );
    }
  }
  return out;
}

/** The definition lists of a section with three terms or more. */
function definitionGroups(section: Section): { label: string; terms: TermDefinition[] }[] {
  const out: { label: string; terms: TermDefinition[] }[] = [];
  for (const list of section.lists ?? []) {
    const lines = new Set(list.items.map((i) => i.line));
    const terms = (section.definitions ?? []).filter((d) => lines.has(d.line));
    if (terms.length >= MIN_TERMS) out.push({ label: list.label, terms });
  }
  return out;
}

/** Which term a definition belongs to, and which definition a term has. */
function terms(ctx: GenerationContext, subject: Subject, section: Section): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  const w = ctx.wording;
  for (const group of definitionGroups(section)) {
    const names = group.terms.map((t) => t.term);
    for (const term of group.terms) {
      const definition = withoutFinalStop(term.text);
      const namesOther = names.some(
        (n) => n !== term.term && matchKey(definition).includes(matchKey(n)),
      );
      if (!namesOther && !matchKey(definition).includes(matchKey(term.term))) {
        const key: DraftChoice = {
          text: term.term,
          correct: true,
          truth: true,
          why: null,
          keys: [`L:${term.line}`],
        };
        const candidates = group.terms
          .filter((t) => t !== term)
          .map(
            (t): DraftChoice => ({
              text: t.term,
              correct: false,
              truth: false,
              why: w.conceptIs(t.term, withoutFinalStop(t.text)),
              keys: [`L:${t.line}`],
            }),
          );
        merge(
          out,
          chooseOptions(
            key,
            candidates,
            make(
              ctx,
              subject,
              section,
              'which-term',
              'which-concept',
              'name',
              w.whichTerm(subject.name, group.label, definition),
              term.line,
              [`L:${term.line}`],
              w.conceptIs(term.term, definition),
            ),
            { names: subject.names },
            { variants: 3, most: 2 },
          ),
        );
      }
      const key: DraftChoice = {
        text: definition,
        correct: true,
        truth: true,
        why: null,
        keys: [`L:${term.line}`],
      };
      const candidates = group.terms
        .filter((t) => t !== term)
        .map(
          (t): DraftChoice => ({
            text: withoutFinalStop(t.text),
            correct: false,
            truth: false,
            why: w.conceptIs(t.term, withoutFinalStop(t.text)),
            keys: [`L:${t.line}`],
          }),
        );
      merge(
        out,
        chooseOptions(
          key,
          candidates,
          make(
            ctx,
            subject,
            section,
            'term-meaning',
            'which-concept',
            'value',
            w.termMeaning(subject.name, group.label, term.term),
            term.line,
            [`L:${term.line}`],
            null,
          ),
          { names: subject.names },
          { variants: 3, most: 2 },
        ),
      );
    }
  }
  return out;
}

/** The list questions of a subject's own section. */
export function listDrafts(ctx: GenerationContext, subject: Subject): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  const section = subject.facts.section;
  if (!section || subject.facts.host) return out;
  merge(out, inList(ctx, subject, section));
  merge(out, terms(ctx, subject, section));
  return out;
}
