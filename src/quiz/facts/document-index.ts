/**
 * What every concept's facts look things up in, built once per document so that gathering the
 * facts of all concepts stays linear in the notes: sections by heading, the `A vs B` sections,
 * the sections no concept owns and the × bullets in them, the pointer index of terse cells, the
 * comparison tables and the section tree. Pure.
 */
import {
  type ComparisonIndex,
  comparisonIndex,
  comparisonsNaming,
} from '../notes/comparison-index.ts';
import { comparisonParts } from '../notes/heading-match.ts';
import { countAtOrAbove } from '../notes/positions.ts';
import type { Concept, NotesDocument, Section } from '../types.ts';
import { mentions } from './mentions.ts';
import { type PointerIndex, pointerIndex } from './pointers.ts';
import { type TableLinks, tableLinks } from './table-links.ts';

/** A × bullet of a section that no concept owns, and the concepts it names. */
export interface UnclaimedBullet {
  section: Section;
  statement: string;
  correction: string | null;
  line: number;
  /** True when the statement opens on code (see {@link MisconceptionBullet}). */
  opensOnCode?: boolean;
  /** Ids of the concepts the statement names. */
  names: Set<string>;
}

/** Look-ups shared by the facts of every concept of a document. */
export interface DocumentIndex {
  doc: NotesDocument;
  byHeading: Map<string, Section>;
  /** Sections headed `A vs B`. */
  comparisonSections: Section[];
  /** The `A vs B` sections (positions in the document's sections) by the keys of their sides. */
  comparisons: ComparisonIndex;
  /** Headings that are some concept's own section. */
  owned: Set<string>;
  unclaimed: UnclaimedBullet[];
  pointers: PointerIndex;
  links: TableLinks[];
  /** The enclosing section of each section (null at the top). */
  parent: Map<Section, Section | null>;
  /** The concept that owns each owned heading. */
  ownerOf: Map<string, Concept>;
}

/** The index of a document. */
export function documentIndex(doc: NotesDocument): DocumentIndex {
  const byHeading = new Map<string, Section>();
  for (const s of doc.sections) if (!byHeading.has(s.heading)) byHeading.set(s.heading, s);
  const ownerOf = new Map<string, Concept>();
  for (const c of doc.concepts)
    if (c.section !== null && !ownerOf.has(c.section)) ownerOf.set(c.section, c);
  const owned = new Set(ownerOf.keys());
  const unclaimed: UnclaimedBullet[] = [];
  for (const section of doc.sections) {
    if (owned.has(section.heading)) continue;
    for (const bullet of section.misconceptions) {
      const names = new Set(
        doc.concepts.filter((c) => mentions(bullet.statement, c)).map((c) => c.id),
      );
      unclaimed.push({ section, ...bullet, names });
    }
  }
  const parent = new Map<Section, Section | null>();
  const stack: Section[] = [];
  for (const s of doc.sections) {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= s.level) stack.pop();
    parent.set(s, stack.at(-1) ?? null);
    stack.push(s);
  }
  return {
    doc,
    byHeading,
    comparisonSections: doc.sections.filter((s) => comparisonParts(s.heading) !== null),
    comparisons: comparisonIndex(doc.sections),
    owned,
    unclaimed,
    pointers: pointerIndex(doc.concepts),
    links: tableLinks(doc),
    parent,
    ownerOf,
  };
}

/**
 * The section's own text: its body up to its first subsection (what it says about all of its
 * subsections at once, e.g. the introduction of `3. コンテナパターン`).
 */
export function ownText(section: Section, index: DocumentIndex): string {
  const known = ownTexts.get(section);
  if (known !== undefined) return known;
  // The first child comes right after the section in the document (sections are in line order).
  const next = sectionAfter(index.doc.sections, section.line);
  const child = next && index.parent.get(next) === section ? next : undefined;
  const cut = child ? section.body.indexOf(child.heading) : -1;
  const text = cut >= 0 ? section.body.slice(0, cut) : section.body;
  ownTexts.set(section, text);
  return text;
}

const ownTexts = new WeakMap<Section, string>();

/** The first section (of sections in line order) that starts after `line`: a binary search. */
function sectionAfter(sections: readonly Section[], line: number): Section | undefined {
  return sections[countAtOrAbove(sections, line)];
}

/**
 * The sections a concept's facts may come from: its own section first, then each `A vs B`
 * section that names it (their bullets are read only where they name it), found in the index of
 * comparison sections by the concept's names.
 */
export function relatedSectionsOf(
  index: DocumentIndex,
  primary: string | null,
  names: readonly string[],
): Section[] {
  const own = primary === null ? undefined : index.byHeading.get(primary);
  const comparisons = comparisonsNaming(index.doc.sections, index.comparisons, names, primary);
  return own ? [own, ...comparisons] : comparisons;
}
