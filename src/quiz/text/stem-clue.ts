/**
 * The stem–key association cue (ITEM-WRITING.md: "the key repeating the stem's words"): in a
 * *which concept is this* question, the description quotes a word of the answer's name and of no
 * other option's, so a reader who knows nothing picks the answer. The bank asks such a question
 * only for a concept that has no other (generate/assemble.ts). `「母数を含むように作った区間」` asks for `信頼区間` among
 * `効果量` / `検出力`; `“Each entry is replicated to a majority”` asks for `Log replication`. Pure.
 */
import { memoByText } from './build-memo.ts';
import { camelCaseWords } from './camel-case.ts';
import { glossesOfWord } from './glosses.ts';
import { englishSkeleton, katakanaSkeleton, soundsLike } from './loanword.ts';
import { nameAside } from './name-aside.ts';
import { leadingWords } from './name-subject.ts';
import { contentRuns, englishStem, type Haystack, haystackOf } from './runs.ts';
import { holdsWholeWord } from './whole-word.ts';

/** A Latin run of a name longer than this is not split into hyphenated parts. */
const MAX_SPLIT_RUN = 80;
/** A Latin word of a name shorter than this (`TLS`, `log`) is left to the whole-name rules. */
const LATIN_WORD_MIN = 4;
/** A word of a name with a digit (`4xx`, `465`) this long or longer counts ({@link NameWord.wholeWord}). */
const DIGIT_WORD_MIN = 3;
/** A word of one letter and one digit (`t1`, `l2`): counts though shorter ({@link DIGIT_WORD_MIN}). */
const LETTER_DIGIT = /^[a-z]\d$/;
/** A katakana word shorter than this (`ノード` is three) is too common to tell names apart. */
const KATAKANA_WORD_MIN = 3;
/** A kanji compound this long or longer also counts by its first and last two characters. */
const KANJI_SPLIT_FROM = 4;
/** The kanji part of a compound that reads as a word of its own. */
const KANJI_PART = 2;
/** A kanji run longer than this is read by its ends only (`kanji-middle-words`). */
const MAX_MIDDLE_RUN = 16;
/**
 * Kanji that make a word of the two before them (`世代別` of `世代`, `断片化` of `断片`, `冪等性`
 * of `冪等`): a three-character compound ending in one also counts by its first two. `数` and
 * `期` since reading 57: `『1承認』` names `承認数`, `報酬が半減する` names `半減期`.
 */
const KANJI_SUFFIXES: ReadonlySet<string> = new Set([...'別化性的型式率度数期']);
/**
 * `prefix-kanji`: kanji that make a word of the two after them (`高血糖` of `血糖`, `低体温` of
 * `体温`, `非同期` of `同期`, `過負荷` of `負荷`): a three-character compound opening on one also
 * counts by its last two, so `血糖が上がり…` names `ステロイド高血糖` (reading 77). Not `不` (`不整脈`
 * is `不整` + `脈`) nor `新` (`新生児`).
 */
const KANJI_PREFIXES: ReadonlySet<string> = new Set([...'高低非無未再超副過準']);

const HAN = /^[\p{Script=Han}々〆ヶ]+$/u;
const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;
const LATIN = /^[a-z0-9]/;

/** A word of a name and how to look for it in a stem. */
interface NameWord {
  /** The word: found when the stem contains it (kanji; katakana at a word's start)… */
  text: string;
  /** …or, for a Latin word, when the stem has a word of this stem (`replicated` ~ `replication`). */
  latinStem: string | null;
  /**
   * `plural-stem`: the stem of its plural where that differs (`stage` → `stages` → `stag`):
   * englishStem cuts `-es` whole, so `several FROM stages` holds `stag`, not `stage`.
   */
  pluralStem?: string;
  /**
   * `digit-word`: a word of the name with a digit in it (`4xx` of `4xx / 5xx replies`, `x86`,
   * `465` of `Port 465`; not a version, `1.3`), found only as a whole word of the stem.
   */
  wholeWord?: boolean;
  /**
   * `number-of-word`: the number of a word of the name that mixes letters and digits (`75` of
   * `75th percentile assessment`), found as a number of the stem wherever letters touch it:
   * `Pass when p75 is good` names the answer.
   */
  number?: boolean;
  /**
   * `letters-of-versioned-word`: the letters of a versioned word (`icmp` of `ICMPv6とPath MTU`),
   * found only as a word of the stem written in capitals (`ICMP`), not as a common word (`base`
   * of `base64`).
   */
  capitalsOnly?: boolean;
}

/** The digits of a word that are a number worth matching: two or more (`75`, `465`, not `4` of `4xx`). */
const NUMBER_IN_WORD = /\d{2,}/;
/** The letters of a versioned word before its optional `v` and digits, at least this many. */
const VERSIONED_LETTERS_MIN = 3;

/** The letters of a versioned word (`icmp` of `icmpv6`, `sha` of `sha256`), or null. */
function versionedLetters(word: string): string | null {
  let digitsFrom = word.length;
  while (digitsFrom > 0 && /\d/.test(word[digitsFrom - 1] ?? '')) digitsFrom--;
  if (digitsFrom === word.length || digitsFrom === 0) return null;
  const head = word.slice(0, digitsFrom);
  const letters = head.endsWith('v') ? head.slice(0, -1) : head;
  return letters.length >= VERSIONED_LETTERS_MIN && /^[a-z]+$/.test(letters) ? letters : null;
}

/** The parts of a name's word with a digit that a stem may say on their own ({@link NameWord.number}). */
function digitWordParts(word: string): NameWord[] {
  const out: NameWord[] = [];
  const number = NUMBER_IN_WORD.exec(word)?.[0];
  if (number && number !== word) out.push({ text: number, latinStem: null, number: true });
  const letters = versionedLetters(word);
  if (letters) out.push({ text: letters, latinStem: null, capitalsOnly: true });
  return out;
}

/** A Latin word of a name, with the stem of its plural where that differs ({@link NameWord.pluralStem}). */
function latinWord(text: string): NameWord {
  const latinStem = englishStem(text);
  const plural = englishStem(`${text}s`);
  return plural === latinStem ? { text, latinStem } : { text, latinStem, pluralStem: plural };
}

/**
 * The words a name is made of, as a reader would spot them in a stem: Latin words of four letters
 * or more (by stem), katakana words of three or more, kanji compounds whole and, from four
 * characters on, by their first and last two (`信頼区間` → `信頼`, `区間`; `多重比較` → `比較`),
 * or of three ending in a suffix, by the two before it (`世代別GC` → `世代`).
 * Memoised per build (a concept's name is read for every draft that names it): read the list,
 * never change it.
 */
export const nameWords = memoByText((name: string): readonly NameWord[] => {
  const out: NameWord[] = camelCaseParts(name).map(latinWord);
  for (const text of capitalWords(name)) out.push(latinWord(text));
  for (const { text } of contentRuns(name)) {
    if (LATIN.test(text)) {
      // `hyphenated-parts`: `multi-stage` of `Multi-stage build` is read as its parts, so
      // `several FROM stages` repeats `stage`; so is `remote_apply` (`apply`).
      // A run longer than any name's word is read whole (`_` 32,000 times splits into nothing).
      for (const part of text.length > MAX_SPLIT_RUN ? [text] : text.split(/[-_]/)) {
        if (part.length >= LATIN_WORD_MIN && /^[a-z]+$/.test(part)) {
          out.push(latinWord(part));
        } else if (/\d/.test(part)) {
          // `letter-digit-word`: a letter and a digit (`T1` of `T1 / T2 relaxation`, `L2`) is as
          // plain a word of the name as a longer one (reading 35: `Short T1 is bright…`).
          if (
            (part.length >= DIGIT_WORD_MIN || LETTER_DIGIT.test(part)) &&
            /^[a-z0-9]+$/.test(part)
          ) {
            out.push({ text: part, latinStem: null, wholeWord: true });
            out.push(...digitWordParts(part));
          }
        } else {
          // `dotted-parts`: `np.newaxis` is read by its parts (`newaxis`).
          for (const dotted of part.split('.'))
            if (dotted.length >= LATIN_WORD_MIN && /^[a-z]+$/.test(dotted))
              out.push(latinWord(dotted));
        }
      }
      continue;
    }
    const chars = [...text];
    if (KATAKANA.test(text) && chars.length >= KATAKANA_WORD_MIN)
      out.push({ text, latinStem: null });
    if (!HAN.test(text) || chars.length < KANJI_PART) continue;
    out.push({ text, latinStem: null });
    if (chars.length === KANJI_SPLIT_FROM - 1 && KANJI_SUFFIXES.has(chars.at(-1) ?? ''))
      out.push({ text: chars.slice(0, KANJI_PART).join(''), latinStem: null });
    if (chars.length === KANJI_SPLIT_FROM - 1 && KANJI_PREFIXES.has(chars[0] ?? ''))
      out.push({ text: chars.slice(1).join(''), latinStem: null });
    if (chars.length < KANJI_SPLIT_FROM) continue;
    for (const part of [chars.slice(0, KANJI_PART), chars.slice(-KANJI_PART)]) {
      const word = part.join('');
      out.push({ text: word, latinStem: null });
    }
    // `kanji-middle-words`: a long compound's inner words, two by two from its start (`誘導` of
    // `三相誘導電動機`, said in `誘導電流が流れ`); a run longer than any name is read at its ends only.
    if (chars.length > MAX_MIDDLE_RUN) continue;
    for (let at = KANJI_PART; at + KANJI_PART <= chars.length - KANJI_PART; at += KANJI_PART)
      out.push({ text: chars.slice(at, at + KANJI_PART).join(''), latinStem: null });
  }
  return out;
});

/** A part of a compound name written in capitals, three or more (`DNS` of `CoreDNS`). */
const ACRONYM_PART = 3;

/**
 * `capital-word`: a word of a longer name written in capitals, three letters or more (`UTC` of
 * `UTC offset`, `CPU` of `CPUアフィニティ`), read like any word of the name (lower-cased): `A
 * fixed difference from UTC` repeats a word of `UTC offset`. A name that is the acronym alone is
 * left to the whole-name rules, the words of its aside to asidePartIn. One pass over the name.
 */
function capitalWords(name: string): string[] {
  // The aside in parentheses is read by its parts whole (`NOT IN`), see asidePartIn.
  const { main } = nameAside(name);
  const out: string[] = [];
  for (const token of main.split(/[^A-Za-z]+/))
    if (token.length >= ACRONYM_PART && /^[A-Z]+$/.test(token) && token !== main)
      out.push(token.toLowerCase());
  return out;
}

/**
 * `camel-case-parts`: the parts of a word of a name written in camel case read as words of it
 * (`CoreDNS` → `core`, `dns`; `NodePort` → `node`, `port`; `ClusterIP` → `cluster`), so that
 * `The cluster DNS server` repeats a word of `CoreDNS` and `…opened on every node` one of
 * `NodePort`. A part in capitals counts from three letters, a word from four (`IP`, `QL` are too
 * short); a word that is all capitals (`TLS` of `TLS 1.3 handshake`, `UTC`) or all lower case is
 * left to the other rules. One pass over the name.
 */
function camelCaseParts(name: string): string[] {
  const out: string[] = [];
  for (const token of name.split(/[^A-Za-z]+/)) {
    if (!/[a-z]/.test(token) || !/[A-Z]/.test(token)) continue;
    const parts = camelCaseWords(token);
    if (parts.length < 2) continue;
    for (const p of parts) {
      const capitals = p === p.toUpperCase();
      if (p.length >= (capitals ? ACRONYM_PART : LATIN_WORD_MIN)) out.push(p.toLowerCase());
    }
  }
  return out;
}

/** A stem prepared for looking up name words: {@link haystackOf} and its katakana words. */
interface Stem extends Haystack {
  /** Its katakana words (`ブロック`: `ロック` is not one of them). */
  katakana: readonly string[];
  /** Its Latin words of {@link LATIN_WORD_MIN} letters or more (`finalize`). */
  latin: readonly string[];
  /** Its Latin words and their {@link rootForm}s (`derived-form`). */
  roots: ReadonlySet<string>;
  /** Its words written in capitals, three letters or more, lower-cased (`tls` of `…upgrade to TLS`). */
  capitals: readonly string[];
}

/** Memoised per build: every option set of a which-concept question reads its one stem. */
const stemFrom = memoByText((text: string): Stem => {
  const haystack = haystackOf(text);
  const katakana = contentRuns(haystack.text)
    .map((r) => r.text)
    .filter((r) => KATAKANA.test(r));
  const latin = (haystack.text.match(/[a-z]+/g) ?? []).filter((w) => w.length >= LATIN_WORD_MIN);
  const roots = new Set([...latin, ...latin.map(rootForm)]);
  // The whole words in capitals (no letter or digit touching them): one pass, where seeking each
  // capital run in the whole text again took seconds on a line of 8,000 `NPSHa`.
  const capitals = (text.match(/[A-Za-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 3 && /^[A-Z]+$/.test(w))
    .map((w) => w.toLowerCase());
  // The haystack's fields written out: a spread of it into a literal with more fields took the
  // slow path of an object clone, 136 of 17,100 profile ticks over four builds of a 5,000-row
  // table (more than the rest of the stem's reading).
  return { text: haystack.text, stems: haystack.stems, katakana, latin, roots, capitals };
});

/** An option's name as {@link stemNameClue} compares it: folded, and the stems of its Latin words. */
interface OtherName {
  folded: string;
  /** Its Latin words, lower case, camel-case parts too (`node`, `selector` of `nodeSelector`). */
  latinWords: ReadonlySet<string>;
  stems: readonly string[];
  /** The glosses of its loanwords (`読み取` of `モノトニックリード`): a gloss it shares is no clue. */
  glosses: readonly string[];
}

/** Memoised per build: a concept's name is a wrong option of many questions. */
const otherNameOf = memoByText((name: string): OtherName => {
  const folded = name.normalize('NFKC').toLowerCase();
  const glosses = nameWords(name).flatMap((w) => glossesOfWord(w.text));
  const words = folded.match(/[a-z0-9]+/g) ?? [];
  // A versioned word counts by its letters too (`icmp` of `ICMPv4`, as of `ICMPv6`).
  const versioned = words.flatMap((w) => versionedLetters(w) ?? []);
  const latinWords = new Set([...words, ...versioned, ...camelCaseParts(name)]);
  return {
    folded,
    latinWords,
    stems: (folded.match(/[a-z]+/g) ?? []).map(englishStem),
    glosses,
  };
});

/**
 * `shared-root`: a Latin word of the stem and one of the name that open on the same
 * {@link ROOT_LETTERS} letters, both {@link ROOT_WORD_MIN} letters or more, are one word in two
 * forms (`ambiguity` ~ `Ambiguous grammar`, `coherent` ~ `Cache coherence`, `assigned` ~
 * `Static single assignment`): the suffix rules of englishStem do not reach them.
 */
const ROOT_LETTERS = 6;
const ROOT_WORD_MIN = 7;

function sharesRoot(stem: Stem, word: NameWord): boolean {
  const text = word.text.toLowerCase();
  if (text.length < ROOT_WORD_MIN) return false;
  const root = text.slice(0, ROOT_LETTERS);
  return stem.latin.some((w) => w.length >= ROOT_WORD_MIN && w.startsWith(root));
}

/**
 * `derived-form`: a Latin word of the stem and one of the name that are one word with and without
 * a derivational ending (`Equal keys…` ~ `Equality contract`, `split on IFS` ~ `Word splitting`,
 * `Probe i, i+1…` ~ `Linear probing`): the two share their {@link rootForm}, or one is the
 * other's. Englishstem's inflections and `shared-root`'s long prefixes do not reach them.
 */
const DERIVATIONAL_ENDINGS = [
  // `Nullability is part of the type` ~ `Null safety`.
  'abilities',
  'ability',
  'ibility',
  'ations',
  'ation',
  'ities',
  'ity',
  'ness',
  'ments',
  'ment',
  'ings',
  'ing',
  'ers',
  'er',
  'ed',
  'able',
  'ible',
  'ive',
  // `…can supply the acid for soda` ~ `Acidic ingredients` (reading 76).
  'ic',
];
/**
 * `noun-of-verb`: nouns whose ending changes the verb's last letters (reading 35: `partially
 * inverted` ~ `Sucrose inversion`), each read as the verb.
 */
const NOUNS_OF_VERBS: readonly { noun: string; verb: string }[] = [
  // `inversion` ~ `invert`, `conversion` ~ `convert`.
  { noun: 'rsion', verb: 'rt' },
  // `transmission` ~ `transmit`, `permission` ~ `permit`.
  { noun: 'mission', verb: 'mit' },
  // `extension` ~ `extend`, `expansion` ~ `expand`.
  { noun: 'nsion', verb: 'nd' },
  // `absorption` ~ `absorb` (`UV-C fully absorbed…` ~ `UV absorption`, reading 76), `adsorption`.
  { noun: 'rption', verb: 'rb' },
];
/** A root shorter than this (`lat` of `later`) is no word to compare. */
const ROOT_MIN = 4;
/** Consonants an ending doubles (`split` → `splitting`). */
const DOUBLED = new Set([...'bdgklmnprt']);

/** A Latin word without one derivational ending, a final silent `e` and a doubled consonant. */
function rootForm(word: string): string {
  // `ution-of-ve`: `evolution` is the noun of `evolve`, `resolution` of `resolve`.
  if (word.endsWith('ution') && word.length - 'ution'.length >= ROOT_MIN - 1)
    return `${word.slice(0, -'ution'.length)}v`;
  for (const { noun, verb } of NOUNS_OF_VERBS)
    if (word.endsWith(noun) && word.length - noun.length >= ROOT_MIN - 1)
      return `${word.slice(0, -noun.length)}${verb}`;
  let w = word;
  for (const ending of DERIVATIONAL_ENDINGS)
    if (w.endsWith(ending) && w.length - ending.length >= ROOT_MIN) {
      w = w.slice(0, -ending.length);
      break;
    }
  if (w.length > ROOT_MIN && w.endsWith('e')) w = w.slice(0, -1);
  const last = w[w.length - 1] ?? '';
  if (w.length > ROOT_MIN && DOUBLED.has(last) && w[w.length - 2] === last) w = w.slice(0, -1);
  return w;
}

function derivedForm(stem: Stem, word: NameWord): boolean {
  const text = word.text.toLowerCase();
  if (text.length < LATIN_WORD_MIN || !/^[a-z]+$/.test(text)) return false;
  return stem.roots.has(text) || stem.roots.has(rootForm(text));
}

/** What a name's word must keep beside a word of the stem it opens or ends on (`new` of `newaxis`). */
const INSIDE_REST_MIN = 3;
/** Shorter prefixes that still make a word of their own (`re` of `rename`), unlike `st` of `string`. */
const SHORT_PREFIXES: ReadonlySet<string> = new Set(['re', 'un', 'de', 'co', 'bi', 'ex', 'in']);

/**
 * `word-inside`: a word of the stem that opens or ends a longer word of the name, written as one
 * (`axis` of `np.newaxis`, `name` of `Column rename`; `TLS` in capitals of `STARTTLS`): the name
 * repeats it as plainly as if it stood apart. Four letters or more, or three in capitals; what the
 * name adds is three letters or a prefix of two (`ring` is not inside `string`). Returns the
 * stem's word (another option's name holding it shares the clue: `node` of `Node affinity`).
 */
function wordInside(stem: Stem, word: NameWord): string | null {
  const text = word.text.toLowerCase();
  if (!/^[a-z]+$/.test(text)) return null;
  const inside = (w: string): boolean => {
    const rest = text.length - w.length;
    if (rest < 2) return false;
    if (text.startsWith(w)) return rest >= INSIDE_REST_MIN;
    return text.endsWith(w) && (rest >= INSIDE_REST_MIN || SHORT_PREFIXES.has(text.slice(0, rest)));
  };
  return stem.latin.find(inside) ?? stem.capitals.find(inside) ?? null;
}

/** True when the stem holds the word: a katakana word only at the start of one of its words. */
function holds(stem: Stem, word: NameWord): boolean {
  if (word.wholeWord) return holdsWholeWord(stem.text, word.text);
  if (word.number) return holdsNumber(stem.text, word.text);
  if (word.capitalsOnly) return stem.capitals.includes(word.text);
  if (word.latinStem !== null)
    return (
      stem.stems.has(word.latinStem) ||
      (word.pluralStem !== undefined && stem.stems.has(word.pluralStem)) ||
      sharesRoot(stem, word) ||
      derivedForm(stem, word)
    );
  if (KATAKANA.test(word.text)) return stem.katakana.some((k) => k.startsWith(word.text));
  return stem.text.includes(word.text);
}

/** True when `text` holds `number` with no digit touching it (`p75`, `75th`; not `175`, `750`). */
function holdsNumber(text: string, number: string): boolean {
  const digit = (at: number): boolean => /\d/.test(text[at] ?? '');
  for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1))
    if (!digit(at - 1) && !digit(at + number.length)) return true;
  return false;
}

/** A word of a name that a stem repeats, as found there (`区間` of `信頼区間`). */
export interface RepeatedWord {
  found: string;
  /** The stem of the name's Latin word, or null (another name holding it shares the word too). */
  latinStem: string | null;
  /**
   * For a gloss found in the stem (`統合`), the name's word it glosses (`インテグレーション`):
   * another name holding that word shares the clue too.
   */
  word?: string;
  /**
   * True when found as a katakana loanword of a Latin word of the name (`loanword-of-name`): a
   * clue of the name the options show, not of an expansion a reader would have to know first.
   */
  loanword?: boolean;
}

const NO_WORDS: readonly RepeatedWord[] = [];

/**
 * The words of `name` that the stem repeats, in the order of the name's words, whatever the other
 * options are: a which-concept statement reads each of its few names once, then judges every
 * option set it tries by {@link clueAmong} (most stems repeat no word: nothing more to read).
 */
export function repeatedWords(stemText: string, name: string): readonly RepeatedWord[] {
  const stem = stemFrom(stemText);
  let out: RepeatedWord[] | null = null;
  const spelled =
    spelledOut(stemText, name) ??
    spelledWithin(stemText, name) ??
    acronymWordSpelled(stemText, name);
  if (spelled) out = [{ found: spelled, latinStem: null }];
  const capital = capitalPrefixIn(stemText, name);
  if (capital) out = [...(out ?? []), { found: capital, latinStem: null }];
  const subscripted = subscriptedAcronymIn(stemText, name);
  if (subscripted) out = [...(out ?? []), { found: subscripted, latinStem: null }];
  const initials = initialsIn(stemText, name);
  if (initials) {
    out ??= [];
    out.push({ found: initials, latinStem: null });
  }
  // `アンチ結合（NOT EXISTS / NOT IN）`: a part of the name's aside said whole (`…NOT IN は0件`).
  const aside = asidePartIn(stemText, name);
  if (aside) {
    out ??= [];
    out.push({ found: aside, latinStem: null });
  }
  // A name in camel case is read by its parts (camelCaseParts): `nodes` opens `nodeselector`
  // across the parts' seam, and is no word of it.
  const camel = camelCaseParts(name).length > 0;
  for (const word of nameWords(name)) {
    const direct = holds(stem, word) ? word.text : camel ? null : wordInside(stem, word);
    // Every katakana part the stem says (`レプリケーション` and `スロット` of
    // `レプリケーションスロット`): the first may be shared with another name, the next not.
    const parts = direct ? [] : katakanaPartsOf(stem, word);
    const spoken = direct ?? parts[0] ?? null;
    // `loanword-shared`: the English word a katakana word of the name was borrowed from (`INDEX`
    // of `ハッシュインデックス`) is shared by every other name with that katakana word
    // (`部分インデックス`).
    const loans = spoken ? NO_LOANS : loanwordsOf(stem, word);
    const loan = loans[0];
    const lent = loan?.found ?? null;
    const named = spoken ?? lent;
    const borrowed = named ? null : katakanaOfLatin(stem, word);
    const found = named ?? borrowed ?? opensStemWord(stem, word);
    const gloss = found ? null : glossIn(stem, word);
    if (!found && !gloss) continue;
    out ??= [];
    out.push(
      found
        ? {
            found,
            latinStem: word.latinStem,
            ...(found === borrowed ? { loanword: true } : {}),
            ...(loan && found === lent ? { word: loan.part } : {}),
          }
        : { found: gloss ?? '', latinStem: null, word: word.text },
    );
    for (const part of parts.slice(1)) out.push({ found: part, latinStem: null });
    for (const l of loans.slice(1)) out.push({ found: l.found, latinStem: null, word: l.part });
  }
  return out ?? NO_WORDS;
}

/** A part of a name's aside shorter than this (`C` of `volatile（C/C++）`) is no word to find. */
const MIN_ASIDE_PART = 2;

/**
 * The first part of the name's parenthesised aside (`NOT EXISTS`, `NOT IN` of `アンチ結合（NOT
 * EXISTS / NOT IN）`) that the stem says as a whole word, or null. Linear: one scan per part.
 */
function asidePartIn(stemText: string, name: string): string | null {
  const { parts } = nameAside(name);
  if (parts.length === 0) return null;
  const stem = stemText.normalize('NFKC').toLowerCase();
  for (const raw of parts) {
    const part = raw.normalize('NFKC').toLowerCase();
    if ([...part].length >= MIN_ASIDE_PART && holdsWholeWord(stem, part)) return raw;
    // `aside-latin-word`: a Latin word of a part written with Japanese (`alt` of `alt属性`).
    if (/[\u0080-\uffff]/.test(part))
      for (const word of part.match(/[a-z][a-z0-9_-]{2,}/g) ?? [])
        if (holdsWholeWord(stem, word)) return word;
  }
  return null;
}

/** An acronym: two to six capitals (`UTC`, `TTFB`), digits allowed after the first (`S3`). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** A stem longer than this many words is more than a spelled-out name. */
const SPELLED_MAX_WORDS = 8;

/**
 * `spelled-out acronym`: a stem whose capitalised words' initials are the letters of an acronym
 * name, in any order (`Coordinated Universal Time` for `UTC`, `Time to First Byte` for `TTFB`),
 * is the name written out, not a description of it. Returns the stem, or null. Reads at most the
 * first {@link SPELLED_MAX_WORDS} + 1 words.
 */
export function spelledOut(stemText: string, name: string): string | null {
  if (!ACRONYM.test(name)) return null;
  const words = leadingWords(stemText.trim(), SPELLED_MAX_WORDS + 1);
  if (words.length > SPELLED_MAX_WORDS) return null;
  const letters = sortedLetters(name);
  const initials = words.map((w) => w[0] ?? '');
  // `Coordinated Universal Time`: its capitals; `Time to First Byte`: every word's initial.
  const capitals = sortedLetters(initials.filter((c) => /[A-Z]/.test(c)).join(''));
  const all = sortedLetters(initials.join('').toUpperCase());
  return capitals === letters || all === letters ? stemText.trim() : null;
}

/**
 * A name that reads as an acronym: a capital, then up to five letters or digits, two capitals or
 * more in all (`NaN`, `UTC`, `TTFB`; not `Tag`).
 */
const ACRONYM_LIKE = /^[A-Z][A-Za-z0-9]{1,5}$/;

/**
 * `spelled-within`: words in a row of the stem whose initials are the acronym's letters in its
 * order, a capital where it has one (`"Not a Number" is produced by 0.0/0.0` for `NaN`), name it
 * written out. Returns those words, or null. Linear: each word starts at most one comparison of
 * the acronym's length.
 */
export function spelledWithin(stemText: string, name: string): string | null {
  if (!ACRONYM_LIKE.test(name) || (name.match(/[A-Z]/g)?.length ?? 0) < 2) return null;
  const letters = [...name];
  const words = stemText.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  for (let i = 0; i + letters.length <= words.length; i++) {
    const fits = letters.every((l, k) => {
      const initial = words[i + k]?.[0] ?? '';
      return /[A-Z]/.test(l) ? initial === l : initial.toLowerCase() === l.toLowerCase();
    });
    if (fits) return words.slice(i, i + letters.length).join(' ');
  }
  return null;
}

/** An acronym word of a name read for its spelling-out: three to six capitals (`AUC`, `HSTS`). */
const ACRONYM_WORD = /^[A-Z]{3,6}$/;
/** An acronym this long may be spelled out without its first letter (`Strict Transport Security` of `HSTS`). */
const HEADLESS_FROM = 4;

/**
 * `acronym-word-spelled`: words in a row of the stem whose initials, in any case, are the letters
 * of an acronym word of the name (`area under the curve` for `ROC AUC`, `compare and swap` for
 * `CAS`; `Strict-Transport-Security` for `HSTS`, whose first letter a longer acronym may leave
 * out) — read with and without the small words a name's initials skip (`the`, `and`). Returns
 * those words, or null. Linear: each word starts at most one comparison per acronym.
 */
export function acronymWordSpelled(stemText: string, name: string): string | null {
  const acronyms = acronymWordsOf(name);
  if (acronyms.length === 0) return null;
  const all = stemText.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const content = all.filter((w) => !INITIALS_SKIP.has(w.toLowerCase()));
  for (const acronym of acronyms) {
    const letters = acronym.toLowerCase();
    const sought = letters.length >= HEADLESS_FROM ? [letters, letters.slice(1)] : [letters];
    for (const words of [all, content])
      for (const target of sought) {
        const found = wordsSpelling(words, target);
        if (found) return found;
      }
  }
  return null;
}

/**
 * The acronym words of a name, read from its Latin runs: a run of capitals (`AUC` of `ROC AUC`,
 * `LSM` of `LSMツリー`: a Japanese word after it ends the run too), or the capitals before a
 * capitalised word, with that word's initial (`SST` of `SSTable`).
 */
function acronymWordsOf(name: string): string[] {
  const out: string[] = [];
  for (const run of name.split(/[^A-Za-z0-9]+/)) {
    if (ACRONYM_WORD.test(run)) out.push(run);
    else {
      const led = CAPITALS_BEFORE_WORD.exec(run);
      if (led) out.push(`${led[1]}${led[2]}`);
    }
  }
  return out;
}

/** `SSTable`: capitals, then one capitalised word (`SS` + `T` of `Table`). */
const CAPITALS_BEFORE_WORD = /^([A-Z]{2,5})([A-Z])[a-z]+$/;

/** The first run of `words` whose initials (any case) are `letters`, joined, or null. */
function wordsSpelling(words: readonly string[], letters: string): string | null {
  for (let i = 0; i + letters.length <= words.length; i++) {
    let fits = true;
    for (let k = 0; k < letters.length && fits; k++)
      fits = (words[i + k]?.[0] ?? '').toLowerCase() === letters[k];
    if (fits) return words.slice(i, i + letters.length).join(' ');
  }
  return null;
}

/** Words left out of a name's initials (`Power of two choices` → `PTC`). */
const INITIALS_SKIP: ReadonlySet<string> = new Set([
  'of',
  'to',
  'the',
  'a',
  'an',
  'and',
  'for',
  'in',
  'on',
]);

/** What {@link initialsIn} splits a name's words at, dashes too (`Air–fuel ratio`: AFR). */
const NAME_WORD_BREAK = /[\s\-–—]/;

/**
 * `initials-in-stem`: the stem says the initials of a name of two words or more as a word in
 * capitals (`many zones have no DST at all` for `Daylight saving time`), a word in camel case
 * counting by its parts (`HLL` of `HyperLogLog`), or their plural (`Two HLLs merge`). Returns
 * them, or null.
 */
export function initialsIn(stemText: string, name: string): string | null {
  // A name with no space or hyphen and no Latin letter (most Japanese names) has no initials.
  if (!NAME_WORD_BREAK.test(name) && !/[A-Za-z]/.test(name)) return null;
  const initials = initialsOf(name, true);
  if (initials === null) return null;
  if (holdsWholeWord(stemText, initials)) return initials;
  return holdsWholeWord(stemText, `${initials}s`) ? `${initials}s` : null;
}

/**
 * The initials of a name of two to six Latin words, camel-case words by their parts (`HLL` of
 * `HyperLogLog`), skipping {@link INITIALS_SKIP} where `skip` says so, or null.
 */
function initialsOf(name: string, skip: boolean): string | null {
  const words = name
    .split(/[\s\-–—]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !(skip && INITIALS_SKIP.has(w)))
    .flatMap((w) => (/^[A-Za-z]+$/.test(w) ? camelCaseWords(w) : [w]));
  if (words.length < 2 || words.length > 6) return null;
  return words.map((w) => (w[0] ?? '').toUpperCase()).join('');
}

/**
 * `expanded-name`: the words an acronym stands for, where the notes write them as another name
 * of it (`Largest Contentful Paint` of `LCP`, from `## LCP (Largest Contentful Paint)`; `Time to
 * First Byte` of `TTFB`), or null. A player reads the acronym as those words: a stem that says
 * one of them names the answer. Any other name of the concept (a heading's longer title, a
 * translation from the aliases file) is no word the player sees in the option.
 */
export function expansionOf(name: string, alias: string): string | null {
  const acronym = nameAside(name).main;
  if (!/^[A-Z]{2,6}$/.test(acronym)) return null;
  const { main, parts } = nameAside(alias);
  const spelled = main === acronym && parts.length === 1 ? (parts[0] ?? '') : alias;
  const fits = (skip: boolean): boolean => initialsOf(spelled, skip) === acronym;
  return fits(true) || fits(false) ? spelled : null;
}

function sortedLetters(text: string): string {
  return [...text.replace(/[^A-Za-z]/g, '')].sort().join('');
}

/** A found word of Latin letters (and digits after them), as clueAmong compares it word by word. */
const LATIN_FOUND = /^[a-z][a-z0-9]*$/;

/**
 * The first of the key's repeated words (see {@link repeatedWords}) that no other option's name
 * holds, or null.
 */
export function clueAmong(
  repeated: readonly RepeatedWord[],
  otherNames: readonly string[],
): string | null {
  if (repeated.length === 0) return null;
  const others = otherNames.map(otherNameOf);
  for (const { found, latinStem, word } of repeated) {
    // `whole-latin-word`: a Latin word is another name's only as a word of it (`host` is no
    // word of `localhost inside a container`, `node` is one of `nodeSelector`).
    const latin = LATIN_FOUND.test(found);
    const shared =
      others.some((n) => (latin ? n.latinWords.has(found) : n.folded.includes(found))) ||
      (word !== undefined &&
        others.some((n) => n.folded.includes(word.toLowerCase()) || n.glosses.includes(found))) ||
      (latinStem !== null && others.some((n) => n.stems.includes(latinStem)));
    if (!shared) return found;
  }
  return null;
}

/**
 * The first word of the key's name that the stem repeats and no other option's name holds
 * (`区間` of `信頼区間`), or null. A word of a wrong option's name in the stem is no clue to the
 * key (ITEM-WRITING.md: "the key repeating the stem's words").
 */
export function stemNameClue(
  stemText: string,
  keyName: string,
  otherNames: readonly string[],
): string | null {
  return clueAmong(repeatedWords(stemText, keyName), otherNames);
}

/**
 * The English words of the stem that the name's katakana word, or a part of it, was borrowed from
 * (`finalize` for `ファイナライザ`, text/loanword.ts), each with the katakana part it says: the stem
 * names the answer in the other script. The whole word first, then its parts in order.
 */
function loanwordsOf(stem: Stem, word: NameWord): readonly Loan[] {
  if (!KATAKANA.test(word.text)) return NO_LOANS;
  const out: Loan[] = [];
  // `two-word-loan`: a compound borrowed from two English words, each too short to tell apart
  // alone (`leaky bucket` ~ `リーキーバケット`, reading 76's review of rate limiting): the whole
  // word, before its parts (`bucket` ~ `バケット` is shared by `トークンバケット`).
  const whole = katakanaSkeleton(word.text);
  if (whole !== null && whole.length >= TWO_WORD_SKELETON)
    for (let i = 0; i + 1 < stem.latin.length; i++) {
      const a = stem.latin[i] ?? '';
      const b = stem.latin[i + 1] ?? '';
      if (englishSkeleton(`${a}${b}`) === whole) {
        out.push({ found: `${a} ${b}`, part: word.text });
        break;
      }
    }
  // A compound (`メモリフェンス`) is borrowed word by word: its heads and tails of three kana or
  // more are tried too (`fence` ~ `フェンス`), each part once.
  const seen = new Set<string>();
  for (const raw of katakanaParts(word.text)) {
    // A tail may open on a small kana or a long mark of the word before (`ュインデックス`).
    const part = raw.replace(/^[ァィゥェォャュョッー]+/u, '');
    // A plural says the word as well (`pg_replication_slots` ~ `スロット`).
    const found = stem.latin.find(
      (w) => soundsLike(w, raw) || (w.endsWith('s') && soundsLike(w.slice(0, -1), raw)),
    );
    if (found && !seen.has(found)) {
      seen.add(found);
      out.push({ found, part });
    }
  }
  return out;
}

/** An English word of the stem and the katakana part of the name borrowed from it. */
interface Loan {
  found: string;
  part: string;
}

const NO_LOANS: readonly Loan[] = [];

/** A two-word loan is told by this many consonant classes at least (`rkbkt` of `リーキーバケット`). */
const TWO_WORD_SKELETON = 4;

/** Katakana compounds longer than this are not split into loanwords. */
const MAX_KATAKANA_COMPOUND = 24;

/** Endings a Latin word of a name drops before its katakana loanword is looked for (`alerting`). */
const LOAN_ENDINGS = ['ing', 'ed', 's'];

/**
 * `loanword-of-name`: a katakana word of the stem borrowed from a Latin word of the name
 * (`アラート` of `Alerting rules`, text/loanword.ts), or one of its heads or tails of three kana or
 * more (`アラートマネージャ`): the stem names the answer in the other script. Null when none.
 */
function katakanaOfLatin(stem: Stem, word: NameWord): string | null {
  if (word.latinStem === null || !/^[a-z]+$/.test(word.text)) return null;
  const bases = [word.text];
  for (const ending of LOAN_ENDINGS)
    if (word.text.endsWith(ending) && word.text.length - ending.length >= LATIN_WORD_MIN)
      bases.push(word.text.slice(0, -ending.length));
  for (const kana of stem.katakana) {
    // A compound longer than any loanword is no word to split (a long run stays linear).
    if ([...kana].length > MAX_KATAKANA_COMPOUND) continue;
    for (const part of katakanaParts(kana)) if (bases.some((b) => soundsLike(b, part))) return part;
  }
  return null;
}

/**
 * A katakana word and, as a compound is borrowed word by word (`メモリフェンス`), its heads and tails
 * of {@link KATAKANA_WORD_MIN} kana or more (`フェンス`).
 */
function katakanaParts(word: string): string[] {
  const kana = [...word];
  const parts = [word];
  for (let i = KATAKANA_WORD_MIN; i <= kana.length - KATAKANA_WORD_MIN; i++)
    parts.push(kana.slice(0, i).join(''), kana.slice(i).join(''));
  return parts;
}

/** The root a name's word keeps to open a longer word of the stem (`alert` of `alerting`). */
const OPENING_ROOT_MIN = 5;

/**
 * `name-opens-stem-word`: a word of the stem that the root of a name's word opens, written as one
 * (`alertmanager` for `Alerting`): the stem says the name's word with more after it. Null when
 * none.
 */
function opensStemWord(stem: Stem, word: NameWord): string | null {
  if (word.latinStem === null || !/^[a-z]+$/.test(word.text)) return null;
  const root = rootForm(word.text);
  if (root.length < OPENING_ROOT_MIN) return null;
  return (
    stem.latin.find((w) => w.length >= root.length + INSIDE_REST_MIN && w.startsWith(root)) ?? null
  );
}

/** Names this short or shorter are looked for as the opening of a word in capitals (`Go`). */
const CAPITAL_PREFIX_NAME_MAX = 3;

/**
 * `capital-prefix`: a short name in Latin letters (`Go`) that opens a word of the stem written in
 * capitals (`GOOS`, `GOARCH`): the stem spells the answer's name. Null when none.
 */
function capitalPrefixIn(stemText: string, name: string): string | null {
  const key = name.trim();
  if (key.length < 2 || key.length > CAPITAL_PREFIX_NAME_MAX || !/^[A-Za-z]+$/.test(key))
    return null;
  const upper = key.toUpperCase();
  for (const word of stemText.match(/[A-Z][A-Z0-9_]+/g) ?? [])
    if (word.length > upper.length && word.startsWith(upper)) return word;
  return null;
}

/** Letters or digits of a subscript written after an acronym (`NPSHa`, `NPSH_r`), at most. */
const SUBSCRIPT_MAX = 2;

/**
 * `subscripted-acronym`: a word of the name in capitals, three letters or more (`NPSH` of
 * `Cavitation & NPSH`), that the stem says with a subscript after it (`NPSHa > NPSHr`): the stem
 * spells the answer's name (reading 33). Null when none. Linear: one scan per such word.
 */
function subscriptedAcronymIn(stemText: string, name: string): string | null {
  for (const word of name.split(/[^A-Za-z]+/)) {
    if (word.length < ACRONYM_PART || !/^[A-Z]+$/.test(word)) continue;
    for (let at = stemText.indexOf(word); at >= 0; at = stemText.indexOf(word, at + 1)) {
      if (/[A-Za-z]/.test(stemText[at - 1] ?? '')) continue;
      let end = at + word.length;
      if (stemText[end] === '_') end++;
      const from = end;
      while (end - from < SUBSCRIPT_MAX && /[a-z0-9]/.test(stemText[end] ?? '')) end++;
      if (end === from || /[A-Za-z0-9]/.test(stemText[end] ?? '')) continue;
      return stemText.slice(at, end);
    }
  }
  return null;
}

/**
 * `gloss`: a Japanese word of the stem that glosses a loanword of the name (`統合` of
 * `継続的インテグレーション`, `読み取り` of `リードレプリカ` or of `Read-your-writes`; text/glosses.ts).
 */
function glossIn(stem: Stem, word: NameWord): string | null {
  for (const gloss of glossesOfWord(word.text)) if (stem.text.includes(gloss)) return gloss;
  return null;
}

/**
 * `gloss-echo`: the gloss of a loanword of `name` that `text` says (`領域` of `ライブリージョン` in
 * `既にDOMにある領域の変化を読み上げる`), or null: the option says the name in Japanese. The name
 * is read by {@link nameWords}, as a stem clue reads it.
 */
export function glossEcho(text: string, name: string): string | null {
  for (const word of nameWords(name))
    for (const gloss of glossesOfWord(word.text)) if (text.includes(gloss)) return gloss;
  return null;
}

/**
 * The katakana words of the stem that are parts of a katakana compound of the name (`ステージ` of
 * `マルチステージビルド`; `レプリケーション` and `スロット` of `レプリケーションスロット`), each once,
 * in the stem's order, else a shared end ({@link sharedKatakanaEnd}): a compound has no spaces to
 * split it at, so its parts are found from the stem's side.
 */
function katakanaPartsOf(stem: Stem, word: NameWord): string[] {
  if (!KATAKANA.test(word.text)) return [];
  const out: string[] = [];
  for (const k of stem.katakana)
    if (
      [...k].length >= KATAKANA_WORD_MIN &&
      /[^ー]/.test(k) &&
      word.text.includes(k) &&
      !out.includes(k)
    )
      out.push(k);
  if (out.length > 0) return out;
  const end = sharedKatakanaEnd(stem, word.text);
  return end ? [end] : [];
}

/** A shared end of two katakana compounds this long at least (`ハッシュ`: four kana). */
const SHARED_END_MIN = 4;

/**
 * `katakana-ends`: a head or tail of a katakana compound of the stem that ends or opens one of the
 * name (`ハッシュ` of `ハッシュリング` in the stem, ending `コンシステントハッシュ`): neither holds the
 * other whole, but the two are written with one word. Linear in the stem's katakana.
 */
function sharedKatakanaEnd(stem: Stem, name: string): string | null {
  // No end longer than the name can be one of its ends: a head or tail of at most its length.
  const most = [...name].length;
  for (const k of stem.katakana) {
    const kana = [...k];
    for (let i = SHARED_END_MIN; i <= Math.min(most, kana.length - KATAKANA_WORD_MIN); i++) {
      const head = kana.slice(0, i).join('');
      if (name.endsWith(head) || name.startsWith(head)) return head;
    }
    const from = Math.max(KATAKANA_WORD_MIN, kana.length - most);
    for (let i = from; i <= kana.length - SHARED_END_MIN; i++) {
      const tail = kana.slice(i).join('');
      if (name.endsWith(tail) || name.startsWith(tail)) return tail;
    }
  }
  return null;
}
