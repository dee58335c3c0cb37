/**
 * A name and its parenthesised aside (`アンチ結合（NOT EXISTS / NOT IN）`, `SAN（サブジェクト代替名）`):
 * the name before the parenthesis, and the aside's parts split at `/`, `・`, `,`. One reading for
 * every rule that looks at an aside (spoken names, the stem clue's aside parts and capital words).
 * Pure; one scan of the name.
 */

/** A name split at its aside: `main` is the whole name when it has none. */
export interface NameAside {
  main: string;
  /** The aside's parts, trimmed (`NOT EXISTS`, `NOT IN`); empty when the name has no aside. */
  parts: string[];
}

/**
 * The name before its first parenthesis (none at the very start), and the aside's parts. Only a
 * parenthesis that closes the name is an aside: `LALR(1) parser` has none.
 */
export function nameAside(name: string): NameAside {
  const open = name.search(/[（(]/u);
  if (open <= 0 || !/[）)]\s*$/u.test(name)) return { main: name.trim(), parts: [] };
  const aside = name.slice(open + 1).replace(/[）)]\s*$/u, '');
  return {
    main: name.slice(0, open).trim(),
    parts: aside.split(/[/／・,、]/u).map((p) => p.trim()),
  };
}
