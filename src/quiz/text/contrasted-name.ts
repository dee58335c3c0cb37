/**
 * `contrasted-name`: a which-concept stem that sets a word of a wrong option's name against what
 * it describes — `複数の P があれば並列に動く（asyncio との大きな違い）` beside `asyncio の競合状態`,
 * `Ratio is worse than zstd/gzip` beside `zstd -1`, `後方参照・lookaround なし` beside `先読み・後読み
 * （lookaround）` — rules that option out at sight: the description says it is not that thing. A
 * named rule each, with an example; each reads a short window beside the word (no pattern over the
 * whole stem). Pure.
 */

/** A rule: its name, an example it finds (stem and the word of an option's name), and the check. */
export interface ContrastRule {
  name: string;
  example: { stem: string; word: string };
  language: 'ja' | 'en';
  /** True when the words around the name's word (`before` and `after` it) set it apart. */
  contrasts: (before: string, after: string) => boolean;
}

/** How many characters after a Japanese word its contrasting ending may start (`との大きな違い`). */
const JA_AFTER_WINDOW = 8;
/** How many characters before an English word its contrasting opening may end (`worse than `). */
const EN_BEFORE_WINDOW = 24;

/** Japanese markers, after the word, that set it apart from what the stem describes. */
const JA_APART_AFTER = [
  'との違い',
  'との大きな違い',
  'と違',
  'とは違',
  'と異な',
  'とは異な',
  'と比べ',
  'と比較',
  'より',
  'ではなく',
  'でなく',
  'と対照',
  'と逆',
  'の逆',
  'とは逆',
];
/** Japanese markers, after the word, that say the thing described lacks it (`lookaround なし`). */
const JA_LACKS_AFTER = [
  'なし',
  'が無い',
  'がない',
  'は無い',
  'はない',
  '非対応',
  'を使わない',
  '不要',
];

/** English openings, before the word, that set it apart (`worse than`, `unlike`, `instead of`). */
const EN_APART_BEFORE = [
  ' than ',
  'compared to ',
  'compared with ',
  'unlike ',
  'instead of ',
  'rather than ',
  'as opposed to ',
  'in contrast to ',
  'differs from ',
  'different from ',
  ' vs ',
  ' vs. ',
  'versus ',
];
/** English openings, before the word, that say the thing described lacks it (`without lookaround`). */
const EN_LACKS_BEFORE = ['without ', ' no ', 'not ', 'never '];

/** The Japanese window after the word, its spaces and opening brackets skipped. */
function jaAfter(after: string): string {
  return after.replace(/^[\s」』”）)]{0,4}/u, '').slice(0, JA_AFTER_WINDOW);
}

/** A Japanese rule's check: the window after the word opens on one of `markers`. */
function opensOn(markers: readonly string[]): ContrastRule['contrasts'] {
  return (_before, after) => {
    const window = jaAfter(after);
    return markers.some((m) => window.startsWith(m));
  };
}

/** The English window before the word, lower-cased and padded so markers match at its start. */
function enBefore(before: string): string {
  return ` ${before.slice(-EN_BEFORE_WINDOW).toLowerCase()}`;
}

/** The rules, each with a stem and the word it finds set apart there. */
export const CONTRAST_RULES: readonly ContrastRule[] = [
  {
    name: 'differs-from',
    example: { stem: '複数の P があれば並列に動く（asyncio との大きな違い）', word: 'asyncio' },
    language: 'ja',
    contrasts: opensOn(JA_APART_AFTER),
  },
  {
    name: 'lacks',
    example: { stem: '線形時間保証と引き換えに後方参照・lookaround なし', word: 'lookaround' },
    language: 'ja',
    contrasts: opensOn(JA_LACKS_AFTER),
  },
  {
    name: 'compared-with',
    example: { stem: 'Ratio is worse than zstd/gzip at similar speed', word: 'zstd' },
    language: 'en',
    contrasts: (before) => {
      const window = enBefore(before);
      // `than zstd/gzip`: the marker may stand before a list the word is in.
      return EN_APART_BEFORE.some((m) => window.includes(m));
    },
  },
  {
    name: 'lacks-en',
    example: { stem: 'Linear time, without backreferences', word: 'backreferences' },
    language: 'en',
    contrasts: (before) => EN_LACKS_BEFORE.some((m) => enBefore(before).endsWith(m)),
  },
];

/**
 * True when the stem sets `word` (a word of an option's name, as found in the stem) apart from
 * what it describes, by a rule of {@link CONTRAST_RULES}: the option is ruled out at sight.
 */
export function contrastedInStem(stem: string, word: string, language: 'ja' | 'en'): boolean {
  if (!word) return false;
  const lower = stem.toLowerCase();
  const at = lower.indexOf(word.toLowerCase());
  if (at < 0) return false;
  const before = stem.slice(0, at);
  const after = stem.slice(at + word.length);
  return CONTRAST_RULES.some((r) => r.language === language && r.contrasts(before, after));
}

/**
 * True when the stem holds a marker some rule reads at all (`との違い`, `なし`, ` than `…): a cheap
 * look first, so that a stem with none (most) reads no option's name.
 */
export function mayContrast(stem: string, language: 'ja' | 'en'): boolean {
  if (language === 'ja')
    return [...JA_APART_AFTER, ...JA_LACKS_AFTER].some((m) => stem.includes(m));
  const lower = ` ${stem.toLowerCase()}`;
  return [...EN_APART_BEFORE, ...EN_LACKS_BEFORE].some((m) => lower.includes(m));
}
