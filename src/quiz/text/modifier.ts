/**
 * Where a Japanese clause ends before the noun it modifies (`保つ` in `保つフック`): read by the
 * option form (`review/option-form.ts`) and by the head-noun cut of `text/forms.ts`. Pure.
 */

/**
 * Kana a verb or adjective ends with before the noun it modifies: `発見する仕組み`, `保つフック`,
 * `使う方法`, `選ぶ基準`, `防ぐ仕組み`, `小さい値`, `作った区間`. Not `く`: `速く処理` is an adverb.
 */
const MODIFIER_ENDINGS: ReadonlySet<string> = new Set([
  'る',
  'た',
  'い',
  'う',
  'す',
  'つ',
  'ぬ',
  'ぶ',
  'む',
  'ぐ',
]);

/** Kana before `う` that make it no verb ending: `よう` (`維持するよう自動起動`), `そう`. */
const NOT_VERB_BEFORE_U: ReadonlySet<string> = new Set(['よ', 'そ']);

/**
 * True when the kana ends a clause that modifies the noun after it (`保つ` in `保つフック`);
 * `previous` is the kana before it (`維持するよう自動起動` is no clause: `よう` is "so that").
 */
export function endsModifier(kana: string, previous = ''): boolean {
  if (kana === 'う' && NOT_VERB_BEFORE_U.has(previous)) return false;
  return MODIFIER_ENDINGS.has(kana);
}
