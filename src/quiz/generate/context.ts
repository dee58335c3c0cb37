/**
 * What the question templates work from: the document, its facts per concept, each concept's
 * siblings and the comparison tables as matrices — gathered once per document. Pure.
 */

import { withBulletsOfOtherRows } from '../facts/bullet-owner.ts';
import { type ConceptFacts, conceptFacts, indexOf } from '../facts/concept-facts.ts';
import type { DocumentIndex } from '../facts/document-index.ts';
import type { Fact } from '../facts/fact.ts';
import { type KindGroups, kindGroups } from '../facts/kind-groups.ts';
import { withSameFactsTied } from '../facts/same-fact.ts';
import { kindParents, type Sibling, siblingIndex } from '../facts/siblings.ts';
import {
  cellValue,
  isYesNo,
  rowsAreAspects,
  type TableMatrix,
  tableKey,
  tableMatrices,
  withoutParenthesis,
} from '../facts/table-facts.ts';
import { headingNames } from '../notes/heading-match.ts';
import { namesTheConcept } from '../review/option-rules.ts';
import { memoPerObject } from '../text/build-memo.ts';
import { withPronounForCopula } from '../text/copula-pronoun.ts';
import { copulaStatement, formOf, withoutHeadNoun, withoutTopic } from '../text/forms.ts';
import { nameAsWritten, namedStatement } from '../text/named-statement.ts';
import { matchKey } from '../text/normalize.ts';
import { plainStyle } from '../text/plain-style.ts';
import { coverageBeyond } from '../text/runs.ts';
import type { Concept, NotesDocument, Section } from '../types.ts';
import { type Wording, wordingFor } from '../wording.ts';
import { tidyOption } from './draft.ts';

/** Everything the templates read. */
export interface GenerationContext {
  doc: NotesDocument;
  index: DocumentIndex;
  facts: Map<string, ConceptFacts>;
  siblings: Map<string, Sibling[]>;
  matrices: TableMatrix[];
  wording: Wording;
  /** The concept each kind is a kind of (コレオグラフィ → サーガ). */
  kindParent: Map<string, Concept>;
  /** The groups of one kind each concept is in, by the notes' layout (kind-groups.ts). */
  kindGroups: KindGroups;
}

/** The context of a document. */
export function generationContext(doc: NotesDocument): GenerationContext {
  const index = indexOf(doc);
  const read = withBulletsOfOtherRows(
    new Map(doc.concepts.map((c) => [c.id, conceptFacts(doc, c)])),
  );
  const facts = new Map([...read].map(([id, f]) => [id, withSameFactsTied(f)]));
  const pointsAt = new Map([...facts].map(([id, f]) => [id, f.pointsAt]));
  const matrices = tableMatrices(doc, index);
  return {
    doc,
    index,
    facts: withTableCellsTied(facts, matrices),
    siblings: siblingIndex(doc, index, pointsAt),
    matrices,
    wording: wordingFor(doc.language),
    kindParent: kindParents(doc, index),
    kindGroups: kindGroups(doc, index),
  };
}

/** A cell shorter than this (`HTTP/2`, `○`) is too common a string to tie a statement by. */
const MIN_TIED_CELL = 8;

/**
 * `statement-says-its-cell`: a true statement of a concept that says the concept's own cell of a
 * comparison table, in full, is that cell's fact — gRPC's `Protocol Bufferによるバイナリシリアライズ`
 * says `Protocol Buffer（バイナリ）` of 「REST vs gRPC」, so the bank asks it once, not again as
 * which of the two tools has `JSON（テキスト）`. The cell's value before its parenthesis and
 * the parenthesis' words must both be said. Linear in the cells and the concept's statements.
 */
function withTableCellsTied(
  facts: Map<string, ConceptFacts>,
  matrices: readonly TableMatrix[],
): Map<string, ConceptFacts> {
  const extra = new Map<Fact, Set<string>>();
  for (const m of matrices) {
    m.entities.forEach((entity, e) => {
      const own = entity.concept ? facts.get(entity.concept.id) : undefined;
      if (!own) return;
      m.attributes.forEach((_, a) => {
        const cell = m.cells[e]?.[a] ?? '';
        if (isYesNo(cell)) return;
        const head = matchKey(withoutParenthesis(cell));
        const note = matchKey(cell.slice(withoutParenthesis(cell).length));
        if ([...head].length + [...note].length < MIN_TIED_CELL || head === '') return;
        for (const f of own.trues) {
          const said = matchKey(f.text);
          if (!said.includes(head) || (note !== '' && !said.includes(note))) continue;
          const keys = extra.get(f) ?? new Set(f.keys);
          keys.add(tableKey(m, e, a));
          extra.set(f, keys);
        }
      });
    });
  }
  if (extra.size === 0) return facts;
  const tie = (f: Fact): Fact => {
    const keys = extra.get(f);
    return keys ? { ...f, keys: [...keys] } : f;
  };
  return new Map(
    [...facts].map(([id, f]) => [id, { ...f, trues: f.trues.map(tie), falses: f.falses }]),
  );
}

/** The names a concept goes by. */
export function namesOf(concept: Concept): string[] {
  return [concept.name, ...concept.aliases];
}

/**
 * A statement as an option of a question about `concept`: tidied, and the subject naming the
 * concept (or the statement's own concept) dropped (`セルフヒーリングはNode単位` → `Node単位`).
 */
export function asOption(
  text: string,
  language: 'ja' | 'en',
  ...concepts: readonly (Concept | null | undefined)[]
): string {
  // Each concept's {@link namesOf}, in order: pushed into one list, not a list per concept
  // flattened (a handful of names, asked for every option of every template).
  const names: string[] = [];
  for (const c of concepts)
    if (c) {
      names.push(c.name);
      for (const alias of c.aliases) names.push(alias);
    }
  // The subject naming the concept, with its article (`An SLO is a contract` → `Is a contract`),
  // then a pronoun before a bare copula (`It is a contract`, text/copula-pronoun.ts).
  const option = withoutTopic(tidyOption(text), names, language);
  return language === 'en' ? withPronounForCopula(option) : option;
}

/** What a question is about: a concept of the summary, or a section of the notes (a topic). */
export interface Subject {
  /** The concept id, or `topic:LINE` for a section. */
  key: string;
  /** The concept the questions attach to (the subject itself, or the host of a topic). */
  concept: Concept;
  /** What prompts call it. */
  name: string;
  /** Every name it goes by (dropped from the front of options, looked for in options). */
  names: string[];
  facts: ConceptFacts;
  topic: boolean;
  siblings: Sibling[];
  /** Things a comparison table sets beside the concept that are no concept of the summary (Kubernetes, REST). */
  peers: Peer[];
}

/** A thing a table sets beside a concept: its name, what the notes say of it, and a why. */
export interface Peer {
  name: string;
  /** The notes' text about it: its own section, else its column of the table. */
  corpus: string;
  /** Why it is not the answer: the first sentence of its section, or its table column. */
  why: string;
  /**
   * True when the notes say of it only yes/no marks (no section of its own, a ✓/× column): too
   * little to rule a statement out (QUIC's column does not say it has no congestion control).
   */
  thin: boolean;
  /**
   * The labels of its columns marked `no` (`Can be caught: no` for SIGSTOP): a statement that
   * says one, negated (`Cannot be caught`), is true of it as well.
   */
  noLabels: string[];
}

/** What separates the cells of a table column written out as one line. */
const LIST_SEPARATOR: Record<'ja' | 'en', string> = { ja: '、', en: '; ' };

/** The non-concept entities of the tables that name `concept` as an entity. */
export function tablePeers(ctx: GenerationContext, concept: Concept): Peer[] {
  const out: Peer[] = [];
  for (const m of ctx.matrices) {
    if (!m.entities.some((e) => e.concept?.id === concept.id)) continue;
    m.entities.forEach((entity, e) => {
      if (entity.concept || out.some((p) => matchKey(p.name) === matchKey(entity.name))) return;
      // The other reading of a table whose rows and columns both name concepts: its other rows
      // are aspects (`マッチ時間（最悪）`, `代表実装` beside `後方参照`), not things of its kind.
      if (m.transposed || rowsAreAspects(m)) return;
      const w = ctx.wording;
      // In the notes' language: `結合度：密結合、…` / `Is an object: ×; …`.
      const column = m.attributes
        .map((a, i) => w.cellOption(a.label, m.cells[e]?.[i] ?? ''))
        .join(LIST_SEPARATOR[ctx.doc.language]);
      // What the table says it has, one line each (`複数コンテナ管理` where it has ○).
      const has = m.attributes
        .map((a, i) => {
          const value = m.cells[e]?.[i] ?? '';
          return cellValue(value) === 'yes' ? a.label : w.cellOption(a.label, value);
        })
        .join('\n');
      const section = sectionNamed(ctx, entity.name);
      const marksOnly = m.attributes.every((_, i) => isYesNo(m.cells[e]?.[i] ?? ''));
      out.push({
        name: entity.name,
        thin: !section && marksOnly,
        noLabels: m.attributes
          .filter((_, i) => cellValue(m.cells[e]?.[i] ?? '') === 'no')
          .map((a) => a.label),
        corpus: [section?.body.slice(0, 4000) ?? '', has].join('\n'),
        // In the options' plain style (`…プラットフォームです` → `…プラットフォーム`).
        why: section?.intro
          ? ctx.wording.conceptIs(entity.name, tidyOption(plainStyle(section.intro)))
          : ctx.wording.conceptIs(entity.name, column),
      });
    });
  }
  return out;
}

/** The section headed by a name (`Kubernetes`, `REST`), if any. */
function sectionNamed(ctx: GenerationContext, name: string): Section | undefined {
  const key = matchKey(name);
  return ctx.doc.sections.find((s) => headingNames(s.heading).some((h) => matchKey(h) === key));
}

/** The subject of a summary concept. */
export function conceptSubject(ctx: GenerationContext, concept: Concept): Subject {
  const facts = ctx.facts.get(concept.id) ?? conceptFacts(ctx.doc, concept);
  return {
    key: concept.id,
    concept,
    name: concept.name,
    names: namesOf(concept),
    facts,
    topic: false,
    siblings: ctx.siblings.get(concept.id) ?? [],
    peers: tablePeers(ctx, concept),
  };
}

/**
 * True when `noun` is the kind the concept's name ends in (`区間` of `信頼区間`): the clause before
 * it may be said of the thing, not by it (`母数を含むように作った区間`: the interval is what is
 * made), so the clause alone is no statement about the concept.
 */
function namesKind(noun: string, concept: Concept | null | undefined): boolean {
  const key = matchKey(noun);
  return !!concept && key.length >= 2 && matchKey(concept.name).endsWith(key);
}

/**
 * True when a misconception's terse cell may stand in for its written-out statement, with its
 * why. Not for `sibling-statement` (the cell names another concept's role), nor for `sole-bullet`
 * when the cell and the bullet share no word beside the concept's names: `単体テストがあれば不要`
 * is no wording of `結合テストは本番環境で行う` (whose why is `テスト用の環境やコンテナで行う`),
 * while `何でも指定するほど速くなる` is one of `たくさんプリロードするほど速くなる`.
 */
function cellSaysIt(fact: Fact, concept: Concept | null | undefined): boolean {
  if (!fact.cell || fact.rule === 'sibling-statement') return false;
  if (fact.rule !== 'sole-bullet') return true;
  const names = concept ? namesOf(concept) : [];
  // A word of two characters or more, or the same ending (`…ほど速くなる`): one shared kanji
  // (`分` of `振り分け` and `分かれる`) is no shared word.
  const ending = (t: string): string => [...t.trim()].slice(-SAME_ENDING_CHARS).join('');
  return (
    coverageBeyond(fact.cell, fact.text, names, MIN_SHARED_RUN) > 0 ||
    ending(fact.cell) === ending(fact.text)
  );
}

/** Characters of the ending two statements share when they make one claim (`速くなる`). */
const SAME_ENDING_CHARS = 4;
/** The shortest run that counts as a shared word. */
const MIN_SHARED_RUN = 2;

/**
 * The ways a fact may be written as an option of a question about `concepts[0]`: its statement,
 * and also — a Japanese definition without its head noun (`…を発見する仕組み` → `…を発見する`, a
 * statement instead of a noun phrase); a misconception's terse cell (`キュー待機`), when it has a
 * correction, beside terse keys. Options of one question must share a form: alternatives let the
 * choice find one.
 */
export function renderings(
  fact: Fact,
  language: 'ja' | 'en',
  ...concepts: readonly (Concept | null | undefined)[]
): string[] {
  const main = asOption(fact.text, language, ...concepts);
  const out = [main];
  let headless = false;
  if (language === 'ja' && fact.truth) {
    const statement = withoutHeadNoun(main);
    headless = statement !== null && !namesKind(main.slice(statement.length), concepts[0]);
    if (statement && headless) out.push(statement);
  }
  const copula = headless ? null : copulaStatement(main, language);
  if (copula) out.push(copula);
  if (!fact.truth && fact.cell && cellSaysIt(fact, concepts[0]) && fact.why)
    out.push(asOption(fact.cell, language, ...concepts));
  // One wording is its own: no key to compare.
  if (out.length === 1) return main ? out : [];
  const keys = out.map((t) => matchKey(t));
  return out.filter((t, i) => t && keys.indexOf(keys[i] as string) === i);
}

/**
 * {@link renderings} of a fact about one concept, read once per build: correct-about's keys and
 * misconception-about's true options are the same facts of the same concept (on a 5,000-row
 * table the second reading was 52 ms of three builds). Shared: read it, never change it.
 */
export const renderingsAbout: (
  fact: Fact,
  language: 'ja' | 'en',
  concept: Concept,
) => readonly string[] = memoPerObject(renderings);

/**
 * The concept's name as the notes write it in a sentence (`a runbook`, `toil`), read from its
 * statements and misconceptions; null when they never write it so. Once per concept's facts.
 */
const writtenNames = new WeakMap<ConceptFacts, string | null>();

function writtenName(facts: ConceptFacts): string | null {
  if (writtenNames.has(facts)) return writtenNames.get(facts) ?? null;
  const texts = [...facts.trues, ...facts.falses].flatMap((f) => [f.text, f.evidence.words]);
  let found: string | null = null;
  for (const name of namesOf(facts.concept)) {
    found = nameAsWritten(texts, name);
    if (found) break;
  }
  writtenNames.set(facts, found);
  return found;
}

/** Words the notes write with a capital inside a sentence (proper names: `Kafka`, `Redis`). */
const capitalWords = new WeakMap<NotesDocument, Set<string>>();

function keepsCapital(doc: NotesDocument): (word: string) => boolean {
  let words = capitalWords.get(doc);
  if (!words) {
    words = new Set();
    for (const s of doc.sections)
      for (const line of s.body.split('\n')) {
        const parts = line.trim().split(' ');
        for (let i = 1; i < parts.length; i++) {
          const w = (parts[i] ?? '').replace(/[^A-Za-z'’-]+$/, '');
          // After a word inside the sentence (not after `|`, `-`, a stop or a colon).
          if (/^[A-Z][a-z]/.test(w) && /[a-z0-9,)]$/.test(parts[i - 1] ?? '')) words.add(w);
        }
      }
    capitalWords.set(doc, words);
  }
  const set = words;
  return (word) => set.has(word);
}

/**
 * True when some wrong statement of the concept names it in a way no rewrite drops (`Dashboard
 * screenshots are a good runbook`): only then are the true statements also written naming it.
 */
export function wrongsNameIt(subject: Subject, language: 'ja' | 'en'): boolean {
  if (language !== 'en' || subject.topic) return false;
  return subject.facts.falses.some(
    (f) =>
      !f.unusable && namesTheConcept(asOption(f.text, language, subject.concept), subject.names),
  );
}

/**
 * The wordings of a true fact with the concept's name as the subject (`A runbook is step-by-step
 * instructions for a known alert`), for an option set whose other options name the concept
 * (text/named-statement.ts). English only; empty when no rule applies or the notes never write
 * the name in a sentence.
 */
export function namedRenderings(ctx: GenerationContext, subject: Subject, fact: Fact): string[] {
  const language = ctx.doc.language;
  if (language !== 'en' || !fact.truth) return [];
  const written = writtenName(subject.facts);
  if (!written) return [];
  const text = tidyOption(fact.text);
  const option = asOption(fact.text, language, subject.concept);
  const made = namedStatement({
    text,
    option,
    source: fact.source,
    written,
    form: formOf(option, language),
    keepsCapital: keepsCapital(ctx.doc),
    kindOf: inKindsList(ctx.doc, fact, subject.names),
  });
  return made && namesTheConcept(made, subject.names) ? [made] : [];
}

/** How a list of kinds is opened: `Common kinds of SLI:`, `Types of load balancer:`. */
const KINDS_OF = ['kinds of ', 'types of ', 'sorts of ', 'classes of '];
/** The line that opens a list is read this far up, over the list's items. */
const MAX_ITEMS_ABOVE = 12;

/**
 * True when the fact is an item of a list its section opens as kinds of the concept (`Common
 * kinds of SLI:` above `- Latency: the share of requests served faster than a threshold`): the
 * nearest line above that ends in a colon names kinds of it, and every line between is an item
 * of the same shape (`Availability: …`). Reads at most {@link MAX_ITEMS_ABOVE} lines up.
 */
function inKindsList(doc: NotesDocument, fact: Fact, names: readonly string[]): boolean {
  if (fact.source !== 'sentence' && fact.source !== 'feature') return false;
  const section = doc.sections.find((s) => s.heading === fact.section);
  const words = fact.evidence.words.trim();
  if (!section || !words || !TERM_ITEM.test(words)) return false;
  const lines = section.body.split('\n').map((l) => l.trim().replace(/^[-*+]\s+/, ''));
  const at = lines.indexOf(words);
  for (let i = at - 1; at >= 0 && i >= 0 && i >= at - MAX_ITEMS_ABOVE; i--) {
    const line = lines[i] ?? '';
    if (!line.endsWith(':')) {
      if (TERM_ITEM.test(line)) continue;
      return false;
    }
    const lower = line.toLowerCase();
    return KINDS_OF.some((k) => {
      const from = lower.indexOf(k);
      if (from < 0) return false;
      const rest = lower.slice(from + k.length).replace(/^an? /, '');
      return names.some((n) => rest.startsWith(n.toLowerCase()));
    });
  }
  return false;
}

/** An item `Term: definition` (a term of a few words, then a colon and a space). */
const TERM_ITEM = /^[A-Za-z][A-Za-z0-9 -]{0,39}: \S/;

const conceptsById = new WeakMap<GenerationContext, Map<string, Concept>>();

/**
 * The document's first concept with the id (what `doc.concepts.find` gives), from a map built once
 * per context: an option of every key of every concept looks its sibling up, and the teach stage
 * each draft's concept.
 */
export function conceptById(ctx: GenerationContext, id: string): Concept | undefined {
  let map = conceptsById.get(ctx);
  if (!map) {
    map = new Map();
    for (const c of ctx.doc.concepts) if (!map.has(c.id)) map.set(c.id, c);
    conceptsById.set(ctx, map);
  }
  return map.get(id);
}
