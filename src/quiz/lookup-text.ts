/**
 * How a look-up card words what the notes say, so nothing is said twice: a correction that only
 * repeats the misconception it corrects, a key point that restates a misconception shown above,
 * and other names that nest or repeat the card's name. Pure.
 */
import { matchKey } from './text/normalize.ts';

/** Words that deny what comes before them (`「X」ではない`, `X is not`). */
const DENIALS = ['ではない', 'じゃない', ' is not', " isn't"];
const QUOTES = /[「」『』"“”']/g;
/** Punctuation and arrows between a denial and what the notes say instead. */
const LEADING_LINK = /^[\s。.,、:：→⇒>-]+/u;

/**
 * The correction as worth reading after the misconception: a correction that opens by denying the
 * misconception in its own words (「キューに入れて後で処理」ではない → 即エラー) keeps only what
 * comes after, since the card already marks the misconception with ×.
 */
export function tidyCorrection(text: string, correction: string | null): string | null {
  if (!correction) return null;
  for (const denial of DENIALS) {
    const at = correction.indexOf(denial);
    if (at <= 0) continue;
    const head = correction.slice(0, at).replace(QUOTES, '');
    if (matchKey(head) !== matchKey(text)) continue;
    const rest = correction
      .slice(at + denial.length)
      .replace(LEADING_LINK, '')
      .trim();
    return rest === '' ? null : rest;
  }
  return correction;
}

/** Key points without those that only restate one of the misconceptions (`shown`) the card lists. */
export function withoutRepeats(points: readonly string[], shown: readonly string[]): string[] {
  const keys = shown.map(matchKey).filter((k) => k.length >= 4);
  return points.filter((p) => {
    const key = matchKey(p);
    return !keys.some((k) => key.includes(k));
  });
}

/** At most this many names beside the card's title. */
const MAX_TITLE_ALIASES = 3;

/**
 * Aliases worth showing beside a name, in order: none equal to, containing or contained in the
 * name or an alias already kept (no `CQRS（CQRS（…）, …）`, no `SAGA, SAGAパターン`), long-vowel
 * spellings counted as one (サガ = サーガ).
 */
export function displayAliases(name: string, aliases: readonly string[]): string[] {
  const variantKey = (text: string): string => matchKey(text).replace(/ー/g, '');
  const kept: string[] = [];
  const keys = [variantKey(name)];
  for (const alias of aliases) {
    const key = variantKey(alias);
    if (key === '' || keys.some((k) => k.includes(key) || key.includes(k))) continue;
    kept.push(alias);
    keys.push(key);
  }
  return kept.slice(0, MAX_TITLE_ALIASES);
}
