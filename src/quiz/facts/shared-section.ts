/**
 * `shared-section`: a section whose heading names two concepts (`revert と reset`, `Header
 * compression: HPACK and QPACK`, `セミ結合とアンチ結合`) speaks of each in turn. A line of it that
 * names the other concept and not this one is the other's (`reset は push 済みでも他の人に影響しな
 * い` under revert, `HPACK is gzip for headers` under QPACK): no fact of this concept. Names are
 * read whole (`IN` of `セミ結合（EXISTS / IN）` is not the `IN` of `NOT IN`: the other's longer
 * names are blanked first). Pure; plain substring scans, linear in the text.
 */
import { affixKeys, headingParts, nameForms, partKey, wholeKey } from '../notes/heading-parts.ts';
import { countAtOrAbove } from '../notes/positions.ts';
import { nameAside } from '../text/name-aside.ts';
import { wholeWordIndex } from '../text/whole-word.ts';
import type { Concept, Section } from '../types.ts';
import { isTopicOf } from './mentions.ts';
import { type NameSubstringIndex, nameSubstringIndex } from './name-substrings.ts';

/** A name shorter than this (`C`) is too common a string to tell concepts apart. */
const MIN_NAME = 2;

/**
 * The ways a concept is named: its name, the name without its aside, the aside's parts, and what
 * a heading it shares calls it (`Associativity` for `Set associativity`).
 */
export function spokenNames(concept: Concept): readonly string[] {
  let names = spokenCache.get(concept);
  if (!names) {
    names = readSpokenNames(concept);
    spokenCache.set(concept, names);
  }
  return names;
}

/**
 * True when one of `others` is the subject of `text` by a name it is spoken of by
 * ({@link spokenNames}): `GBW is a small-signal, linear limit` has Gain–bandwidth product (GBW)
 * as its subject. What `other-subject` reads of true and wrong statements alike.
 */
export function spokenSubjectAmong(
  text: string,
  others: readonly Concept[],
  language: 'ja' | 'en',
): boolean {
  return others.some((o) => spokenNames(o).some((n) => isTopicOf(text, n, language)));
}

/** Read once per concept (every concept's names are read for every other concept's facts). */
const spokenCache = new WeakMap<Concept, readonly string[]>();

function readSpokenNames(concept: Concept): readonly string[] {
  const part = concept.sharedSection?.part;
  const whole = wholeNames(concept);
  return part && [...part].length >= MIN_NAME ? [...whole, part] : whole;
}

/** {@link spokenNames} without the shared heading's part: the names it goes by anywhere. */
function wholeNames(concept: Concept): readonly string[] {
  let names = wholeCache.get(concept);
  if (!names) {
    const out = new Set<string>([concept.name, ...concept.aliases]);
    const { main, parts } = nameAside(concept.name);
    if (parts.length > 0) {
      out.add(main);
      for (const part of parts) out.add(part);
    }
    names = [...out].filter((n) => [...n].length >= MIN_NAME);
    wholeCache.set(concept, names);
  }
  return names;
}

const wholeCache = new WeakMap<Concept, readonly string[]>();

/** `text` with every whole-word occurrence of `name` blanked out; `found` says if there was one. */
function blank(text: string, name: string): { text: string; found: boolean } {
  // Case aside (`A digest (…) is the hash…` names Digest; the heading `Tag and digest` too),
  // where lower case keeps every index in place.
  const lower = text.toLowerCase();
  const seek = lower.length === text.length ? lower : text;
  const sought = lower.length === text.length ? name.toLowerCase() : name;
  let out = '';
  let from = 0;
  for (let at = wholeWordIndex(seek, sought); at >= 0; at = wholeWordIndex(seek, sought, from)) {
    out += `${text.slice(from, at)} `;
    from = at + name.length;
  }
  return from === 0 ? { text, found: false } : { text: out + text.slice(from), found: true };
}

/**
 * The concepts other than `concept` whose name the section's heading says (whole: a concept the
 * heading names by a part of its name only shares the section, see {@link sharersOf}).
 */
export function othersInHeading(
  section: Section | null,
  concept: Concept,
  concepts: readonly Concept[],
): Concept[] {
  if (!section) return [];
  // The concept's own names first: `UTC` in the heading `UTC offset` is part of this one's name.
  let heading = section.heading;
  // (Not an alias that is the heading itself: `revert と reset` names both.)
  const own = spokenNames(concept).filter((n) => n !== section.heading || n === concept.name);
  for (const name of own.sort((a, b) => b.length - a.length)) heading = blank(heading, name).text;
  // Most headings are the concept's name alone: nothing is left to name another.
  if (!/[\p{L}\p{N}]/u.test(heading)) return [];
  const names = (c: Concept): boolean =>
    c.id !== concept.id &&
    wholeNames(c).some((n) => n !== section.heading && blank(heading, n).found);
  // Only the concepts with a name somewhere in the heading can name it whole (blank() reads it
  // in lower case when that keeps its length): no scan of every concept for every concept.
  const lower = heading.toLowerCase().length === heading.length;
  const found = namesIndex(concepts).itemsIn(lower ? heading.toLowerCase() : heading, lower);
  if (found === null) return concepts.filter(names);
  return found.map((i) => concepts[i]).filter((c): c is Concept => c !== undefined && names(c));
}

/**
 * `other-heading-term`: the terms a concept's section heading joins to its name (`固有透過度` of
 * `透水係数と固有透過度`, `Pure DI` of `DIコンテナとPure DI`): the names the heading lists
 * (notes/heading-parts.ts {@link headingParts}) before any subtitle, without the parts of the
 * concept's own names. Empty for a heading that is the concept's name alone.
 */
export function otherHeadingTerms(section: Section | null, concept: Concept): string[] {
  if (!section) return [];
  // Not an alias that is the heading itself (`透水係数と固有透過度` names both).
  const names = spokenNames(concept)
    .filter((n) => n !== section.heading || n === concept.name)
    .map((n) => n.toLowerCase());
  // The parts a name lists (`伝播` of `定数畳み込み・伝播`): a part of the heading that holds one
  // is the concept's, and so is one its name holds (`Max-Age` of `Expires / Max-Age`).
  const nameParts = names.flatMap(headingParts).filter((n) => [...n].length >= MIN_NAME);
  // A subtitle after a colon (`cgroupと名前空間：隔離と制限`) says what the section is about.
  const parts = headingParts(beforeSubtitle(section.heading));
  const own = (p: string): boolean => {
    const lower = p.toLowerCase();
    return names.some((n) => n.includes(lower)) || nameParts.some((n) => lower.includes(n));
  };
  // A heading that does not name the concept (a parent's) joins nothing to it.
  if (!parts.some(own)) return [];
  return parts
    .filter(
      (p) =>
        !own(p) &&
        [...p].length >= MIN_NAME &&
        p.length <= MAX_TERM_CHARS &&
        /\p{L}/u.test(p) &&
        !/^\d/u.test(p),
    )
    .slice(0, MAX_HEADING_TERMS);
}

/**
 * A heading joins a few short terms to a name: longer parts are no term, and past the first few
 * the parts are a list, not a heading (a line of a megabyte cut at its joiners stays cheap to read
 * for every statement of its section).
 */
const MAX_TERM_CHARS = 40;
const MAX_HEADING_TERMS = 6;

/** The heading before a subtitle's colon (`：`, `: `), else all of it. */
function beforeSubtitle(heading: string): string {
  const wide = heading.indexOf('：');
  const narrow = heading.indexOf(': ');
  const at = [wide, narrow].filter((i) => i > 0).sort((a, b) => a - b)[0];
  return at === undefined ? heading : heading.slice(0, at);
}

/**
 * True when a statement opens on a term of its section's heading that is not its concept
 * ({@link otherHeadingTerms}): `固有透過度 k [m²]: 地層…だけで決まる` in the section `透水係数と
 * 固有透過度` defines intrinsic permeability, and was keyed as 透水係数 (reading 71, an `a` and a
 * `g`: it states the very misconception the notes list for 透水係数).
 */
export function opensOnOtherTerm(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  // Only the opening is read: no term is longer than MAX_TERM_CHARS.
  const start = text.trimStart().slice(0, MAX_TERM_CHARS + 1);
  const head = start.toLowerCase();
  return terms.some((t) => {
    if (head.length !== start.length || !head.startsWith(t.toLowerCase())) return false;
    const next = start[t.length] ?? '';
    return next === '' || !/[\p{L}\p{N}]/u.test(next) || /[\p{Script=Hiragana}]/u.test(next);
  });
}

/** The index of the concepts' {@link wholeNames}, built once per list of concepts (per build). */
function namesIndex(concepts: readonly Concept[]): NameSubstringIndex {
  let index = namesIndexes.get(concepts);
  if (!index) {
    index = nameSubstringIndex(concepts, wholeNames);
    namesIndexes.set(concepts, index);
  }
  return index;
}

const namesIndexes = new WeakMap<readonly Concept[], NameSubstringIndex>();

/**
 * The concepts other than `concept` that share its section (`Associativity and the 3 Cs`: Set
 * associativity and Cache misses (3 Cs)). Every concept of a shared section is marked as sharing
 * it (notes/parse-notes.ts), so a concept that is not has none: no scan of the concepts (a
 * 5,000-row table read every concept for each of its rows).
 */
export function sharersOf(concept: Concept, concepts: readonly Concept[]): Concept[] {
  if (concept.section === null || !concept.sharedSection) return [];
  return concepts.filter(
    (c) => c.id !== concept.id && c.section === concept.section && c.sharedSection !== undefined,
  );
}

/** What `text` names: one of `others`, and (their names set aside) `concept`. */
function namesIn(
  text: string,
  concept: Concept,
  others: readonly Concept[],
): { other: boolean; own: boolean } {
  let rest = text;
  let other = false;
  const names = others.flatMap(spokenNames).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const blanked = blank(rest, name);
    if (blanked.found) other = true;
    rest = blanked.text;
  }
  return { other, own: spokenNames(concept).some((n) => blank(rest, n).found) };
}

/** True when `text` names one of `others` and, their names set aside, not `concept`. */
export function saidOfOther(text: string, concept: Concept, others: readonly Concept[]): boolean {
  const { other, own } = namesIn(text, concept, others);
  return other && !own;
}

/**
 * True when `text` names `concept` (the other concepts' longer names set aside): in a section
 * shared with `others`, a line that names neither may be of either (`It deliberately avoids
 * DEFLATE…` under `HPACK and QPACK`), and is given to neither.
 */
export function saidOf(text: string, concept: Concept, others: readonly Concept[]): boolean {
  return namesIn(text, concept, others).own;
}

/**
 * `run-in-title`: in a section two concepts share, a paragraph that opens on a bold title naming
 * one of them (`**Query cost.** A single request can nest…` under `## 8. Introspection and query
 * cost`) begins that concept's part: its lines, up to the next title or the end of the section,
 * are that concept's, named or not (`× Rate limiting by requests per minute protects a GraphQL
 * API`). The concept of `concepts` whose name the last title at or above `line` says, or null
 * (no title, or one naming none or several).
 */
export function runInOwner(
  section: Section | null,
  line: number,
  concepts: readonly Concept[],
): Concept | null {
  if (!section?.runIns || line < section.line || line > (section.endLine ?? line)) return null;
  const title = section.runIns[countAtOrAbove(section.runIns, line) - 1]?.title;
  if (title === undefined) return null;
  let named = 0;
  let owner: Concept | null = null;
  for (const c of new Set(concepts)) {
    if (!titleNamesCached(title, c)) continue;
    named++;
    owner = c;
  }
  return named === 1 ? owner : null;
}

/** {@link titleNames}, read once per title and concept. */
function titleNamesCached(title: string, concept: Concept): boolean {
  let byTitle = titleCache.get(concept);
  if (!byTitle) {
    byTitle = new Map();
    titleCache.set(concept, byTitle);
  }
  let names = byTitle.get(title);
  if (names === undefined) {
    names = titleNames(title, concept);
    byTitle.set(title, names);
  }
  return names;
}

const titleCache = new WeakMap<Concept, Map<string, boolean>>();

/**
 * True when a title names the concept: one of its names whole in it (`DataLoader and batching`),
 * or the title is one of its names, or a start of half its name's words or more, or an end
 * (`Query cost` of `Query cost limits`; heading-parts.ts).
 */
function titleNames(title: string, concept: Concept): boolean {
  if (wholeNames(concept).some((n) => blank(title, n).found)) return true;
  const key = partKey(title);
  if (key === '') return false;
  if (concept.aliases.some((a) => wholeKey(partKey(a)) === wholeKey(key))) return true;
  // Parts of the name only: an alias may be a heading that names two (`Introspection and query
  // cost`), whose end is the other's.
  return nameForms(concept.name).some((form) => {
    const formKey = partKey(form);
    if (wholeKey(formKey) === wholeKey(key)) return true;
    const { starts, ends } = affixKeys(formKey);
    return starts.includes(key) || ends.includes(key);
  });
}
