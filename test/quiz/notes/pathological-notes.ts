/**
 * Notes made in code to find patterns that backtrack or loops that grow faster than the notes:
 * long runs of one character class in every place a line can be (heading, paragraph, bullets,
 * labels, both kinds of table), a huge misconception table, megabytes of ordinary sections, and
 * the shipped notes copied many times. Shared by the tests (generous bounds) and
 * `npm run bench:bank` (the figures).
 */
import type { NotesSource } from '../../../src/quiz/types.ts';

/** Character classes a line may be made of, each repeated to the length asked. */
export const CHARACTER_CLASSES: Readonly<Record<string, string>> = {
  spaces: ' ',
  tabs: '\t',
  'full-width spaces': '\u3000',
  letters: 'a',
  'letters and spaces': 'a ',
  kana: 'あ',
  kanji: '漢',
  digits: '1',
  'dotted numbers': '1.',
  emoji: '😀',
  'open parentheses': '(',
  'full-width open parentheses': '（',
  'close parentheses': ')',
  'open brackets': '[a',
  'links without target': '[a](',
  stars: '*',
  'double stars': '**a',
  underscores: '_',
  'double underscores': '__a',
  backticks: '`',
  tildes: '~',
  'html opens': '<a',
  pipes: '|',
  'full-width pipes': '｜',
  dashes: '-',
  'spaced dashes': '- ',
  hashes: '#',
  colons: ':',
  'full-width colons': '：',
  'wrong marks': '×',
  'spaced wrong marks': ' ×',
  arrows: '→ ',
  periods: '.',
  'period and spaces': '.  ',
  'japanese full stops': '。',
  'vs words': ' vs ',
  backslashes: '\\',
  'bold openers': '**',
  'english words': 'the service keeps a small state and retries calls when the network fails ',
};

/** `pattern` repeated to `length` UTF-16 units (a split surrogate pair at the end is dropped). */
export function run(pattern: string, length: number): string {
  const text = pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

const TABLE_HEADER = ['| 概念 | 正しい理解 | よくある誤解 |', '|---|---|---|'];

/** Where a long text is put in a notes file: each place gets its own file. */
export const PLACES: Readonly<Record<string, (text: string) => string[]>> = {
  heading: (t) => [`## ${t}`, '', '本文', ...table()],
  'heading with closing hashes': (t) => [`### x ${t} ###`, ...table()],
  paragraph: (t) => ['## A', '', t, ...table()],
  bullet: (t) => ['## A', '', `- ${t}`, `  - ${t}`, ...table()],
  'misconception bullet': (t) => ['## A', '', '**よくある誤解**:', '', `- × ${t}`, ...table()],
  'point label': (t) => ['## A', '', `**ポイント**: ${t}`, `ポイント：${t}`, ...table()],
  definition: (t) => ['## A', '', `- **${t}**: 定義`, `**${t}**とは、${t}`, ...table()],
  'concept cell': (t) => [...TABLE_HEADER, `| ${t} | 正しい | 誤り × |`, '| B | b | c × |'],
  'correct cell': (t) => [...TABLE_HEADER, `| A | ${t} | 誤り × |`, '| B | b | c × |'],
  'misconception cell': (t) => [...TABLE_HEADER, `| A | 正しい | ${t} |`, '| B | b | c × |'],
  'comparison table': (t) => [
    '## A vs B',
    '',
    '| 観点 | A | B |',
    '|---|---|---|',
    `| ${t} | ${t} | ○ |`,
    ...table(),
  ],
  'table separator': (t) => [`| a | b |`, `|${t}|`, ...table()],
  quote: (t) => ['## A', '', `> ${t}`, ...table()],
  'english point': (t) => [
    '## Term',
    '',
    `**Key point**: a term does not end, not ever; it goes on, which ${t}`,
    `- × A term ${t} (it lasts until the next election)`,
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Term | a **number** | a length of time × |',
  ],
  'label-word heading': (t) => ['## A', '', `#### Notes ${t}`, '', `**Point**: ${t}`, ...table()],
  'front matter title': (t) => ['---', `title: ${t}`, '---', ...table()],
};

function table(): string[] {
  return ['', ...TABLE_HEADER, '| A | **正しい** | 誤り × |', '| B | b | c ×、逆 × |'];
}

/** A notes file with `text` in one place. */
export function notesWith(place: string, text: string): NotesSource {
  const lines = PLACES[place]?.(text);
  if (!lines) throw new Error(`unknown place ${place}`);
  return { path: `pathological-${place}.md`, text: lines.join('\n') };
}

/** The inputs of issue 11 that used to take seconds to minutes, by name. */
export function knownSlowInputs(): Record<string, NotesSource> {
  return {
    'heading with 4,000 spaces': notesWith('heading', `a${' '.repeat(4_000)}b`),
    '50,000 (': notesWith('paragraph', '('.repeat(50_000)),
    '50,000 ( in a heading': notesWith('heading', '('.repeat(50_000)),
    '50,000 [a': notesWith('paragraph', '[a'.repeat(50_000)),
    '50,000 [a in a cell': notesWith('correct cell', '[a'.repeat(50_000)),
  };
}

/**
 * A misconception table of `rows` rows in the shape of real notes: a bold key phrase, one to
 * three misconceptions, some pointing at a neighbour's phrase, some `逆`.
 */
export function misconceptionTable(rows: number): NotesSource {
  const lines = [...TABLE_HEADER];
  for (let i = 0; i < rows; i++) {
    const neighbour = (i + 1) % rows;
    const cells = [`誤解${i}の一 ×`];
    if (i % 2 === 0) cells.push(`鍵${kanaNumber(neighbour)}語 ×`);
    if (i % 7 === 0) cells.push('逆 ×');
    // Each row its own words, as real rows have (`鍵12語` and `鍵13語` share every content word
    // but the number, so a generator that tells rows apart by their words sees one row).
    const w = kanaNumber(i);
    lines.push(`| 概念${i} | 概念${i}は**鍵${w}語**で動き、状態${w}を保つ | ${cells.join('、')} |`);
  }
  return { path: `table-${rows}.md`, text: lines.join('\n') };
}

/**
 * `12` → `アカサチヌ`: a katakana word of its own for each number (five digits, each place its own
 * row of kana, so that no word repeats a piece of itself).
 */
function kanaNumber(n: number): string {
  const rows = [
    'アイウエオカキクケコ',
    'カキクケコサシスセソ',
    'サシスセソタチツテト',
    'タチツテトナニヌネノ',
    'ナニヌネノハヒフヘホ',
  ];
  return [...String(n).padStart(5, '0')].map((d, i) => rows[i]?.[Number(d)] ?? '').join('');
}

/**
 * About `bytes` of ordinary notes: sections with an intro, features, points and × bullets, and a
 * comparison table now and then; a 40-row misconception table at the end.
 */
export function ordinarySections(bytes: number): NotesSource {
  const lines: string[] = ['# 大きなノート', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const section = [
      `## ${i % 3 === 0 ? `概念${i % 40}` : `話題${i}`}`,
      '',
      `話題${i}は**重要な仕組み${i}**です。詳しくは次のとおり。`,
      '',
      '**特徴**：',
      '',
      `- 特徴${i}の一つ目（補足あり）`,
      `- [リンク${i}](https://example.com/${i}) と \`code${i}\``,
      '',
      `**ポイント**: 話題${i}は「同期」ではない → **非同期**`,
      '',
      '**よくある誤解**:',
      '',
      `- × 話題${i}は常に速い（遅いこともある）`,
      ...(i % 10 === 0
        ? [
            '',
            '| 観点 | 話題A | 話題B |',
            '|---|---|---|',
            `| 速さ${i} | ○ | × |`,
            `| 量${i} | **多い** | 少ない |`,
          ]
        : []),
      '',
    ];
    for (const line of section) size += Buffer.byteLength(line, 'utf8') + 1;
    lines.push(...section);
  }
  lines.push('## まとめ', '', ...TABLE_HEADER);
  for (let c = 0; c < 40; c++)
    lines.push(`| 概念${c} | **仕組み${c}**を使う | 速さ${c} ×、同期 × |`);
  return { path: `sections-${bytes}.md`, text: lines.join('\n') };
}

/**
 * The shipped notes `copies` times in one file, the first as it is, each further copy's headings
 * and concept names tagged (`C2 サーガ`), so that every copy's concepts stay distinct and find
 * their own sections.
 */
export function scaledNotes(shipped: NotesSource, copies: number): NotesSource {
  const parts: string[] = [];
  const source = shipped.text.split('\n');
  const summary = source.findIndex((line) => line.startsWith('| 概念 |'));
  for (let copy = 1; copy <= copies; copy++) {
    const tag = `C${copy}`;
    const lines = source.map((line, i) => {
      if (copy === 1) return line;
      if (/^#{1,6} /.test(line)) return line.replace(/^(#{1,6}) /, `$1 ${tag} `);
      if (i > summary + 1 && line.startsWith('| ')) return line.replace(/^\| /, `| ${tag} `);
      return line;
    });
    parts.push((copy === 1 ? lines : lines.slice(frontMatterEnd(lines) + 1)).join('\n'));
  }
  return { path: `shipped-x${copies}.md`, text: parts.join('\n') };
}

function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0] !== '---') return -1;
  return lines.indexOf('---', 1);
}

/** The aliases file with every name tagged the way {@link scaledNotes} tags each copy. */
export function scaledAliases(
  aliases: Readonly<Record<string, readonly string[]>>,
  copies: number,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (let copy = 1; copy <= copies; copy++)
    for (const [name, others] of Object.entries(aliases)) {
      const tag = (n: string): string => (copy === 1 ? n : `C${copy} ${n}`);
      out[tag(name)] = others.map(tag);
    }
  return out;
}
