/**
 * The parts of a word written in camel case, as a reader splits it: `CoreDNS` → `Core`, `DNS`;
 * `HTTPServer` → `HTTP`, `Server`; `nodeSelector` → `node`, `Selector`. A capital starts a part
 * after lower case, or before lower case after capitals. One pass over the word. Pure.
 */
export function camelCaseWords(word: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? '';
    const prev = word[i - 1] ?? '';
    const next = word[i + 1] ?? '';
    const starts = isUpper(c) && i > 0 && (isLower(prev) || isLower(next));
    if (starts && part) {
      parts.push(part);
      part = '';
    }
    part += c;
  }
  if (part) parts.push(part);
  return parts;
}

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}

function isLower(c: string): boolean {
  return c >= 'a' && c <= 'z';
}
