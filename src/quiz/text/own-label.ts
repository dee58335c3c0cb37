/**
 * `own-label`: a statement that opens on a label of its own (`TypeScript gotcha: two classes with
 * identical members are assignable`, `correlation：物理順との相関`, `Versions: …`). Put beside other
 * concepts' statements under its concept's name, it stacks two labels (`Nominal vs structural
 * typing: TypeScript gotcha: …`, `ビルドキャッシュ：COPY / ADD：…`), which readers of unseen notes'
 * banks called broken. Reads only the statement's first characters. Pure.
 */

/** A statement's own label ends at a colon this far in at most. */
const MAX_LABEL_CHARS = 30;

/** Marks a label never holds: it is a name or a few words, not a clause, a quotation or an aside. */
const NOT_IN_LABEL = /[。、,;；「」『』“”"()（）]/u;

/**
 * True when the statement opens on a short label and a colon (`TypeScript gotcha: …`, `相関：…`);
 * an English colon counts only before a space (`C:\`, `10:30`, `std::move` are no labels).
 */
export function opensOnLabel(text: string): boolean {
  const head = text.slice(0, MAX_LABEL_CHARS + 1);
  const colons = [head.indexOf(': '), head.indexOf('：')].filter((i) => i > 0);
  if (colons.length === 0) return false;
  const label = head.slice(0, Math.min(...colons)).trim();
  return label !== '' && !NOT_IN_LABEL.test(label);
}
