/**
 * The notes the quality suite reads, and the rules each bank does not meet yet — expected to fail until the generator v2 lands (i11b).
 *
 * `test/quiz/bank-quality.test.ts` runs every bank rule and every item rule on the bank of each
 * notes file. A rule listed here runs as `it.fails`: the suite stays green while the rule is
 * broken, and turns red the moment the rule passes ("expected to fail") — then delete the entry,
 * so that it is held from then on. Never add an entry to make a failing test pass: a rule that a
 * bank breaks again is a regression.
 *
 * Recorded on branch i11c against the generator of main b27eea0; cut down to what the generator v2
 * (i11b) does not meet yet.
 */
/** The notes every bank is built from: the shipped notes and every fixture in the notes' shape. */
export const QUALITY_NOTES: readonly string[] = [
  'data/notes/microservices.ja.md',
  'test/fixtures/notes/caching.ja.md',
  'test/fixtures/notes/resilience.en.md',
  'test/fixtures/notes/transactions.ja.md',
  'test/fixtures/notes/networking.en.md',
  'test/fixtures/notes/k8s-scheduling.en.md',
  // Unseen-notes fixtures (issue 11): see their PENDING_RULES entries below.
  'test/fixtures/notes/os-memory.ja.md',
  'test/fixtures/notes/git-internals.en.md',
  // A held-out Japanese fixture written on branch qual (auth and web security).
  'test/fixtures/notes/auth-security.ja.md',
];

export const PENDING_RULES: Readonly<Record<string, readonly string[]>> = {
  'test/fixtures/notes/caching.ja.md': ['questions-per-concept'],
  'test/fixtures/notes/resilience.en.md': ['questions-per-concept'],
  'test/fixtures/notes/transactions.ja.md': ['questions-per-concept'],
  // Met for a while on branch i11b only through a question built on a cut sentence; with cut
  // sentences no longer facts, `Recursive resolver` has one question (its notes give one true
  // fact and a misconception written with an absolute word).
  'test/fixtures/notes/networking.en.md': ['questions-per-concept'],
  'test/fixtures/notes/k8s-scheduling.en.md': ['questions-per-concept'],
  // Recorded on branch i11d against the generator of i11b at 3d85487 (npm run bench:quality):
  // 3 of 12 and 3 of 11 concepts get fewer than two questions; every other rule holds.
  'test/fixtures/notes/os-memory.ja.md': ['questions-per-concept'],
  'test/fixtures/notes/git-internals.en.md': ['questions-per-concept'],
  // Recorded on branch qual: 認証 gets no question (its row's one misconception is its summary
  // sibling's name; its section's × bullets are taken by 認可's questions).
  'test/fixtures/notes/auth-security.ja.md': ['questions-per-concept'],
};
