/**
 * Statements the notes call wrong about a concept, before they are matched to the row's terse
 * misconceptions: the × bullets and the denied points of its sections. Pure.
 */

import { asSentenceStart } from '../text/forms.ts';
import type { Concept, Section } from '../types.ts';
import type { DocumentIndex, UnclaimedBullet } from './document-index.ts';
import { aboutAnother, mentions, othersNamed } from './mentions.ts';
import { negatedFacts } from './negated-points.ts';
import { saidOfOther, spokenSubjectAmong } from './shared-section.ts';

/** A wrong statement found in the notes. */
export interface FoundWrong {
  text: string;
  correction: string | null;
  origin: 'bullet' | 'point';
  section: Section;
  line: number;
  /** For a denied point: the point as the notes write it. */
  point?: string;
  /** For a denied point: the name of the rule that read it. */
  rule?: string;
  /** True when the statement opens on code: lower case there starts a sentence (`never is…`). */
  opensOnCode?: boolean;
}

/** The × bullets and denied points of a section that `keep` accepts. */
function fromSection(
  section: Section,
  language: 'ja' | 'en',
  keep: (text: string) => boolean,
): FoundWrong[] {
  const found: FoundWrong[] = [];
  for (const bullet of section.misconceptions) {
    // A × bullet is a whole line as its author wrote it: in lower case (`× fork copies all
    // memory…`) it is still a sentence, and opens on a capital as an option.
    if (keep(bullet.statement))
      found.push({
        text: bullet.opensOnCode ? bullet.statement : asSentenceStart(bullet.statement, language),
        correction: bullet.correction,
        origin: 'bullet',
        section,
        line: bullet.line,
        ...(bullet.opensOnCode ? { opensOnCode: true } : {}),
      });
  }
  for (const point of section.pointLines ?? []) {
    for (const fact of negatedFacts(point, language)) {
      if (!keep(fact.wrong) || !keep(fact.point)) continue;
      found.push({
        text: fact.wrong,
        // The whole point says it best (`セルフヒーリングは**Pod単位**（Node単位ではない）`), unless it only denies.
        correction: fact.correction === null ? null : fact.point,
        origin: 'point',
        section,
        line: fact.line,
        point: fact.point,
        rule: fact.rule,
      });
    }
  }
  return found;
}

/**
 * Wrong statements about `concept`: every × bullet and denied point of its own section (when the
 * section only hosts the concept's definition, e.g. Kubernetes for セルフヒーリング, those naming
 * only another concept are left out), and those of `A vs B` sections that name it.
 */
export function wrongStatements(
  index: DocumentIndex,
  concept: Concept,
  own: Section | null,
  shared: readonly Section[],
  ownIsHost: boolean,
): FoundWrong[] {
  const { doc } = index;
  const found: FoundWrong[] = [];
  // `other-subject`: a line whose subject is another concept, and whose name of this one is at
  // most a part of that other's longer name (`The sliding window counter is exact` in the notes
  // of Fixed window counter, whose `window counter` it holds), is said of that other; one that
  // names the other in passing (`…off by a random amount, as NaN is`) is still this one's.
  const ofOther = (text: string): boolean => {
    const others = othersNamed(text, concept, doc.concepts);
    return spokenSubjectAmong(text, others, doc.language) && saidOfOther(text, concept, others);
  };
  if (own)
    found.push(
      ...fromSection(
        own,
        doc.language,
        (text) => (!ownIsHost || !aboutAnother(text, concept, doc.concepts)) && !ofOther(text),
      ),
    );
  for (const section of shared)
    found.push(
      ...fromSection(section, doc.language, (text) => mentions(text, concept) && !ofOther(text)),
    );
  return found;
}

/**
 * × bullets of sections that are no concept's own section and name no other concept: where a
 * terse misconception may be written out (gRPC's `HTTP/1互換` is spelled out under
 * Protocol Buffer).
 */
export function unclaimedBullets(index: DocumentIndex, concept: Concept): FoundWrong[] {
  return index.unclaimed
    .filter((u) => u.names.size === 0 || u.names.has(concept.id))
    .map((u) => unclaimedWrong(u, index.doc.language));
}

/**
 * A bullet no section claims as a wrong statement, written once: a bullet that names no concept
 * is a fallback of every concept with misconception cells (1,900 of them in the shipped notes
 * copied 100 times), and nothing changes it once found.
 */
function unclaimedWrong(u: UnclaimedBullet, language: 'ja' | 'en'): FoundWrong {
  let found = unclaimedWrongs.get(u);
  if (!found) {
    found = {
      text: u.opensOnCode ? u.statement : asSentenceStart(u.statement, language),
      correction: u.correction,
      origin: 'bullet',
      section: u.section,
      line: u.line,
      ...(u.opensOnCode ? { opensOnCode: true } : {}),
    };
    unclaimedWrongs.set(u, found);
  }
  return found;
}

/** Per unclaimed bullet of a build's document index, its wrong statement. */
const unclaimedWrongs = new WeakMap<UnclaimedBullet, FoundWrong>();
