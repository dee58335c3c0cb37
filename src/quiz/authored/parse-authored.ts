/**
 * Hand-written questions: finds the `## 問題` / `## Questions` sections of a notes file (taking
 * them out of what the rest of the parser reads, so they are never a concept's section or a
 * comparison table), reads each question and checks it, reporting `FILE:LINE: message` problems.
 * Pure.
 *
 * A questions section holds one heading per question (`### …`), or a list with one item per
 * question. Under each: optional lines of the question, fields (`概念:` `解説:` `出典:` `問う:`),
 * and the options as a task list, the answer checked (`- [x]`), each other option with its why
 * after ` — ` or on an indented line below it.
 */
import type { Block, HeadingBlock, TextBlock } from '../notes/blocks.ts';
import { stripInline } from '../notes/inline.ts';
import { matchKey } from '../text/normalize.ts';
import type { AuthoredDraft, AuthoredOption, NotesProblem } from '../types.ts';
import {
  ASKS_VALUES,
  AUTHORED_MAX_OPTION_LENGTH,
  AUTHORED_MAX_OPTIONS,
  AUTHORED_MAX_TOTAL_LENGTH,
  AUTHORED_MIN_OPTIONS,
  type FieldName,
  inferredAsksFor,
  isNumberOnly,
  isQuestionsHeading,
  readField,
  readOption,
  splitWhy,
} from './authored-format.ts';

/** A questions section: its heading, what it holds, and the heading it sits under. */
export interface QuestionsRegion {
  heading: HeadingBlock;
  blocks: Block[];
  /** Text of the nearest enclosing heading (the default concept of its questions), or null. */
  parent: string | null;
}

/**
 * Splits the blocks of a notes file into the notes proper and the questions sections. A section
 * headed like a questions section but holding no option (`- [x]` / `- [ ]`) stays in the notes.
 */
export function splitQuestionsRegions(blocks: readonly Block[]): {
  notes: Block[];
  regions: QuestionsRegion[];
} {
  const notes: Block[] = [];
  const regions: QuestionsRegion[] = [];
  const path: HeadingBlock[] = [];
  let open: QuestionsRegion | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (open && block.level <= open.heading.level) open = close(open, notes, regions);
      if (!open) {
        while (path.length > 0 && (path.at(-1)?.level ?? 0) >= block.level) path.pop();
        if (isQuestionsHeading(block.text)) {
          open = { heading: block, blocks: [], parent: path.at(-1)?.text ?? null };
          continue;
        }
        path.push(block);
      }
    }
    if (open) open.blocks.push(block);
    else notes.push(block);
  }
  if (open) close(open, notes, regions);
  return { notes, regions };
}

function close(region: QuestionsRegion, notes: Block[], regions: QuestionsRegion[]): null {
  const hasOption = region.blocks.some(
    (b) => b.type === 'text' && b.bullet && readOption(b.markdown) !== null,
  );
  if (hasOption) regions.push(region);
  else notes.push(region.heading, ...region.blocks);
  return null;
}

/** One question's lines, before they are read. */
interface QuestionLines {
  /** The heading or list item that opens the question. */
  line: number;
  /** The heading's text, or the list item's markdown. */
  title: string;
  /** True when the title only numbers the question (`Q1`). */
  numberOnly: boolean;
  blocks: Block[];
  /** Indentation of the list item that opens it (list form), else -1. */
  indent: number;
}

/** Reads and checks every question of a questions section. */
export function parseQuestionsRegion(
  region: QuestionsRegion,
  file: string,
): { drafts: AuthoredDraft[]; problems: NotesProblem[] } {
  const problems: NotesProblem[] = [];
  const drafts: AuthoredDraft[] = [];
  const problem = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };
  for (const question of questionsOf(region, problem)) {
    const draft = readQuestion(question, region.parent, problem);
    if (draft) drafts.push(draft);
  }
  return { drafts, problems };
}

/** The questions of a section: one per heading under it, or else one per top-level list item. */
function questionsOf(
  region: QuestionsRegion,
  problem: (line: number, message: string) => void,
): QuestionLines[] {
  const byHeading = region.blocks.some((b) => b.type === 'heading');
  const questions: QuestionLines[] = [];
  let current: QuestionLines | null = null;
  const stemIndent = byHeading ? -1 : listIndent(region.blocks);
  for (const block of region.blocks) {
    if (block.type === 'heading') {
      current = {
        line: block.line,
        title: block.markdown,
        numberOnly: isNumberOnly(block.text),
        blocks: [],
        indent: -1,
      };
      questions.push(current);
      continue;
    }
    const opensItem =
      !byHeading &&
      block.type === 'text' &&
      block.bullet &&
      block.indent <= stemIndent &&
      readOption(block.markdown) === null;
    if (opensItem && block.type === 'text') {
      current = {
        line: block.line,
        title: block.markdown,
        numberOnly: false,
        blocks: [],
        indent: block.indent,
      };
      questions.push(current);
      continue;
    }
    if (current) current.blocks.push(block);
    else if (block.type === 'text' && block.bullet && readOption(block.markdown))
      problem(
        block.line,
        'an option before any question: start each question with a heading (### …)',
      );
  }
  return questions;
}

/** The indentation of the list items that open questions: the least of the non-option items. */
function listIndent(blocks: readonly Block[]): number {
  let least = Number.POSITIVE_INFINITY;
  for (const b of blocks)
    if (b.type === 'text' && b.bullet && readOption(b.markdown) === null)
      least = Math.min(least, b.indent);
  return least;
}

/** What is being read in a question: its options, fields and the line that may continue. */
interface Reading {
  stem: string[];
  options: (AuthoredOption & { indent: number })[];
  fields: Map<FieldName, { value: string; line: number }>;
  /** The field or option a following indented or adjoining line continues. */
  continues: { kind: 'field'; field: FieldName } | { kind: 'option'; index: number } | null;
  previousBlank: boolean;
}

function readQuestion(
  question: QuestionLines,
  parent: string | null,
  problem: (line: number, message: string) => void,
): AuthoredDraft | null {
  const reading: Reading = {
    stem: question.numberOnly ? [] : [stripInline(question.title)].filter(Boolean),
    options: [],
    fields: new Map(),
    continues: null,
    previousBlank: false,
  };
  for (const block of question.blocks) {
    if (block.type === 'blank') {
      reading.previousBlank = true;
      if (reading.continues?.kind === 'field') reading.continues = null;
      continue;
    }
    if (block.type === 'table') {
      problem(block.line, 'a table in a question is not shown: write the question as text');
      continue;
    }
    if (block.type === 'text') readLine(block, reading, problem);
    reading.previousBlank = false;
  }
  return check(question, reading, parent, problem);
}

function readLine(
  block: TextBlock,
  reading: Reading,
  problem: (line: number, message: string) => void,
): void {
  const { markdown, line, indent } = block;
  const option = block.bullet ? readOption(markdown) : null;
  if (option) {
    const { text, why } = splitWhy(option.rest);
    reading.options.push({
      text: stripInline(text),
      key: option.key,
      why: why === null ? null : stripInline(why),
      line,
      indent,
    });
    reading.continues = { kind: 'option', index: reading.options.length - 1 };
    return;
  }
  const field = readField(markdown);
  if (field) {
    if (reading.fields.has(field.field))
      problem(line, `a second "${field.field}" line: give each field once`);
    else reading.fields.set(field.field, { value: stripInline(field.value), line });
    // Only an explanation goes on over the next lines; a line under `概念:` is the question's.
    reading.continues =
      field.field === 'explanation' ? { kind: 'field', field: field.field } : null;
    return;
  }
  const text = stripInline(markdown);
  const last = reading.options.at(-1);
  if (reading.continues?.kind === 'option' && last && indent > last.indent) {
    // The why on the line under its option (a nested bullet or an indented line).
    last.why = last.why ? `${last.why} ${text}` : text;
    return;
  }
  if (reading.continues?.kind === 'field' && !reading.previousBlank) {
    // A field's text going on over the next lines.
    const value = reading.fields.get(reading.continues.field);
    if (value) value.value = value.value ? `${value.value} ${text}` : text;
    return;
  }
  if (reading.options.length === 0) {
    reading.stem.push(text);
    return;
  }
  problem(
    line,
    'this line is not an option ("- [x]" / "- [ ]"), a why under an option, or a field (概念: / 解説: / 出典: / 問う:)',
  );
}

function check(
  question: QuestionLines,
  reading: Reading,
  parent: string | null,
  problem: (line: number, message: string) => void,
): AuthoredDraft | null {
  let failed = false;
  const report = (line: number, message: string): void => {
    failed = true;
    problem(line, message);
  };
  const { options, fields } = reading;
  const stem = reading.stem.join('\n').trim();
  if (!stem) report(question.line, 'the question has no text: write it as the heading or under it');
  if (options.length === 0)
    report(
      question.line,
      'the question has no options: list them as "- [x] answer" and "- [ ] other — why"',
    );
  else if (options.length < AUTHORED_MIN_OPTIONS)
    report(
      question.line,
      `the question has ${options.length} option${options.length === 1 ? '' : 's'}; give ${AUTHORED_MIN_OPTIONS} to ${AUTHORED_MAX_OPTIONS} (two are a coin toss)`,
    );
  else if (options.length > AUTHORED_MAX_OPTIONS)
    report(
      question.line,
      `the question has ${options.length} options; give at most ${AUTHORED_MAX_OPTIONS}`,
    );
  const keys = options.filter((o) => o.key);
  if (options.length > 0 && keys.length === 0)
    report(question.line, 'no option is marked as the answer: mark the answer "- [x]"');
  if (keys.length > 1)
    report(
      keys[1]?.line ?? question.line,
      `${keys.length} options are marked as the answer (lines ${keys.map((k) => k.line).join(', ')}): mark exactly one "- [x]"`,
    );
  const seen = new Map<string, number>();
  for (const option of options) {
    if (!option.text) {
      report(option.line, 'the option has no text');
      continue;
    }
    const key = matchKey(option.text);
    const first = seen.get(key);
    if (first !== undefined) report(option.line, `the option repeats the one on line ${first}`);
    else seen.set(key, option.line);
    if (!option.key && !option.why)
      report(
        option.line,
        `the option "${option.text}" has no why: add it after " — " or on an indented line below`,
      );
    if (option.text.length > AUTHORED_MAX_OPTION_LENGTH)
      report(
        option.line,
        `the option is ${option.text.length} characters; a button shows at most ${AUTHORED_MAX_OPTION_LENGTH} (Slack: 75 with its number)`,
      );
  }
  const explanation = fields.get('explanation') ?? null;
  const keyWhy = keys.length === 1 ? (keys[0]?.why ?? null) : null;
  if (!explanation?.value && !keyWhy)
    report(
      question.line,
      'the question has no explanation: add "解説: …" / "Explanation: …" with the notes\' own sentence',
    );
  let asksFor = inferredAsksFor(stem);
  const asks = fields.get('asks');
  if (asks) {
    const value = ASKS_VALUES.map((rule) => rule.read(asks.value)).find((v) => v !== null);
    if (value) asksFor = value;
    else
      report(
        asks.line,
        `"${asks.value}" is not something to ask for: write 正しいもの / 誤っているもの (correct / wrong)`,
      );
  }
  const total = [
    stem,
    ...options.flatMap((o) => [o.text, o.why ?? '']),
    explanation?.value ?? '',
  ].join('\n').length;
  if (total > AUTHORED_MAX_TOTAL_LENGTH)
    report(
      question.line,
      `the question with its options, whys and explanation is ${total} characters; the bot shows at most ${AUTHORED_MAX_TOTAL_LENGTH.toLocaleString('en')} in one block`,
    );
  if (failed) return null;
  const concept = fields.get('concept');
  const source = fields.get('source');
  return {
    stem,
    line: question.line,
    concept: concept?.value
      ? { name: concept.value, line: concept.line, given: true }
      : parent
        ? { name: parent, line: question.line, given: false }
        : null,
    options: options.map(({ indent: _indent, ...option }) => option),
    explanation: explanation?.value || null,
    source: source?.value ? { heading: source.value, line: source.line } : null,
    asksFor,
  };
}
