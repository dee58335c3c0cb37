/**
 * True statements about a concept, from its section: its correct understanding, the section's
 * first sentence, its features (特徴 / メリット / できること / Features …) and the points that
 * deny nothing — near-duplicates dropped. A section that merely hosts the concept's definition
 * (Kubernetes → セルフヒーリング) gives only that definition. Pure.
 */
import { headingNames } from '../notes/heading-match.ts';
import { labelKind } from '../notes/labels.ts';
import { matchKey } from '../text/normalize.ts';
import { overlap } from '../text/runs.ts';
import { trimEndOf } from '../text/trim.ts';
import type { Concept, NotesDocument, Section } from '../types.ts';
import { negatedFacts } from './negated-points.ts';

/** A statement the notes make about the concept that is true. */
export interface TrueStatement {
  text: string;
  origin: 'correct' | 'intro' | 'definition' | 'feature' | 'point';
  section: string | null;
}

const DUPLICATE_MIN = 0.75;
const MIN_TRUE_LENGTH = 4;

/** True when the section is not named after the concept but only defines it (Kubernetes → セルフヒーリング). */
export function isHostSection(section: Section, concept: Concept): boolean {
  const keys = new Set([concept.name, ...concept.aliases].map(matchKey));
  return (
    !headingNames(section.heading).some((h) => keys.has(matchKey(h))) &&
    termDefinition(section, concept) !== undefined
  );
}

function termDefinition(section: Section, concept: Concept): { text: string } | undefined {
  const keys = new Set([concept.name, ...concept.aliases].map(matchKey));
  return section.definitions?.find((d) => headingNames(d.term).some((t) => keys.has(matchKey(t))));
}

/** The heading of the section the concept's table row sits in (`まとめ`). */
function tableHeading(doc: NotesDocument, concept: Concept): string | null {
  // Issue 11 item 7 (i11a): a binary search of the sections (in line order), not a reversed copy
  // of them for every concept.
  const sections = doc.sections;
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sections[mid]?.line ?? 0) < concept.source.line) lo = mid + 1;
    else hi = mid;
  }
  return sections[lo - 1]?.heading ?? null;
}

/**
 * A sentence in the plain style of the options: `…する仕組みです。` → `…する仕組み`,
 * `…を管理します。` → `…を管理する`.
 */
export function plainStyle(sentence: string): string {
  // Issue 11 item 7 (i11a): the same rewrites as `/[。．.]+$/`, `/(漢字{2,}|カタカナ+)します$/`,
  // `/します$/`, `/です$/`, done with end checks (those patterns backtracked on a long kanji run).
  let text = trimEndOf(sentence, '。．.');
  if (text.endsWith('します')) {
    const stem = text.slice(0, -3);
    const last = [...stem.slice(-4)];
    const han = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);
    const kana = (ch: string | undefined): boolean =>
      ch !== undefined && (ch === 'ー' || /\p{Script=Katakana}/u.test(ch));
    const verbNoun = (han(last.at(-1)) && han(last.at(-2))) || kana(last.at(-1));
    text = verbNoun ? `${stem}する` : `${stem}す`;
  }
  if (text.endsWith('です')) text = text.slice(0, -2);
  return text.trim();
}

/** The true statements of a concept; `host` as found by {@link isHostSection}. */
export function trueStatements(
  doc: NotesDocument,
  concept: Concept,
  section: Section | null,
  host: boolean,
): TrueStatement[] {
  const heading = section?.heading ?? null;
  const out: TrueStatement[] = [
    { text: concept.correct, origin: 'correct', section: tableHeading(doc, concept) },
  ];
  if (!section) return out;
  if (host) {
    const definition = termDefinition(section, concept);
    if (definition)
      out.push({ text: plainStyle(definition.text), origin: 'definition', section: heading });
    return out;
  }
  if (section.intro)
    out.push({ text: plainStyle(section.intro), origin: 'intro', section: heading });
  for (const list of section.lists ?? []) {
    if (labelKind(list.label) !== 'features') continue;
    for (const item of list.items)
      out.push({ text: item.text, origin: 'feature', section: heading });
  }
  for (const point of section.pointLines ?? []) {
    if (negatedFacts(point, doc.language).length === 0)
      out.push({ text: point.text, origin: 'point', section: heading });
  }
  const kept: TrueStatement[] = [];
  for (const statement of out) {
    if ([...statement.text].length < MIN_TRUE_LENGTH) continue;
    if (
      kept.some(
        (k) =>
          matchKey(k.text) === matchKey(statement.text) ||
          overlap(k.text, statement.text) >= DUPLICATE_MIN,
      )
    )
      continue;
    kept.push(statement);
  }
  return kept;
}
