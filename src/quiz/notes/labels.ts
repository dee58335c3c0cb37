/**
 * Bold labels in notes (`**ポイント**:`, `**特徴**：`, `**Common misconceptions**:` …) and what
 * they introduce. Japanese and English. Pure.
 */
import { stripInline } from './inline.ts';

export type LabelKind = 'point' | 'misconceptions' | 'features' | 'cannot' | 'examples' | 'other';

const KINDS: [LabelKind, RegExp][] = [
  ['point', /^(ポイント|要点|point|points|key ?points?|takeaways?)/i],
  ['misconceptions', /^(よくある誤解|誤解|common misconceptions?|misconceptions?|pitfalls?)/i],
  ['cannot', /^(できないこと|cannot do|can't do|limitations?|does not do)/i],
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

/** A bold label at the start of a line, and the text after it. */
export interface LabelLine {
  label: string;
  /** Markdown after the label and its colon ('' when the items follow as bullets). */
  rest: string;
  /** True when the label text was followed by a colon (`**X**:` or `**X:**`). */
  colon: boolean;
}

/**
 * Reads `**Label**: rest`, `**Label:** rest`, `**Label**：` and a line that is all bold
 * (`**ポイント1：独立デプロイ可能性**`). Returns null for anything else.
 */
export function readLabel(markdown: string): LabelLine | null {
  const colonOutside = /^\*\*([^*]+?)\*\*\s*[:：]\s*(.*)$/.exec(markdown);
  if (colonOutside?.[1] !== undefined)
    return { label: stripInline(colonOutside[1]), rest: colonOutside[2] ?? '', colon: true };
  const colonInside = /^\*\*([^*]+?)[:：]\*\*\s*(.*)$/.exec(markdown);
  if (colonInside?.[1] !== undefined)
    return { label: stripInline(colonInside[1]), rest: colonInside[2] ?? '', colon: true };
  const allBold = /^\*\*([^*]+)\*\*$/.exec(markdown);
  if (allBold?.[1] !== undefined) return { label: stripInline(allBold[1]), rest: '', colon: false };
  return null;
}

/** `ポイント1：独立デプロイ可能性` → `独立デプロイ可能性`; `Point: x` → `x`; else null. */
export function pointTitle(label: string): string | null {
  const m = /^(?:ポイント|point|key point)\s*\d*\s*[:：]\s*(.+)$/i.exec(label.trim());
  return m?.[1] ? m[1].trim() : null;
}
