/**
 * A statement whose subject is the concept's name, rewritten as a subject-matter writer would for
 * an option of a question that already names the concept: the subject dropped, or replaced by a
 * pronoun (`A promise runs its callback later` → `Runs its callback later`, `A promise's callback
 * runs later` → `Its callback runs later`, `ソルトは秘密にしなければならない` → `秘密にしなければ
 * ならない`). Otherwise one option of a set names the concept and the others do not, and a reader
 * who knows nothing picks it (or rules it out). A rule applies only when what is left is still a
 * sound statement: a verb follows the subject (`A promise chain is flat` keeps its subject), the
 * subject ends at the name (`Paxos and Raft solve…` keeps it), Japanese goes on with content (not
 * a particle). One table of named rules, each with an example; each reads the first few words (a
 * statement may be a megabyte long), with no pattern over the whole text. Pure.
 */
import { firstOutsideBrackets } from './brackets.ts';
import { memoTable } from './build-memo.ts';
import { matchKey } from './normalize.ts';
import { withoutFinalStop } from './trim.ts';
import { withCapitalStart } from './variable-word.ts';
import { MODALS, SINGULAR_AUXILIARIES, singularVerbOf } from './verbs.ts';

type Language = 'ja' | 'en';

/** A named rewrite of a statement whose subject names the concept. */
export interface NameSubjectRule {
  name: string;
  language: Language;
  /** A statement, the names of its concept, and what the rule makes of it. */
  example: { text: string; names: readonly string[]; result: string };
  /** The statement without the subject, or null when the rule does not apply. */
  rewrite(text: string, names: readonly string[]): string | null;
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Articles that make the subject one thing, so its verb must agree with one. */
const SINGULAR_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Words that carry a subject on past the concept's name (`Paxos and Raft solve…`, `Paxos with
 * Multi-Paxos…`, `Raft, like Paxos, …`): the name is not the whole subject, and dropping it
 * would leave a fragment (`And Raft solve…`).
 */
const SUBJECT_GOES_ON: ReadonlySet<string> = new Set([
  'and',
  'or',
  'nor',
  'with',
  'of',
  'plus',
  'vs',
  'versus',
  'like',
  'as',
  'than',
  'in',
  'on',
  'for',
  'from',
  'to',
  'at',
  'by',
  'that',
  'which',
  'who',
  'whose',
  // `Searing first and then roasting does not create…` (reading 30): the subject is the two
  // steps; dropping `Searing` left `First and then roasting…`. A verb after `first` (`The
  // scheduler first filters nodes`) keeps its subject too: nothing is dropped, nothing is broken.
  'first',
  'then',
]);

/** Adverbs that may stand between a subject and its verb (`A wheel always contains…`). */
const MID_ADVERBS: ReadonlySet<string> = new Set([
  'always',
  'never',
  'only',
  'also',
  'often',
  'still',
  'just',
  'already',
  'sometimes',
  'rarely',
  'usually',
  'automatically',
]);

/** The first `count` words of a text split at single spaces (fewer when it has fewer). */
export function leadingWords(text: string, count: number): string[] {
  const words: string[] = [];
  let from = 0;
  while (words.length < count && from <= text.length) {
    const space = text.indexOf(' ', from);
    const end = space < 0 ? text.length : space;
    words.push(text.slice(from, end));
    if (space < 0) break;
    from = space + 1;
  }
  return words;
}

/** Auxiliaries a verb never stands right before (`data has`: `data` is no verb). */
const AUXILIARIES_AFTER_SUBJECT: ReadonlySet<string> = new Set([
  ...SINGULAR_AUXILIARIES,
  'are',
  'were',
  'have',
  'do',
  "aren't",
  "don't",
]);

/**
 * `name-as-modifier`: the word after the name is followed by an auxiliary, so it is a noun the
 * name modifies (`0-RTT data has no replay protection`, `QUIC connections are identified by…`),
 * not the verb of the name: the name is no subject to drop (`Data has no replay protection`
 * says something else).
 */
function modifiesNoun(next: string, after: string | undefined): boolean {
  const word = next.toLowerCase();
  if (AUXILIARIES_AFTER_SUBJECT.has(word) || MID_ADVERBS.has(word)) return false;
  return AUXILIARIES_AFTER_SUBJECT.has((after ?? '').toLowerCase());
}

/**
 * True when the subject ends with `head` (the next word is no continuation of the subject).
 * `name-with-number`: a number after the name is part of it (`SPF 30 means…`, `HTTP 2 multiplexes…`):
 * dropping the name left `30 means you can stay out 30 times longer` (reading 52).
 */
function subjectEndsBefore(head: string, next: string): boolean {
  if (/[,;:'’]$|[’']s$/.test(head) || /^[0-9０-９]/.test(next)) return false;
  return !SUBJECT_GOES_ON.has(next.toLowerCase());
}

/**
 * True when `word` opens a participle clause that still belongs to the subject, not its verb:
 * `Microtasks queued by microtasks also run…` (read as a verb, it became `Queueds by…`).
 */
function isReducedRelative(word: string, after: string | undefined): boolean {
  return /ed$/i.test(word) && (after ?? '').toLowerCase() === 'by';
}

/** `runs`, `contains`, `is`, `can`, `always runs`: a verb that agrees with one subject. */
function singularVerbAt(words: readonly string[], at: number): boolean {
  let word = (words[at] ?? '').toLowerCase();
  if (MID_ADVERBS.has(word)) word = (words[at + 1] ?? '').toLowerCase();
  if (SINGULAR_AUXILIARIES.has(word)) return true;
  return /^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is|ics)$/.test(word);
}

/** The words of the lead that spell `name` (with `suffix` on its last word) from `start`, or 0. */
function nameWordsAt(
  lead: readonly string[],
  start: number,
  name: string,
  spell: (key: string) => string | null,
): number {
  const size = name.trim().split(/\s+/).length;
  const key = spell(matchKey(name));
  if (!key) return 0;
  const head = lead.slice(start, start + size).map(withoutTypeParameters);
  return head.length === size && matchKey(head.join(' ')) === key ? size : 0;
}

/**
 * A word without the type parameters it ends in, as code names a generic type: `Box<T>` → `Box`,
 * `HashMap<K,V>` → `HashMap` (so `Box<T> lets several owners…` has `Box` as its subject). One
 * bounded class between the brackets: no backtracking.
 */
function withoutTypeParameters(word: string): string {
  return word.replace(/<[^<>\s]{1,40}>$/, '');
}

/** How far the article reaches: 1 when the lead opens on one, else 0. */
function articleOf(lead: readonly string[]): number {
  return ARTICLES.has((lead[0] ?? '').toLowerCase()) ? 1 : 0;
}

/** The lead of an English statement: enough words for the longest name, an article and a verb. */
function englishLead(text: string, names: readonly string[]): string[] {
  const most = Math.max(0, ...names.map((n) => n.trim().split(/\s+/).length)) + 3;
  return leadingWords(text.trim(), most);
}

/** What is left after the first `count` words of the lead (the text from the next word on). */
function after(text: string, lead: readonly string[], count: number): string {
  const skipped = lead.slice(0, count).join(' ').length;
  return text.trim().slice(skipped + 1);
}

/** The plural of a name's key: `promise` → `promises`, `retry` → `retries`. */
function pluralKey(key: string): string {
  return /[^aeiou]y$/.test(key) ? `${key.slice(0, -1)}ies` : `${key}s`;
}

/** The singular of a plural name's key: `entrypoints` → `entrypoint`; null for a singular name. */
export function singularKey(key: string): string | null {
  if (key.length < 4 || !key.endsWith('s') || /(?:ss|us|is)$/.test(key)) return null;
  return key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.slice(0, -1);
}

/**
 * An English rule: the subject is an optional article and the name spelt by `spell`, then a
 * verb (`singular`: one that agrees with one subject, as `A` requires too); the rest is `make`d.
 */
function englishSubjectRule(
  spell: (key: string) => string | null,
  singular: boolean,
  make: (rest: string, verb: string) => string | null,
): (text: string, names: readonly string[]) => string | null {
  return (text, names) => {
    const lead = englishLead(text, names);
    const start = articleOf(lead);
    for (const name of names) {
      const size = nameWordsAt(lead, start, name, spell);
      if (size === 0) continue;
      const end = start + size;
      const head = lead[end - 1] ?? '';
      const verb = lead[end] ?? '';
      if (!verb || !subjectEndsBefore(head, verb) || isReducedRelative(verb, lead[end + 1]))
        continue;
      if (modifiesNoun(verb, lead[end + 1])) continue;
      const one = singular || SINGULAR_ARTICLES.has((lead[0] ?? '').toLowerCase());
      if (one && !singularVerbAt(lead, end)) continue;
      const rest = after(text, lead, end);
      const made = rest ? make(rest, verb) : null;
      if (made) return made;
    }
    return null;
  };
}

/** `Wheels are only…` → `Is only…`; `Retries always fix…` → `Always fixes…`. */
function agreeWithOne(rest: string, verb: string): string | null {
  // `plural-complement`: `Session windows are fixed-length windows starting at…` keeps its plural
  // (`They are fixed-length windows…`, text/copula-pronoun.ts): `It is fixed-length windows`
  // (reading 58) makes one thing of several.
  if (PLURAL_COPULAS.has(verb.toLowerCase()) && opensOnPluralNoun(rest.slice(verb.length)))
    return withCapitalStart(rest);
  if (!MID_ADVERBS.has(verb.toLowerCase())) {
    const agreed = singularVerbOf(verb);
    const tail = MODALS.has(verb.toLowerCase())
      ? rest.slice(verb.length)
      : coordinatedVerbAgreed(rest.slice(verb.length));
    return withCapitalStart(`${agreed}${tail}`);
  }
  const space = rest.indexOf(' ');
  if (space < 0) return null;
  const second = rest.slice(space + 1).split(' ', 1)[0] ?? '';
  if (!second) return null;
  const agreed = singularVerbOf(second);
  return withCapitalStart(`${verb} ${agreed}${rest.slice(space + 1 + second.length)}`);
}

/** Copulas that agree with a plural subject ({@link agreeWithOne}). */
const PLURAL_COPULAS: ReadonlySet<string> = new Set(['are', 'were']);

/**
 * True when a copula's complement is a plural noun, with at most one modifier before it
 * (`fixed-length windows starting…`, `separate processes`): the first or second word ends in `s`
 * (not `-ss`, `-us`, `-is`, nor an adverb such as `always`, `sometimes`) and the next word ends the
 * phrase (the text's end, a preposition, a participle or a relative word). Reads three words.
 */
function opensOnPluralNoun(complement: string): boolean {
  const words = complement.trim().split(/\s+/, 3);
  for (let at = 0; at < 2; at++) {
    const word = (words[at] ?? '').toLowerCase();
    if (!PLURAL_NOUN.test(word) || NOT_PLURAL_NOUNS.test(word)) continue;
    const next = (words[at + 1] ?? '').toLowerCase();
    return next === '' || /^[a-z]+(?:ing|ed)$/.test(next) || PHRASE_ENDS.has(next);
  }
  return false;
}

const PLURAL_NOUN = /^[a-z][a-z-]*[a-z]s[,.;:]?$/;
const NOT_PLURAL_NOUNS = /(?:ss|us|is|ways|times|less)[,.;:]?$/;
/** Words after a noun that end its phrase (`windows starting at…`, `objects that…`). */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'that',
  'which',
  'who',
  'from',
  'to',
  'and',
  'or',
  'but',
]);

/** Words that open an object right after a verb: the word before them is a verb. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'them',
  'it',
  'its',
  'their',
  'the',
  'a',
  'an',
  'each',
  'every',
  'all',
]);
/** Words before an object opener that are no verb (`and all the`, `and not the`). */
const NOT_VERBS: ReadonlySet<string> = new Set([
  'all',
  'not',
  'only',
  'then',
  'so',
  'also',
  'thus',
]);

/**
 * `coordinated-verb`: a second verb joined by `and`, with its own object, agrees with the dropped
 * subject too (`put each user in a cohort and keep them there` → `…and keeps them there`). Only
 * where an object opener (`them`, `the`, `a`…) follows the word, so `and large files` stays.
 */
function coordinatedVerbAgreed(tail: string): string {
  const at = tail.indexOf(' and ');
  if (at < 0) return tail;
  const start = at + ' and '.length;
  const end = tail.indexOf(' ', start);
  if (end < 0) return tail;
  const word = tail.slice(start, end);
  const next = tail.slice(end + 1).split(/[\s,.;]/, 1)[0] ?? '';
  if (!/^[a-z]+$/.test(word) || NOT_VERBS.has(word) || OBJECT_OPENERS.has(word)) return tail;
  if (/(?:s|ed|ing)$/.test(word) || !OBJECT_OPENERS.has(next)) return tail;
  return `${tail.slice(0, start)}${singularVerbOf(word)}${tail.slice(end)}`;
}

/** `A promise's callback runs…` → `Its callback runs…`. */
function possessiveRule(text: string, names: readonly string[]): string | null {
  const lead = englishLead(text, names);
  const start = articleOf(lead);
  for (const name of names) {
    for (const [spell, pronoun] of [
      [(k: string) => `${k}s`, 'Its'],
      [(k: string) => `${pluralKey(k)}`, 'Their'],
    ] as const) {
      // `promise's` / `promises'` (the apostrophe is no part of the key).
      const size = nameWordsAt(lead, start, name, spell);
      if (size === 0) continue;
      const last = lead[start + size - 1] ?? '';
      const possessive = /[’']s$/.test(last) ? 'Its' : /s[’']$/.test(last) ? 'Their' : null;
      if (possessive !== pronoun) continue;
      const rest = after(text, lead, start + size);
      // The possessed noun and a verb after it: `Its callback runs…`.
      if (rest.split(' ', 3).length < 2) continue;
      return `${pronoun} ${rest}`;
    }
  }
  return null;
}

/** Japanese: the name, an optional space and `particle`, then content (not a particle). */
function japaneseSubjectRule(
  particles: readonly string[],
  oneClause: boolean,
): (text: string, names: readonly string[]) => string | null {
  return (text, names) => {
    const t = text.trim();
    for (const name of names) {
      if (!t.startsWith(name)) continue;
      let at = name.length;
      if (t[at] === ' ') at++;
      for (const particle of particles) {
        if (!t.startsWith(particle, at)) continue;
        let rest = t.slice(at + particle.length);
        if (rest.startsWith('、') || rest.startsWith(',')) rest = rest.slice(1);
        rest = rest.trim();
        // `原子性があれば…` keeps its subject: only content after the particle is read as the rest.
        if ([...rest.slice(0, 4)].length < 2 || /^\p{Script=Hiragana}/u.test(rest)) continue;
        // `Xが` with a second clause (`ソルトが同じなら、ハッシュも同じ`) is only the first
        // clause's subject: dropping it would leave the reader guessing what `同じ` is.
        if (oneClause && (rest.includes('、') || rest.includes('，'))) continue;
        // `認証は本人確認、認可は権限の判定` sets two topics against each other: without the
        // first, the rest reads `本人確認、認可は…` — whose 本人確認 it is, only the name said.
        if (contrastsTopics(rest)) continue;
        // `スランプが大きいコンクリートは強度が低い`: the name is the subject of a clause that
        // describes the sentence's own topic (`大きいコンクリート`); without it the rest reads
        // `大きいコンクリートは…` (reading 29).
        if (oneClause && RELATIVE_CLAUSE_HEAD.test(rest)) continue;
        return rest;
      }
    }
    return null;
  };
}

/**
 * `relative-clause-subject`: a rest that opens on a short predicate (`大きい`, `古い`, `変わった`)
 * right before a noun that is the topic or subject (`コンクリートは`, `ファイルが`): the dropped
 * name was the predicate's subject inside a clause that describes that noun. Anchored, with
 * short bounded runs: no backtracking on long text.
 */
const RELATIVE_CLAUSE_HEAD =
  /^\p{Script=Han}{1,4}\p{Script=Hiragana}{0,3}[いるた][\p{Script=Han}\p{Script=Katakana}ーA-Za-z]{2,24}[はが]/u;

/** A later clause that opens on a topic of its own (`、認可は`): a word of no hiragana, then `は`. */
const CONTRAST_TOPIC = /[、，][^\p{Script=Hiragana}、，。]{1,16}は/u;

/** True when a clause after the first opens on another topic (`本人確認、認可は権限の判定`). */
function contrastsTopics(rest: string): boolean {
  return CONTRAST_TOPIC.test(rest);
}

/**
 * The endings of a conditional clause (`無効にすると`, `増やせば`, `落ちたら`, `使っても`): a verb
 * (its last kana) and the conditional particle. A noun before `と` is a list (`ページテーブルと
 * 仮想メモリは`), not a condition, so `と` counts only after a verb's plain ending.
 */
const CONDITIONAL_ENDINGS: readonly { particle: string; before: string }[] = [
  { particle: 'と', before: 'るうくすつぬむぶぐい' },
  { particle: 'ば', before: 'れえけせてねめべげ' },
  { particle: 'たら', before: 'っしいきちにみびぎりえけせてねめべげ' },
  { particle: 'だら', before: 'んい' },
  { particle: 'ても', before: 'っしいきちにみびぎりえけせてねめべげ' },
];

/** The name's subject particles after a condition: `仮想メモリも`, `キャッシュは`, `ノードが`. */
const SUBJECT_PARTICLES = ['も', 'は', 'が'];
/** A condition before the name is at most this long (the first words of the statement). */
const MAX_CONDITION = 32;

/**
 * Japanese: a conditional clause, then the name as its main clause's subject (`スワップを無効
 * にすると仮想メモリも使われなくなる`) → the condition and the main clause (`スワップを無効にすると
 * 使われなくなる`). Reads the first {@link MAX_CONDITION} characters for the name.
 */
function subjectAfterCondition(text: string, names: readonly string[]): string | null {
  const t = text.trim();
  for (const name of names) {
    const at = t.indexOf(name);
    if (at <= 0 || at > MAX_CONDITION) continue;
    let head = t.slice(0, at);
    const comma = head.endsWith('、') || head.endsWith('，');
    if (comma) head = head.slice(0, -1);
    const conditional = CONDITIONAL_ENDINGS.some(
      ({ particle, before }) =>
        head.endsWith(particle) && before.includes(head.charAt(head.length - particle.length - 1)),
    );
    if (!conditional || head.length <= 2) continue;
    const after = t.slice(at + name.length);
    const particle = SUBJECT_PARTICLES.find((p) => after.startsWith(p));
    if (!particle) continue;
    const rest = after.slice(particle.length).replace(/^[、，]/, '');
    // Content after the particle (`使われなくなる`), not another particle or a second name.
    if ([...rest.slice(0, 4)].length < 2 || /^\p{Script=Hiragana}/u.test(rest)) continue;
    return `${head}${comma ? '、' : ''}${rest}`;
  }
  return null;
}

/** The endings of a clause of degree (`使うほど`): a verb's plain ending, then `ほど`. */
const DEGREE_ENDING = { particle: 'ほど', before: 'るうくすつぬむぶぐいた' };
/** The condition after the name's `を` is at most this long (`短くすれば`, `多く使うほど`). */
const MAX_OBJECT_CONDITION = 16;

/**
 * Japanese: the name as the object of a conditional clause that opens the statement (`TTL を
 * 短くすれば、古い値もすぐ消える`, `モックを多く使うほどテストは堅牢になる`) → the statement from
 * the condition on (`短くすれば、古い値もすぐ消える`): under a stem that names the concept, what
 * is shortened or used goes without saying, as it would in the notes' next sentence. Only a
 * short condition right after `を` (no comma, no other particle's clause in between).
 */
function objectOfCondition(text: string, names: readonly string[]): string | null {
  const t = text.trim();
  for (const name of names) {
    if (!t.startsWith(name)) continue;
    let at = name.length;
    if (t[at] === ' ') at++;
    if (t[at] !== 'を') continue;
    const rest = t.slice(at + 1).trimStart();
    const window = rest.slice(0, MAX_OBJECT_CONDITION + 2);
    for (const { particle, before } of [...CONDITIONAL_ENDINGS, DEGREE_ENDING]) {
      const end = window.indexOf(particle);
      if (end < 2 || end > MAX_OBJECT_CONDITION) continue;
      const head = rest.slice(0, end);
      if (/[、，。を]/.test(head) || !before.includes(head.charAt(head.length - 1))) continue;
      // Something said after the condition: `短くすれば` alone is no statement.
      const after = rest.slice(end + particle.length).replace(/^[、，]/, '');
      if ([...after].length < 2) continue;
      return rest;
    }
  }
  return null;
}

/**
 * True when the statement opens on the name as the object of a condition (`Ⓜ を付けると、…`,
 * rule `object-of-condition`): under a stem that names the concept the rest reads well; as the
 * description a which-concept question asks to name, the rest (`付けると、…`) says nothing of
 * what is attached (reading 52).
 */
export function opensOnObjectOfCondition(text: string, names: readonly string[]): boolean {
  return objectOfCondition(text, names) !== null;
}

/** Words after `the same` that end the sentence: at most its noun (`the same guarantee`). */
const MAX_SAME_NOUN_WORDS = 1;
/** The other thing named beside the concept is at most this many words (`serializability`). */
const MAX_OTHER_WORDS = 4;

/**
 * English: the concept and another thing said to be the same (`Linearizability and
 * serializability are the same guarantee`) → the claim about the concept alone (`Is the same
 * guarantee as serializability`), as an option of a question that names it. Reads the first
 * few words only.
 */
function sameAsTheOther(text: string, names: readonly string[]): string | null {
  const t = withoutFinalStop(text.trim());
  const lead = leadingWords(t, MAX_OTHER_WORDS + MAX_SAME_NOUN_WORDS + 12);
  const start = articleOf(lead);
  for (const name of names) {
    const size = nameWordsAt(lead, start, name, (k) => k);
    if (size === 0 || (lead[start + size] ?? '').toLowerCase() !== 'and') continue;
    const from = start + size + 1;
    const are = lead.findIndex((w, i) => i > from && w.toLowerCase() === 'are');
    if (are < 0 || are - from > MAX_OTHER_WORDS) continue;
    if (
      (lead[are + 1] ?? '').toLowerCase() !== 'the' ||
      (lead[are + 2] ?? '').toLowerCase() !== 'same'
    )
      continue;
    const noun = lead.slice(are + 3);
    // The sentence ends at the noun: `…are the same in every region` says more than sameness.
    if (noun.length > MAX_SAME_NOUN_WORDS || lead.join(' ').length < t.length) continue;
    const other = lead.slice(from, are).join(' ');
    return `Is the same${noun.length > 0 ? ` ${noun.join(' ')}` : ''} as ${other}`;
  }
  return null;
}

/**
 * Japanese: the concept and another thing said to be the same (`フルサービスリゾルバと権威サーバー
 * は同じ役割`) → the claim about the concept alone (`権威サーバーと同じ役割`).
 */
function sameAsTheOtherJa(text: string, names: readonly string[]): string | null {
  const t = text.trim();
  for (const name of names) {
    if (!t.startsWith(`${name}と`)) continue;
    const rest = t.slice(name.length + 1);
    const at = rest.indexOf('は同じ');
    if (at < 1 || at > MAX_OTHER_CHARS_JA || /[、，。はが]/.test(rest.slice(0, at))) continue;
    return `${rest.slice(0, at)}と${rest.slice(at + 1)}`;
  }
  return null;
}

/** The other thing named beside the concept is at most this long in Japanese. */
const MAX_OTHER_CHARS_JA = 20;

/** How far a name's aside may run before its label's colon (`POP3 (RFC 1939):`). */
const MAX_LABEL_ASIDE = 60;

/**
 * The statement after a label that is the concept's name, its aside in parentheses allowed
 * (`POP3 (RFC 1939): download…` → `download…`), or null. Reads only the name's first characters.
 */
function afterNameLabel(text: string, names: readonly string[]): string | null {
  const t = text.trim();
  const folded = t.slice(0, MAX_LABEL_ASIDE * 2).toLowerCase();
  for (const name of names) {
    const n = name.trim();
    if (n === '' || !folded.startsWith(n.toLowerCase())) continue;
    let at = n.length;
    while (t[at] === ' ') at++;
    const open = t[at];
    if (open === '(' || open === '（') {
      const close = t.indexOf(open === '(' ? ')' : '）', at);
      if (close < 0 || close - at > MAX_LABEL_ASIDE) continue;
      at = close + 1;
      while (t[at] === ' ') at++;
    }
    if (t[at] !== ':' && t[at] !== '：') continue;
    const rest = t.slice(at + 1).trim();
    if (rest !== '') return rest;
  }
  return null;
}

const subjectGa = japaneseSubjectRule(['が'], true);

/** Characters of a noun a predicate may modify: kanji, katakana, Latin letters and digits. */
const MODIFIED_NOUN = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]/u;
/** How far into the rest the topic `は` of a modified noun is looked for. */
const MAX_MODIFIED_CLAUSE = 12;

/**
 * True when a text opens on a predicate and the noun it modifies, then the topic `は` (`弱い人は…`,
 * `使うメモリは…`): what stood before it was that predicate's subject, not the sentence's.
 */
function opensOnRelativeClause(text: string): boolean {
  const at = text.indexOf('は');
  if (at < 2 || at > MAX_MODIFIED_CLAUSE) return false;
  const head = [...text.slice(0, at)];
  let i = head.length - 1;
  while (i >= 0 && MODIFIED_NOUN.test(head[i] as string)) i--;
  // A noun after the predicate, and the plain form's last kana right before it (`弱い`, `使う`,
  // `起きた`): not a condition (`失敗したら本リクエストは…`, `増えれば`, `すると`) or a particle.
  return i >= 0 && i < head.length - 1 && PLAIN_FORM_ENDS.has(head[i] as string);
}

/** Last kana of a plain-form predicate that may modify the noun after it. */
const PLAIN_FORM_ENDS: ReadonlySet<string> = new Set([...'いるたうくすつぬむぶぐ']);

export const NAME_SUBJECT_RULES: readonly NameSubjectRule[] = [
  {
    name: 'name-label',
    language: 'en',
    example: {
      text: 'POP3 (RFC 1939): download the messages from a single inbox',
      names: ['POP3'],
      result: 'Download the messages from a single inbox',
    },
    rewrite: (text, names) => {
      const rest = afterNameLabel(text, names);
      return rest === null ? null : withCapitalStart(rest);
    },
  },
  {
    name: 'name-label',
    language: 'ja',
    example: {
      text: 'POP3（RFC 1939）：受信箱1つ分のメールをダウンロードする',
      names: ['POP3'],
      result: '受信箱1つ分のメールをダウンロードする',
    },
    rewrite: afterNameLabel,
  },

  {
    name: 'pronoun-subject',
    language: 'en',
    example: { text: 'It queues requests', names: ['Bulkhead'], result: 'Queues requests' },
    rewrite: (text) => {
      const [first = '', second = ''] = leadingWords(text.trim(), 2);
      const key = matchKey(first);
      if ((key !== 'it' && key !== 'this') || !second || !subjectEndsBefore(first, second))
        return null;
      return withCapitalStart(text.trim().slice(first.length + 1));
    },
  },
  {
    name: 'possessive-subject',
    language: 'en',
    example: {
      text: "A promise's callback runs on the microtask queue",
      names: ['Promise'],
      result: 'Its callback runs on the microtask queue',
    },
    rewrite: possessiveRule,
  },
  {
    name: 'name-subject',
    language: 'en',
    example: {
      text: 'A wheel always contains compiled code',
      names: ['Wheel'],
      result: 'Always contains compiled code',
    },
    rewrite: englishSubjectRule(
      (k) => k,
      false,
      (rest) => withCapitalStart(rest),
    ),
  },
  {
    name: 'plural-subject',
    language: 'en',
    example: {
      text: 'Wheels are only for packages with C extensions',
      names: ['Wheel'],
      result: 'Is only for packages with C extensions',
    },
    rewrite: englishSubjectRule(pluralKey, false, agreeWithOne),
  },
  {
    name: 'singular-subject-of-plural-name',
    language: 'en',
    example: {
      text: 'An entry point runs its function when the package is installed',
      names: ['Entry points'],
      result: 'Runs its function when the package is installed',
    },
    rewrite: englishSubjectRule(singularKey, true, (rest) => withCapitalStart(rest)),
  },
  {
    name: 'topic-wa',
    language: 'ja',
    example: {
      text: 'ソルトは秘密にしなければならない',
      names: ['ソルト'],
      result: '秘密にしなければならない',
    },
    rewrite: japaneseSubjectRule(['では', 'は'], false),
  },
  {
    name: 'subject-ga',
    language: 'ja',
    example: {
      text: 'ページフォールトが起きるたびにディスクを読む',
      names: ['ページフォールト'],
      result: '起きるたびにディスクを読む',
    },
    // `relative-clause-subject`: not where `Xが` opens a clause that modifies the noun after it
    // (`HVR が弱い人は HAPE を起こしやすい`: people whose HVR is weak); dropped, the name leaves
    // `弱い人は…`, whose weakness is of nothing (reading 48).
    rewrite: (text, names) => {
      const made = subjectGa(text, names);
      return made !== null && opensOnRelativeClause(made) ? null : made;
    },
  },
  {
    name: 'condition-nara',
    language: 'ja',
    example: {
      text: 'MVCCならロックは一切使わない',
      names: ['MVCC'],
      result: 'ロックは一切使わない',
    },
    rewrite: japaneseSubjectRule(['ならば', 'なら'], false),
  },
  {
    name: 'subject-after-condition',
    language: 'ja',
    example: {
      text: 'スワップを無効にすると仮想メモリも使われなくなる',
      names: ['仮想メモリ'],
      result: 'スワップを無効にすると使われなくなる',
    },
    rewrite: subjectAfterCondition,
  },
  {
    name: 'same-as-the-other',
    language: 'en',
    example: {
      text: 'Linearizability and serializability are the same guarantee',
      names: ['Linearizability'],
      result: 'Is the same guarantee as serializability',
    },
    rewrite: sameAsTheOther,
  },
  {
    name: 'same-as-the-other-ja',
    language: 'ja',
    example: {
      text: 'フルサービスリゾルバと権威サーバーは同じ役割',
      names: ['フルサービスリゾルバ'],
      result: '権威サーバーと同じ役割',
    },
    rewrite: sameAsTheOtherJa,
  },
  {
    name: 'object-of-condition',
    language: 'ja',
    example: {
      text: 'TTL を短くすれば、キャッシュ済みの古い値もすぐ消える',
      names: ['TTL'],
      result: '短くすれば、キャッシュ済みの古い値もすぐ消える',
    },
    rewrite: objectOfCondition,
  },
];

/**
 * The statement without a leading subject that names the concept ({@link NAME_SUBJECT_RULES},
 * the first that applies); unchanged when none does.
 */
export function withoutNameSubject(
  text: string,
  names: readonly string[],
  language: Language,
): string {
  // The same statement is asked with the same names many times (a fact as an option of each
  // template, beside each sibling: 71,500 calls for 10,000 distinct on a 5,000-row table).
  // Looked up by the names, then by the text itself: no key joining the two is built (and
  // hashed afresh) at each call.
  const memo = rewrites();
  const namesKey = rewriteNamesKey(names, language);
  let byText = memo.get(namesKey);
  if (!byText) {
    byText = new Map();
    memo.set(namesKey, byText);
  }
  let made = byText.get(text);
  if (made === undefined) {
    made = rewriteNameSubject(text, names, language);
    // Bounded outside a build too (the outer table is): one set of names meets a few texts.
    if (byText.size >= TEXTS_PER_NAMES) byText.clear();
    byText.set(text, made);
  }
  return made;
}

/**
 * {@link withoutNameSubject}'s answers of the build under way: by {@link rewriteNamesKey}, then
 * by the text.
 */
const rewrites = memoTable<Map<string, string>>();

/** At most this many texts are kept per set of names (then that table starts over). */
const TEXTS_PER_NAMES = 5_000;

/** What {@link withoutNameSubject}'s answer depends on besides the text, as one string. */
function rewriteNamesKey(names: readonly string[], language: Language): string {
  return `${language}\u0000${names.join('\u0001')}`;
}

/** {@link withoutNameSubject}, worked out. */
function rewriteNameSubject(text: string, names: readonly string[], language: Language): string {
  const given = names.filter((n) => n.trim() !== '');
  // `plural-alias`: a name that is the plural of another (`Scopes`, a heading, beside `Scope`)
  // is that name's plural: `Scopes replace…` agrees with one (`Replaces…`), as options do.
  const keys = new Set(given.map((n) => n.trim().toLowerCase()));
  const usable =
    language === 'en'
      ? given.filter((n) => {
          const one = singularKey(n.trim().toLowerCase());
          return one === null || !keys.has(one);
        })
      : given;
  for (const rule of NAME_SUBJECT_RULES) {
    if (rule.language !== language) continue;
    const made = rule.rewrite(text, usable);
    if (made) return withoutEquationOpening(made, text, language);
  }
  return text.trim();
}

/**
 * `equation-subject`: the name dropped before `=` leaves the equation's right side, said as
 * what the concept is (`RTO = the time to copy data back` → `Is the time to copy data back`,
 * not `= the time…`, which readers of reading 29 read as broken text; `RTO ＝ 復旧までの時間` →
 * `復旧までの時間`).
 */
function withoutEquationOpening(made: string, text: string, language: Language): string {
  const match = /^[=＝]\s*/u.exec(made);
  if (!match) return made;
  const rest = made.slice(match[0].length);
  if (rest === '') return made;
  // `equation-list`: the right side a list of points (`white dwarf = no fusion, degeneracy
  // pressure, heavier is smaller`) is no one thing the concept is: `Is no fusion, …` read as
  // broken text (h40). The equation keeps its name.
  if (language === 'en' && isListOfPoints(rest)) return text;
  // `equation-clause`: the equation the subject of its own verb (`Rs = 1.5 is "baseline" for two
  // peaks`, reading 78) is no definition: `Is 1.5 is "baseline"…` read as broken text. It keeps
  // its name.
  if (language === 'en' && VALUE_VERBS.has(rest.split(/\s+/u, 2)[1]?.toLowerCase() ?? ''))
    return text;
  return language === 'en' ? `Is ${rest}` : rest;
}

/** Verbs after the value of an equation that make it a clause's subject ({@link withoutEquationOpening}). */
const VALUE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'means', 'gives', 'marks']);

/** Three points or more, cut at `, ` outside brackets (`no fusion, degeneracy pressure, …`). */
function isListOfPoints(text: string): boolean {
  const first = firstOutsideBrackets(text, ', ');
  return first >= 0 && firstOutsideBrackets(text.slice(first + 2), ', ') >= 0;
}
