/** English verb endings. Pure. */

/** `cancel` → `cancels`, `fix` → `fixes`, `carry` → `carries`. */
export function thirdPersonOf(verb: string): string {
  const lower = verb.toLowerCase();
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  if (lower.endsWith('y') && !'aeiou'.includes(lower.at(-2) ?? ''))
    return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
