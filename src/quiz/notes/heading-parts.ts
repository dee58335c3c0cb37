/**
 * The names a heading lists, and how a concept's name meets one of them. Teams head one section
 * with several things (`Analyzers, stemming and stop words`, `Security: introspection, persisted
 * queries, query cost`, `CQRSとプロジェクション`, `Write caches: write-back, write-through`); a
 * comparison (`GraphQL vs REST`) is not one: its lines set one side against the other, and are
 * read where they name the concept (concept-sections.ts `relatedSections`). A concept that
 * no heading names whole still has its section there when one of the parts is its name, its name
 * before or inside its aside (`NDP（近隣探索）` in `NDPとICMPv6`), its name's last words
 * (`Set associativity` in `Associativity and the 3 Cs`) or its first (`Write-back cache` in
 * `Write caches: write-back, write-through`). Pure; every scan is one pass over the text.
 */
import { singularKey } from '../text/name-subject.ts';
import { softKey } from '../text/normalize.ts';
import { trailingRun } from '../text/trailing-run.ts';
import { headingNames } from './heading-match.ts';

/** A separator between the names of a heading, with an example. */
interface PartSeparator {
  name: string;
  example: string;
  /** The separator as it stands (Latin ones matched in lower case). */
  token: string;
}

/** What stands between the names one heading lists. */
export const HEADING_PART_SEPARATORS: readonly PartSeparator[] = [
  {
    name: 'label-colon',
    example: 'Security: introspection, persisted queries → Security | introspection | …',
    token: ': ',
  },
  { name: 'label-colon-full-width', example: 'セキュリティ：署名と検証', token: '：' },
  { name: 'comma', example: 'Segments, refresh and flush', token: ', ' },
  { name: 'ja-comma', example: 'リンクローカル、ULA', token: '、' },
  { name: 'and', example: 'Tag and digest', token: ' and ' },
  { name: 'ampersand', example: 'HPACK & QPACK', token: ' & ' },
  { name: 'ja-and', example: 'CQRSとプロジェクション', token: 'と' },
  { name: 'middle-dot', example: 'SLAC・DHCPv6', token: '・' },
];

/** Words a part may open with that are no part of a name (`the N+1 problem`). */
const LEADING_ARTICLES = ['the ', 'a ', 'an '];

/**
 * The names a heading lists, as written (trimmed, a leading article dropped), in order; the
 * heading alone (one name) when no separator stands in it. One pass over the heading.
 */
export function headingParts(heading: string): string[] {
  const lower = heading.toLowerCase();
  // Lower case keeps every index of most text; where it does not, separators are read as written.
  const seek = lower.length === heading.length ? lower : heading;
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  while (at < seek.length) {
    const separator = HEADING_PART_SEPARATORS.find((s) => seek.startsWith(s.token, at));
    if (separator) {
      parts.push(heading.slice(from, at));
      at += separator.token.length;
      from = at;
    } else at++;
  }
  parts.push(heading.slice(from));
  return parts.map(withoutArticle).filter((p) => p !== '');
}

function withoutArticle(part: string): string {
  const text = part.trim();
  const lower = text.toLowerCase();
  const article = LEADING_ARTICLES.find((a) => lower.startsWith(a) && text.length > a.length);
  return article ? text.slice(article.length).trim() : text;
}

/**
 * The key a part or a name is compared by: its words as {@link softKey} reads them (lower case,
 * widths folded), one space between them, punctuation and symbols as spaces (`Write-back` →
 * `write back`), the last Latin word in the singular (`posting lists` → `posting list`,
 * `queries` → `query`; `ambiguous`, `status`, `analysis`, `class` stay).
 */
export function partKey(text: string): string {
  const key = softKey(text)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w !== '')
    .join(' ');
  // Read back from the end: an end-anchored pattern is tried from every position of the key.
  const word = trailingRun(key, isLowerLatin);
  if (word === '') return key;
  return key.slice(0, key.length - word.length) + (singularKey(word) ?? word);
}

/** True for a lower-case Latin letter. */
function isLowerLatin(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}

/** The key with no spaces, as names are compared whole (`Write back` and `Writeback` alike). */
export function wholeKey(partKeyText: string): string {
  return partKeyText.replaceAll(' ', '');
}

/**
 * The forms of a concept's name a heading part may be: the name, both sides of its aside and the
 * name without a kind word ({@link headingNames}: `アウトボックスパターン` → `アウトボックス`), and
 * the sides of a spaced slash (`N+1 problem / DataLoader`).
 */
export function nameForms(name: string): string[] {
  const forms = new Set<string>();
  for (const form of headingNames(name)) {
    forms.add(form);
    for (const side of form.split(' / ')) if (side.trim() !== '') forms.add(side.trim());
  }
  return [...forms];
}

/** Names longer than this are no names to meet partly (a pathological cell stays linear). */
const MAX_AFFIX_NAME = 60;
/** A part this short says too little to be the end or the start of one name (`IR` is whole only). */
const MIN_AFFIX = 3;
/** A script with no spaces between words: a part may end a name anywhere (`パイプラインキャッシュ`). */
export const UNSPACED = /[\u3040-\u30ff\u4e00-\u9fff]/u;

/**
 * The keys by which a form of a name may be met partly: its word-bounded ends and starts
 * (`set associativity` → `associativity`, `set`), and, for Japanese, its character ends
 * (`パイプラインキャッシュ` → `キャッシュ`, …) of {@link MIN_AFFIX} characters or more. Linear in
 * the name's words (characters for Japanese).
 */
export function affixKeys(formKey: string): { ends: string[]; starts: string[] } {
  const ends: string[] = [];
  const starts: string[] = [];
  if (formKey.length > MAX_AFFIX_NAME) return { ends, starts };
  const words = formKey.split(' ').length;
  let before = 0;
  for (let i = 0; i < formKey.length; i++) {
    if (formKey[i] !== ' ') continue;
    before++;
    const start = formKey.slice(0, i);
    const end = formKey.slice(i + 1);
    // `start-is-half-the-name`: a start of fewer than half its words is a modifier, not the thing
    // (`Queries` of `## Queries, mutations and subscriptions` is no `Query cost limits`; reading
    // 11), while `write-back` of `Write-back cache` names it.
    if ([...start].length >= MIN_AFFIX && 2 * before >= words) starts.push(start);
    if ([...end].length >= MIN_AFFIX) ends.push(end);
  }
  if (UNSPACED.test(formKey)) {
    const chars = [...formKey];
    for (let i = 1; i + MIN_AFFIX <= chars.length; i++) {
      const end = chars.slice(i).join('');
      if (UNSPACED.test(chars[i] ?? '')) ends.push(end);
    }
  }
  return { ends, starts };
}
