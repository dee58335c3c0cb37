/**
 * The card of `/quiz lookup`: for a concept, its correct understanding, common misconceptions with
 * their corrections, the section's key points, related comparison rows and a "quiz me" button; for
 * a section of the notes that is no concept (2PC, API Gateway), its opening sentence, lists, key
 * points and the concepts it holds. Labels are in the reader's language, the notes' words as
 * written; the title names the thing once, with the aliases a reader of that language can use.
 */
import type { ConceptCard } from '../../quiz/lookup.ts';
import { matchKey } from '../../quiz/text/normalize.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { Field, Locale, Reply } from '../types.ts';
import { ACTION } from './question-card.ts';

/** Rows shown per card, so a card stays readable on every platform. */
export const MAX_COMPARISON_ROWS = 6;

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** `サーガ（SAGA）` for a Japanese reader; `サーガ (SAGA)` for an English one, without Japanese aliases. */
export function cardTitle(card: ConceptCard, locale: Locale): string {
  const aliases = locale === 'en' ? card.aliases.filter((a) => !JAPANESE.test(a)) : card.aliases;
  if (aliases.length === 0) return card.name;
  return locale === 'ja'
    ? `${card.name}（${aliases.join('、')}）`
    : `${card.name} (${aliases.join(', ')})`;
}

/** `・a` lines; a single item stands alone. */
function bullets(items: readonly string[]): string {
  return items.length === 1 ? (items[0] ?? '') : items.map((i) => `・${i}`).join('\n');
}

/** The file's own name (a path in a container or on a server means nothing to a reader). */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function lookupCard(card: ConceptCard, m: Messages, locale: Locale): Reply {
  const fields: Field[] = [];
  if (card.misconceptions.length > 0) {
    fields.push({
      label: m.lookupMisconceptions,
      value: card.misconceptions
        .map((x) => `× ${x.text}${x.correction ? ` → ${x.correction}` : ''}`)
        .join('\n'),
    });
  }
  if (card.keyPoints.length > 0)
    fields.push({ label: m.lookupPoints, value: bullets(card.keyPoints) });
  // The notes' own lists, under the notes' own labels (特徴, 機能, Benefits…).
  for (const list of card.lists) fields.push({ label: list.label, value: bullets(list.items) });
  const rows = card.comparisons.slice(0, MAX_COMPARISON_ROWS);
  if (rows.length > 0) {
    fields.push({
      label: m.lookupCompare,
      value: rows
        .map((c) => {
          const cells = c.row.slice(1).map((cell, i) => `${c.header[i + 1] ?? ''}: ${cell}`);
          return `${c.row[0] ?? ''} — ${cells.join(' / ')}`;
        })
        .join('\n'),
    });
  }
  if (card.related.length > 0)
    fields.push({ label: m.lookupRelated, value: card.related.join('\n') });
  const text = card.kind === 'concept' ? `${m.lookupCorrect}: ${card.correct}` : card.correct;
  // The section's heading only when it says more than the title does.
  const heading =
    card.kind === 'concept' &&
    card.section !== null &&
    !matchKey(card.section).includes(matchKey(card.name))
      ? card.section
      : null;
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: cardTitle(card, locale),
    text,
    fields,
    buttons:
      card.conceptId !== null && card.questionIds.length > 0
        ? [{ actionId: ACTION.quizMe, label: m.quizMeButton, value: card.conceptId }]
        : [],
    footer: m.lookupSection(heading, fileName(card.source.file), card.source.line),
  };
}
