/**
 * Large notes: a document of hundreds of concepts (a generated misconception table of thousands
 * of rows), where two templates leave out the candidates that only fill in for a bare row the
 * notes relate to nothing — misconception-among the next concepts by id, correct-about the
 * neighbouring rows' cells — and say so in the concept's coverage reasons (`quizbot check`). The
 * largest real notes have about 30 concepts and the shipped notes ten times over 190: neither is
 * large, and their banks and reports are unchanged. Pure.
 */
import type { NotesDocument } from '../types.ts';

/** Notes with more concepts than this are large ({@link isLargeNotes}). */
export const LARGE_NOTES_CONCEPTS = 200;

/**
 * `large-notes`: true for a document of more than {@link LARGE_NOTES_CONCEPTS} concepts. There, a
 * bare row's neighbouring rows and the next concepts by id share nothing with it but the file (a
 * question across them is a filler the bank takes only where nothing else is left), and the sets
 * made of them were the build's largest cost for no question: on a 5,000-row table every
 * misconception-among and correct-about search came back empty (a key of a few words among other
 * rows' long summary cells fails one-form or key-not-shortest; two rows' cells that differ by a
 * word paraphrase each other), about a third of the build by its CPU profile (2026-12-04).
 */
export function isLargeNotes(doc: NotesDocument): boolean {
  return doc.concepts.length > LARGE_NOTES_CONCEPTS;
}

/** What a concept's coverage reasons say when `template` left out such candidates. */
export function largeNotesReason(template: string, doc: NotesDocument, left: string): string {
  return `${template}: the notes relate too few siblings to it, and in notes of ${doc.concepts.length} concepts (over ${LARGE_NOTES_CONCEPTS}) ${left} are not offered`;
}
