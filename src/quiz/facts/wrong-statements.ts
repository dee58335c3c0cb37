/**
 * Statements the notes call wrong about a concept, before they are matched to the row's terse
 * misconceptions: its sections' × bullets and the negated facts of their ポイント lines. Pure.
 */
import type { Concept, MisconceptionBullet, NotesDocument, Section } from '../types.ts';
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
  const found: FoundWrong[] = [];
  // Issue 11 item 7 (i11a): the unowned sections' bullets are listed once per document.
  for (const { section, bullet } of unownedBullets(doc)) {
    if (aboutAnother(bullet.statement, concept, doc.concepts)) continue;
    found.push({
      text: bullet.statement,
      correction: bullet.correction,
      origin: 'bullet',
      section,
      line: bullet.line,
    });
  }
  return found;
}

const unownedCache = new WeakMap<
  readonly Section[],
  { concepts: readonly Concept[]; bullets: { section: Section; bullet: MisconceptionBullet }[] }
>();

/** The × bullets of the sections that are no concept's own section, in notes order. */
function unownedBullets(doc: NotesDocument): { section: Section; bullet: MisconceptionBullet }[] {
  const hit = unownedCache.get(doc.sections);
  if (hit && hit.concepts === doc.concepts) return hit.bullets;
  const owned = ownedHeadings(doc.concepts);
  const bullets = doc.sections
    .filter((section) => !owned.has(section.heading))
    .flatMap((section) => section.misconceptions.map((bullet) => ({ section, bullet })));
  unownedCache.set(doc.sections, { concepts: doc.concepts, bullets });
  return bullets;
}

/**
 * Issue 11 item 7 (i11a): the headings that are some concept's own section, worked out once per
 * list of concepts instead of once per concept (which made the bank quadratic in the table's rows).
 */
const ownedCache = new WeakMap<readonly Concept[], ReadonlySet<string>>();

function ownedHeadings(concepts: readonly Concept[]): ReadonlySet<string> {
  let owned = ownedCache.get(concepts);
  if (!owned) {
    owned = new Set(concepts.map((c) => c.section).filter((s): s is string => s !== null));
    ownedCache.set(concepts, owned);
  }
  return owned;
}
