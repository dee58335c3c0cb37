/**
 * Wrong statements the notes state by denying them in a ポイント / Point line:
 * `「開発環境専用」ではない（本番でも使える）`, `セルフヒーリングは**Pod単位**（Node単位ではない）`,
 * `IPアドレスを静的に設定するのではなく、動的に発見する`, `… (not per node)`, `X is not Y`.
 * Each yields the wrong statement, written out, and the notes' correction. Pure.
 */

import { stripInline } from '../notes/inline.ts';
import { trailingParenthetical } from '../notes/misconception-bullet.ts';
import { isSpace, trimEndOf, trimStartOf } from '../text/trim.ts';
import type { RichLine } from '../types.ts';

/** A statement the notes say is wrong, with what they say instead. */
export interface NegatedFact {
  wrong: string;
  correction: string | null;
  line: number;
  /** The point as the notes write it. */
  point: string;
}

/** The negated facts of one point line. */
export function negatedFacts(point: RichLine, language: 'ja' | 'en'): NegatedFact[] {
  // Issue 11 item 7 (i11a): read once per point (every concept whose sections hold it asks again).
  const cached = factCache.get(point);
  if (cached?.language === language) return cached.facts;
  const facts = readNegatedFacts(point, language);
  factCache.set(point, { language, facts });
  return facts;
}

const factCache = new WeakMap<RichLine, { language: 'ja' | 'en'; facts: NegatedFact[] }>();

function readNegatedFacts(point: RichLine, language: 'ja' | 'en'): NegatedFact[] {
  const sentences = language === 'ja' ? splitJa(point.markdown) : splitEn(point.markdown);
  const facts: NegatedFact[] = [];
  sentences.forEach((sentence, i) => {
    const fact = language === 'ja' ? readJa(sentence, sentences[i - 1]) : readEn(sentence);
    if (!fact || fact.wrong.length < 2) return;
    const next = sentences[i + 1];
    const correction = fact.correction ?? (next ? tidy(stripInline(next)) : null);
    facts.push({ wrong: tidy(fact.wrong), correction, line: point.line, point: point.text });
  });
  return facts;
}

type Found = { wrong: string; correction: string | null } | null;

function splitJa(markdown: string): string[] {
  return markdown
    .split(/(?<=。)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function splitEn(markdown: string): string[] {
  return markdown
    .split(/(?<=[.!?])\s+(?=\p{Lu}|\*|“|")/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function tidy(text: string): string {
  // Issue 11 item 7 (i11a): `、`/`,` runs at the ends are trimmed by scans, not `/[、,\s]+$/g`
  // (quadratic on a long run that does not reach the end).
  return trimStartOf(trimEndOf(tidyText(text), '、, '), '、, ').trim();
}

function tidyText(text: string): string {
  return text
    .replace(/[。.]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function unquote(text: string): string {
  return text.replace(/^[「『“"]|[」』”"]$/g, '').trim();
}

function readJa(markdown: string, previous: string | undefined): Found {
  const plain = stripInline(markdown).replace(/。$/, '');
  // 「A」ではなく「C」 / 「A」ではない（C）/ 「A」ではない → C
  const quoted = quotedDenial(plain);
  if (quoted) {
    const { prefix, a, form, rest } = quoted;
    let correction: string | null = null;
    if (form === 'く')
      correction = unquote(rest.replace(/^[、,\s]+/, '').replace(/。.*$/, '')) || null;
    else
      correction =
        trailingParenthetical(rest)?.inside ??
        (/^\s*(?:→|->)\s*(.+)$/.exec(rest)?.[1]?.trim() || null);
    return { wrong: `${prefix}${a}`, correction };
  }
  const paren = trailingParenthetical(plain);
  if (paren) {
    const inside = paren.inside;
    const denied = /^(.+?)ではない$/.exec(inside)?.[1];
    if (denied)
      return {
        wrong: replaceLastBold(markdown, unquote(denied)) ?? unquote(denied),
        correction: paren.before,
      };
    const affirmed = affirmJa(inside);
    if (affirmed) return { wrong: affirmed, correction: paren.before };
  }
  const insteadOf = /^(.+?)(?:の)?ではなく[、,]?\s*(.+)$/.exec(plain);
  if (insteadOf?.[1] && insteadOf[2]) return { wrong: insteadOf[1], correction: insteadOf[2] };
  const notSo = /^(.+?)(?:わけ)?ではない$|^(.+?)わけではありません$/.exec(plain);
  const notSoText = notSo?.[1] ?? notSo?.[2];
  if (notSoText)
    return {
      wrong: notSoText,
      correction: previous ? stripInline(previous).replace(/。$/, '') : null,
    };
  const none = /^(.+?)は(?:ない|ありません)$/.exec(plain)?.[1];
  if (none) return { wrong: `${none}がある`, correction: null };
  return null;
}

/** `Nodeは作成しない` → `Nodeを作成する`; `Xできない` → `Xできる`; else null. */
function affirmJa(denial: string): string | null {
  const topicVerb = /^(.+?)は(\p{Script=Han}+)しない$/u.exec(denial);
  if (topicVerb) return `${topicVerb[1]}を${topicVerb[2]}する`;
  const simple: [RegExp, string][] = [
    [/^(.+)しない$/, '$1する'],
    [/^(.+)できない$/, '$1できる'],
    [/^(.+)はない$/, '$1がある'],
  ];
  for (const [pattern, replacement] of simple)
    if (pattern.test(denial)) return denial.replace(pattern, replacement);
  return null;
}

/** `cancel` → `cancels`, `fix` → `fixes`, `carry` → `carries`. */
function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/**
 * `It protects the server from overload` + `from failing dependencies` → `It protects the server
 * from failing dependencies`: the replacement takes the place of the head's last phrase that
 * starts with the same word. Null when no word matches.
 */
function replaceSameStart(head: string, replacement: string): string | null {
  const first = /^\s*([A-Za-z]+)/.exec(replacement)?.[1];
  if (!first || /^(the|a|an)$/i.test(first)) return null;
  const at = head.toLowerCase().lastIndexOf(` ${first.toLowerCase()} `);
  return at < 0 ? null : `${head.slice(0, at + 1)}${replacement}`;
}

/** The sentence with its last bold phrase replaced, as plain text; null when it has none. */
function replaceLastBold(markdown: string, replacement: string): string | null {
  const head = trailingParentheticalMarkdown(markdown);
  const matches = [...head.matchAll(/\*\*(.+?)\*\*/g)];
  const last = matches.at(-1);
  if (!last || last.index === undefined) return null;
  let before = head.slice(0, last.index);
  // `limits the **blast radius**` + `the error rate` → `limits the error rate`, not `the the`.
  const article = /^(the|a|an)\s/i.exec(replacement)?.[1];
  if (article && new RegExp(`\\b${article}\\s+$`, 'i').test(before))
    before = before.replace(new RegExp(`\\b${article}\\s+$`, 'i'), '');
  const replaced = before + replacement + head.slice(last.index + last[0].length);
  return stripInline(replaced);
}

function trailingParentheticalMarkdown(markdown: string): string {
  const text = markdown.replace(/[。.]\s*$/, '').trimEnd();
  const paren = trailingParenthetical(text);
  return paren ? paren.before : text;
}

function readEn(markdown: string): Found {
  const plain = stripInline(markdown).replace(/\.$/, '');
  const paren = trailingParenthetical(plain);
  const deniedInParen = paren ? /^not\s+(.+)$/i.exec(paren.inside)?.[1] : undefined;
  if (paren && deniedInParen)
    return {
      wrong: replaceLastBold(markdown, unquote(deniedInParen)) ?? unquote(deniedInParen),
      correction: paren.before,
    };
  const commaNot = /^(.+?),\s+not\s+(.+)$/i.exec(plain);
  if (commaNot?.[1] && commaNot[2]) {
    const head = markdown.replace(/,\s+not\s+.+$/i, '');
    const replacement = unquote(commaNot[2]);
    return {
      wrong:
        replaceSameStart(stripInline(head), replacement) ??
        replaceLastBold(head, replacement) ??
        replacement,
      correction: commaNot[1],
    };
  }
  const doesNot = /\b(does|do)\s+not\s+([a-z]+)|\b(doesn't|don't)\s+([a-z]+)/i.exec(plain);
  if (doesNot) {
    const third = /^does/i.test(doesNot[1] ?? doesNot[3] ?? '');
    const verb = doesNot[2] ?? doesNot[4] ?? '';
    const [head, correction] = plain.split(/\s+[—–-]+\s+|\s*→\s*|;\s+/, 2);
    const wrong = (head ?? plain).replace(doesNot[0], third ? thirdPerson(verb) : verb);
    return { wrong, correction: correction?.trim() || null };
  }
  const rules: [RegExp, string][] = [
    [/\b(is|are|was|were|can|will|should|must)\s+not\b\s*/i, '$1 '],
    [/\b(is|are|was|were)n't\b\s*/i, '$1 '],
    [/\bcannot\b|\bcan't\b/i, 'can'],
    [/\bnever\b/i, 'always'],
  ];
  for (const [pattern, replacement] of rules) {
    if (!pattern.test(plain)) continue;
    const [head, correction] = plain.split(/\s+[—–-]+\s+|\s*→\s*|;\s+/, 2);
    return {
      wrong: unquote((head ?? plain).replace(pattern, replacement).replace(/[“”"]/g, '')),
      correction: correction?.trim() || null,
    };
  }
  return null;
}

/**
 * Issue 11 item 7 (i11a): what `/^(.*?)[「“]([^」”]+)[」”]\s*ではな([いく])(.*)$/` matched, found
 * with one scan (the pattern backtracked quadratically on many unclosed 「).
 */
function quotedDenial(
  plain: string,
): { prefix: string; a: string; form: string; rest: string } | null {
  let close = -1;
  let after = -1;
  for (let open = 0; open < plain.length; open++) {
    const ch = plain[open];
    if (ch !== '「' && ch !== '“') continue;
    if (close <= open) {
      close = -1;
      for (let i = open + 1; i < plain.length && close < 0; i++)
        if (plain[i] === '」' || plain[i] === '”') close = i;
      if (close < 0) return null;
      after = close + 1;
      while (isSpace(plain[after])) after++;
    }
    const form = plain[after + 3];
    if (close === open + 1 || !plain.startsWith('ではな', after)) continue;
    if (form !== 'い' && form !== 'く') continue;
    return {
      prefix: plain.slice(0, open),
      a: plain.slice(open + 1, close),
      form,
      rest: plain.slice(after + 4),
    };
  }
  return null;
}
