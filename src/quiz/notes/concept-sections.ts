/**
 * Finds each concept's section: the heading that names it (exactly, with a kind word, inside,
 * or through an alias), else the section that defines it as a term (`- **セルフヒーリング**: …`
 * under Kubernetes), else the one whose × bullets state the row's misconceptions, else one that
 * lists it beside others, else the one its place in the table puts it in (notes/table-order.ts).
 * Pure.
 *
 * Linear in practice: headings are looked up in indexes of the concepts' names (by the lengths
 * the names come in), never compared with every concept one by one.
 */
import { uniqueByKey } from '../aliases.ts';
import { matchKey } from '../text/normalize.ts';
import { coverage } from '../text/runs.ts';
import type { Section } from '../types.ts';
import { comparisonIndex, comparisonKeys, comparisonsNaming } from './comparison-index.ts';
import {
  bareHeading,
  comparisonHead,
  comparisonParts,
  headingKeys,
  headingNames,
  headingScore,
} from './heading-match.ts';
import {
  affixKeys,
  headingParts,
  nameForms,
  partKey,
  UNSPACED,
  wholeKey,
} from './heading-parts.ts';
import { tableOrderSections } from './table-order.ts';

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
  via: 'heading' | 'definition' | 'misconceptions' | 'shared-heading' | 'table-order' | null;
  /** Names the heading adds (`SAGAパターン`, `Backend for Frontend`). */
  aliases: string[];
  /** For a shared heading: the part that names the concept, when not its name (`Associativity`). */
  part?: string;
}

const HEADING_MIN = 60;

/** Matches every concept to a section; a section is the primary section of one concept at most. */
export function matchConceptSections(
  concepts: readonly ConceptNaming[],
  sections: readonly Section[],
): SectionMatch[] {
  const claimed = new Set<Section>();
  const matches: SectionMatch[] = concepts.map(() => ({ section: null, via: null, aliases: [] }));
  const candidates = rankAllHeadings(concepts, sections);
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
  const definers = definitionIndex(sections);
  concepts.forEach((concept, i) => {
    if (matches[i]?.section) return;
    let first: number | null = null;
    for (const name of [concept.name, ...concept.aliases]) {
      const at = definers.get(matchKey(name));
      if (at !== undefined && (first === null || at < first)) first = at;
    }
    const host = first === null ? undefined : sections[first];
    if (host) matches[i] = { section: host, via: 'definition', aliases: [] };
  });
  // The concepts' name forms by part key, built once, and only when a rule below reads them.
  let partNames: Map<string, number[]> | undefined;
  const partIndex = (): Map<string, number[]> => {
    partNames ??= exactPartIndex(concepts);
    return partNames;
  };
  concepts.forEach((concept, i) => {
    if (matches[i]?.section || concept.misconceptions.length === 0) return;
    const found = sections.find(
      (s) =>
        !claimed.has(s) &&
        s.misconceptions.some((b) =>
          concept.misconceptions.some((m) => coverage(m, b.statement) >= 0.75),
        ) &&
        !headingListsOther(s, concept, i, partIndex()),
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
  // A heading that lists the concept beside others (`Tag and digest`, `Analyzers, stemming and
  // stop words`) is its section too: the first took it, and without it the second had none
  // (Digest got no question). Its lines are told apart by name (facts/shared-section.ts).
  headingPartMatches(concepts, sections, matches, partIndex);
  for (const [i, section] of tableOrderSections(matches, sections))
    matches[i] = { section, via: 'table-order', aliases: [] };
  return matches;
}

/** Each form of the concepts' names (`EIRP`, `ERP` of `EIRP / ERP`) by its whole part key. */
function exactPartIndex(concepts: readonly ConceptNaming[]): Map<string, number[]> {
  const exact = new Map<string, number[]>();
  concepts.forEach((concept, i) => {
    for (const form of [...nameForms(concept.name), ...concept.aliases]) {
      const key = partKey(form);
      if (key) push(exact, wholeKey(key), i);
    }
  });
  return exact;
}

/**
 * `misconception-in-listed-section`: true when a part of the section's heading is a form of
 * another concept's name and none is one of the concept's (`### 3. EIRP and ERP`, the section of
 * `EIRP / ERP` by its parts, beside `dBi vs dBd`): its ×
 * bullets are that concept's, however closely one says another's terse cell. dBi vs dBd's `They're
 * the same number` took the section by its bullet `ERP and EIRP are the same number` (reading 74),
 * and its misconception was asked as `ERP and EIRP are the same number`.
 */
function headingListsOther(
  section: Section,
  concept: ConceptNaming,
  at: number,
  partNames: ReadonlyMap<string, readonly number[]>,
): boolean {
  let other = false;
  const forms = [...nameForms(concept.name), ...concept.aliases].map(partKey);
  for (const part of headingParts(bareHeading(section.heading))) {
    const key = partKey(part);
    const named = partNames.get(wholeKey(key)) ?? [];
    // A heading that lists the concept too, whole or by the start or end of its name (`RPKI` of
    // `Security: RPKI and longest prefix match` for `RPKI route origin validation`), is shared.
    if (named.includes(at) || forms.some((form) => opensOrEnds(form, key))) return false;
    if (named.length > 0) other = true;
  }
  return other;
}

/** A part this short is no start or end of a name to tell a heading by. */
const MIN_NAME_END = 3;

/**
 * True when `part` (a part key) starts or ends the form key: at a word boundary, or anywhere in a
 * script with no spaces (`条件付きりくえすと` of `条件付きりくえすとと304`).
 */
function opensOrEnds(form: string, part: string): boolean {
  if (part.length < MIN_NAME_END || part.length > form.length) return false;
  const loose = UNSPACED.test(part);
  if (form.startsWith(part))
    return loose || part.length === form.length || form[part.length] === ' ';
  if (form.endsWith(part))
    return loose || part.length === form.length || form[form.length - part.length - 1] === ' ';
  return false;
}

/**
 * `shared-heading`: a concept with no section yet gets the first heading that lists it
 * ({@link headingParts}) — a part that is one of its names' forms (`Digest` in `Tag and digest`,
 * `NDP` of `NDP（近隣探索）` in `NDPとICMPv6`, `posting lists` for `Posting list`), or failing that
 * a part that ends or starts the name of this concept and of no other (`Associativity` for `Set
 * associativity`, `キャッシュ` for `パイプラインキャッシュ`, `write-back` for `Write-back cache`)
 * in a heading of two parts or more or one that no concept took. Not a comparison (`GraphQL vs
 * REST`), nor the title. Indexes of the names' forms and their ends: linear in the
 * headings' and the names' length.
 */
function headingPartMatches(
  concepts: readonly ConceptNaming[],
  sections: readonly Section[],
  matches: SectionMatch[],
  partIndex: () => Map<string, number[]>,
): void {
  const wanting = new Set<number>();
  concepts.forEach((_, i) => {
    if (!matches[i]?.section) wanting.add(i);
  });
  if (wanting.size === 0) return;
  const exact = partIndex();
  const affixes = new Map<string, Set<number>>();
  concepts.forEach((concept, i) => {
    for (const form of [...nameForms(concept.name), ...concept.aliases]) {
      const key = partKey(form);
      if (!key) continue;
      const { ends, starts } = affixKeys(key);
      for (const affix of [...ends, ...starts]) {
        const holders = affixes.get(affix);
        if (holders) holders.add(i);
        else affixes.set(affix, new Set([i]));
      }
    }
  });
  const title = documentTitle(sections);
  // A heading of one part that no concept took is the end of a name too (`## アドレス表記` for
  // `IPv6アドレス表記`, the file's subject left out).
  const taken = new Set(matches.map((m) => m.section).filter((s) => s !== null));
  for (const section of sections) {
    if (section === title || comparisonParts(section.heading)) continue;
    const parts = headingParts(bareHeading(section.heading));
    for (const part of parts) {
      const key = partKey(part);
      const named = exact.get(wholeKey(key));
      let found = named?.find((i) => wanting.has(i));
      if (named === undefined && (parts.length >= 2 || !taken.has(section))) {
        const holders = affixes.get(key);
        const only = holders?.size === 1 ? [...holders][0] : undefined;
        if (only !== undefined && wanting.has(only)) found = only;
      }
      if (found === undefined) continue;
      // The part is what the heading calls it (`Associativity`, `posting lists`): its lines there
      // are told from the other concepts' by it (facts/shared-section.ts).
      const own = matchKey(concepts[found]?.name ?? '');
      matches[found] = {
        section,
        via: 'shared-heading',
        aliases: [],
        ...(matchKey(part) === own ? {} : { part }),
      };
      wanting.delete(found);
    }
  }
}

/**
 * The first heading when every other heading is below it (`# Compiler front ends: lexing,
 * parsing, IR`): the notes' title, which lists what the whole file is about, not one section.
 */
function documentTitle(sections: readonly Section[]): Section | undefined {
  const first = sections[0];
  if (!first || sections.length < 2) return undefined;
  return sections.every((s) => s === first || s.level > first.level) ? first : undefined;
}

interface Candidate {
  section: Section;
  score: number;
}

/**
 * For every concept, the headings that score at least {@link HEADING_MIN} (see
 * {@link headingScore}), best first, then in notes order; never the notes' title, whose body is
 * the whole file (the DataLoader sentence was asked as GraphQL's). A concept that is not a
 * comparison (`A vs B`) only gets headings that are not comparisons.
 */
function rankAllHeadings(
  concepts: readonly ConceptNaming[],
  sections: readonly Section[],
): Candidate[][] {
  const names = concepts.map((c) => [c.name, ...c.aliases]);
  const plainNames = new NameIndex();
  names.forEach((list, i) => {
    for (const name of list) if (comparisonParts(name) === null) plainNames.add(matchKey(name), i);
  });
  const hits: Set<number>[] = concepts.map(() => new Set());
  const comparisonHeadings = new Map<string, number[]>();
  // The notes' title holds every section (`# GraphQL — API guild notes`): no concept's own.
  const title = documentTitle(sections);
  sections.forEach((section, s) => {
    if (section === title) return;
    const parts = comparisonParts(section.heading);
    if (parts) {
      for (const part of parts)
        for (const key of comparisonKeys(part)) push(comparisonHeadings, key, s);
      const head = comparisonHead(section.heading);
      if (head)
        for (const variant of headingKeys(head))
          for (const concept of plainNames.affixesOf(variant)) hits[concept]?.add(s);
      return;
    }
    // Score ≥ 60 needs a name at the start or the end of one of the heading's names.
    for (const variant of headingKeys(section.heading))
      for (const concept of plainNames.affixesOf(variant)) hits[concept]?.add(s);
  });
  return concepts.map((concept, i) => {
    const found = hits[i] ?? new Set<number>();
    if (comparisonParts(concept.name) !== null) {
      for (const name of names[i] ?? []) {
        for (const part of comparisonParts(name) ?? [])
          for (const s of comparisonHeadings.get(matchKey(part)) ?? []) found.add(s);
      }
    }
    const list = names[i] ?? [];
    const ranked: Candidate[] = [];
    for (const s of found) {
      const section = sections[s];
      if (!section) continue;
      const score = headingScore(section.heading, list);
      if (score >= HEADING_MIN) ranked.push({ section, score });
    }
    ranked.sort((a, b) => b.score - a.score || a.section.line - b.section.line);
    return innermostFirst(ranked, sections);
  });
}

/**
 * Among the best-scoring headings, one nested inside another comes first: a chapter
 * `### 2. ページフォールト` holds the concept's own `#### ページフォールト` and every section after
 * it, so the inner heading is the concept's section.
 */
function innermostFirst(ranked: Candidate[], sections: readonly Section[]): Candidate[] {
  let top = ranked[0];
  if (!top) return ranked;
  for (;;) {
    const outer: Candidate = top;
    const inner = ranked.find(
      (c) => c !== outer && c.score === outer.score && nestedIn(c.section, outer.section, sections),
    );
    if (!inner) break;
    top = inner;
  }
  return top === ranked[0] ? ranked : [top, ...ranked.filter((c) => c !== top)];
}

/** True when `inner` comes after `outer` with no heading of `outer`'s level or higher between. */
function nestedIn(inner: Section, outer: Section, sections: readonly Section[]): boolean {
  if (inner.line <= outer.line || inner.level <= outer.level) return false;
  for (const s of sections) {
    if (s.line <= outer.line) continue;
    if (s.line > inner.line) break;
    if (s.level <= outer.level) return false;
  }
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Name keys of concepts, found as the beginning or the end of a longer key. */
class NameIndex {
  private readonly byKey = new Map<string, number[]>();
  private lengths: number[] = [];
  private sorted = true;

  add(key: string, concept: number): void {
    if (!key) return;
    if (!this.byKey.has(key)) {
      this.lengths.push(key.length);
      this.sorted = false;
    }
    push(this.byKey, key, concept);
  }

  /** Concepts with a name key that `key` starts or ends with (or equals). */
  affixesOf(key: string): number[] {
    if (!this.sorted) {
      this.lengths = [...new Set(this.lengths)].sort((a, b) => a - b);
      this.sorted = true;
    }
    const found: number[] = [];
    for (const length of this.lengths) {
      if (length > key.length) break;
      found.push(...(this.byKey.get(key.slice(0, length)) ?? []));
      if (length < key.length)
        found.push(...(this.byKey.get(key.slice(key.length - length)) ?? []));
    }
    return found;
  }
}

/** Name key → index of the first section that defines a term by that name. */
function definitionIndex(sections: readonly Section[]): Map<string, number> {
  const index = new Map<string, number>();
  sections.forEach((section, s) => {
    for (const definition of section.definitions ?? [])
      for (const name of headingNames(definition.term)) {
        const key = matchKey(name);
        if (!index.has(key)) index.set(key, s);
      }
  });
  return index;
}

/**
 * `alias-length`: the most characters a name a heading gives a concept may have. The longest such
 * name over 420 read notes has 68 (`4. Time-dependent vs concentration-dependent killing (PK/PD
 * indices)`); a heading of thousands of `/`-joined parts is no name, and as one every statement
 * of the concept was read against it (a heading of 80,000 parts and 20 lines: 3 s). A heading
 * longer than four times that gives no name at all, and its names are not worked out.
 */
const MAX_ALIAS_LENGTH = 200;

function headingAliases(section: Section, concept: ConceptNaming): string[] {
  if (section.heading.length > MAX_ALIAS_LENGTH * 4) return [];
  if (comparisonParts(section.heading))
    return section.heading.length > MAX_ALIAS_LENGTH ? [] : [section.heading];
  const own = new Set([concept.name].map(matchKey));
  return uniqueByKey(headingNames(section.heading)).filter(
    (n) => n.length <= MAX_ALIAS_LENGTH && !own.has(matchKey(n)),
  );
}

/** Per list of sections: the first section of each heading, and the comparison sections. */
interface SectionIndex {
  byHeading: Map<string, Section>;
  comparisons: ReturnType<typeof comparisonIndex>;
}

const sectionIndexes = new WeakMap<readonly Section[], SectionIndex>();

function sectionIndex(sections: readonly Section[]): SectionIndex {
  const cached = sectionIndexes.get(sections);
  if (cached) return cached;
  const byHeading = new Map<string, Section>();
  for (const section of sections)
    if (!byHeading.has(section.heading)) byHeading.set(section.heading, section);
  const index = { byHeading, comparisons: comparisonIndex(sections) };
  sectionIndexes.set(sections, index);
  return index;
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
  const index = sectionIndex(sections);
  const ownSection = primary === null ? undefined : index.byHeading.get(primary);
  const own = ownSection ? [ownSection] : [];
  return [...own, ...comparisonsNaming(sections, index.comparisons, names, primary)];
}
