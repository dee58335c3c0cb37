/**
 * Finds each concept's section: the heading that names it (exactly, with a kind word, inside,
 * or through an alias), else the section that defines it as a term (`- **セルフヒーリング**: …`
 * under Kubernetes), else the one whose × bullets state the row's misconceptions. Pure.
 */
import { uniqueByKey } from '../aliases.ts';
import { matchKey } from '../text/normalize.ts';
import { coverage } from '../text/runs.ts';
import type { Section } from '../types.ts';
import {
  comparisonMentions,
  comparisonParts,
  headingNames,
  headingScore,
} from './heading-match.ts';

/** What is known about a concept before its section is found. */
export interface ConceptNaming {
  name: string;
  /** Names from the aliases file. */
  aliases: string[];
  misconceptions: string[];
}

/** A concept's section and the extra names its heading gives it. */
export interface SectionMatch {
  section: Section | null;
  /** How it was found. */
  via: 'heading' | 'definition' | 'misconceptions' | null;
  /** Names the heading adds (`SAGAパターン`, `Backend for Frontend`). */
  aliases: string[];
}

const HEADING_MIN = 60;

/** Matches every concept to a section; a section is the primary section of one concept at most. */
export function matchConceptSections(
  concepts: readonly ConceptNaming[],
  sections: readonly Section[],
): SectionMatch[] {
  const claimed = new Set<Section>();
  const matches: SectionMatch[] = concepts.map(() => ({ section: null, via: null, aliases: [] }));
  const candidates = concepts.map((concept) => rankHeadings(concept, sections));
  // Best scores first, so `gRPC` takes the `gRPC` heading before anything merely containing it.
  const order = concepts
    .map((_, i) => i)
    .sort((a, b) => (candidates[b]?.[0]?.score ?? 0) - (candidates[a]?.[0]?.score ?? 0));
  for (const i of order) {
    const pick = candidates[i]?.find((c) => !claimed.has(c.section));
    const concept = concepts[i];
    if (!pick || !concept) continue;
    claimed.add(pick.section);
    matches[i] = {
      section: pick.section,
      via: 'heading',
      aliases: headingAliases(pick.section, concept),
    };
  }
  concepts.forEach((concept, i) => {
    if (matches[i]?.section) return;
    const keys = new Set([concept.name, ...concept.aliases].map(matchKey));
    const host = sections.find((s) =>
      (s.definitions ?? []).some((d) => headingNames(d.term).some((t) => keys.has(matchKey(t)))),
    );
    if (host) matches[i] = { section: host, via: 'definition', aliases: [] };
  });
  concepts.forEach((concept, i) => {
    if (matches[i]?.section || concept.misconceptions.length === 0) return;
    const found = sections.find(
      (s) =>
        !claimed.has(s) &&
        s.misconceptions.some((b) =>
          concept.misconceptions.some((m) => coverage(m, b.statement) >= 0.75),
        ),
    );
    if (found) {
      claimed.add(found);
      matches[i] = {
        section: found,
        via: 'misconceptions',
        aliases: headingAliases(found, concept),
      };
    }
  });
  return matches;
}

function rankHeadings(
  concept: ConceptNaming,
  sections: readonly Section[],
): { section: Section; score: number }[] {
  const names = [concept.name, ...concept.aliases];
  const isComparison = comparisonParts(concept.name) !== null;
  return sections
    .map((section) => ({ section, score: headingScore(section.heading, names) }))
    .filter(
      (c) =>
        c.score >= HEADING_MIN && (isComparison || comparisonParts(c.section.heading) === null),
    )
    .sort((a, b) => b.score - a.score || a.section.line - b.section.line);
}

function headingAliases(section: Section, concept: ConceptNaming): string[] {
  if (comparisonParts(section.heading)) return [section.heading];
  const own = new Set([concept.name].map(matchKey));
  return uniqueByKey(headingNames(section.heading)).filter((n) => !own.has(matchKey(n)));
}

/**
 * The sections a concept's facts may come from: its own section first, then each `A vs B`
 * section that names it (the bot reads shared sections' bullets only where they name it).
 */
export function relatedSections(
  sections: readonly Section[],
  primary: string | null,
  names: readonly string[],
): Section[] {
  const own = primary === null ? [] : sections.filter((s) => s.heading === primary).slice(0, 1);
  const comparisons = sections.filter(
    (s) => s.heading !== primary && comparisonMentions(s.heading, names),
  );
  return [...own, ...comparisons];
}
