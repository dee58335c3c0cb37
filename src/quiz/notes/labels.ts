/**
 * Labels in notes (`**ポイント**:`, `**特徴**：`, `**Common misconceptions**:`, `Point: …`) and
 * what they introduce; terms a line defines (`- **Kafka**: 代表的な実装`, `**DDD**とは…`).
 * Japanese and English. Each form is a named rule with an example. Pure; every scan is linear.
 */
import { stripInline } from './inline.ts';

export type LabelKind = 'point' | 'misconceptions' | 'features' | 'cannot' | 'examples' | 'other';

/**
 * Label words by kind. A label is read by its beginning (`ポイント1：独立デプロイ可能性` is a
 * point); the anchored alternations below cannot backtrack.
 */
const KINDS: readonly [LabelKind, RegExp][] = [
  // `points?`, not `point|points`: an alternation takes its first fit, and `Points` read `point`
  // would be no whole label ({@link exactLabelKind}).
  ['point', /^(ポイント|要点|points?|key ?points?|(?:key )?takeaways?)/i],
  ['misconceptions', /^(よくある誤解|誤解|common misconceptions?|misconceptions?|pitfalls?)/i],
  // `What it does **not** do:` over the list of what `volatile` does not (reading 47 keyed
  // `Guarantee a 64-bit variable is read in one go` to volatile, its "not" dropped).
  [
    'cannot',
    /^(できないこと|しないこと|やらないこと|cannot do|can't do|limitations?|does not do|what it does not do|what it doesn't do|what it cannot do|what it can't do|what it is not|what it isn't)/i,
  ],
  [
    'features',
    /^(特徴|主な特徴|重要な特徴|その他の特徴|メリット|できること|主な機能|features?|key features?|benefits?|advantages?|pros|what it does|can do)/i,
  ],
  ['examples', /^(具体例|代表例|代表ツール|例|examples?|tools?)/i],
  [
    'other',
    /^(デメリット|構成要素|仕組み|機能|提供機能|基本用語|フェーズ|\d+つの状態|注|補足|drawbacks?|disadvantages?|cons|how it works|components?|phases?|states?|notes?|terms?)$/i,
  ],
];

/** The kind of a label (its text without bold and colon). */
export function labelKind(label: string): LabelKind | null {
  for (const [kind, pattern] of KINDS) if (pattern.test(label.trim())) return kind;
  return null;
}

/**
 * The kind of a text that is nothing but a label (`ポイント`, `よくある誤解`, `Key points:`,
 * `ポイント2`), else null: `Points of failure` is not a label.
 */
export function exactLabelKind(text: string): LabelKind | null {
  let label = text.trim();
  while (label.endsWith(':') || label.endsWith('：')) label = label.slice(0, -1).trimEnd();
  let end = label.length;
  while (end > 0 && isDigit(label[end - 1])) end--;
  if (end === 0) return null;
  const word = label.slice(0, end).trimEnd();
  for (const [kind, pattern] of KINDS) {
    const match = pattern.exec(word);
    if (match && match[0].length === word.length) return kind;
  }
  return null;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

const COLONS = new Set([':', '：']);

/** A label at the start of a line, and the text after it. */
export interface LabelLine {
  label: string;
  /** Markdown after the label and its colon ('' when the items follow as bullets). */
  rest: string;
  /** True when the label text was followed by a colon (`**X**:` or `**X:**`). */
  colon: boolean;
}

/** A named form of label line, with an example. */
interface LabelRule {
  name: string;
  example: string;
  read: (markdown: string) => LabelLine | null;
}

/** The forms of a label line, tried in order. */
export const LABEL_RULES: readonly LabelRule[] = [
  {
    name: 'bold label, colon after',
    example: '**ポイント**: 即エラー',
    read: (markdown) => {
      const lead = boldLead(markdown);
      if (!lead) return null;
      const after = lead.rest.trimStart();
      if (!COLONS.has(after[0] ?? '')) return null;
      return { label: stripInline(lead.term), rest: after.slice(1).trim(), colon: true };
    },
  },
  {
    name: 'bold label, colon inside',
    example: '**Point:** fails fast',
    read: (markdown) => {
      const lead = boldLead(markdown);
      if (!lead || !COLONS.has(lead.term.at(-1) ?? '') || lead.term.length < 2) return null;
      return { label: stripInline(lead.term.slice(0, -1)), rest: lead.rest.trim(), colon: true };
    },
  },
  {
    name: 'a line all in bold',
    example: '**ポイント1：独立デプロイ可能性**',
    read: (markdown) => {
      const lead = boldLead(markdown);
      if (lead?.rest.trim() !== '') return null;
      return { label: stripInline(lead.term), rest: '', colon: false };
    },
  },
  {
    name: 'plain label word, colon after',
    example: 'ポイント：即エラー',
    read: (markdown) => {
      const colon = firstColon(markdown, 40);
      if (colon < 0) return null;
      // A word in bold inside the label (`What it does **not** do:`) is still the label's.
      const label = stripInline(markdown.slice(0, colon)).trim();
      const kind = exactLabelKind(label);
      if (kind === null || kind === 'other') return null;
      return { label, rest: markdown.slice(colon + 1).trim(), colon: true };
    },
  },
];

/** Reads a label line with the first rule of {@link LABEL_RULES} that fits; null for anything else. */
export function readLabel(markdown: string): LabelLine | null {
  for (const rule of LABEL_RULES) {
    const read = rule.read(markdown);
    if (read) return read;
  }
  return null;
}

/** A bold title opening a paragraph, and the text after it. */
export interface RunIn {
  /** The title without its bold, stop or colon (`Query cost`). */
  title: string;
  /** Markdown after the title and its stop or colon ('' for a line all in bold). */
  rest: string;
  /** True when a full stop ends the title (`**Query cost.** …`): the rest is a sentence of its own. */
  stop: boolean;
}

/** A title longer than this is a sentence set in bold, not a title. */
const MAX_RUN_IN = 60;
/**
 * A title that a full stop ends has at most this many words: `**Always set a timeout on every
 * call.**` is a sentence set in bold. (A Japanese `**…増えます。**` is one too: only `.` ends a title.)
 */
const MAX_STOPPED_WORDS = 5;

/** True for a short title a full stop may end (`Query cost`, `fsync errors`). */
function stoppedTitle(term: string): boolean {
  return term.split(' ').length <= MAX_STOPPED_WORDS && !/[,;:、。]/.test(term);
}

/** The forms of a run-in title, tried in order; each reads a line already known to open on bold. */
export const RUN_IN_RULES: readonly {
  name: string;
  example: string;
  read: (lead: { term: string; rest: string }) => RunIn | null;
}[] = [
  {
    name: 'stop inside the bold',
    example: '**Query cost.** A single request can nest…',
    read: ({ term, rest }) =>
      term.endsWith('.') && rest.startsWith(' ') && stoppedTitle(term.slice(0, -1))
        ? { title: term.slice(0, -1), rest: rest.trim(), stop: true }
        : null,
  },
  {
    name: 'stop after the bold',
    example: '**Query cost**. A single request can nest…',
    read: ({ term, rest }) =>
      rest[0] === '.' && (rest.length === 1 || rest[1] === ' ') && stoppedTitle(term)
        ? { title: term, rest: rest.slice(1).trim(), stop: true }
        : null,
  },
  {
    name: 'colon after or inside the bold',
    example: '**Introspection**: the `__schema` meta-field…',
    read: ({ term, rest }) => {
      if (COLONS.has(rest.trimStart()[0] ?? ''))
        return { title: term, rest: rest.trimStart().slice(1).trim(), stop: false };
      if (COLONS.has(term.at(-1) ?? ''))
        return { title: term.slice(0, -1), rest: rest.trim(), stop: false };
      return null;
    },
  },
  {
    name: 'a line all in bold',
    example: '**Query cost**',
    read: ({ term, rest }) => (rest.trim() === '' ? { title: term, rest: '', stop: false } : null),
  },
];

/**
 * The title a paragraph opens on (`**Query cost.** …` → `Query cost`), or null: none for a label
 * of a list (`**ポイント**:`, `**Common misconceptions**`), a sentence set in bold, or bold that
 * runs into the sentence (`**Fields** are nullable`).
 */
export function runInTitle(markdown: string): RunIn | null {
  const lead = boldLead(markdown);
  if (!lead) return null;
  for (const rule of RUN_IN_RULES) {
    const read = rule.read(lead);
    if (!read) continue;
    const title = stripInline(read.title).trim();
    if (title === '' || title.length > MAX_RUN_IN || labelKind(title) !== null) return null;
    return { ...read, title };
  }
  return null;
}

/** `**term**rest` at the start of a line: the term (non-empty, without `*`) and what follows. */
export function boldLead(markdown: string): { term: string; rest: string } | null {
  if (!markdown.startsWith('**')) return null;
  const close = markdown.indexOf('**', 2);
  if (close <= 2) return null;
  const term = markdown.slice(2, close);
  if (term.includes('*')) return null;
  return { term, rest: markdown.slice(close + 2) };
}

function firstColon(text: string, within: number): number {
  for (let i = 0; i < Math.min(text.length, within); i++) if (COLONS.has(text[i] ?? '')) return i;
  return -1;
}

/** A term and its definition, from a line that defines it. */
export interface DefinitionLine {
  term: string;
  /** Markdown of the definition. */
  text: string;
  /** True when the term closes its description (`reversed-definition`). */
  trailing?: boolean;
}

const DASHES = new Set(['-', '—', '–']);
const TERM_VERBS_JA = ['とは', 'って'];
const TERM_VERBS_EN = ['is', 'are', 'refers to'];

/** The longest aside read between a bold term and its colon, brackets included. */
const MAX_TERM_ASIDE = 40;

/**
 * `aside-before-colon`: a short aside in brackets between a bold term and its colon (`**承認**（152
 * 条）：債務者が権利の存在を認めること`, `**IXFR**（RFC 1995）: 差分のみ転送`, `**Queue** (RabbitMQ,
 * SQS): a message is delivered to one consumer`) says where the term comes from: the line still
 * defines the term. Reading 49 asked `一部弁済…も承認にあたる`, the definition of 承認 under the
 * section on 更新, as a description of 更新. `rest` without that aside (as it is when it opens on
 * none, or the aside does not close within {@link MAX_TERM_ASIDE} characters).
 */
function withoutTermAside(rest: string): string {
  const open = rest[0];
  const close = open === '（' ? '）' : open === '(' ? ')' : null;
  if (close === null) return rest;
  const end = rest.indexOf(close, 1);
  if (end < 0 || end + 1 > MAX_TERM_ASIDE) return rest;
  const inside = rest.slice(1, end);
  if (inside.includes('(') || inside.includes('（')) return rest;
  const after = rest.slice(end + 1).trimStart();
  return COLONS.has(after[0] ?? '') ? after : rest;
}

/** The forms of a line that defines a term. `bullet` rules read list items, the others paragraphs. */
export const DEFINITION_RULES: readonly {
  name: string;
  example: string;
  bullet: boolean;
  read: (markdown: string) => DefinitionLine | null;
}[] = [
  {
    name: 'bold term, colon or dash, definition',
    example: '- **Kafka**: 代表的な実装',
    bullet: true,
    read: (markdown) => {
      const lead = boldLead(markdown);
      if (!lead) return null;
      const trimmed = withoutTermAside(lead.rest.trimStart());
      let text = '';
      if (COLONS.has(trimmed[0] ?? '')) text = trimmed.slice(1).trim();
      else if (trimmed !== lead.rest && DASHES.has(trimmed[0] ?? '') && /\s/.test(trimmed[1] ?? ''))
        text = trimmed.slice(1).trim();
      return text ? { term: lead.term, text } : null;
    },
  },
  {
    name: 'bold term とは / is …',
    example: '**モノリシックアーキテクチャ**とは、…',
    bullet: false,
    read: (markdown) => {
      const lead = boldLead(markdown);
      if (!lead) return null;
      const rest = lead.rest.trimStart();
      const ja = TERM_VERBS_JA.find((v) => rest.startsWith(v));
      const jaNext = ja ? rest[ja.length] : undefined;
      if (ja && jaNext !== undefined && /[、,，\s]/.test(jaNext))
        return { term: lead.term, text: markdown };
      const en = TERM_VERBS_EN.find(
        (v) =>
          rest.startsWith(v) && rest.length > v.length && /[、,，\s]/.test(rest[v.length] ?? ''),
      );
      return en ? { term: lead.term, text: markdown } : null;
    },
  },
  {
    name: 'description, then the bold term it names',
    example:
      'The lowest point reached afterwards is the **frequency nadir**; it depends on inertia',
    bullet: false,
    read: (markdown) => {
      const term = trailingTerm(markdown);
      return term ? { term, text: markdown, trailing: true } : null;
    },
  },
];

/** How far into a line its reversed definition's bold term may open (a description's length). */
const MAX_DESCRIPTION = 200;
/** English openings of a description that ends on the term it names. */
const EN_DESCRIPTION_OPENINGS = ['the ', 'a ', 'an '];
/** What stands between an English description and its term. */
const EN_NAMING = [' is the ', ' is called ', ' is known as the ', ' is called the '];
/** What follows a Japanese term its description names (`…ものを**悪性貧血**という`). */
const JA_NAMING_AFTER = ['という', 'と呼ぶ', 'と呼ばれる'];
/** What may follow the bold term in English: the description's clause ends there. */
const EN_CLAUSE_ENDS = new Set(['', ';', '.', ',', ':', '—', '–', '(']);

/**
 * `reversed-definition`: a line whose first clause describes a thing and ends on its name in bold
 * (`The lowest point reached afterwards is the **frequency nadir**; it depends on…`,
 * `自己免疫で内因子が作れないものを**悪性貧血**という`, `…を図にしたものが**コンテキストマップ**。`)
 * defines that name: reading 49 asked the nadir's line as a description of RoCoF, whose section
 * it sits in. An English description opens
 * on an article (`CLS is the **largest session window**` names CLS, not a term), and the term
 * closes its clause. The bold term, or null. Each look reads the line's opening only.
 */
function trailingTerm(markdown: string): string | null {
  const head = markdown.slice(0, MAX_DESCRIPTION + 80);
  const open = head.indexOf('**');
  if (open < 0 || open > MAX_DESCRIPTION) return null;
  const close = head.indexOf('**', open + 2);
  if (close <= open + 2) return null;
  const term = head.slice(open + 2, close).trim();
  if (term === '' || term.includes('*')) return null;
  const before = head.slice(0, open);
  const after = head.slice(close + 2);
  const lower = before.toLowerCase();
  if (EN_DESCRIPTION_OPENINGS.some((o) => lower.startsWith(o))) {
    const named = EN_NAMING.some((n) => lower.endsWith(n));
    const ends = EN_CLAUSE_ENDS.has(after.trimStart().charAt(0)) && !/^\w/u.test(after);
    return named && ends ? term : null;
  }
  const ja =
    (before.endsWith('を') && JA_NAMING_AFTER.some((n) => after.startsWith(n))) ||
    (JA_NOMINAL_SUBJECTS.some((e) => before.endsWith(e)) && closesOnCopula(after));
  return ja && !before.startsWith('これ') ? term : null;
}

/**
 * `…を図にしたものが**コンテキストマップ**。`: a description made a noun (`もの`, `こと`, `の`) and
 * the subject of a sentence whose predicate is the bold term (reading 53 keyed the line to the
 * other concept of its section, 腐敗防止層).
 */
const JA_NOMINAL_SUBJECTS = ['ものが', 'ことが', 'のが'];
/** What may close a sentence whose predicate is the term: a full stop, a copula, or nothing. */
const JA_COPULAS = ['。', 'だ', 'です', 'である'];

function closesOnCopula(after: string): boolean {
  const rest = after.trimStart();
  return rest === '' || JA_COPULAS.some((c) => rest.startsWith(c));
}

/** The term a label defines: `キューとは` → `キュー`, `What is a queue?` → `a queue`; else null. */
export function definedTerm(label: string): string | null {
  const text = label.trim();
  if (text.endsWith('とは')) {
    const term = text.slice(0, -'とは'.length).trim();
    return term || null;
  }
  if (text.slice(0, 8).toLowerCase() === 'what is ') {
    const term = (text.endsWith('?') ? text.slice(8, -1) : text.slice(8)).trim();
    return term || null;
  }
  return null;
}
