/** The `--json` shape of `quizbot questions` (documented in the issue; extra fields allowed). */
import type { QuestionBank } from '../quiz/types.ts';

export function bankJson(bank: QuestionBank): unknown {
  return {
    seed: bank.seed,
    concepts: bank.concepts.map((c) => ({
      id: c.id,
      name: c.name,
      correct: c.correct,
      misconceptions: c.misconceptions,
      section: c.section,
      keyPhrases: c.keyPhrases,
      aliases: c.aliases,
      source: c.source,
    })),
    questions: bank.questions.map((q) => ({
      id: q.id,
      conceptId: q.conceptId,
      conceptName: q.conceptName,
      kind: q.kind,
      asksFor: q.asksFor,
      prompt: q.prompt,
      choices: q.choices.map((ch) => ({ text: ch.text, correct: ch.correct, why: ch.why })),
      explanation: q.explanation,
      section: q.section,
      language: q.language,
      ...(q.filler ? { filler: true } : {}),
      ...(q.across ? { across: true } : {}),
      ...(q.ownWrongs ? { ownWrongs: true } : {}),
    })),
  };
}
