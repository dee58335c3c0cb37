/**
 * Everything the notes say about one concept, ready for questions: its misconceptions written
 * out (each with the notes' correction), further wrong statements from its sections, the
 * concepts the notes contrast it with, and true statements. Pure.
 */
import { relatedSections } from '../notes/concept-sections.ts';
import { matchKey } from '../text/normalize.ts';
import { coverage, overlap } from '../text/runs.ts';
import type { Concept, NotesDocument, Section } from '../types.ts';
import { type Wording, wordingFor } from '../wording.ts';
import { parallel, pointedConcept, pointingAt, saysOtherWayRound, swapped } from './rewrite.ts';
import { type TableLinks, tableLinks, tablesAbout } from './table-links.ts';
import {
  isHostSection,
  plainStyle,
  type TrueStatement,
  trueStatements,
} from './true-statements.ts';
import { type FoundWrong, unclaimedBullets, wrongStatements } from './wrong-statements.ts';

/** A statement the notes call wrong about the concept. */
export interface WrongStatement {
  text: string;
  /** The notes' correction, or a pointer to where the statement belongs. */
  why: string | null;
  origin: 'row' | 'bullet' | 'point' | 'contrast' | 'table';
  /** The misconception cell it writes out, for `origin: 'row'`. */
  cell?: string;
  /** True when the cell could not be written out and is used as it stands. */
  terse?: boolean;
  /**
   * How a row cell was written out: matched to a bullet/point, `parallel` to the correct
   * understanding, `swap` of it (`逆`), or `pointer` to another concept's statement.
   */
  via?: 'match' | 'parallel' | 'swap' | 'pointer';
  /** The notes' own line behind it: `× statement（correction）`, or the denying point. */
  note?: string;
  section: string | null;
}

export type { TrueStatement };

export interface ConceptFacts {
  concept: Concept;
  document: NotesDocument;
  /** The concept's own section, if found. */
  section: Section | null;
  /** The row's misconceptions written out, in row order (cells that cannot be written out dropped). */
  rowWrongs: WrongStatement[];
  /** Other wrong statements from its sections (× bullets, denied points), duplicates removed. */
  extraWrongs: WrongStatement[];
  /** Concepts the notes set against this one (a misconception cell points at it, or a shared table). */
  contrasts: Concept[];
  trues: TrueStatement[];
  tables: TableLinks[];
  /** The first sentence of the concept's own section, in the options' plain style (not of a host section). */
  intro: string | null;
  /** True when the section is not named after the concept but defines it among other things (Kubernetes → セルフヒーリング). */
  host: boolean;
}

const MATCH_MIN = 0.6;
const DUPLICATE_MIN = 0.75;

/** Gathers the facts of one concept of `doc`. */
export function conceptFacts(
  doc: NotesDocument,
  concept: Concept,
  links: TableLinks[] = tableLinks(doc),
): ConceptFacts {
  const names = [concept.name, ...concept.aliases];
  const [own = null, ...shared] = relatedSections(doc.sections, concept.section, names);
  const section = own && own.heading === concept.section ? own : null;
  const sharedSections = section
    ? shared
    : [own, ...shared].filter((s): s is Section => s !== null);
  const host = section !== null && isHostSection(section, concept);
  const candidates = wrongStatements(doc, concept, section ? [section] : [], sharedSections, host);
  const fallback = unclaimedBullets(doc, concept).filter(
    (u) => !candidates.some((c) => c.line === u.line),
  );
  const used = new Set<FoundWrong>();
  const evidence = new Set<Section>();
  const wording = wordingFor(doc.language);
  const rowWrongs: WrongStatement[] = [];
  const pointed: Concept[] = [];

  for (const cell of concept.misconceptions) {
    if (saysOtherWayRound(cell)) {
      const text = swapped(concept);
      if (text)
        rowWrongs.push({
          text,
          why: wording.otherWayRound(concept.correct),
          origin: 'row',
          cell,
          via: 'swap',
          section: concept.section,
        });
      continue;
    }
    const match = bestMatch(cell, candidates, used) ?? bestMatch(cell, fallback, used);
    const parallelText = parallel(concept, cell);
    if (match) {
      used.add(match);
      if (fallback.includes(match)) evidence.add(match.section);
      const text = match.origin === 'bullet' ? match.text : (parallelText ?? match.text);
      rowWrongs.push({
        text,
        why: readableCorrection(match.correction, wording),
        origin: 'row',
        cell,
        via: 'match',
        note: noteOf(match),
        section: match.section.heading,
      });
      continue;
    }
    if (parallelText) {
      rowWrongs.push({
        text: parallelText,
        why: null,
        origin: 'row',
        cell,
        via: 'parallel',
        section: concept.section,
      });
      continue;
    }
    const other = pointedConcept(cell, concept, doc.concepts);
    if (other) {
      pointed.push(other);
      rowWrongs.push({
        text: other.correct,
        why: wording.thatIs(other.name, other.correct),
        origin: 'row',
        cell,
        via: 'pointer',
        section: other.section,
      });
      continue;
    }
    rowWrongs.push({
      text: cell,
      why: null,
      origin: 'row',
      cell,
      terse: true,
      section: concept.section,
    });
  }

  const extraWrongs = extras(candidates, fallback, used, evidence, rowWrongs, wording);
  const tables = tablesAbout(links, concept);
  const contrasts = contrastsOf(concept, doc, pointed, tables);
  const trues = trueStatements(doc, concept, section, host);
  for (const wrong of rowWrongs) {
    if (wrong.terse && wrong.why === null)
      wrong.why = evidenceFor(wrong.text, trues, wording.notesSay);
    wrong.why ??= wording.rowSaysWrong;
  }
  const intro = section?.intro && !host ? plainStyle(section.intro) : null;
  return {
    concept,
    document: doc,
    section,
    rowWrongs,
    extraWrongs,
    contrasts,
    trues,
    tables,
    intro,
    host,
  };
}

/** The notes' line behind a found wrong statement, as the notes put it. */
function noteOf(found: FoundWrong): string {
  if (found.point) return found.point;
  return found.correction ? `× ${found.text}（${found.correction}）` : `× ${found.text}`;
}

/** A correction that only says `逆` becomes a sentence. */
function readableCorrection(correction: string | null, wording: Wording): string | null {
  if (correction !== null && saysOtherWayRound(correction)) return wording.reverseIsTrue;
  return correction;
}

function bestMatch(
  cell: string,
  candidates: readonly FoundWrong[],
  used: ReadonlySet<FoundWrong>,
): FoundWrong | null {
  let best: FoundWrong | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    if (used.has(candidate)) continue;
    const score = coverage(cell, candidate.text) + (candidate.origin === 'bullet' ? 0.01 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best && bestScore >= MATCH_MIN ? best : null;
}

function extras(
  candidates: readonly FoundWrong[],
  fallback: readonly FoundWrong[],
  used: ReadonlySet<FoundWrong>,
  evidence: ReadonlySet<Section>,
  rowWrongs: readonly WrongStatement[],
  wording: Wording,
): WrongStatement[] {
  const taken: string[] = [...rowWrongs.map((w) => w.text), ...[...used].map((u) => u.text)];
  const out: WrongStatement[] = [];
  const pool = [...candidates, ...fallback.filter((f) => evidence.has(f.section))];
  // Bullets before denied points, so a point that repeats a bullet is the one left out.
  const ordered = [
    ...pool.filter((c) => c.origin === 'bullet'),
    ...pool.filter((c) => c.origin === 'point'),
  ];
  for (const candidate of ordered) {
    if (used.has(candidate)) continue;
    if (
      taken.some(
        (t) =>
          matchKey(t) === matchKey(candidate.text) || overlap(t, candidate.text) >= DUPLICATE_MIN,
      )
    )
      continue;
    taken.push(candidate.text);
    const why = readableCorrection(candidate.correction, wording) ?? candidate.point ?? null;
    out.push({
      text: candidate.text,
      why,
      origin: candidate.origin,
      note: noteOf(candidate),
      section: candidate.section.heading,
    });
  }
  return out;
}

function contrastsOf(
  concept: Concept,
  doc: NotesDocument,
  pointed: readonly Concept[],
  tables: readonly TableLinks[],
): Concept[] {
  const out = new Map<string, Concept>();
  for (const c of pointed) out.set(c.id, c);
  // Issue 11 item 7 (i11a): one look-up in a map built once per document, not a scan of every
  // concept's cells against every concept (which made the bank cubic in the table's rows).
  for (const other of pointingAt(doc.concepts).get(concept.id) ?? [])
    if (other.id !== concept.id) out.set(other.id, other);
  for (const links of tables) {
    const columnConcepts = [...links.columns.values()];
    if (!columnConcepts.some((c) => c.id === concept.id)) continue;
    for (const c of columnConcepts) if (c.id !== concept.id) out.set(c.id, c);
  }
  return [...out.values()];
}

const EVIDENCE_MIN = 0.5;

/** A true statement of the concept's section that speaks to a terse misconception (`効率的` → `非効率なメモリ内結合`). */
function evidenceFor(
  cell: string,
  trues: readonly TrueStatement[],
  say: (text: string) => string,
): string | null {
  const found = trues
    .filter((t) => t.origin !== 'correct')
    .find((t) => coverage(cell, t.text) >= EVIDENCE_MIN);
  return found ? say(found.text) : null;
}
