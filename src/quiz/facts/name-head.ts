/**
 * `same-head-word`: the word a concept's name ends on says what kind of thing it is — `Recursive
 * descent parser` and `LALR(1) parser` are parsers, `Context-free grammar` and `Ambiguous
 * grammar` grammars, `ハッシュ結合` and `マージ結合` joins, `リンクローカルアドレス` and
 * `グローバルユニキャストアドレス` addresses. Concepts of one kind are the siblings a reader
 * confuses; a grammar offered among parsers is a wrong option of another kind. Pure; linear in
 * the name.
 */
import { objectMemoTable } from '../text/build-memo.ts';
import { nameAside } from '../text/name-aside.ts';
import { singularKey } from '../text/name-subject.ts';
import { isLatinLetter, trailingRun } from '../text/trailing-run.ts';

/** How a name's last word is read, with an example each. */
export const NAME_HEAD_RULES = [
  {
    name: 'latin-last-word',
    example: 'Recursive descent parser → pars (Pratt parsing → pars)',
  },
  {
    name: 'kanji-ending',
    example: 'ネステッドループ結合 → 結合 (楽観的同時実行制御 → 制御, 実行制御…)',
  },
  {
    name: 'katakana-word-after-other-script',
    example: '統合テスト → テスト (リンクローカルアドレス: no word boundary is seen, no kind)',
  },
  {
    name: 'katakana-head-of-the-notes',
    example:
      'ステッピングモータ → モータ, where ブラシ付きDCモータ says モータ is a kind word of the notes',
  },
] as const;

/** Latin words too short or too common to say a kind. */
const NO_KIND = new Set(['the', 'and', 'of', 'for', 'vs', 'type', 'model', 'pattern']);
/** Kanji endings of a Japanese name this long or longer are kinds (`結合`, `制御`). */
const MIN_KANJI = 2;
/** No ending longer than this is looked at (a pathological name stays linear). */
const MAX_ENDING = 8;

const KANJI = /\p{Script=Han}/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;

/**
 * The keys of the kind a name's last word says: one for a Latin name (its last word, stemmed:
 * `parser` and `parsing` → `pars`, `caches` → `cache`), the kanji or katakana endings of a
 * Japanese one. Empty when the name ends on no such word (`LALR(1)`, `TLB`).
 */
export function nameHeadKeys(name: string): string[] {
  const main = nameAside(name).main.trim();
  // The last Latin word, read back from the end (an end-anchored pattern is tried from every
  // position: a 64 KB name of `__a` took a second over the notes' builds).
  const last = trailingRun(main, isLatinLetter);
  if (last !== '') {
    const word = last.toLowerCase();
    // An acronym or a one-word name says no kind (`TLB`, `GraphQL`): only the last of two words.
    if (word.length < 4 || NO_KIND.has(word) || !/\s/.test(main)) return [];
    if (/^[A-Z0-9]+$/.test(last)) return [];
    return [`en:${latinHead(word)}`];
  }
  const chars = [...main];
  const out: string[] = [];
  const end = chars.length - 1;
  if (KANJI.test(chars[end] ?? '')) {
    for (let length = MIN_KANJI; length <= Math.min(MAX_ENDING, chars.length - 1); length++) {
      if (!KANJI.test(chars[chars.length - length] ?? '')) break;
      out.push(`ja:${chars.slice(chars.length - length).join('')}`);
    }
  } else if (KATAKANA.test(chars[end] ?? '')) {
    let start = end;
    while (start > 0 && KATAKANA.test(chars[start - 1] ?? '') && end - start < MAX_ENDING) start--;
    if (start > 0 && !KATAKANA.test(chars[start - 1] ?? '') && end - start >= 1)
      out.push(`ja:${chars.slice(start).join('')}`);
  }
  return out;
}

/** `parser`, `parsing`, `parsers` → `pars`; `caches`, `cache` → `cach`; `addresses` → `address`. */
function latinHead(word: string): string {
  const singular = singularKey(word) ?? word;
  const bare = singular.endsWith('e') ? singular.slice(0, -1) : singular;
  if (bare.length > 6 && bare.endsWith('ing')) return bare.slice(0, -3);
  if (bare.length > 5 && bare.endsWith('er')) return bare.slice(0, -2);
  return bare;
}

/**
 * Each name's head keys ({@link nameHeadKeys}), and for a katakana name that shows no word
 * boundary (`ステッピングモータ`) the katakana kind words it ends on that another name of the notes
 * ends on as a word (`katakana-head-of-the-notes`: `ブラシ付きDCモータ` says `モータ` is one). A
 * name is never its own kind. Linear in the names (at most {@link MAX_ENDING} endings each).
 */
export function documentHeadKeys(names: readonly string[]): string[][] {
  const own = names.map(nameHeadKeys);
  const seen = new Set(own.flat());
  return names.map((name, i) => {
    const keys = own[i] ?? [];
    if (keys.length > 0 || seen.size === 0) return keys;
    const chars = [...nameAside(name).main.trim()];
    const out: string[] = [];
    for (let length = 2; length <= Math.min(MAX_ENDING, chars.length - 1); length++) {
      const ch = chars[chars.length - length] ?? '';
      if (!KATAKANA.test(ch)) break;
      const key = `ja:${chars.slice(chars.length - length).join('')}`;
      if (seen.has(key)) out.push(key);
    }
    return out;
  });
}

const conceptHeadsMemo = objectMemoTable<readonly { name: string }[], string[][]>();

/**
 * {@link documentHeadKeys} of a document's concepts, read once per list per build: the kind
 * groups, the siblings and the table links each ask it of the same concepts.
 */
export function conceptHeadKeys(concepts: readonly { name: string }[]): string[][] {
  const memo = conceptHeadsMemo();
  let keys = memo.get(concepts);
  if (!keys) {
    keys = documentHeadKeys(concepts.map((c) => c.name));
    memo.set(concepts, keys);
  }
  return keys;
}
