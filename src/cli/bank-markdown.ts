/**
 * The question bank as markdown, for a person reviewing the questions: per concept its row,
 * then each question with its options (✅ the correct one, ❌ the others with why) and its
 * explanation.
 */
import { explanationLines } from '../bot/cards/explanation-text.ts';
import { messages } from '../bot/i18n/catalog.ts';
import type { Question, QuestionBank, QuestionKind } from '../quiz/types.ts';

const KINDS: readonly QuestionKind[] = [
  'correct-about',
  'which-concept',
  'misconception-about',
  'comparison',
  'table-row',
  'list',
  'code-value',
  'authored',
];
const LETTERS = 'ABCDE';

/** Counts of questions per kind, in a fixed order. */
export function countByKind(questions: readonly Question[]): Record<QuestionKind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<QuestionKind, number>;
  for (const q of questions) counts[q.kind]++;
  return counts;
}

export function bankMarkdown(bank: QuestionBank): string {
  const out: string[] = [];
  const counts = countByKind(bank.questions);
  const covered = new Set(bank.questions.map((q) => q.conceptId));
  out.push(`# Question bank`, '');
  out.push(
    `${bank.questions.length} questions · ${bank.concepts.length} concepts (${covered.size} with questions)`,
    '',
  );
  out.push(KINDS.map((k) => `- ${k}: ${counts[k]}`).join('\n'), '');
  for (const doc of bank.documents)
    out.push(
      `Notes: ${doc.file}${doc.title ? ` — ${doc.title}` : ''} (${doc.language}, ${doc.concepts.length} concepts)`,
    );
  out.push('');
  for (const concept of bank.concepts) {
    const questions = bank.questions.filter((q) => q.conceptId === concept.id);
    out.push(`## ${concept.name}`, '');
    out.push(`- id: \`${concept.id}\` · ${concept.source.file}:${concept.source.line}`);
    out.push(`- correct: ${concept.correct}`);
    out.push(
      `- misconceptions: ${concept.misconceptions.length ? concept.misconceptions.join(' / ') : '(none)'}`,
    );
    out.push(`- section: ${concept.section ?? '(none found)'}`);
    if (concept.aliases.length) out.push(`- also: ${concept.aliases.join(', ')}`);
    out.push('');
    if (questions.length === 0)
      out.push('_No question: the notes give too little to make a fair one._', '');
    for (const q of questions) out.push(...questionMarkdown(q));
  }
  // Hand-written questions about a heading of the notes rather than a concept of the table.
  const known = new Set(bank.concepts.map((c) => c.id));
  const elsewhere = bank.questions.filter((q) => !known.has(q.conceptId));
  if (elsewhere.length > 0) {
    out.push('## Hand-written questions on other headings', '');
    for (const q of elsewhere) {
      const source = q.explanation.source;
      out.push(`- about: ${q.conceptName} · ${source.file}:${source.line}`, '');
      out.push(...questionMarkdown(q));
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function questionMarkdown(q: Question): string[] {
  const out = [`### \`${q.id}\` · ${q.kind}`, ''];
  out.push(promptMarkdown(q.prompt), '');
  q.choices.forEach((choice, i) => {
    const mark = choice.correct ? '✅' : '❌';
    // `whole-why-beside-option`: the why whole, also where it is the notes' sentence the option
    // was cut from. Its rest alone (`KM comes from the hydrostatic tables for a given draft —
    // _…; KG comes from your loading_`) read as one broken option spliced from two (readers of
    // reading 44 flagged four options of one bank). The reveal prints such a sentence once, in
    // place of the option (explanation-text.ts `reason-extends-option`).
    const why = !choice.correct && choice.why ? ` — _${choice.why}_` : '';
    out.push(`${LETTERS[i] ?? i + 1}. ${mark} ${choice.text}${why}`);
  });
  const m = messages(q.language);
  out.push('', ...explanationLines(q, m).map((line) => `> ${line}`), '');
  return out;
}

/**
 * The prompt in bold line by line, but for a block of code (a code-value question's setup), which
 * is shown as the fenced block it is.
 */
function promptMarkdown(prompt: string): string {
  let out = '';
  let inCode = false;
  for (const line of prompt.split('\n')) {
    if (line.startsWith('```')) {
      // A block stands on lines of its own, set off from the bold lines around it.
      out += inCode ? `${line}\n` : `\n${line}\n`;
      inCode = !inCode;
    } else if (inCode) out += `${line}\n`;
    else out += `${`**${line}**`.replace(/^\*\*\*\*$/, '')}  \n`;
  }
  return out.trimEnd();
}
