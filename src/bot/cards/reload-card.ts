/** What a notes reload did, for the admin who asked (or the admins, when a file change or SIGHUP did). */
import type { NotesProblem } from '../../quiz/types.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { ReloadOutcome } from '../notes/bank-reload.ts';
import type { Reply } from '../types.ts';

/** Problems listed before "… and N more". */
export const MAX_PROBLEM_LINES = 15;

const problemLine = (p: NotesProblem): string => `${p.file}:${p.line}: ${p.message}`;

export function reloadCard(outcome: ReloadOutcome, m: Messages): Reply {
  const card = (tone: Reply['tone'], text: string): Reply => ({
    visibility: 'ephemeral',
    tone,
    title: m.reloadTitle,
    text,
  });
  switch (outcome.status) {
    case 'reloaded':
      return card(
        'info',
        [
          m.reloadChanged(outcome.added.length, outcome.removed.length),
          m.reloadTotals(outcome.questions, outcome.concepts, outcome.files),
        ].join('\n'),
      );
    case 'unchanged':
      return card(
        'info',
        [
          m.reloadUnchanged,
          m.reloadTotals(outcome.questions, outcome.concepts, outcome.files),
        ].join('\n'),
      );
    case 'rejected': {
      const shown = outcome.problems.slice(0, MAX_PROBLEM_LINES).map(problemLine);
      const more = outcome.problems.length - shown.length;
      return card(
        'error',
        [
          m.reloadRejected(outcome.problems.length, outcome.questions),
          ...shown,
          ...(more > 0 ? [m.reloadMoreProblems(more)] : []),
        ].join('\n'),
      );
    }
    case 'failed':
      return card('error', m.reloadFailed(outcome.error));
  }
}
