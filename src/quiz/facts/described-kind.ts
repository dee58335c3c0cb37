/**
 * `described-kind`: what kind of thing a concept is, where its name does not end on a kind word
 * but the notes say it beside the name — in the name's aside (`VEI（火山爆発指数）`: an index) or
 * in the concept's own heading (`## 8. 工程能力指数 Cp`, `## 10. Ppk（工程性能指数）`: both
 * indices; `## 9. satisfies 演算子`: an operator). Flat notes put every concept in one table under
 * one body heading, so no heading groups them; their headings still say that Cp, Cpk and Ppk are
 * indices and 判定ルール is none, and a rule offered among indices is ruled out at sight (reading 48).
 * Pure; one scan of the name and the heading.
 */
import { bareHeading } from '../notes/heading-match.ts';
import { nameAside } from '../text/name-aside.ts';
import { nameHeadKeys } from './name-head.ts';

/** Where the notes say a concept's kind beside its name, with an example each. */
export const DESCRIBED_KIND_RULES = [
  { name: 'name-aside', example: 'VEI（火山爆発指数） → 指数' },
  { name: 'heading-aside', example: '## 10. Ppk（工程性能指数） → 指数' },
  { name: 'heading-word-before', example: '## 8. 工程能力指数 Cp → 指数' },
  { name: 'heading-word-after', example: '## 9. satisfies 演算子（TS 4.9〜） → 演算子' },
  {
    name: 'list-heading-says-no-kind',
    example:
      '## 3. ミニバッチSGDとバッチサイズ, ## Load factor and resizing: the rest is another name',
  },
] as const;

/**
 * Marks that join or set apart names in a heading: the rest beside the name is then another
 * name (`list-heading-says-no-kind`), not a word of its kind.
 */
const LIST_MARKS = ['と', '、', '・', ',', ':', '：', '/', '／', '&', ' and ', ' vs', ' or ', 'や'];

/** What separates the parts of an aside (as text/name-aside.ts reads them). */
const ASIDE_PARTS = /[/／・,、]/u;
/** A name that abbreviates (`VEI`, `DOAC`, `Km`, `kcat/Km`): its aside spells out what it is. */
const ABBREVIATION = /^[A-Za-z][A-Za-z0-9/]{0,7}$/u;
/** Text of a Latin word (its first letter). */
const LATIN_WORD = /^[A-Za-z]/u;
/** Letters of words and the spaces, hyphens and apostrophes between them, nothing else. */
const WORDS_ONLY = /^[\p{L}\p{M}ー々][\p{L}\p{M}ー々\s'’-]*$/u;

/**
 * The head keys ({@link nameHeadKeys}) of the kind words the notes set beside the concept's name
 * ({@link DESCRIBED_KIND_RULES}): in its aside, and in its own heading (`heading`, null when the
 * concept has none). Empty where they say none.
 */
export function describedKindKeys(name: string, heading: string | null): string[] {
  const out = new Set<string>();
  const aside = nameAside(name);
  // `name-aside`: each part of an abbreviation's aside that ends on a kind word; beside a name
  // of words the aside qualifies it (`対抗要件（借家）`, `指数分布（無記憶性）`).
  if (ABBREVIATION.test(aside.main))
    for (const part of aside.parts) for (const key of kindKeysOf(part)) out.add(key);
  // The heading's words beside the whole name, its aside and all where the heading repeats it
  // (`## 指数分布（無記憶性）`: the aside qualifies the name, the heading adds nothing).
  if (heading !== null) {
    const whole = bareHeading(heading).includes(name.trim()) ? name.trim() : aside.main;
    for (const key of headingKindKeys(whole, heading)) out.add(key);
  }
  return [...out];
}

/** The kind keys a heading sets beside `main` (the name as the heading writes it). */
function headingKindKeys(main: string, heading: string): string[] {
  if (main.length === 0) return [];
  const text = bareHeading(heading);
  const at = text.indexOf(main);
  if (at < 0 || text.indexOf(main, at + 1) >= 0) return [];
  const before = text.slice(0, at).trim();
  let after = text.slice(at + main.length).trim();
  const out: string[] = [];
  // `heading-aside`: `Ppk（工程性能指数）`, also after a word (`satisfies 演算子（TS 4.9〜）`).
  const open = after.search(/[（(]/u);
  if (open >= 0 && /[）)]$/u.test(after)) {
    for (const part of after.slice(open + 1, -1).split(ASIDE_PARTS)) out.push(...kindKeysOf(part));
    after = after.slice(0, open).trim();
  }
  // `list-heading-says-no-kind`: the rest names other things.
  if ([before, after].some((word) => LIST_MARKS.some((m) => word.includes(m)))) return [];
  // `heading-word-before` / `heading-word-after`: one plain word beside the name. A Latin word
  // after it is one word (`Ct (Cq) values`, `Dijkstra's algorithm`): more is a phrase of its own
  // (`NOT IN with NULLs`, `Microgravity in orbit`).
  if (before.length > 0) out.push(...kindKeysOf(before));
  const word = after.replace(/^['’]s\s+/u, '');
  if (word.length > 0 && !(LATIN_WORD.test(word) && /\s/u.test(word)))
    out.push(...kindKeysOf(word, true));
  return out;
}

/**
 * The kind keys of a word or phrase said beside a name: a Japanese phrase's kanji or katakana
 * ending (`工程能力指数` → `ja:指数`…), the last word of a Latin phrase of two words or more, and
 * with `besideName` of one Latin word too (`values` in `Ct (Cq) values`): a one-word name says no
 * kind ({@link nameHeadKeys}), but a word set after a name is the name's kind word.
 */
function kindKeysOf(phrase: string, besideName = false): string[] {
  const text = phrase.trim();
  // A phrase with digits or marks is no kind word (`- 以降`, `TS 4.9〜`, `1959`).
  if (text.length === 0 || !WORDS_ONLY.test(text)) return [];
  // The name stands before the word: read as the last word of a name of two words.
  const keys = nameHeadKeys(besideName && !/\s/u.test(text) ? `name ${text}` : text);
  if (keys.length > 0) return keys;
  // A Japanese phrase that is all kanji is its own kind word (`指数` alone has no shorter ending).
  return /^\p{Script=Han}{2,8}$/u.test(text) ? [`ja:${text}`] : [];
}
