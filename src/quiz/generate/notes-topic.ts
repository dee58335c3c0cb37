/**
 * `notes-topic`: what the whole notes are about, read off their title (`JVM garbage collection —
 * what I actually needed to know` → `JVM garbage collection`, `GNU Make入門_混同しやすい概念の整理`
 * → `GNU Make`), for a stem that asks across concepts with no heading of their own: "Which of
 * these statements about “JVM garbage collection” is a common misconception?" rather than the
 * bare "Which of these statements is a common misconception?" (reading 24: a stem with no topic).
 * Each trim is a named rule with an example; plain index and suffix checks, linear. Pure.
 */

/** A named trim of a title, with a title it shortens. */
export interface TitleTrim {
  name: string;
  example: string;
  trim(title: string): string;
}

/** Subtitle marks: what follows is the writer's angle, not the subject. */
const SUBTITLE_MARKS = [' — ', ' – ', ' - ', ': ', '：', '_'];

/** Words of a title that say these are notes, not what they are about (longest first). */
const NOTE_WORDS = [
  '社内勉強会メモ',
  '勉強会メモ',
  'の整理メモ',
  '整理メモ',
  '勉強メモ',
  'の整理',
  '再入門',
  '入門',
  'メモ',
  'ノート',
  'まとめ',
  'study notes',
  'cheat sheet',
  'basics',
  'notes',
];

/** Cuts `text` at the first of `marks` that has something before it. */
function beforeFirst(text: string, marks: readonly string[]): string {
  let end = text.length;
  for (const mark of marks) {
    const at = text.indexOf(mark);
    if (at > 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

/** The text without a parenthesis at its end (`Dimensional Modeling (Star Schemas, …)`). */
function withoutClosingParenthesis(text: string): string {
  const t = text.trimEnd();
  const close = t.at(-1);
  if (close !== ')' && close !== '）') return t;
  const open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
  return open > 0 ? t.slice(0, open).trimEnd() : t;
}

/** Marks after a course label (`Con Law II: …`). */
const LABEL_MARKS = [': ', '：'];
/** The words a course label is at most (`Intro to Physics II`). */
const MAX_LABEL_WORDS = 4;
/** A course label's last word: a Roman numeral or a course number (`II`, `101`, `6.006`). */
const COURSE_NUMBER = /^(?:I{1,3}|IV|VI{0,3}|IX|X|\d{1,4}(?:\.\d{1,4})?[A-Za-z]?)$/;

/**
 * The title after its course label (`Con Law II: Free Speech doctrine` → `Free Speech doctrine`),
 * or the title: a label of a few words ending on a course number names the class, not the subject.
 */
function withoutCourseLabel(title: string): string {
  for (const mark of LABEL_MARKS) {
    const at = title.indexOf(mark);
    if (at <= 0) continue;
    const words = title.slice(0, at).trim().split(/\s+/);
    const rest = title.slice(at + mark.length).trim();
    if (rest && words.length <= MAX_LABEL_WORDS && COURSE_NUMBER.test(words.at(-1) ?? ''))
      return rest;
  }
  return title;
}

export const TITLE_TRIMS: readonly TitleTrim[] = [
  {
    name: 'course-label',
    example:
      'Con Law II: Free Speech doctrine — the distinctions I keep mixing up → Free Speech doctrine',
    trim: withoutCourseLabel,
  },
  {
    name: 'subtitle',
    example: 'JVM garbage collection — what I actually needed to know → JVM garbage collection',
    trim: (t) => beforeFirst(t, SUBTITLE_MARKS),
  },
  {
    name: 'closing-parenthesis',
    example: 'Linux ファイルシステムまわり（社内勉強会メモ） → Linux ファイルシステムまわり',
    trim: withoutClosingParenthesis,
  },
  {
    name: 'note-words',
    example: 'Kubernetes networking cheat sheet → Kubernetes networking',
    trim: (t) => {
      const trimmed = t.trimEnd();
      const lower = trimmed.toLowerCase();
      const word = NOTE_WORDS.find((w) => lower.endsWith(w) && lower.length > w.length);
      return word ? trimmed.slice(0, -word.length).trimEnd() : trimmed;
    },
  },
];

/** A topic longer than this, in characters, is a sentence, not a subject. */
const MAX_TOPIC = 40;
/** Marks a subject is not written with (a title taken from a code line: `# ps -o pid,comm`). */
const CODE_MARKS = /[#`=[\]{}<>|$*]/u;

/**
 * The subject of notes titled `title`, or null: no title, or one that reads as no subject (a code
 * line, a sentence) once {@link TITLE_TRIMS} have run in order.
 */
export function notesTopic(title: string | null): string | null {
  if (!title) return null;
  let topic = title.trim();
  for (const rule of TITLE_TRIMS) topic = rule.trim(topic).trim();
  if (!topic || [...topic].length > MAX_TOPIC || CODE_MARKS.test(topic)) return null;
  return topic;
}
