/**
 * How well a heading names a concept. Headings are compared by {@link matchKey}, with their
 * numbering (`1. `) dropped, a parenthesis read both ways (`BFF（Backend for Frontend）` names
 * `BFF` and `Backend for Frontend`) and a kind word allowed after the name (`SAGAパターン`,
 * `オーケストレーション型`, `ブローカーレスメッセージング`). Pure.
 */
import { matchKey } from '../text/normalize.ts';

const KIND_SUFFIXES = [
  'パターン',
  '型',
  'pattern',
  'メッセージング',
  'messaging',
  'アーキテクチャ',
  'architecture',
  'とは',
  '方式',
  'モデル',
  'model',
].map(matchKey);

const VS = /\s+(?:vs\.?|versus|対)\s+/i;

/** The heading without its numbering (`1. `, `(2)`, `第3章`). */
export function bareHeading(heading: string): string {
  return heading.replace(/^\s*(?:\d+(?:\.\d+)*[.)．]?|\(\d+\)|（\d+）|第\d+[章節])\s+/, '').trim();
}

/** The parts of an `A vs B` heading or name, or null when it is not a comparison. */
export function comparisonParts(text: string): string[] | null {
  const parts = bareHeading(text)
    .split(VS)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 2 ? parts : null;
}

/** The names a heading (or a heading part) goes by: itself, and both sides of a parenthesis. */
export function headingNames(heading: string): string[] {
  const bare = bareHeading(heading);
  const names = [bare];
  const paren = /^(.+?)\s*[（(](.+)[)）]\s*$/.exec(bare);
  if (paren?.[1] && paren[2]) {
    names.push(paren[1].trim());
    names.push(
      ...paren[2]
        .split(/\s*[/／]\s*/)
        .map((p) => p.trim())
        .filter(Boolean),
    );
  }
  for (const name of [...names]) {
    const key = matchKey(name);
    const suffix = KIND_SUFFIXES.find((s) => key.endsWith(s) && key.length > s.length);
    if (suffix) {
      const cut = stripKindSuffix(name);
      if (cut) names.push(cut);
    }
  }
  return [...new Set(names)];
}

function stripKindSuffix(name: string): string | null {
  const m =
    /^(.+?)\s*(パターン|型|pattern|メッセージング|messaging|アーキテクチャ|architecture|とは|方式|モデル|model)$/i.exec(
      name.trim(),
    );
  return m?.[1] ?? null;
}

/**
 * Score of `heading` as the section of a concept known by `names`: 100 exact, 90 the name plus a
 * kind word, 60 the name at the start or end, 50 the name inside; 0 otherwise. Comparison
 * headings (`A vs B`) score only for comparison names whose every part matches.
 */
export function headingScore(heading: string, names: readonly string[]): number {
  const headingParts = comparisonParts(heading);
  const nameParts = names.map(comparisonParts);
  if (headingParts) {
    let best = 0;
    for (const parts of nameParts) {
      if (!parts || parts.length !== headingParts.length) continue;
      const all = parts.every((p) => headingParts.some((h) => plainScore(h, [p]) >= 90));
      const some = parts.some((p) => headingParts.some((h) => plainScore(h, [p]) >= 90));
      best = Math.max(best, all ? 100 : some ? 60 : 0);
    }
    return best;
  }
  return plainScore(
    heading,
    names.filter((_, i) => !nameParts[i]),
  );
}

/** True when `heading` is an `A vs B` heading and one side names the concept. */
export function comparisonMentions(heading: string, names: readonly string[]): boolean {
  const parts = comparisonParts(heading);
  return parts?.some((p) => plainScore(p, names) >= 90) ?? false;
}

function plainScore(heading: string, names: readonly string[]): number {
  let best = 0;
  const variants = headingNames(heading).map(matchKey);
  for (const name of names) {
    const key = matchKey(name);
    if (!key) continue;
    for (const v of variants) {
      if (v === key) best = Math.max(best, 100);
      else if (KIND_SUFFIXES.some((s) => v === key + s)) best = Math.max(best, 90);
      else if (key.length >= 2 && (v.startsWith(key) || v.endsWith(key))) best = Math.max(best, 60);
      else if (key.length >= 2 && v.includes(key)) best = Math.max(best, 50);
    }
  }
  return best;
}
