/** Hand-written questions for the review-rule tests: only what a test cares about is spelled out. */
import type { Choice, Question } from '../../../src/quiz/types.ts';

export interface QuestionSpec {
  /** Option texts; the key is marked with a leading `*`. A why may follow ` -- `. */
  options: string[];
  asksFor?: 'correct' | 'misconception';
  language?: 'ja' | 'en';
  conceptName?: string;
  prompt?: string;
  why?: string | null;
  notes?: string[];
  id?: string;
  kind?: Question['kind'];
  source?: { file: string; line: number; section: string | null };
}

/**
 * `q({ options: ['*即座にエラーを返す', 'キューに溜める -- キューに入れる仕組みではない'] })`.
 * Wrong options without ` -- ` get a default why, so only the rule under test can fail.
 */
export function q(spec: QuestionSpec): Question {
  const language = spec.language ?? 'ja';
  const choices: Choice[] = spec.options.map((option) => {
    const correct = option.startsWith('*');
    const [text = '', why] = (correct ? option.slice(1) : option).split(' -- ');
    const defaultWhy = correct
      ? null
      : language === 'ja'
        ? 'ノートの訂正文'
        : 'the notes correct it';
    return { text, correct, why: why ?? defaultWhy };
  });
  return {
    id: spec.id ?? 'testq001',
    conceptId: 'concept-1',
    conceptName:
      spec.conceptName ?? (language === 'ja' ? 'サーキットブレーカー' : 'Circuit breaker'),
    kind: spec.kind ?? 'correct-about',
    asksFor: spec.asksFor ?? 'correct',
    prompt: spec.prompt ?? (language === 'ja' ? '正しいものはどれ？' : 'Which statement is true?'),
    choices,
    explanation: {
      why:
        spec.why === undefined
          ? language === 'ja'
            ? 'ノートの説明'
            : 'what the notes say'
          : spec.why,
      notes: spec.notes ?? [],
      source: spec.source ?? { file: 'notes.md', line: 1, section: null },
    },
    section: null,
    language,
  };
}
