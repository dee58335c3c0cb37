/**
 * Statements the notes call wrong about a concept, before they are matched to the row's terse
 * misconceptions: its sections' × bullets and the negated facts of their ポイント lines. Pure.
 */
import type { Concept, NotesDocument, Section } from '../types.ts';
import { aboutAnother, mentions } from './mentions.ts';
import { negatedFacts } from './negated-points.ts';

/** A wrong statement found in the notes. */
export interface FoundWrong {
  text: string;
  correction: string | null;
  origin: 'bullet' | 'point';
  section: Section;
  line: number;
  /** For a denied point: the point as the notes write it. */
  point?: string;
}

/**
 * Wrong statements about `concept`. From its own section: every × bullet and negated point
 * (when the section is only the concept's host, e.g. Kubernetes for セルフヒーリング, those
 * naming only another concept left out). From `A vs B` sections and from sections that
 * belong to no concept: only what names the concept (or, for `anywhere`, names no other concept).
 */
export function wrongStatements(
  doc: NotesDocument,
  concept: Concept,
  own: readonly Section[],
  shared: readonly Section[],
  ownIsHost = false,
): FoundWrong[] {
  const found: FoundWrong[] = [];
  const add = (section: Section, keep: (text: string) => boolean): void => {
    for (const bullet of section.misconceptions) {
      if (keep(bullet.statement))
        found.push({
          text: bullet.statement,
          correction: bullet.correction,
          origin: 'bullet',
          section,
          line: bullet.line,
        });
    }
    for (const point of section.pointLines ?? []) {
      for (const fact of negatedFacts(point, doc.language)) {
        if (!keep(fact.wrong) || !keep(fact.point)) continue;
        // The whole point says it best (`セルフヒーリングは**Pod単位**（Node単位ではない）`), unless it only denies.
        const correction = fact.correction === null ? null : fact.point;
        found.push({
          text: fact.wrong,
          correction,
          origin: 'point',
          section,
          line: fact.line,
          point: fact.point,
        });
      }
    }
  };
  for (const section of own)
    add(section, (text) => !ownIsHost || !aboutAnother(text, concept, doc.concepts));
  for (const section of shared) add(section, (text) => mentions(text, concept));
  return found;
}

/**
 * × bullets of sections that are no concept's own section and name no other concept: where a
 * terse misconception may be written out (gRPC's `HTTP/1互換` is spelled out under
 * Protocol Buffer).
 */
export function unclaimedBullets(doc: NotesDocument, concept: Concept): FoundWrong[] {
  const owned = new Set(doc.concepts.map((c) => c.section).filter((s): s is string => s !== null));
  const found: FoundWrong[] = [];
  for (const section of doc.sections) {
    if (owned.has(section.heading)) continue;
    for (const bullet of section.misconceptions) {
      if (aboutAnother(bullet.statement, concept, doc.concepts)) continue;
      found.push({
        text: bullet.statement,
        correction: bullet.correction,
        origin: 'bullet',
        section,
        line: bullet.line,
      });
    }
  }
  return found;
}
