/**
 * True statements about a concept, one named source each (with an example): its correct
 * understanding, its definition in a host section, its section's first sentence, its features
 * (特徴 / メリット / できること / Features …), its examples (具体例), and the points that deny
 * nothing. A section that merely hosts the concept's definition (Kubernetes → セルフヒーリング)
 * gives only that definition. Pure.
 */

import { headingNames } from '../notes/heading-match.ts';
import { labelKind } from '../notes/labels.ts';
import { carriesOnLineAbove, firstSentence } from '../notes/sections.ts';
import { pieceRule, sentenceStops } from '../notes/sentence-ends.ts';
import { danglingEnd } from '../review/text-rules.ts';
import { arrowJoinsClauses } from '../text/arrow-clause.ts';
import { bracketsClosed, quotationOnly } from '../text/brackets.ts';
import { objectMemoTable } from '../text/build-memo.ts';
import { contextRule, leansBy, outsideParentheses } from '../text/context-words.ts';
import {
  asSentenceStart,
  endsOnCopula,
  formOf,
  opensOnCode,
  startsMidSentence,
  withoutTopic,
} from '../text/forms.ts';
import { matchKey } from '../text/normalize.ts';
import { plainStyle } from '../text/plain-style.ts';
import { recommendsOther } from '../text/recommends-other.ts';
import { coverageWithin, type PreparedText, preparedText } from '../text/runs.ts';
import { withoutFinalStop } from '../text/trim.ts';
import { joinWrapped } from '../text/wrap.ts';
import type { Concept, NotesDocument, RichLine, Section, TermDefinition } from '../types.ts';
import { wordingFor } from '../wording.ts';
import { type Fact, type FactSource, wrongBullet } from './fact.ts';
import { aboutAnother, mentions, othersNamed } from './mentions.ts';
import { openedConcept } from './name-opening.ts';
import { negatedFacts } from './negated-points.ts';
import { replyRule } from './reply-corrections.ts';
import { saysOtherWayRound } from './rewrite.ts';
import { spokenSubjectAmong } from './shared-section.ts';
import { shorterStatement } from './shorter-statements.ts';
import {
  asSectionStatement,
  isExampleHeading,
  openingLabel,
  opensOnCaseLabel,
  statementLabel,
} from './statement-labels.ts';

/** What a true-statement source reads. */
export interface TrueContext {
  doc: NotesDocument;
  concept: Concept;
  /** The concept's own section, or its host section. */
  section: Section | null;
  host: boolean;
}

/** A named source of true statements. */
export interface TrueSource {
  name: FactSource;
  example: string;
  collect(ctx: TrueContext): Fact[];
}

/** True statements covering this much of each other are one piece of knowledge. */
const PARAPHRASE_MIN = 0.6;
/** A statement covered this much by another is said by it. */
const CONTAINED = 0.75;
const MIN_TRUE_LENGTH = 4;
/** Longer true statements are dropped at once (an option holds at most a sentence or two). */
const MAX_TRUE_CHARS = 400;

/** True when the section is not named after the concept but only defines it (Kubernetes → セルフヒーリング). */
export function isHostSection(section: Section, concept: Concept): boolean {
  const keys = new Set([concept.name, ...concept.aliases].map(matchKey));
  return (
    !headingNames(section.heading).some((h) => keys.has(matchKey(h))) &&
    termDefinition(section, concept) !== undefined
  );
}

function termDefinition(
  section: Section,
  concept: Concept,
): { text: string; line: number; term: string } | undefined {
  const keys = new Set([concept.name, ...concept.aliases].map(matchKey));
  return section.definitions?.find((d) => headingNames(d.term).some((t) => keys.has(matchKey(t))));
}

/**
 * `heading-aside-term`: the term a section's heading adds in parentheses (`6. 釉薬の基本（ゼーゲル式）`)
 * is a part of the section's subject, and its definition (`**ゼーゲル式**：融剤の合計を 1 とした分子比で
 * 書く`) says what that part is, not the concept (reading 76 offered it, its term dropped, as true
 * of 釉薬). A term that is the concept's own name or a part of it (`BFF（Backend for Frontend）`,
 * `無記憶性` of `指数分布（無記憶性）`) stays its own.
 */
function definesHeadingAside(section: Section, concept: Concept, term: string): boolean {
  // A part of the concept's own name (`無記憶性` of `指数分布（無記憶性）`) is the concept's.
  const names = new Set(headingNames(concept.name).map(matchKey));
  if (headingNames(term).some((t) => names.has(matchKey(t)))) return false;
  const heading = section.heading;
  return heading.includes(`（${term}）`) || heading.includes(`(${term})`);
}

function fact(
  ctx: TrueContext,
  source: FactSource,
  text: string,
  line: number,
  words: string = text,
  why: string | null = words !== text ? words : null,
): Fact {
  return {
    keys: [source === 'summary' ? `S:${ctx.concept.id}` : `L:${line}`],
    conceptId: ctx.concept.id,
    text,
    truth: true,
    why,
    source,
    evidence: { file: ctx.doc.file, line, words },
    section: source === 'summary' ? null : (ctx.section?.heading ?? null),
  };
}

function listItems(ctx: TrueContext, kind: 'features' | 'examples'): Fact[] {
  if (!ctx.section || ctx.host) return [];
  const out: Fact[] = [];
  for (const list of ctx.section.lists ?? []) {
    if (labelKind(list.label) !== kind) continue;
    if (kind === 'examples' && isCounterExample(list)) continue;
    for (const item of list.items) {
      // `- Cost: lookups get slower…`: a label of the notes' layout goes, a remedy is no feature.
      const text = asSectionStatement(item.text, ctx.doc.language);
      if (text === null) continue;
      const f = fact(ctx, kind === 'features' ? 'feature' : 'example', text, item.line);
      if (opensOnCode(item.markdown)) opensOnCodeFacts.add(f);
      out.push(f);
    }
  }
  return out;
}

/** Words that make a bold label a claim (`Log masking is cosmetic`), not a term, lower case. */
const CLAIM_WORDS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'not',
  "isn't",
  "aren't",
  "doesn't",
  "don't",
  'never',
  'cannot',
  "can't",
]);
/** Openings of a label that asks or announces (`How a single shift is scored`), lower case. */
const ANNOUNCING_OPENINGS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'when', 'where']);
/** A claim says at least this many words (`Replication is natural`). */
const MIN_CLAIM_WORDS = 3;

/**
 * `claim-label`: the bold label of an English bullet that states a claim about the section's
 * concept (`- **Past consideration is no consideration**: work already done…`, `- **Overlapping
 * matches are allowed**: …`) is a true statement of it, explained by the rest of the line; read
 * as the definition of a term, the claim was never asked (reading 28: Consideration got no
 * question). A label with no copula or negation (`Operations on orientations`) names a term.
 */
function claimLabels(ctx: TrueContext): Fact[] {
  if (!ctx.section || ctx.host || ctx.doc.language !== 'en') return [];
  return (ctx.section.definitions ?? [])
    .filter((d) => claimLabel(d.term) && keep(ctx, d.term))
    .map((d) => fact(ctx, 'feature', plainStyle(d.term), d.line, `${d.term}: ${d.text}`));
}

/** True when a bold label states a claim ({@link claimLabels}). */
function claimLabel(term: string): boolean {
  const words = term.trim().toLowerCase().split(/\s+/);
  return (
    words.length >= MIN_CLAIM_WORDS &&
    !ANNOUNCING_OPENINGS.has(words[0] ?? '') &&
    !announcesItsLine(words) &&
    words.some((w) => CLAIM_WORDS.has(w.replace(/[.,;:]$/, '')))
  );
}

/**
 * `announcing-claim-label`: a label that says its line is the answer (`**KCO is the trick**:
 * with extraparenchymal restriction…`, `**Real-world dose is the problem**: …`) claims nothing
 * of its own: what the trick is, its line says. Read as a statement, `KCO is the trick` was a
 * which-concept stem and a true option (reading 69). Such labels end on `is / are the` and one
 * of {@link ANNOUNCING_NOUNS}.
 */
function announcesItsLine(words: readonly string[]): boolean {
  const n = words.length;
  const noun = (words[n - 1] ?? '').replace(/[.,;:!]$/, '');
  return (
    n >= 3 &&
    ANNOUNCING_NOUNS.has(noun) &&
    words[n - 2] === 'the' &&
    (words[n - 3] === 'is' || words[n - 3] === 'are')
  );
}

/** Nouns that stand for what a label's line goes on to say (`… is the trick`), lower case. */
const ANNOUNCING_NOUNS: ReadonlySet<string> = new Set([
  'trick',
  'key',
  'catch',
  'point',
  'problem',
  'thing',
  'rule',
  'idea',
  'secret',
  'gotcha',
  'twist',
  'upshot',
  'takeaway',
]);

/**
 * `counter-example`: words that say an example breaks the concept (`よって 部署名 は 社員番号 に推移的
 * 従属 → 3NF違反` under `例：社員(社員番号, 氏名, 部署コード, 部署名)` in 第3正規形's section). Such an
 * example shows what the concept forbids: asked "which concept is this an example of", its key is
 * wrong and the concepts it does satisfy are right (reading 15, db-normalization.ja `8c400wy6`).
 */
const COUNTER_EXAMPLE_WORDS = [
  '違反',
  '満たさない',
  '満たしていない',
  '満たせない',
  'violates',
  'violation',
  'counterexample',
  'counter-example',
];

/** True when the example list's label or one of its items says the example breaks the concept. */
function isCounterExample(list: { label: string; items: readonly { text: string }[] }): boolean {
  return [list.label, ...list.items.map((i) => i.text)].some((text) => {
    const lower = text.toLowerCase();
    return COUNTER_EXAMPLE_WORDS.some((w) => lower.includes(w));
  });
}

/**
 * Statements whose first word is code in the notes (`` `then` callbacks always run…``): written
 * in lower case, they still open a sentence (the text has lost its backticks).
 */
const opensOnCodeFacts = new WeakSet<Fact>();

export const TRUE_SOURCES: readonly TrueSource[] = [
  {
    name: 'summary',
    example: 'セルフヒーリング → Pod数を維持するよう自動起動 (the correct cell)',
    collect: (ctx) => [fact(ctx, 'summary', ctx.concept.correct, ctx.concept.source.line)],
  },
  {
    name: 'definition',
    example: 'Kubernetes: - **セルフヒーリング**: Pod障害時に指定数を満たすよう自動でPodを起動',
    // `own-term-definition`: in the concept's own section too, where it is one of the terms the
    // section defines side by side (`#### 共有ロックと排他ロック` over `- **共有ロック（S）**: 読み取りの
    // ためのロック…` and `- **排他ロック（X）**: …`): the bullet is what the notes say it is, and
    // read as no statement of it, 共有ロック had the summary cell alone.
    collect: (ctx) => {
      if (!ctx.section) return [];
      const d = termDefinition(ctx.section, ctx.concept);
      if (!d || definesHeadingAside(ctx.section, ctx.concept, d.term)) return [];
      return [fact(ctx, 'definition', plainStyle(d.text), d.line, d.text)];
    },
  },
  {
    name: 'intro',
    example: 'サービスメッシュ: サービス間通信を管理するインフラストラクチャ層です。',
    collect: (ctx) => {
      const long = (ctx.section?.intro?.length ?? 0) > MAX_TRUE_CHARS;
      const whole = ctx.section && !long ? wholeIntro(ctx.section) : null;
      // `Fixes: …` opening a section is what repairs the concept; `Note: …` is its text.
      const intro = whole === null ? null : asSectionStatement(whole, ctx.doc.language);
      if (!ctx.section || ctx.host || !intro) return [];
      if (introNamesAnother(ctx.section, ownNames(ctx.concept))) return [];
      // The section keeps no line per sentence: its heading's line points the reader there.
      const text = shorterStatement(plainStyle(intro), ctx.doc.language, MAX_SENTENCE_CHARS);
      const f = fact(ctx, 'intro', text, ctx.section.line, intro);
      // `terraform plan computes…` opens a sentence on code, in lower case.
      if (ctx.section.introCode) opensOnCodeFacts.add(f);
      return [f];
    },
  },
  {
    name: 'feature',
    example: 'ブローカーメッセージング 特徴: バッファリング可能（一時的な負荷を吸収）',
    // And the claims bold labels make (`claim-label`).
    collect: (ctx) => [...listItems(ctx, 'features'), ...claimLabels(ctx)],
  },
  {
    name: 'example',
    example: 'サイドカーパターン 具体例: ログ転送コンテナ（メインアプリ + Fluentd）',
    collect: (ctx) => listItems(ctx, 'examples'),
  },
  {
    name: 'point-correction',
    example:
      'Kubernetes ポイント: セルフヒーリングは**Pod単位**（Node単位ではない） → セルフヒーリングはPod単位',
    collect: (ctx) => {
      if (!ctx.section) return [];
      const out: Fact[] = [];
      for (const p of ctx.section.pointLines ?? [])
        for (const n of negatedFacts(p, ctx.doc.language))
          if (n.right && keep(ctx, n.right) && keep(ctx, p.text))
            out.push(fact(ctx, 'point-correction', n.right, p.line, p.text));
      return out;
    },
  },
  {
    name: 'bullet-correction',
    example:
      'イベントソーシング: × イベントは必ず1度だけ届く（複数回届く可能性あり） → 複数回届く可能性あり',
    collect: (ctx) => {
      if (!ctx.section) return [];
      const language = ctx.doc.language;
      return ctx.section.misconceptions.flatMap((b) => {
        const proper = b.correction ? correctionProper(b.correction) : '';
        if (!proper || !isStatementCorrection(proper, language)) return [];
        // `大きい方の 30px になる` answers its statement; alone it says nothing. So does a
        // correction whose first sentence answers it (`差を検出できなかっただけ。検出力を確認する`).
        const opening = correctionOpening(b.correction ?? '');
        if (replyRule(proper, b.statement, language) !== null || !keep(ctx, b.statement)) return [];
        if (opening !== proper && replyRule(opening, b.statement, language) !== null) return [];
        // Its why names the misconception it corrects: the × line itself, under the key, read as
        // if the key were the wrong statement (`× memtableの内容は電源断で必ず失われる（WALを…）`).
        return [
          fact(
            ctx,
            'bullet-correction',
            proper,
            b.line,
            wrongBullet(b.statement, b.correction, language),
            wordingFor(language).correctionOf(b.statement),
          ),
        ];
      });
    },
  },
  {
    name: 'point',
    example:
      'サービスディスカバリ ポイント: DockerやKubernetesなどのプラットフォームでもサポートされている',
    collect: (ctx) => {
      if (!ctx.section || ctx.host) return [];
      const points = ctx.section.pointLines ?? [];
      return points
        .filter((p) => negatedFacts(p, ctx.doc.language).length === 0)
        .filter((p) => !continuesCutLine(p, points))
        .map((p) => {
          const code = opensOnCode(p.markdown);
          // A point opens a sentence even when written in lower case after its label; one that
          // opens on code keeps its case (`` `any` spreads `` is not `Any spreads`).
          // A point in です・ます調 reads like the plain statements beside it (`…断片化します` → `…断片化する`).
          const text = ctx.doc.language === 'ja' ? plainStyle(p.text) : withoutFinalStop(p.text);
          const f = fact(
            ctx,
            'point',
            shorterStatement(
              code ? text : asSentenceStart(text, ctx.doc.language),
              ctx.doc.language,
              MAX_SENTENCE_CHARS,
            ),
            p.line,
            p.text,
          );
          if (code) opensOnCodeFacts.add(f);
          return f;
        });
    },
  },
  {
    name: 'sentence',
    example:
      'Resource requests: - A node at 10 % CPU can still be "full" if its pods request a lot',
    collect: (ctx) => {
      if (!ctx.section || ctx.host) return [];
      const steps = new Set<string>();
      const owners = sectionOwners(ctx.doc);
      const me = ctx.concept.id;
      const othersOwn = (heading: string): boolean =>
        [...(owners.get(matchKey(heading)) ?? [])].some((id) => id !== me);
      const names = [ctx.concept.name, ...ctx.concept.aliases];
      return sectionSentences(ctx.section, ctx.doc.language, steps, othersOwn, names)
        .filter((text) => keep(ctx, text) && !cleftOfOther(ctx, text))
        .map((text, i) => ({
          ...fact(
            ctx,
            'sentence',
            plainStyle(shorterStatement(text, ctx.doc.language, MAX_SENTENCE_CHARS)),
            ctx.section?.line ?? 0,
            text,
          ),
          // The section keeps no line per sentence: a key of its own per sentence.
          keys: [`T:${ctx.section?.line ?? 0}:${i}`],
          ...(steps.has(text) ? { step: true as const } : {}),
        }));
    },
  },
];

/**
 * The concepts whose own section each heading is (by its {@link matchKey}), read once per
 * document: a document of 1,900 concepts asks it for each of them.
 */
function sectionOwners(doc: NotesDocument): Map<string, Set<string>> {
  let out = sectionOwnerMemo().get(doc);
  if (out) return out;
  out = new Map();
  for (const c of doc.concepts) {
    if (c.section === null) continue;
    const key = matchKey(c.section);
    const ids = out.get(key) ?? new Set<string>();
    ids.add(c.id);
    out.set(key, ids);
  }
  sectionOwnerMemo().set(doc, out);
  return out;
}

const sectionOwnerMemo = objectMemoTable<NotesDocument, Map<string, Set<string>>>();

/** The focus of a cleft sentence (`…のは RAID 4`) is at most this long: a name, not a clause. */
const MAX_CLEFT_FOCUS = 20;
/** Copulas that may close a cleft's focus (`…のは RAID 4 だ`). */
const CLEFT_COPULAS = ['です', 'である', 'だ'];

/**
 * `cleft-of-other`: a Japanese cleft sentence (`パリティ専用ディスクを持つのは RAID 4`, in RAID 5's
 * section) says which thing has the property; when that thing is not the concept, the sentence is
 * the other thing's fact, and keyed true of the concept it is false. Reads the text after the
 * last `のは`: a short name with no kana of grammar, of the concept's kind.
 */
function cleftOfOther(ctx: TrueContext, text: string): boolean {
  if (ctx.doc.language !== 'ja') return false;
  const at = text.lastIndexOf('のは');
  if (at < 1) return false;
  let focus = text.slice(at + 2).trim();
  for (const copula of CLEFT_COPULAS)
    if (focus.endsWith(copula)) focus = focus.slice(0, -copula.length).trim();
  // A name has no kana of grammar (`…を持つのは難しい` is no cleft: it says the holding is hard).
  if (
    focus === '' ||
    [...focus].length > MAX_CLEFT_FOCUS ||
    /[\p{Script=Hiragana}、。]/u.test(focus)
  )
    return false;
  if (mentions(focus, ctx.concept)) return false;
  // The focus is another thing of the concept's kind: another concept, or a name sharing a word
  // with the concept's (`RAID 4` beside `RAID 5`). `アプリが受け取るのはアクセストークン` (under
  // OAuth) names a part of the concept, and stays.
  if (aboutAnother(focus, ctx.concept, ctx.doc.concepts)) return true;
  const focusKey = matchKey(focus);
  return ctx.concept.name
    .split(/[\s・/()（）]+/u)
    .some(
      (word) => [...word].length >= 2 && !/^\d+$/.test(word) && focusKey.includes(matchKey(word)),
    );
}

/**
 * `continued-point-line`: a point line read apart from the line above it, which ends mid-phrase
 * (`…誰がログインしたかを` / `アプリに伝えるためのものではない。`), is the end of a sentence, not
 * a statement of its own.
 */
function continuesCutLine(point: RichLine, points: readonly RichLine[]): boolean {
  const above = points.find((p) => p.line === point.line - 1);
  return above !== undefined && danglingEnd(above.text) !== null;
}

/** Sentences of a section's own text at most this long are statements an option can hold. */
const MAX_SENTENCE_CHARS = 90;
const MIN_SENTENCE_CHARS = 12;
/** A sentence that opens on a pronoun leans on the one before it: it is not read alone. */
const LEANING_OPENERS = [
  'it ',
  'this ',
  'that ',
  // The contractions too (`That's why LZ decompression is so fast`, `That's 2^-1074`).
  "it's ",
  'it’s ',
  "that's ",
  'that’s ',
  "they're ",
  'they’re ',
  'these ',
  'those ',
  'they ',
  'so ',
  'but ',
  'and ',
  'also ',
  'それ',
  'これ',
  'この',
  'その',
  'また',
  'ただし',
  'しかし',
  'つまり',
  // `leaning-definite`: a definite noun that only names what the sentence before described
  // (`A data race is… . The result is undefined`, `前者は…`).
  'the result ',
  'the outcome ',
  'the effect ',
  'the former ',
  'the latter ',
  'the rest ',
  'the problem ',
  'the catch ',
  'the reason ',
  'the fix ',
  // `The relationship is nearly the same for most species` after `…the EMC for the surrounding
  // RH…`, `Something will give: the panel cracks…` (reading 84: which relationship? what gives?).
  'the relationship is ',
  'something will ',
  // A quantifier standing for the things just named (`Some are locale-sensitive: …`).
  'some are ',
  'most are ',
  'both are ',
  'as a result',
  '結果は',
  '問題は',
  '理由は',
  '原因は',
  '結果として',
  '前者',
  '後者',
];
/**
 * `example-label`: a sentence that opens on an example label (`例：集計値を親テーブルに持たせる`,
 * `Example: …`) is the example itself: the label is the notes' layout, not part of what it says
 * (statement-labels.ts reads it, with the other labels that open a sentence).
 */
export function withoutExampleLabel(sentence: string): string {
  const label = statementLabel(sentence);
  return label?.effect === 'example' ? label.rest : sentence;
}

/**
 * `attribute-value`: an attribute written with its value (`aria-hidden="true"`, `tabindex="-1"`)
 * is a name in code, not a formula: its `="…"` is read as nothing when looking for the marks of
 * {@link NOT_PROSE}. Linear: one scan for each `="`.
 */
function withoutAttributes(sentence: string): string {
  if (!sentence.includes('="')) return sentence;
  let out = '';
  let at = 0;
  for (let i = sentence.indexOf('="'); i >= 0; i = sentence.indexOf('="', at)) {
    const close = sentence.indexOf('"', i + 2);
    if (close < 0) break;
    out += sentence.slice(at, i);
    at = close + 1;
  }
  return out + sentence.slice(at);
}

/** Characters that mark a line as code, a formula or a table rather than a statement. */
const NOT_PROSE = ['|', '｜', '=', '`', '{', '}', '<', '>'];

/**
 * True when the sentence has none of {@link NOT_PROSE}, and an arrow in it is one between two
 * clauses (text/arrow-clause.ts `arrow-joins-clauses`: `胎盤を通過しない → 妊娠中の抗凝固に使える`),
 * not a flow or a mapping (`onCreate → onStart → onResume`).
 */
function readsAsProse(sentence: string, language: 'ja' | 'en'): boolean {
  if (NOT_PROSE.some((c) => sentence.includes(c))) return false;
  return !sentence.includes('→') || arrowJoinsClauses(sentence, language);
}

/**
 * The plain sentences of a section's own text beyond its first one — paragraph sentences and
 * bullets not under a label — that are none of its points, labelled items, definitions or ×
 * bullets. English lines that wrap (the next one starting in lower case) are read as one.
 */
export function sectionSentences(
  section: Section,
  language: 'ja' | 'en',
  steps?: Set<string>,
  othersOwn?: (heading: string) => boolean,
  names?: readonly string[],
): string[] {
  const taken = new Set(
    [
      ...(section.points ?? []),
      ...(section.lists ?? []).flatMap((l) => [l.label, ...l.items.map((i) => i.text)]),
      ...(section.definitions ?? []).filter((d) => !definesOwnPart(d, names)).map((d) => d.text),
      ...section.misconceptions.map((m) => m.statement),
    ]
      .filter((t) => t.length <= MAX_TRUE_CHARS)
      .map(matchKey),
  );
  const lines: string[] = [];
  // Whether each of `lines` opens on an item of a numbered list.
  const lineIsStep: boolean[] = [];
  // The paragraph each of `lines` is in: lines of prose with no blank line between them share
  // one; a list item, a table or a heading starts another (`story-paragraph`). The body keeps no
  // blank lines: `bodyParagraphStarts` marks the line after one.
  const lineParagraph: number[] = [];
  let paragraph = 0;
  let paragraphOpens = true;
  const bodyLines = section.body.split('\n');
  // A table row ends the sentence above it: the line below it opens one of its own.
  let afterTable = false;
  // Whether the last line read opens a list item (its marker is off in the body).
  let lastIsItem = false;
  // `another-concepts-subsection`: the lines under a heading inside this section that is another
  // concept's own (`### 私的使用のための複製（30条）` inside `## 5. …（権利制限規定）`) are that concept's,
  // up to the next heading: its excluded cases were asked as 権利制限規定's (reading 32).
  let skipping = false;
  for (let at = 0; at < bodyLines.length; at++) {
    const line = (bodyLines[at] ?? '').trim();
    if (section.bodyHeadings?.[at] === true) skipping = othersOwn?.(line) ?? false;
    if (skipping) continue;
    // A line longer than a few sentences is no source of one (and is not read further); a table
    // row holds cells, and its cell's second sentence (`Holm | FWER | …と判定。Bonferroni より
    // 常に検出力が高いか等しい`) is no sentence of the section.
    if (section.bodyParagraphStarts?.[at] === true) paragraphOpens = true;
    if (!line || line.length > MAX_SENTENCE_CHARS * 4) continue;
    // A table row, or the heading of a section inside this one, ends the sentence above it.
    if (section.bodyTableRows?.[at] === true || section.bodyHeadings?.[at] === true) {
      afterTable = true;
      paragraphOpens = true;
      continue;
    }
    if (paragraphOpens || section.bodyItems?.[at] === true) paragraph++;
    paragraphOpens = false;
    const last = afterTable ? undefined : lines[lines.length - 1];
    afterTable = false;
    // A hard-wrapped line is the rest of the sentence above it (text/wrap.ts); items of lists,
    // points, × bullets and every bullet are lines of their own.
    if (
      last !== undefined &&
      !taken.has(matchKey(last)) &&
      !taken.has(matchKey(line)) &&
      carriesOnLineAbove(section, at, last, line, language, lastIsItem)
    )
      lines[lines.length - 1] = joinWrapped(last, line);
    else {
      lines.push(line);
      lineParagraph.push(paragraph);
      lineIsStep.push(section.bodySteps?.[at] === true);
      lastIsItem = section.bodyItems?.[at] === true;
    }
  }
  const intro =
    (section.intro?.length ?? 0) > MAX_TRUE_CHARS ? '\u0000' : matchKey(section.intro ?? '');
  const out: string[] = [];
  const takenKeys = [...taken].filter((t) => t !== '');
  // The paragraph whose story a line told (`story-paragraph`), -1 while none.
  let storyParagraph = -1;
  for (const [index, line] of lines.entries()) {
    // `story-paragraph`: a digression its label announces goes on to the end of its paragraph,
    // over the lines that wrap it (`> Personal note: I spent most of a day…` / `> It didn't — …` /
    // `> the same shallow tower. Rebuilt with frame pointers; the helper went down to 4%.`,
    // reading 77 offered the last sentence as true of Stack unwinding). A first person with no
    // such label ends its line only: `I assumed screen reader users Tab through everything.` opens
    // a paragraph that goes on to say how they do navigate.
    if (lineParagraph[index] === storyParagraph) continue;
    const lineKey = matchKey(line);
    // A line that holds a point or an item, or is one line of a wrapped one (`EXEC, but runtime
    // errors do not.` under `Point: … abort the whole`), is read there, not here.
    if (taken.has(lineKey) || takenKeys.some((t) => lineKey.includes(t) || t.includes(lineKey)))
      continue;
    let afterIntro = false;
    let first = true;
    const sentences = splitSentences(line, language);
    // `label-carries-subject`: the label a Japanese line opens on (`ハロゲン化物（ハロン）：…`) is
    // the subject of its later sentences that name none and open on no label of their own
    // (`寒中：…。暑中：急激な乾燥と温度上昇を防ぐ` keeps its second).
    const labelled = language === 'ja' && sentences.length > 1 && labelOfAnother(line, names ?? []);
    const ofOnePart = sentences.length > 1 && labelNamesOnePart(line, names ?? []);
    const partners = names ? contrastPartners(sentences, names, language) : NO_PARTNERS;
    // `case-label` (statement-labels.ts): after the first sentence, the case is lost.
    const ofOneCase = sentences.length > 1 && opensOnCaseLabel(line);
    for (const said of sentences) {
      if (ofOneCase && said !== sentences[0]) break;
      if (partners.has(said)) continue;
      // `another-thing-introduced`: the rest of the line speaks of it, not of the concept.
      if (introducesAnother(said, language)) break;
      // `answers-its-question`: what follows a yes/no question on its line answers it (`Still
      // working and not a 5% owner? The current employer's 401(k) can wait; IRAs cannot.`):
      // alone, the answer has lost its condition (reading 61 offered it as true of RMDs). After
      // a question of `where` or `why` (`Where are they? In most dicot leaves…`), the sentences
      // say their own subject.
      if (asksYesOrNo(said)) break;
      // `subject-carries`: a sentence after another of its line that opens on a verb (`Equals
      // total revenue − total variable cost` after `Producer surplus = …`) has that sentence's
      // subject, which need not be the concept (reading 40 filed it under Consumer & producer
      // surplus): no statement alone.
      const carried =
        !first &&
        (opensOnBareVerb(said, language) ||
          ofOnePart ||
          (labelled && !namesASubject(said) && openingLabel(said) === null));
      first = false;
      if (carried) continue;
      const follows = afterIntro;
      const saidKey = matchKey(said);
      afterIntro = saidKey !== '' && (saidKey === intro || intro.includes(saidKey));
      // `example-heading-runs-on`: `Worked example. Founders hold 8,000,000 shares.` — the rest
      // of the line is the example's data.
      if (isExampleHeading(said)) break;
      // `digression-runs-on`: a line the writer labels a digression (`余談：…。…という理屈。試し
      // たら…だった。`) steps off the concept to its end, not only in its first sentence.
      if (statementLabel(said)?.effect === 'digression') {
        storyParagraph = lineParagraph[index] ?? -1;
        break;
      }
      const sentence = asSectionStatement(
        (follows && definitionSubjectDropped(said, language)) || said,
        language,
      );
      if (sentence === null) continue;
      // `story-runs-on`: a sentence that tells a story (`In 1920 a New York Times editorial mocked
      // Goddard…`) is no statement, and neither are the sentences after it on its line (`The paper
      // printed a correction on 17 July 1969…`, which reading 48 was offered as true of the
      // reaction principle).
      if (tellsStory(sentence, language)) break;
      const key = matchKey(sentence);
      const length = [...sentence].length;
      // A section with no first sentence of its own (bullets only) has none to leave out.
      const saysIntro =
        intro !== '' && (key === intro || intro.includes(key) || key.includes(intro));
      if (!key || saysIntro) continue;
      const fits = [...shorterStatement(sentence, language, MAX_SENTENCE_CHARS)].length;
      if (length < MIN_SENTENCE_CHARS || fits > MAX_SENTENCE_CHARS) continue;
      if (!readsAsProse(withoutAttributes(sentence), language) || /[:：]$/.test(sentence)) continue;
      if (/[?？]$/.test(sentence) || sentence.startsWith('×') || sentence.startsWith('✗')) continue;
      const lower = sentence.toLowerCase();
      if (LEANING_OPENERS.some((o) => lower.startsWith(o)) || leansInClause(lower)) continue;
      // An English sentence opens on a capital (or a digit, a name in code…), never mid-clause.
      if (language === 'en' && /^[a-z]/.test(sentence)) continue;
      if (formOf(sentence, language) !== 'statement') continue;
      out.push(sentence);
      if (lineIsStep[index] === true) steps?.add(sentence);
    }
  }
  return out;
}

const NO_PARTNERS: ReadonlySet<string> = new Set();

/**
 * The concept's names without a heading that joins it with another thing (`コンテキストマップと
 * 腐敗防止層（ACL）` of 腐敗防止層（ACL））: a part of that heading is not a part of the concept.
 */
function ownNames(concept: Concept): string[] {
  const parts = headingNames(concept.name)
    .map(matchKey)
    .filter((k) => k !== '');
  const joins = (alias: string): boolean => {
    const key = matchKey(alias);
    return parts.some((p) => key !== p && key.includes(p));
  };
  return [concept.name, ...concept.aliases.filter((a) => !joins(a))];
}

/**
 * `reversed-definition` of the opening: the section's first line describes a thing and ends on
 * another thing's name in bold (`…を図にしたものが**コンテキストマップ**。` opening the section on
 * コンテキストマップと腐敗防止層（ACL）): it is that thing's definition, no opening of the concept
 * (reading 53 asked it as a description of 腐敗防止層).
 */
function introNamesAnother(section: Section, names: readonly string[]): boolean {
  const line = section.introLine;
  if (line === undefined || line === null) return false;
  return (section.definitions ?? []).some(
    (d) => d.trailing === true && d.line === line && !definesOwnPart(d, names),
  );
}

/**
 * A bullet nested under a term that is a part of the concept's own name (`  - Lowers seizure
 * threshold…` under `- **Tramadol**: …` in the section on Codeine & tramadol): it says more of
 * the concept, and stays a sentence of its section (`definition-children` sets aside only those
 * under another thing's term). A term is read by its names (`Priority inheritance (PIP)`: either).
 * So is a line that ends its description on a part of the concept's name (`reversed-definition`:
 * `The lowest point … is the **frequency nadir**` in the section on frequency nadir).
 */
function definesOwnPart(d: TermDefinition, names: readonly string[] | undefined): boolean {
  if (!(d.nested || d.trailing) || !names) return false;
  const keys = names.map(matchKey);
  return headingNames(d.term).some((t) => {
    const term = matchKey(t);
    return term !== '' && keys.some((k) => k.includes(term));
  });
}

/** Context rules of a sentence that tells a story (text/context-words.ts): the line goes on with it. */
const STORY_RULES: ReadonlySet<string> = new Set([
  'hearsay',
  'diary',
  'our-incident',
  'writer-narrates',
  'history-line',
]);

/**
 * `own-story-runs-on`: context rules of a sentence in the writer's own voice, outside its
 * parentheses (`個人的には、…の方が素直だと思う。` before `INSERT が落ちたら監視で気づける`, which
 * reading 76 asked as a description of デフォルトパーティション; `Aside: my overnight pancake batter…
 * rose … less.` before `The fast-acid share was gone`): the line goes on with the story. A first
 * person in an aside (`(our PSP expires … after 7 days)`) tells no story of the line.
 */
const OWN_STORY_RULES: ReadonlySet<string> = new Set(['first-person', 'writer-feels']);

/** True when the sentence tells a story the rest of its line goes on with. */
function tellsStory(sentence: string, language: 'ja' | 'en'): boolean {
  return (
    leansBy(sentence, language, STORY_RULES) ||
    leansBy(outsideParentheses(sentence), language, OWN_STORY_RULES)
  );
}

/**
 * A sentence's topic where it is a term its sentence describes in quotes — `void は「…」`, `void
 * means "…"` — or null. A term is a word with no kana of grammar (`報告では`, `重要なのは` are no
 * terms); a description in quotes is how notes set one term beside another.
 */
function topicOf(sentence: string, language: 'ja' | 'en'): string | null {
  const text = sentence.trim();
  if (language === 'ja') {
    const at = text.indexOf('は「');
    if (at <= 0 || at > MAX_TOPIC_CHARS) return null;
    const topic = text.slice(0, at).trim();
    return /[\p{Script=Hiragana}、。,「」]/u.test(topic) ? null : topic;
  }
  const match = EN_TOPIC.exec(text.slice(0, MAX_TOPIC_CHARS * 2));
  return match?.[1] ?? null;
}

/** A term (`void`, `never`) before `is` / `means` and a quoted description. */
const EN_TOPIC = /^([\w.-]+) (?:is|means) ["“]/u;
/** A topic is read this far into a sentence at most. */
const MAX_TOPIC_CHARS = 24;

/**
 * `contrast-partner`: in a line of two sentences, one on the concept and one on another term set
 * against it (`void は「戻り値を使わない」（関数は普通に戻る）。never は「そもそも戻ってこない」` in
 * never's section), the other sentence is that term's, not the concept's: reading 47 asked it as
 * a description of never. The sentences whose topic is another term, where one of the line's
 * topics is the concept's name.
 */
function contrastPartners(
  sentences: readonly string[],
  names: readonly string[],
  language: 'ja' | 'en',
): ReadonlySet<string> {
  if (sentences.length < 2) return NO_PARTNERS;
  const keys = names.map(matchKey).filter((k) => k !== '');
  const ofConcept = (topic: string): boolean => {
    const key = matchKey(topic);
    return key !== '' && keys.some((k) => k === key || (key.length >= 2 && k.includes(key)));
  };
  const topics = sentences.map((s) => topicOf(s, language));
  if (!topics.some((t) => t !== null && ofConcept(t))) return NO_PARTNERS;
  const out = new Set<string>();
  sentences.forEach((s, i) => {
    const topic = topics[i];
    if (topic && !ofConcept(topic)) out.add(s);
  });
  return out;
}

/**
 * A sentence that asks a yes/no question (it ends on a question mark and opens on no question
 * word): a condition the rest of its line answers ({@link sectionSentences}).
 */
function asksYesOrNo(sentence: string): boolean {
  const text = sentence.trim();
  // A question mark after a word (`…a 5% owner?`), not one of code (`List<?` of `List<? extends T>`).
  if (!/[\p{L}\p{N}」』"”)）][?？]$/u.test(text)) return false;
  const opening = text.slice(0, QUESTION_WORD_REACH).toLowerCase();
  return !QUESTION_WORDS.some((w) => opening.startsWith(w));
}

/** Words a question of something other than yes or no opens on, lower case. */
const QUESTION_WORDS: readonly string[] = [
  'what',
  'where',
  'when',
  'why',
  'how',
  'which',
  'who',
  'なぜ',
  'どこ',
  'いつ',
  '何',
  'なに',
  'どう',
  'どの',
  'どれ',
  '誰',
];
/** How far into a question its question word is looked for. */
const QUESTION_WORD_REACH = 8;

/**
 * `another-thing-introduced`: a sentence that brings in another named thing — `逆に電位を貴な方向に
 * 上げて不働態域に保つ「アノード防食」もある` in the section on Pourbaix diagrams, `There is also
 * anodic protection…` — is about that thing, and so are the sentences after it on its line
 * (`不働態化する金属にしか使えない`, said of anodic protection, was offered as true of the diagram:
 * reading 33). Linear: a look at the sentence's end or opening.
 */
export function introducesAnother(sentence: string, language: 'ja' | 'en'): boolean {
  const text = withoutFinalStop(sentence.trim());
  if (language === 'ja') return JA_ANOTHER_ENDINGS.some((e) => text.endsWith(e)) || setApart(text);
  const lower = text.toLowerCase();
  return EN_ANOTHER_OPENINGS.some((o) => lower.startsWith(o));
}

/**
 * `set-apart-thing`: a Japanese sentence that opens on one thing said to be another matter and a
 * colon (`` `BatchWriteItem` は別物：最大25件・16MB、アトミックではない``, in the section on
 * transactions) goes on about that thing, and so does its line (`失敗分は UnprocessedItems で返る…`
 * was offered as true of transactions in reading 61). Not two things set apart from each other
 * (`ΔG° と ΔG は別物：…`), which may both be the section's. Looks within the opening only.
 */
function setApart(text: string): boolean {
  const opening = text.slice(0, SET_APART_REACH);
  for (const mark of SET_APART_MARKS) {
    const at = opening.indexOf(mark);
    if (at > 0) return !opening.slice(0, at).includes('と');
  }
  return false;
}

/** What a thing is called when it is set apart, with its colon ({@link setApart}). */
const SET_APART_MARKS = ['は全く別物：', 'は全く別物:', 'は別物：', 'は別物:'];
/** How far into a sentence its topic and mark are read (a name of up to about 40 characters). */
const SET_APART_REACH = 48;

/** Endings of a Japanese sentence that brings in another named thing (`「アノード防食」もある`). */
const JA_ANOTHER_ENDINGS = ['」もある', '』もある', '」もあります', '』もあります'];
/** Openings of an English one (`There is also anodic protection`). */
const EN_ANOTHER_OPENINGS = ['there is also ', "there's also ", 'there are also ', 'there’s also '];

/** Words that open a clause before the main one (`Whatever it reaches is live`). */
const CLAUSE_OPENERS = new Set([
  'whatever',
  'whichever',
  'what',
  'when',
  'whenever',
  'where',
  'if',
  'once',
  'because',
  'since',
  'until',
  'unless',
  'while',
  'after',
  'before',
  'as',
]);
/** Pronouns that stand for something said before (`it`, `they`, `its`). */
const BACK_PRONOUNS = new Set(['it', 'its', 'they', 'them', 'their', 'this', 'these', 'those']);

/**
 * `pronoun-in-opening-clause`: an English sentence whose opening clause leans on the sentence
 * before it through a pronoun (`Whatever it reaches is live`, `Once they expire, …`): alone, the
 * reader cannot tell what `it` is. Reads the first two words of the lower-cased sentence.
 */
function leansInClause(lower: string): boolean {
  const first = lower.indexOf(' ');
  if (first < 0 || !CLAUSE_OPENERS.has(lower.slice(0, first))) return false;
  const second = lower.indexOf(' ', first + 1);
  const word = lower.slice(first + 1, second < 0 ? lower.length : second).replace(/[,;:]$/, '');
  return BACK_PRONOUNS.has(word);
}

/**
 * `pronoun-after-definition`: the sentence right after a section's first one that opens on `It`
 * says more about what that first sentence defined, the section's concept (`A child that has
 * exited… . It holds only a process-table entry` → `Holds only a process-table entry`). Read
 * without its pronoun, it is a statement about the concept like its summary cell; null when the
 * sentence does not open so. `It is` stays only before a noun phrase or a passive (`Is adopted by
 * init`): `It is important to…` has no subject to drop.
 */
export function definitionSubjectDropped(sentence: string, language: 'ja' | 'en'): string | null {
  if (language !== 'en' || !sentence.startsWith('It ')) return null;
  const [second = '', third = ''] = sentence.slice(3).split(/\s/, 2);
  if (!/^[a-z]+$/.test(second) || COPULAS_AFTER_IT.has(second)) return null;
  // `It is adopted by init` / `It is a common sight`, not `It is important to…` (no subject).
  if (second === 'is' && !ARTICLES.has(third) && !/^[a-z]+ed$/.test(third)) return null;
  const rest = withoutTopic(sentence, [], language);
  return rest === sentence ? null : rest;
}

/** Verbs after which `It` cannot be dropped (see {@link definitionSubjectDropped}). */
const COPULAS_AFTER_IT = new Set(['was', 'seems', 'means']);
/** After `It is`, a noun phrase or a passive keeps the concept as the subject. */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * A line cut into sentences at `。` or at `. ` (a stop followed by a space), at the stops
 * {@link sentenceStops} reads as ends (`e.g. 100` and `（既定は 5 分。…）` end nothing).
 */
export function splitSentences(line: string, language: 'ja' | 'en'): string[] {
  const out: string[] = [];
  let start = 0;
  for (const at of sentenceStops(line, language)) {
    const piece = line.slice(start, at + 1).trim();
    if (piece) out.push(piece);
    start = at + 1;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out.map((s) => withoutFinalStop(s));
}

const SENTENCE_END = /[。．.!?！？]$/u;
/** A first sentence is read across at most this many lines. */
const MAX_INTRO_LINES = 3;

/**
 * The section's first sentence, read across line breaks: the parser keeps the first line, and a
 * sentence wrapped in the notes (`… with` / `compressed headers (HPACK).`) continues on the next.
 */
export function wholeIntro(section: Section): string | null {
  const intro = section.intro;
  // `opens-a-list`: `Reno の手順：` introduces the lines below; it says nothing on its own.
  if (intro && /[:：]$/.test(intro.trim())) return null;
  if (!intro || SENTENCE_END.test(intro.trim())) return intro ?? null;
  const lines = section.body.split('\n');
  const at = lines.findIndex((l) => l.trim() === intro.trim());
  if (at < 0) return intro;
  let text = intro.trim();
  for (let i = at + 1; i < lines.length && i <= at + MAX_INTRO_LINES; i++) {
    const next = (lines[i] ?? '').trim();
    if (!next || /[:：]$/.test(next) || /^(?:point|ポイント|note|注)\b/i.test(next)) break;
    text = joinWrapped(text, next);
    if (SENTENCE_END.test(next)) break;
  }
  return firstSentence(text);
}

/**
 * `other-subject`: a sentence of the concept's section whose subject is another concept and
 * which does not name this one (`GBW is a small-signal, linear limit`, set against Slew rate in
 * its section) is that other's fact: labelled as this concept's it reads as mislabelled (reading
 * 39 `Slew rate: GBW is a small-signal, linear limit`).
 */
function ofOtherSubject(ctx: TrueContext, text: string): boolean {
  if (mentions(text, ctx.concept)) return false;
  // `parallel-label` (name-opening.ts): `Classical = duty to the shareholders you trade with`, the
  // first of a key point's two sentences, is Classical theory's, not Misappropriation theory's
  // whose section holds it (reading 75 keyed it to Misappropriation).
  const opened = openedConcept(text, ctx.doc.concepts);
  if (opened !== undefined && opened.id !== ctx.concept.id) return true;
  const others = othersNamed(text, ctx.concept, ctx.doc.concepts);
  if (others.length === 0) return false;
  return spokenSubjectAmong(text, others, ctx.doc.language);
}

/**
 * True when an English sentence opens on a verb with no subject (`Equals total revenue…`,
 * `Means the loss is…`): after another sentence of its line, its subject is that sentence's.
 * `bare-condition` in Japanese: a sentence that opens on a condition whose verb has nothing before
 * it (`入れ替えると測定結果が変わる` after `指示の順番（A|B|C）に意味がある`, reading 52): what is
 * swapped is the sentence before's.
 */
function opensOnBareVerb(sentence: string, language: 'ja' | 'en'): boolean {
  if (language === 'ja') {
    const text = sentence.trimStart();
    return (
      JA_BARE_CONDITION.test(text) &&
      !NOT_CONDITIONS.some((w) => text.startsWith(w)) &&
      !JA_EVENT_CONDITION.test(text)
    );
  }
  const word = sentence.trim().split(/\s+/u, 1)[0]?.toLowerCase() ?? '';
  return BARE_VERB_OPENERS.has(word);
}

/**
 * True when `line` opens on a label that names a thing of its own (`ハロゲン化物（ハロン）：…`): no
 * statement label (`弱点：`, `例：`), not the concept (`**varint**：…` in the section on varint), and
 * whole (`誤差の分散が x によって変わる状態（例: …` opens on no label: its bracket is still open; nor
 * does `` HTTP/1.1の `Upgrade: h2c` による切り替えは… ``, whose colon is code's).
 */
function labelOfAnother(line: string, names: readonly string[]): boolean {
  const opening = openingLabel(line);
  if (opening === null || statementLabel(line) !== null) return false;
  const label = opening.label;
  // A colon inside brackets or code (`Upgrade: h2c`) ends no label.
  if (!bracketsClosed(label) || label.includes('`')) return false;
  const key = matchKey(label);
  return !names.some((n) => {
    const name = matchKey(n);
    return name !== '' && (key.includes(name) || name.includes(key));
  });
}

/** What joins the names of two things in one concept's name (`RS256 / ES256`, `SPF・DKIM`). */
const NAME_JOINS = /\s*[/／・&＆]\s*/u;

/**
 * `label-names-one-part`: true when `line` opens on a label that is one of the things the
 * concept's name joins (`ES256：ECDSA + SHA-256。署名が短い（64バイト）` in the section on `RS256 /
 * ES256`): its later sentences are said of that one alone, subject particle or not (reading 64
 * offered `署名が短い（64バイト）` as true of both).
 */
function labelNamesOnePart(line: string, names: readonly string[]): boolean {
  const opening = openingLabel(line);
  if (opening === null || statementLabel(line) !== null) return false;
  const key = matchKey(opening.label);
  return names.some((name) => {
    const parts = name.split(NAME_JOINS);
    return parts.length > 1 && parts.some((p) => matchKey(p) === key);
  });
}

/**
 * True when a Japanese sentence says what it speaks of (a topic or subject particle): `生産は全廃`
 * does, `既存設備の再利用に限られる` — said of the label before it (`ハロゲン化物（ハロン）：…`,
 * reading 51 offered it as a claim about 抑制消火) — does not.
 */
function namesASubject(sentence: string): boolean {
  return JA_SUBJECT_PARTICLES.some((p) => sentence.includes(p));
}

/** Particles that mark what a Japanese sentence speaks of. */
const JA_SUBJECT_PARTICLES = ['は', 'が', 'も'];

/**
 * A verb alone, then a condition (`入れ替えると`, `付ければ`, `外したら`, `使っても`): up to eight
 * characters with no particle of an object or a subject among them. Anchored, one bounded class.
 */
const JA_BARE_CONDITION = /^[^をがはにでのへもと、，。\s]{1,8}?(?:ると|れば|えば|たら|ても)/u;

/**
 * A kanji noun and `する` as the condition (`再起動すると中身は消える`, `加熱すると失活する`): an
 * event that happens, which needs no object, not a verb acting on what the sentence before named.
 */
const JA_EVENT_CONDITION = /^\p{Script=Han}{1,6}(?:すると|すれば|したら|しても)/u;

/** Words that end as a condition does and are none (`例えば`: for example). */
const NOT_CONDITIONS = ['例えば', 'たとえば'];

/** Verbs that open no English sentence but one whose subject was dropped (not plural nouns). */
const BARE_VERB_OPENERS: ReadonlySet<string> = new Set([
  'equals',
  'means',
  'requires',
  'becomes',
  'depends',
  'allows',
  'causes',
  'lets',
  'remains',
  'gives',
  'makes',
  'takes',
  'needs',
]);

/** In a host section, only what does not name another concept is the concept's. */
function keep(ctx: TrueContext, text: string): boolean {
  return !ctx.host || !aboutAnother(text, ctx.concept, ctx.doc.concepts);
}

/**
 * What a correction says is true instead: its last sentence. A correction of two sentences or
 * more explains why the wrong statement fails, then corrects it (`鍵が漏れれば元に戻せる。元に戻せ
 * ないハッシュで保存する`): the explanation is about the wrong statement's subject (encryption, not
 * password hashing), and keyed true about the concept it would be false. The whole correction
 * stays the wrong statement's why.
 */
export function correctionProper(correction: string): string {
  const text = withoutFinalStop(correction.trim());
  const starts = [0];
  for (const stop of text.matchAll(SENTENCE_STOP)) {
    const end = (stop.index ?? 0) + stop[0].length;
    if (end < text.length) starts.push(end);
  }
  const last = starts.at(-1) ?? 0;
  const before = starts.at(-2);
  // `exception-last`: `通常は B-tree。btree_gin を使う場合は別` ends on an exception to what it
  // said; the sentence before is what is true instead.
  if (before !== undefined && isException(text.slice(last).trim()))
    return withoutFinalStop(text.slice(before, last).trim());
  return text.slice(last).trim();
}

/** A correction's first sentence, without its stop. */
function correctionOpening(correction: string): string {
  const text = withoutFinalStop(correction.trim());
  const [stop] = text.matchAll(SENTENCE_STOP);
  return stop === undefined ? text : text.slice(0, stop.index).trim();
}

/** Endings that make a sentence an exception to the one before it (`…場合は別`, `…except X`). */
const EXCEPTION_ENDINGS_JA = ['は別', 'は例外', 'を除く', 'は除く'];
const EXCEPTION_OPENINGS_EN = ['except ', 'unless ', 'apart from '];

function isException(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return (
    EXCEPTION_ENDINGS_JA.some((e) => sentence.endsWith(e)) ||
    EXCEPTION_OPENINGS_EN.some((o) => lower.startsWith(o))
  );
}

/** A sentence stop inside a correction: `。`, or `.` and a space before a capital (single characters: no backtracking). */
const SENTENCE_STOP = /。|\.\s(?=[A-Z])/g;

/** Corrections that only point elsewhere (`それはIaC`), turn round (`逆`) or answer (`ある`) state nothing. */
const POINTER = /^(?:それは|that is|it is|those are)/i;
const MIN_CORRECTION = 6;

function isStatementCorrection(correction: string, language: 'ja' | 'en'): boolean {
  const c = correction.trim();
  return (
    [...c].length >= MIN_CORRECTION &&
    !POINTER.test(c) &&
    !/それは|that is/i.test(c) &&
    !saysOtherWayRound(c) &&
    formOf(c, language) === 'statement'
  );
}

/** The true statements of a concept, near-duplicates dropped (the first kept). */
export function trueStatements(ctx: TrueContext): Fact[] {
  const kept: Fact[] = [];
  // Each kept statement by its match key (a twin found in one look-up, not a scan of the list).
  const keptByKey = new Map<string, Fact>();
  for (const source of TRUE_SOURCES) {
    for (const statement of source.collect(ctx)) {
      // No option holds a statement of thousands of characters: it is not compared or kept.
      if (statement.text.length > MAX_TRUE_CHARS) continue;
      // A piece cut from a sentence (`descheduler or a rollout rebalances`) is no statement.
      const language = ctx.doc.language;
      const cut =
        (!opensOnCodeFacts.has(statement) && startsMidSentence(statement.text, language)) ||
        // `--target) are in the resulting image`: the end of an aside, cut from its sentence.
        pieceRule(statement.text) !== null;
      if (statement.source !== 'summary' && cut) continue;
      if (danglingEnd(statement.text) || endsOnCopula(statement.text, language)) continue;
      if ([...statement.text].length < MIN_TRUE_LENGTH) continue;
      // `「どれくらい違うか」`: a quotation alone says nothing of the concept.
      if (quotationOnly(statement.text)) continue;
      // `PG10 以降はこの制約はない`: alone, the reader cannot tell what it points at.
      if (statement.source !== 'summary' && contextRule(statement.text, language)) continue;

      // `同期には std::atomic を使う` (volatile): true of what it recommends, not of the concept.
      const names = [ctx.concept.name, ...ctx.concept.aliases];
      if (statement.source !== 'summary' && recommendsOther(statement.text, names, language))
        continue;
      if (statement.source !== 'summary' && ofOtherSubject(ctx, statement.text)) continue;
      const key = matchKey(statement.text);
      const twin = keptByKey.get(key);
      if (twin) {
        twin.keys = [...new Set([...twin.keys, ...statement.keys])];
        continue;
      }
      kept.push(statement);
      keptByKey.set(key, statement);
    }
  }
  // `most-true-statements`: the first ones in the notes' order, where a concept has more.
  if (kept.length > MOST_TRUE_STATEMENTS) kept.length = MOST_TRUE_STATEMENTS;
  shareKeysOfParaphrases(kept);
  return kept;
}

/**
 * `most-true-statements`: the true statements of one concept a bank reads, the first in the notes'
 * order. The read notes' concepts have a few dozen at most; a section of thousands is no notes a
 * person wrote, and every pair of statements is compared (paraphrases share their keys): 1,000
 * statements that all say one thing took 20 s (each pair also copied a list as long as the class),
 * 2,000 minutes.
 */
export const MOST_TRUE_STATEMENTS = 200;

/** Two true statements saying the same thing test one piece of knowledge: they share keys. */
function shareKeysOfParaphrases(facts: Fact[]): void {
  // Each statement prepared once, not looked up twice per pair it is in.
  const texts = facts.map((f) => preparedText(f.text));
  for (let i = 0; i < facts.length; i++)
    for (let j = i + 1; j < facts.length; j++) {
      const fa = facts[i];
      const fb = facts[j];
      if (!fa || !fb || !preparedParaphrases(texts[i] as PreparedText, texts[j] as PreparedText))
        continue;
      const keys = [...new Set([...fa.keys, ...fb.keys])];
      fa.keys = keys;
      fb.keys = keys;
    }
}

/**
 * True when each statement says most of what the other says (`Pod数を維持するよう自動起動` /
 * `Pod障害時に指定数を満たすよう自動でPodを起動`); a shared word alone (`書き込み`) is not enough.
 */
export function paraphrases(a: string, b: string): boolean {
  return preparedParaphrases(preparedText(a), preparedText(b));
}

/** {@link paraphrases} of two prepared texts. */
function preparedParaphrases(a: PreparedText, b: PreparedText): boolean {
  const there = coverageWithin(a, b.haystack);
  const back = coverageWithin(b, a.haystack);
  // One says everything the other does (a summary cell and its longer first sentence), or each
  // says most of the other.
  return Math.max(there, back) >= CONTAINED || Math.min(there, back) >= PARAPHRASE_MIN;
}
