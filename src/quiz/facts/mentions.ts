/** Which concepts a piece of text names (by name or alias). Pure. */
import { memoByText } from '../text/build-memo.ts';
import { leadingWords } from '../text/name-subject.ts';
import { matchKey } from '../text/normalize.ts';
import { MODALS } from '../text/verbs.ts';
import type { Concept } from '../types.ts';

/** The match keys a concept is named by (at least two characters each). */
export function nameKeys(concept: Concept): string[] {
  // Issue 11 item 7 (i11a): worked out once per concept, not on every call.
  let keys = nameKeyCache.get(concept);
  if (!keys) {
    keys = [concept.name, ...concept.aliases].map(matchKey).filter((k) => [...k].length >= 2);
    nameKeyCache.set(concept, keys);
  }
  return keys;
}

const nameKeyCache = new WeakMap<Concept, string[]>();

/** True when `text` names the concept. */
export function mentions(text: string, concept: Concept): boolean {
  const key = matchKey(text);
  return nameKeys(concept).some((k) => key.includes(k));
}

/** True when `text` names another concept of `all` and not `concept`. */
export function aboutAnother(text: string, concept: Concept, all: readonly Concept[]): boolean {
  if (mentions(text, concept)) return false;
  // Issue 11 item 7 (i11a): an index of every concept's names, instead of testing each concept
  // (which, called for every bullet and every concept, made the bank cubic in the notes).
  for (const i of mentionIndex(all).named(text)) if (all[i]?.id !== concept.id) return true;
  return false;
}

/** The concepts of `all` but `concept` that `text` names (by the names {@link mentions} reads). */
export function othersNamed(text: string, concept: Concept, all: readonly Concept[]): Concept[] {
  const out: Concept[] = [];
  for (const i of mentionIndex(all).named(text)) {
    const other = all[i];
    if (other && other.id !== concept.id) out.push(other);
  }
  return out;
}

const mentionIndexes = new WeakMap<readonly Concept[], MentionIndex>();

function mentionIndex(all: readonly Concept[]): MentionIndex {
  let index = mentionIndexes.get(all);
  if (!index) {
    index = new MentionIndex(all);
    mentionIndexes.set(all, index);
  }
  return index;
}

/** Issue 11 item 7 (i11a): the concepts a text names, found by looking up its substrings of the lengths names come in. */
class MentionIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly lengths: number[];
  /** The first two UTF-16 units of every key, as one number ({@link openingAt}). */
  private readonly openings = new Set<number>();
  /** 1 at each UTF-16 unit some key opens on (read before {@link openings}: no probe). */
  private readonly firstUnits = new Uint8Array(0x10000);
  private readonly cache = new Map<string, readonly number[]>();

  constructor(all: readonly Concept[]) {
    const lengths = new Set<number>();
    all.forEach((concept, i) => {
      for (const key of nameKeys(concept)) {
        const list = this.byKey.get(key);
        if (!list) this.byKey.set(key, [i]);
        else if (list.at(-1) !== i) list.push(i);
        lengths.add(key.length);
        this.openings.add(openingAt(key, 0));
        this.firstUnits[key.charCodeAt(0)] = 1;
      }
    });
    this.lengths = [...lengths].sort((a, b) => a - b);
  }

  /** Indexes of the concepts `text` names. */
  named(text: string): readonly number[] {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const key = matchKey(text);
    const found = new Set<number>();
    for (let start = 0; start < key.length; start++) {
      // No key opens here: no substring from here is looked up (a 5,000-row table's names
      // otherwise cost a slice and a probe per length at every character of every text).
      if (this.firstUnits[key.charCodeAt(start)] === 0) continue;
      if (!this.openings.has(openingAt(key, start))) continue;
      for (const length of this.lengths) {
        if (start + length > key.length) break;
        for (const i of this.byKey.get(key.slice(start, start + length)) ?? []) found.add(i);
      }
    }
    const list = [...found];
    if (this.cache.size >= 20_000) this.cache.clear();
    this.cache.set(text, list);
    return list;
  }
}

/**
 * The two UTF-16 units of `key` from `at` as one number (a key has at least two characters, so
 * at least two units): a substring can equal a key only where the two open alike.
 */
function openingAt(key: string, at: number): number {
  return key.charCodeAt(at) * 0x10000 + (key.charCodeAt(at + 1) || 0);
}

/** Particles that mark a Japanese subject as the topic (`Xは`, `Xでは`). */
const TOPIC_PARTICLES = ['は', 'では'];

/** True when `text` opens on `name` and a topic particle (no joined string per particle). */
function startsWithTopic(text: string, name: string): boolean {
  return text.startsWith(name) && TOPIC_PARTICLES.some((p) => text.startsWith(p, name.length));
}

/** Articles an English subject may start with (`A lightweight tag is…`). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * True when the statement's subject is `name`: it says something of that thing, not of the
 * concept whose notes it stands in (`A lightweight tag is just a ref` in the notes of Annotated
 * tag; `Kubernetesは…` in another's section).
 */
export function isTopicOf(text: string, name: string, language: 'ja' | 'en'): boolean {
  const t = text.trim();
  // (A name of no letters names nothing; asked after the cheap test, most texts fail first.)
  if (language === 'ja') return startsWithTopic(t, name) && matchKey(name) !== '';
  const key = matchKey(name);
  if (!key) return false;
  const size = wordCount(name);
  // The article, the name's words and one more are all that is read (not every word of a
  // statement that is asked about each sibling's names).
  const words = leadingWords(t, size + 2);
  const start = ARTICLES.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
  const head = words.slice(start, start + size);
  return head.length === size && words.length > start + size && matchKey(head.join(' ')) === key;
}

/** Words that end an English subject: the verb after it (auxiliaries and modals). */
const SUBJECT_ENDS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
  ...MODALS,
]);
/** Only the first words of a statement are read for its subject. */
const MAX_SUBJECT_WORDS = 6;

/** Modifiers that may stand before the name in such a subject (`A first-ever QUIC connection`). */
const MAX_MODIFIERS = 2;
/** Words that open a phrase or clause, not a modifier of the name (`for`, `of`, `where`). */
const NOT_MODIFIERS = new Set([
  'for',
  'of',
  'in',
  'on',
  'with',
  'by',
  'to',
  'from',
  'where',
  'when',
  'that',
  'which',
  'and',
  'or',
]);

/**
 * `name-in-subject`: an English statement whose subject is a noun the name modifies — an article,
 * at most two modifiers, the name, one head noun, then an auxiliary or a verb in -s (`A first-ever
 * QUIC connection takes one round trip`, `QUIC connections are identified by…`) — says something
 * of that name's thing, not of the concept whose section it stands in. Not a gerund subject
 * (`Opening a TCP connection takes…`), nor a name inside a phrase (`HPACK reworked for QUIC, …`).
 */
export function nameInSubject(text: string, name: string): boolean {
  const words = text.trim().split(/\s+/, MAX_SUBJECT_WORDS + 1);
  const keys = name.trim().split(/\s+/).map(matchKey);
  if (keys.some((k) => k === '') || /ing$/i.test(words[0] ?? '')) return false;
  let at = ARTICLES.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
  for (let m = 0; m <= MAX_MODIFIERS; m++, at++) {
    const here = words.slice(at, at + keys.length).map(matchKey);
    if (here.length === keys.length && keys.every((k, i) => here[i] === k)) {
      const head = words[at + keys.length] ?? '';
      const verb = (words[at + keys.length + 1] ?? '').toLowerCase();
      return /^[a-z][a-z-]*$/i.test(head) && (SUBJECT_ENDS.has(verb) || isVerbS(verb));
    }
    const word = words[at] ?? '';
    if (!word || NOT_MODIFIERS.has(word.toLowerCase()) || /[,;:]$/.test(word)) return false;
  }
  return false;
}

/** A word that may be a verb in -s (`takes`, not `status`). */
function isVerbS(word: string): boolean {
  return /^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

/** How many words a name has (split at runs of white space), read once per name. */
const wordCount = memoByText((name: string): number => name.trim().split(/\s+/).length);
