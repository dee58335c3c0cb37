/**
 * The `A vs B` sections of a document looked up by the names they set apart. A concept's
 * comparison sections are those whose heading has a side naming it ({@link comparisonMentions});
 * scoring every comparison heading against every concept grows with their product (1,900
 * concepts × 200 comparison headings in the shipped notes copied 100 times), so the headings are
 * indexed once by the keys their sides answer to, and only the headings found under a concept's
 * names are scored. Pure.
 */
import { matchKey } from '../text/normalize.ts';
import type { Section } from '../types.ts';
import { comparisonMentions, comparisonParts, headingKeys, KIND_WORDS } from './heading-match.ts';

const KIND_SUFFIXES = KIND_WORDS.map(matchKey);

/**
 * The keys a side of a comparison heading answers to: its names' keys, and those keys without a
 * kind word. Every name key that scores 90 or more against the side (see `plainScore`) is one.
 */
export function comparisonKeys(part: string): string[] {
  const keys = new Set<string>();
  for (const key of headingKeys(part)) {
    if (key) keys.add(key);
    for (const suffix of KIND_SUFFIXES)
      if (key.length > suffix.length && key.endsWith(suffix))
        keys.add(key.slice(0, -suffix.length));
  }
  return [...keys];
}

/** Comparison sections by the keys of their sides: key → positions in the list of sections. */
export type ComparisonIndex = ReadonlyMap<string, readonly number[]>;

/** Indexes the comparison sections of `sections` by {@link comparisonKeys} (one pass). */
export function comparisonIndex(sections: readonly Section[]): ComparisonIndex {
  const byKey = new Map<string, number[]>();
  sections.forEach((section, s) => {
    for (const part of comparisonParts(section.heading) ?? [])
      for (const key of comparisonKeys(part)) {
        const list = byKey.get(key);
        if (list) {
          if (list.at(-1) !== s) list.push(s);
        } else byKey.set(key, [s]);
      }
  });
  return byKey;
}

/**
 * The comparison sections of `sections` (indexed in `index`) that one of `names` is a side of,
 * in notes order, but for the one headed `primary`: what filtering every comparison section with
 * {@link comparisonMentions} gives, reading only those indexed under the names' keys.
 */
export function comparisonsNaming(
  sections: readonly Section[],
  index: ComparisonIndex,
  names: readonly string[],
  primary: string | null,
): Section[] {
  const found = new Set<number>();
  for (const name of names) for (const s of index.get(matchKey(name)) ?? []) found.add(s);
  return [...found]
    .sort((a, b) => a - b)
    .map((s) => sections[s])
    .filter(
      (s): s is Section =>
        s !== undefined && s.heading !== primary && comparisonMentions(s.heading, names),
    );
}
