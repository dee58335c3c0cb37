/**
 * The concept card of `/quiz lookup`: correct understanding, common misconceptions with their
 * corrections, the section's key points, related comparison rows, and a "quiz me" button.
 */
import type { ConceptCard } from '../../quiz/lookup.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { Field, Reply } from '../types.ts';
import { ACTION } from './question-card.ts';

/** Rows shown per card, so a card stays readable on every platform. */
export const MAX_COMPARISON_ROWS = 6;

export function lookupCard(card: ConceptCard, m: Messages): Reply {
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
    fields.push({ label: m.lookupPoints, value: card.keyPoints.map((p) => `・${p}`).join('\n') });
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
  const aliases = card.aliases.length > 0 ? `（${card.aliases.join(', ')}）` : '';
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: `${card.name}${aliases}`,
    text: `${m.lookupCorrect}: ${card.correct}`,
    fields,
    buttons:
      card.questionIds.length > 0
        ? [{ actionId: ACTION.quizMe, label: m.quizMeButton, value: card.conceptId }]
        : [],
    ...(card.section ? { footer: m.lookupSection(card.section) } : {}),
  };
}
