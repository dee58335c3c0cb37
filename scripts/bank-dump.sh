#!/bin/bash
# Dumps what the question bank builds, to compare before and after a change that must not alter it
# (a speed-up): `quizbot questions --json` and `quizbot check` for every notes fixture and the
# shipped notes, and a SHA-256 of the whole bank built from a 5,000-row misconception table and
# from 2 MB of ordinary sections (test/quiz/notes/pathological-notes.ts).
#
#   scripts/bank-dump.sh /tmp/before   # on the old commit
#   scripts/bank-dump.sh /tmp/after    # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
set -e
out=$1
[ -n "$out" ] || { echo "usage: scripts/bank-dump.sh DIR" >&2; exit 2; }
mkdir -p "$out"
cd "$(dirname "$0")/.."
for f in test/fixtures/notes/*.md test/fixtures/notes/gaps/*.md; do
  n=$(echo "$f" | tr '/' '_')
  npx quizbot questions --notes "$f" --json >"$out/$n.json" 2>"$out/$n.err" || echo "exit $?" >>"$out/$n.err"
  npx quizbot check "$f" >"$out/$n.check" 2>&1 || echo "exit $?" >>"$out/$n.check"
done
npx quizbot questions --json >"$out/shipped.json" 2>"$out/shipped.err" || echo "exit $?" >>"$out/shipped.err"
npx quizbot check >"$out/shipped.check" 2>&1 || echo "exit $?" >>"$out/shipped.check"
root=$(pwd)
script=$(mktemp --suffix=.mts)
trap 'rm -f "$script"' EXIT
cat >"$script" <<EOT
import { createHash } from 'node:crypto';
const { buildQuestionBank } = await import('$root/src/quiz/bank.ts');
const { misconceptionTable, ordinarySections } = await import('$root/test/quiz/notes/pathological-notes.ts');
for (const [name, source] of [['table-5000', misconceptionTable(5_000)], ['sections-2mb', ordinarySections(2_000_000)]]) {
  const bank = buildQuestionBank([source], {});
  console.log(name, bank.questions.length, createHash('sha256').update(JSON.stringify(bank)).digest('hex'));
}
EOT
npx tsx "$script" >"$out/big.txt"
