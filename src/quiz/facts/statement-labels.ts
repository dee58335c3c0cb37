/**
 * Labels that open a sentence of a section's prose (`Note: …`, `補足: …`, `Fixes: …`) and what
 * they make of it. An aside is still a statement of the section, its label only the notes'
 * layout: the label goes, the statement stays (`Note: browsers do not apply CORS to WebSockets`
 * read `WebSocket: Note: browsers…` as an option). A remedy or an alternative is what repairs or
 * replaces the concept (`Alternative for linear probing: backward-shift deletion` under
 * Tombstones): no statement of the concept at all, nor is what follows `Otherwise:` (the case the
 * sentence before leaves). Each rule is named, with an example; each
 * reads only the sentence's first characters (no scan of a long line). Pure.
 */

import { EN_DIGRESSIONS, isArticleCitation, JA_DIGRESSIONS } from '../text/context-words.ts';
import { asSentenceStart } from '../text/forms.ts';

/** What a label makes of the sentence it opens. */
export type LabelEffect =
  | 'example'
  | 'aside'
  | 'remedy'
  | 'walkthrough'
  | 'avoided'
  | 'list'
  | 'digression';

interface StatementLabelRule {
  name: string;
  example: string;
  effect: LabelEffect;
  /** True when the label (lower case, without its colon) is this rule's. */
  test: (label: string) => boolean;
}

/** A label's colon is this far into the sentence at most (`Alternative for linear probing:`). */
const LABEL_MAX = 40;

/** The labels of an example (`例：`, `For example:`), lower case. */
const EXAMPLES: ReadonlySet<string> = new Set([
  '例',
  '具体例',
  // `実例：syslog 転送先を DNAT で切り替えたのに…` (reading 39's iptables-netfilter bank).
  '実例',
  '例えば',
  'たとえば',
  'example',
  // `Examples: Proxima Centauri b (RV, 2016), several TRAPPIST-1 planets` (reading 55).
  'examples',
  'for example',
  'e.g.',
  // `Classic example: C arrays are row-major` kept its label as an option.
  'classic example',
  'a classic example',
  'typical example',
  'another example',
  'real-world example',
  '典型例',
  '代表例',
  '身近な例',
  // `典型用途：sleep 5 など…` kept its label in a stem (reading 41), `Best use: thin pieces
  // (skewers, stir-fry slices, cutlets)…` (meat-cooking-science.en).
  'typical use',
  'best use',
  '用途',
  '典型用途',
]);

const ASIDES: ReadonlySet<string> = new Set([
  'note',
  'notes',
  'nb',
  'n.b.',
  'aside',
  'tip',
  'hint',
  'side note',
  '補足',
  '注',
  '注意',
  'メモ',
  // `自分メモ：介入の原資は外貨準備` (reading 39).
  '自分メモ',
  '個人メモ',
  '備考',
  'ヒント',
  // The writer's lead-ins (`Trade-off: keyed hashing is slower…`, `The useful way to think about
  // it: UNKNOWN means "could be either"`; reading 16): the statement is what follows.
  'trade-off',
  'tradeoff',
  'caveat',
  'surprising detail',
  'key insight',
  'in short',
  'rule of thumb',
  'bottom line',
  'the useful way to think about it',
  // `Takeaway: A copying collection touches only what survives…` (jvm-gc.en).
  'takeaway',
  'key takeaway',
  // `The catch: water under tension can cavitate` (reading 24, plant-physiology.en).
  'the catch',
  // `The flip side: nothing is shared by default` (reading 39), `条文：公表された著作物は引用して利用
  // できる` (reading 33 kept the label in a key).
  'the flip side',
  'flip side',
  '条文',
  // `前提：マントルは固体（地震のS波が伝わる）` kept its label as an option (reading 37).
  '前提',
  'premise',
  // `Idea: the Minkowski difference A − B contains the origin…` (reading 82 kept the label in a
  // which-concept stem): the writer's lead-in to the concept's idea.
  'idea',
  'the idea',
  'key idea',
  'core idea',
  '考え方',
  'catch',
  'gotcha',
  // `The cost: while your callback runs, the browser can't handle input or paint` (reading 25,
  // javascript-event-loop.en: offered with its lead-in, read as a fragment).
  'the cost',
  'the price',
  'the upside',
  'the downside',
  'the trick',
  // `Trick: pencil a grid on the stone, lap until all lines are gone` (reading 92 kept the label).
  'trick',
  // `Lesson: an fsync error means "state unknown, data probably lost"` (reading 28,
  // file-durability-fsync.en: the key kept its lead-in).
  // `Reason: an ES module's body is itself evaluated…`, `Cost: lookups get slower as filters are
  // added` (javascript-event-loop.en, bloom-filters-probabilistic.en): the statement follows.
  'reason',
  'the reason',
  'cost',
  'costs',
  'benefit',
  'upside',
  'downside',
  // `ポイント：「このチャットで教えたから…」は誤り`, `Net result: forcing grows…` (reading 32),
  // `The result: the pool's dilution falls on the existing holders only` (reading 84).
  'ポイント',
  'key point',
  'net result',
  'result',
  'the result',
  // `結果：遺伝的に（ほぼ）同一の 2n の娘細胞が2つ` (reading 41: `結果：` of what?).
  '結果',
  'lesson',
  'the lesson',
  'lesson learned',
  'moral',
  '教訓',
  'ただし書き',
  '落とし穴',
  // `悪い点：ファイルが2つ要る` (reading 33): the statement follows its verdict.
  '良い点',
  '悪い点',
  'メリット',
  'デメリット',
  '長所',
  '短所',
  '利点',
  '欠点',
  // `弱点：回線が「すごく遅い」とき、タイムアウトするまで待たされる`, `Big idea: the KDC and each party
  // share a secret` (reading 51 kept both labels in a stem and a key).
  '弱点',
  '強み',
  'big idea',
  'the big idea',
  'main idea',
  // `Intuition: the root must be the element you'd throw out next` (reading 53 kept the label in a
  // which-concept stem).
  'intuition',
  'the intuition',
  '注意点',
  // `例外：64バイトを超えるバイナリ（refcバイナリ）は共有ヒープに置かれ、参照だけが渡る` (reading 72
  // kept the label in a which-concept stem: an exception to what?), `The exception: WHERE o.id IS
  // NULL is deliberately applied after the join`: the case stands as a statement of its own.
  '例外',
  'exception',
  'the exception',
  'one exception',
  'an exception',
  // What the line explains (`Why: chocolate is sugar and cocoa particles suspended in fat…`,
  // `Mechanism: moisture on the surface dissolves some sugar`: reading 44 read both with their
  // lead-in, a stem and a key; `目的：ロストアップデートの防止`, `Definition: Energy deposited per
  // mass`): the statement follows.
  'why',
  'mechanism',
  'purpose',
  'definition',
  'heuristic',
  '理由',
  '原因',
  '目的',
  '仕組み',
  'しくみ',
  // `効果：カテキンが抑えられ、うま味が増す` (reading 52 kept the label in a which-concept stem).
  '効果',
  'effect',
  '機序',
  '定義',
]);

/** The labels of how to tell a concept when it happens (`見分け方：`, `Symptom:`), lower case. */
const SYMPTOMS: ReadonlySet<string> = new Set([
  'symptom',
  'symptoms',
  'how to tell',
  'how to spot it',
  '見分け方',
  '症状',
  '兆候',
  // `前兆：窓ガラスが黒くすすけている…` (reading 51: a precursor of what?).
  '前兆',
  'warning signs',
  // `Signs: smooth, glazed surfaces` (reading 53 kept the label in a which-concept stem).
  'signs',
  'sign',
]);

const REMEDIES: ReadonlySet<string> = new Set([
  'fix',
  'fixes',
  'the fix',
  'workaround',
  'workarounds',
  'remedy',
  'mitigation',
  'mitigations',
  'instead',
  '対策',
  // `対処：conntrack -D で古いエントリを消す` (reading 36 kept it as an option).
  '対処',
  '回避策',
  '解決策',
  '代替',
  '代替策',
  '代わりに',
]);

/**
 * Labels of a walk through the notes' own example (`Walkthrough: A, E, G are synchronous`,
 * javascript-event-loop.en), lower case: what follows names the parts of code the player never
 * sees.
 */
const WALKTHROUGHS: ReadonlySet<string> = new Set([
  'walkthrough',
  'walk-through',
  'trace',
  'step by step',
  '解説',
  '実行順',
  // `試算：3,000万円・年1.0%・35年、…に100万円を繰上返済` (reading 42): a worked calculation's
  // heading, no claim.
  '試算',
  '計算例',
  // `Worked example. Founders hold 8,000,000 shares.` (reading 84 offered the second sentence as
  // true of the option pool shuffle).
  'worked example',
  '数値例',
]);

/**
 * `example-heading-runs-on`: a sentence that is only an example's or a walkthrough's label
 * (`Worked example.`, `計算例。`): the rest of its line is the example's data, not statements of
 * the concept. Reads at most the first {@link LABEL_MAX} characters.
 */
export function isExampleHeading(sentence: string): boolean {
  if (sentence.length > LABEL_MAX) return false;
  const label = sentence
    .trim()
    .replace(/[.。:：]$/u, '')
    .trim()
    .toLowerCase();
  return EXAMPLES.has(label) || WALKTHROUGHS.has(label);
}

/** Labels that go on from the sentence before (`Otherwise:` after a rule's condition), lower case. */
const CONTINUATIONS: ReadonlySet<string> = new Set([
  'otherwise',
  'else',
  'if not',
  'failing that',
  'それ以外',
  'そうでなければ',
  'さもなければ',
  'でなければ',
]);

export const STATEMENT_LABEL_RULES: readonly StatementLabelRule[] = [
  {
    name: 'example-label',
    example: '例：集計値を親テーブルに持たせる',
    effect: 'example',
    test: (label) => EXAMPLES.has(label),
  },
  {
    name: 'digression-label',
    example:
      '余談：日本語の「電食」は、直流電鉄などからの迷走電流で埋設管が溶ける現象を指すことが多い',
    // The writer steps off the concept (`余談`, `小ネタ`, `Fun fact:`): to a word's usage, a story,
    // a neighbouring thing. Reading 33 found the stray-current 余談 keyed as カソード防食, and the
    // bank still asked it (the aside label took the label off before the context rule could read
    // it). No statement of the concept, nor are the sentences after it on its line
    // (true-statements.ts `digression-runs-on`). English `Aside:` stays an aside: the read notes'
    // 63 such lines mostly say more of the concept (`GDPR only covers living natural persons`).
    effect: 'digression',
    // `歴史の余談`, `ソフトウェアの場合の余談` too, and a record of what the writer did or saw
    // (`record-memo`: `巡検メモ：…玄武岩は細かすぎて…判別不能だった`, reading 57's key).
    test: (label) =>
      DIGRESSIONS.has(label) ||
      label.endsWith('余談') ||
      isRecordMemo(label) ||
      personalRemark(label),
  },
  {
    name: 'aside-label',
    example: 'Note: browsers do not apply CORS to WebSockets',
    effect: 'aside',
    // `Catch with ANS: the encoder works in reverse` (compression-algorithms.en) too.
    test: (label) =>
      ASIDES.has(label) ||
      cautionOf(label) ||
      /^(?:the )?catch (?:with|in|for) /.test(label) ||
      saysImportant(label) ||
      namesAnAside(label) ||
      writersLeadIn(label) ||
      citesSource(label),
  },
  {
    name: 'symptom-label',
    example: '見分け方: 訓練誤差は低いのに検証誤差が高い',
    // How to tell the concept when it happens: a statement of it, its label only the layout.
    effect: 'aside',
    test: (label) => SYMPTOMS.has(label),
  },
  {
    name: 'remedy-label',
    example: 'Fixes: `while …; done < <(printf …)` (process substitution)',
    effect: 'remedy',
    test: (label) => REMEDIES.has(label),
  },
  {
    name: 'continuation-label',
    example: 'Otherwise: `ValueError: operands could not be broadcast together`',
    // What happens when the sentence before does not hold: alone, it says nothing of the concept.
    effect: 'remedy',
    test: (label) => CONTINUATIONS.has(label),
  },
  {
    name: 'practice-to-avoid-label',
    example: 'アンチパターン：sw.js のファイル名にハッシュを付ける（sw-3f9a1c.js）',
    // What follows is what not to do (reading 52 offered it as a true statement, label and all):
    // no statement of the concept alone.
    effect: 'avoided',
    test: (label) => PRACTICES_TO_AVOID.has(label),
  },
  {
    name: 'list-label',
    example: "What you don't get: mass",
    // A list whose sense its label carries (`What you get: period, eccentricity, M sin i`,
    // `Checks: odd/even transit depths differ → binary`, reading 55): what follows says nothing
    // alone, and with its label it is no statement.
    effect: 'list',
    test: (label) => LIST_LABELS.has(label),
  },
  {
    name: 'walkthrough-label',
    example: 'Walkthrough: A, E, G are synchronous (E because the async body runs until the await)',
    effect: 'walkthrough',
    test: (label) => WALKTHROUGHS.has(label),
  },
  {
    name: 'citation-label',
    example: '労基法35条: 毎週少なくとも1回、または4週を通じて4日以上の休日',
    // Where the law says it: a source for the reader, the statement follows.
    effect: 'aside',
    test: (label) => isArticleCitation(label),
  },
  {
    name: 'alternative-label',
    example: 'Alternative for linear probing: backward-shift deletion',
    effect: 'remedy',
    test: (label) =>
      /^(?:an? )?alternatives?(?: to| for|$)/.test(label) || label.endsWith('の代替'),
  },
];

/**
 * `caution-of`: a Japanese label of a caution about something (`評価の注意: PSL はコルチゾールの
 * 免疫測定と交差反応するので…`, reading 77's which-concept stem; `使用上の注意点`): a caution, as
 * `注意` alone is, whose statement follows.
 */
function cautionOf(label: string): boolean {
  return label.endsWith('の注意') || label.endsWith('の注意点') || label.endsWith('上の注意');
}

/**
 * A label that calls what follows an aside of some kind (`Naming aside: in 2020 the huge genus
 * Lactobacillus was split into 25 genera`, reading 52 offered it label and all): the statement
 * follows.
 */
function namesAnAside(label: string): boolean {
  return label.endsWith(' aside');
}

/**
 * `personal-remark`: a label that says the line is the writer's own (`個人的な教訓：ステージングは…
 * 直していた。設定の差分レビューでスラッシュ1文字は見落とす。`, `Personal note: I had this last one
 * wrong until this week. …`): a story and what the writer drew from it, no statement of the
 * concept (reading 68 offered the nginx lesson as true, and as a which-concept stem). Not
 * `Personal protection:` (a term), nor `個人メモ` / `自分メモ` (see {@link isRecordMemo}).
 */
function personalRemark(label: string): boolean {
  return (
    label.startsWith('個人的な') ||
    label.startsWith('個人的に') ||
    PERSONAL_JA.has(label) ||
    PERSONAL_LABELS.test(label)
  );
}

/**
 * Japanese labels of the writer's impressions (`雑感：ハイスピードカメラの映像を見ると…一本だけ
 * 「パッ」と光る`, reading 72's which-concept stem; `感想：「委託なら同意不要」を…完全に誤解だった`).
 */
const PERSONAL_JA: ReadonlySet<string> = new Set(['雑感', '感想', '所感']);

/** English labels of the writer's own remark (`personal note`, `personal gripe`), lower case. */
const PERSONAL_LABELS =
  /^personal (?:note|remark|example|gripe|story|experience|anecdote|take|lesson)s?$/;

/** English labels the context rule reads as digressions that here stay asides (`Aside:`). */
const ENGLISH_ASIDES: ReadonlySet<string> = new Set(['aside', 'side note', 'sidenote']);

/**
 * Labels of a digression ({@link STATEMENT_LABEL_RULES} `digression-label`), lower case: the
 * context rule's (`digression`), but for the English asides.
 */
/**
 * `record-memo`: a memo of an outing or a session (`巡検メモ`, `観察メモ`, `実習メモ`): what the writer
 * saw that day, in the past tense, no statement of the concept. Not `自分メモ` / `個人メモ`, which
 * lead into a fact the writer wants to keep (`自分メモ：介入の原資は外貨準備`).
 */
function isRecordMemo(label: string): boolean {
  if (!label.endsWith('メモ')) return false;
  const head = label.slice(0, -2);
  return RECORDED_ACTIVITIES.some((a) => head.endsWith(a));
}

const RECORDED_ACTIVITIES = [
  '巡検',
  '観察',
  '実習',
  '見学',
  '現場',
  '旅行',
  '訪問',
  '実験',
  '試食',
];

const DIGRESSIONS: ReadonlySet<string> = new Set([
  ...JA_DIGRESSIONS,
  ...EN_DIGRESSIONS.filter((label) => !ENGLISH_ASIDES.has(label)),
]);

/**
 * `cites-source`: a label that says where the statement comes from (`The docs: logging is
 * thread-safe…`, `From the logging HOWTO: libraries should not add handlers…`, `公式ドキュメント：
 * …`): reading 91 offered the first as a key, label and all. The statement follows.
 */
function citesSource(label: string): boolean {
  return SOURCES.has(label) || SOURCE_OPENINGS.some((w) => label.startsWith(w));
}

/** Labels that are a source (lower case). */
const SOURCES: ReadonlySet<string> = new Set([
  'the docs',
  'docs',
  'the documentation',
  'the manual',
  'the spec',
  'official docs',
  'the official docs',
  '公式',
  '公式ドキュメント',
  'ドキュメント',
  'マニュアル',
  '仕様',
  '仕様書',
]);

/** What a label citing a source opens on (`From the logging HOWTO`, `Per RFC 9110`). */
const SOURCE_OPENINGS: readonly string[] = ['from the ', 'per the ', 'per rfc ', 'according to '];

/**
 * `writers-lead-in`: a label of the writer's that says what kind of remark follows — a lead-in
 * word ({@link LEAD_IN_WORDS}) after words that weigh it ({@link LEAD_IN_WEIGHTS}): `The critical
 * detail: the two forces act on different objects` (reading 56's mechanics notes offered it as a
 * key, label and all), `Key message:`, `My own takeaway:`, `Useful consequence:`. The statement
 * follows. A term ending on such a word (`Dew point:`, `Code point:`, `Set point:`) names a thing
 * and is no lead-in: only the weighing words may stand before it.
 */
function writersLeadIn(label: string): boolean {
  const words = label.split(' ');
  const last = words.at(-1) ?? '';
  if (words.length < 2 || words.length > MAX_LEAD_IN_WORDS || !LEAD_IN_WORDS.has(last))
    return false;
  return words.slice(0, -1).every((w) => LEAD_IN_WEIGHTS.has(w));
}

/** A lead-in label is this many words at most (`The one-line takeaway`, `My own core lesson`). */
const MAX_LEAD_IN_WORDS = 4;

/** What a writer's lead-in calls the remark it opens (`…detail:`, `…takeaway:`), lower case. */
const LEAD_IN_WORDS: ReadonlySet<string> = new Set([
  'point',
  'detail',
  'takeaway',
  'lesson',
  'insight',
  'message',
  'idea',
  'intuition',
  'consequence',
  'implication',
  'upshot',
  'gist',
  'nuance',
  'subtlety',
]);

/** Words that weigh a lead-in (`the critical`, `key`, `my own`), lower case. */
const LEAD_IN_WEIGHTS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'one',
  'my',
  'our',
  'own',
  'key',
  'main',
  'core',
  'central',
  'big',
  'critical',
  'crucial',
  'important',
  'essential',
  'real',
  'practical',
  'useful',
  'surprising',
  'subtle',
  'final',
  'general',
  'one-line',
]);

/** Labels of a list whose sense the label carries ({@link STATEMENT_LABEL_RULES} `list-label`), lower case. */
const LIST_LABELS: ReadonlySet<string> = new Set([
  'what you get',
  "what you don't get",
  'what you don’t get',
  'checks',
  'check',
  'inputs',
  'outputs',
  'gives',
  "doesn't give",
]);

/** Labels of a practice the notes warn against (`アンチパターン：`, `Anti-pattern:`), lower case. */
const PRACTICES_TO_AVOID: ReadonlySet<string> = new Set([
  'アンチパターン',
  'anti-pattern',
  'antipattern',
  'anti pattern',
  'ダメな例',
  '悪い例',
  'bad example',
  "don't",
  'avoid',
  'やってはいけない',
  'ng',
  'ng例',
]);

/**
 * A label without a bracketed remark at its end (`計算例（自分で作った例）` → `計算例`, reading 53
 * offered `計算例（自分で作った例）：分子量 10,000 の鎖が…` as a true statement): the remark says
 * whose the label is, not what it is. The label as it is when it holds no such remark.
 */
function withoutBracketedRemark(label: string): string {
  const last = label.at(-1);
  if (last !== ')' && last !== '）') return label;
  const open = Math.max(label.lastIndexOf('('), label.lastIndexOf('（'));
  return open > 0 ? label.slice(0, open).trimEnd() : label;
}

/**
 * A label that says what follows matters (`物理的にも重要：キアズマが…`, `Also important: …`;
 * reading 41): the statement is what follows.
 */
function saysImportant(label: string): boolean {
  return (
    label === '重要' ||
    label.endsWith('も重要') ||
    label.endsWith('的に重要') ||
    label === 'important' ||
    label === 'also important'
  );
}

/** The label that opens `sentence` and what it makes of it, with the text after it; else null. */
export function statementLabel(
  sentence: string,
): { rule: string; effect: LabelEffect; rest: string } | null {
  const opening = openingLabel(sentence);
  if (!opening) return null;
  const whole = opening.label.toLowerCase();
  const label = withoutBracketedRemark(whole);
  for (const rule of STATEMENT_LABEL_RULES)
    if (rule.test(label) || rule.test(whole))
      return { rule: rule.name, effect: rule.effect, rest: opening.rest };
  return null;
}

/**
 * `case-label`: a label that names a case (`` `--wait` なし：``, `TLS ありの場合：`, `Without
 * --wait:`, `With strict dominance:`): what follows holds in that case only. The line's first
 * sentence keeps the label; the sentences after it have lost it (reading 93 keyed `--wait と
 * --atomic` for `Pod が CrashLoopBackOff でも成功扱い`, said of an install without them), so they
 * are no statements alone (true-statements.ts). Reads the label only.
 */
export function opensOnCaseLabel(line: string): boolean {
  const opening = openingLabel(line);
  if (opening === null) return false;
  const label = opening.label.trim();
  const lower = label.toLowerCase();
  return (
    CASE_ENDINGS.some((w) => label.endsWith(w)) || CASE_OPENINGS.some((w) => lower.startsWith(w))
  );
}

/** How a Japanese case label ends (`--wait なし`, `TLS ありの場合`). */
const CASE_ENDINGS: readonly string[] = [
  'なし',
  '無し',
  'あり',
  '有り',
  'の場合',
  'のとき',
  'の時',
];
/**
 * How an English case label opens (`Without --wait`, `With strict dominance`). Not `When …:`
 * nor `If …:`: `When not to start/continue: obviously lethal injuries… Hospitals use tools like
 * the HOPE score…` goes on to a sentence of its own.
 */
const CASE_OPENINGS: readonly string[] = ['without ', 'with '];

/**
 * Any label that opens `sentence` (`Exception-ish: values with a Drop impl…`, `検出: …`), known to
 * the rules or not, with the text after its colon; null when the sentence opens on no label.
 */
export function openingLabel(sentence: string): { label: string; rest: string } | null {
  const head = sentence.slice(0, LABEL_MAX + 1);
  const colons = [head.indexOf(':'), head.indexOf('：')].filter((i) => i > 0);
  if (colons.length === 0) return null;
  const colon = Math.min(...colons);
  const rest = sentence.slice(colon + 1).trim();
  if (rest === '') return null;
  return { label: head.slice(0, colon).trim(), rest };
}

/**
 * The sentence as a statement of its section: an example or an aside without its label (an
 * aside's English text opening as a sentence does: `Note: browsers do not…` → `Browsers do
 * not…`, text/forms.ts asSentenceStart), a remedy, an alternative or a walkthrough none (null),
 * any other sentence as it is.
 */
export function asSectionStatement(sentence: string, language: 'ja' | 'en'): string | null {
  const label = statementLabel(sentence);
  if (!label) return sentence;
  if (label.effect === 'example') return label.rest;
  return label.effect === 'aside' ? asSentenceStart(label.rest, language) : null;
}

/**
 * Labels of a side of a concept (`Exception-ish: values with a Drop impl…` under `A borrow ends at
 * its last use`, `検出: asyncio.run(main(), debug=True)…`, `Other handy APIs: …`), lower case: true
 * of the concept, yet no reason why its summary holds.
 */
const SIDES: ReadonlySet<string> = new Set([
  'exception',
  'exceptions',
  'exception-ish',
  'detection',
  'history',
  'trivia',
  'see also',
  'related',
  '例外',
  '検出',
  '検知',
  '歴史',
  '余談',
  '豆知識',
  '参考',
  '関連',
]);

/** True when `sentence` opens on a label of a side of its concept ({@link SIDES}, `Other …:`). */
export function opensOnSideLabel(sentence: string): boolean {
  const label = openingLabel(sentence)?.label.toLowerCase();
  return label !== undefined && (SIDES.has(label) || /^(?:other|その他)/u.test(label));
}
