/**
 * `/quiz team`: the channel's misconception map — the wrong options its members chose most,
 * concept by concept (weakest first) with the correction from the notes — and the concepts it
 * has mastered. Only closed questions count, so the map never gives an open question away.
 */
import { buildMisconceptionMap, MASTERY } from '../../quiz/learning/misconception-map.ts';
import { teamRecall } from '../../quiz/learning/team-recall.ts';
import { conceptsForPosts, questionsForPosts } from '../asked-concepts.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { ChannelView } from '../channel-view.ts';
import { formatPercent } from '../i18n/catalog.ts';
import type { Field, Reply } from '../types.ts';
import { RECENT_DAYS } from './adaptive-pick.ts';

/** How much of the map a card shows (platforms cap field length; the renderers shorten the rest). */
export const TEAM_MAP_LIMITS = { concepts: 5, misconceptionsPerConcept: 2, mastered: 10 } as const;

export function teamMapReply(deps: BotDeps, channel: ChannelView): Reply {
  const { m, key } = channel;
  const tallies = deps.store.conceptTallies(key);
  if (tallies.length === 0)
    return { visibility: 'ephemeral', tone: 'info', title: m.teamTitle, text: m.teamNone };
  const now = deps.clock();
  const recall = teamRecall(
    deps.store.memberPracticeStates(key, now - RECENT_DAYS * 86_400_000),
    now,
  );
  // Names and corrections as the questions were asked, whatever the notes say now.
  const asked = deps.store.askedQuestions(key);
  const wrongPicks = deps.store.wrongPicks(key);
  const map = buildMisconceptionMap({
    concepts: conceptsForPosts(
      deps,
      asked,
      tallies.map((t) => t.conceptId),
      m,
    ),
    questions: questionsForPosts(deps, asked),
    tallies,
    wrongPicks,
    recall: new Map([...recall].map(([id, r]) => [id, r.mean])),
  });

  const held = map.byConcept
    .slice(0, TEAM_MAP_LIMITS.concepts)
    .map((c) =>
      [
        m.teamConceptLine(c.conceptName, formatPercent(c.accuracy), c.correct, c.answered),
        ...c.misconceptions
          .slice(0, TEAM_MAP_LIMITS.misconceptionsPerConcept)
          .flatMap((h) => [
            `  ${m.teamMisconceptionLine(h.choiceText, h.people)}`,
            ...(h.correction ? [`    ${m.teamCorrectionLine(h.correction)}`] : []),
          ]),
      ].join('\n'),
    );
  const mastered = map.mastered
    .slice(0, TEAM_MAP_LIMITS.mastered)
    .map((c) =>
      m.teamMasteredLine(c.conceptName, formatPercent(c.accuracy), c.correct, c.answered),
    );
  const fields: Field[] = [
    { label: m.teamHeld, value: held.length > 0 ? held.join('\n') : m.teamNoMisconceptions },
    {
      label: m.teamMastered,
      value:
        mastered.length > 0
          ? mastered.join('\n')
          : m.teamMasteredNone(MASTERY.minAnswers, formatPercent(MASTERY.minAccuracy)),
    },
  ];
  const answered = tallies.reduce((sum, t) => sum + t.answered, 0);
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: m.teamTitle,
    text: m.teamSummary(answered, tallies.length),
    fields,
  };
}
