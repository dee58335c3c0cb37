/**
 * Topics: sections of the notes that no concept of the summary owns but that teach something of
 * their own — a first sentence, features, points, × bullets (Protocol Buffer, 2PC, ブローカー
 * メッセージング). Their questions attach to the concept of the nearest section under the same
 * heading, and their prompts name the section. Meta sections (まとめ, 参考資料, このメモの構成 …)
 * are not topics. Pure.
 */
import { conceptFacts } from '../facts/concept-facts.ts';
import { usable } from '../facts/fact.ts';
import { nearestConcept } from '../facts/table-facts.ts';
import { bareHeading, comparisonParts, headingNames } from '../notes/heading-match.ts';
import { exactLabelKind } from '../notes/labels.ts';
import type { Concept, Section } from '../types.ts';
import type { GenerationContext, Subject } from './context.ts';

/**
 * Headings of sections that speak about the notes rather than the subject. A heading that is a
 * point label (`## Takeaways`, `## Key points`, `## ポイント`: notes/labels.ts) is one too: it
 * says again what the sections taught (reading 88).
 */
const META =
  /まとめ|参考|目次|構成|今日学んだ|はじめに|おわりに|^summary$|^references?$|contents|further reading|^introduction$|^overview$/i;

/** A section teaches enough to be a topic when it has this many usable facts of its own. */
const MIN_FACTS = 3;

/** The topic subjects of the document, in notes order. */
export function topicSubjects(ctx: GenerationContext): Subject[] {
  const { index, doc } = ctx;
  const hasChild = new Set<Section>();
  for (const s of doc.sections) {
    const p = index.parent.get(s);
    if (p) hasChild.add(p);
  }
  const out: Subject[] = [];
  for (const section of doc.sections) {
    if (index.owned.has(section.heading) || hasChild.has(section)) continue;
    if (isMeta(section)) continue;
    const host = nearestConcept(section, index);
    if (!host) continue;
    const name = topicName(section.heading);
    const pseudo: Concept = {
      id: `topic:${section.line}`,
      name,
      correct: '',
      keyPhrases: [],
      misconceptions: [],
      section: section.heading,
      aliases: headingNames(section.heading).filter((n) => n !== name),
      source: { file: doc.file, line: section.line },
      language: doc.language,
    };
    const facts = conceptFacts(doc, pseudo);
    const count =
      usable(facts.trues).filter((t) => t.source !== 'example').length +
      usable(facts.falses).length;
    if (count < MIN_FACTS) continue;
    out.push({
      key: pseudo.id,
      concept: host,
      name,
      names: [name, ...pseudo.aliases],
      facts,
      topic: true,
      siblings: [],
      peers: [],
    });
  }
  return out;
}

function isMeta(section: Section): boolean {
  const heading = bareHeading(section.heading);
  return META.test(heading) || exactLabelKind(heading) === 'point';
}

/** `2PC（Two-Phase Commit / 分散トランザクション）` → `2PC`; `A vs B` stays whole. */
function topicName(heading: string): string {
  const bare = bareHeading(heading);
  if (comparisonParts(heading) || !/[（(]/.test(bare)) return bare;
  return headingNames(heading)[1] ?? bare;
}
