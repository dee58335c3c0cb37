/**
 * Time zones as people type them: `Asia/Tokyo`, `tokyo`, `東京`, `JST`, `EST5EDT`, `UTC+9`. One
 * rule for `QUIZBOT_TIMEZONE` and `/quiz schedule`: a name resolves to the IANA zone the runtime
 * knows, or comes back with up to three zones to suggest ("did you mean"). Only `Intl` — no
 * time-zone package. Imports nothing, so every layer may use it.
 */

/** Why a name did not resolve. */
export type TimeZoneFailure = 'unknown' | 'ambiguous';

/** The answer of {@link resolveTimeZone}. */
export type TimeZoneLookup =
  | { ok: true; zone: string; rule: TimeZoneRuleName }
  | { ok: false; reason: TimeZoneFailure; suggestions: string[] };

/** Names of the rules, in the order they are tried. */
export type TimeZoneRuleName = 'abbreviation' | 'iana' | 'utc-offset' | 'city';

/** Longest input worth a suggestion: anything longer is not a time zone someone typed. */
const MAX_NAME_LENGTH = 64;
const MAX_SUGGESTIONS = 3;

/**
 * Common abbreviations → the zone people mean by them (the one that observes them, with its
 * daylight-saving rules: `EST` in a message means New York, not a fixed UTC−5). An abbreviation
 * used on several continents is not guessed: it lists the candidates.
 */
const ABBREVIATIONS: Record<string, string | readonly string[]> = {
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  HKT: 'Asia/Hong_Kong',
  SGT: 'Asia/Singapore',
  PHT: 'Asia/Manila',
  ICT: 'Asia/Bangkok',
  WIB: 'Asia/Jakarta',
  MSK: 'Europe/Moscow',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  BST: 'Europe/London',
  CET: 'Europe/Paris',
  CEST: 'Europe/Paris',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  CDT: 'America/Chicago',
  CT: 'America/Chicago',
  MDT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  ACST: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  BRT: 'America/Sao_Paulo',
  ART: 'America/Buenos_Aires',
  // Used on several continents: ask.
  CST: ['America/Chicago', 'Asia/Shanghai'],
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  MST: ['America/Denver', 'America/Phoenix'],
};

/**
 * Places people name that are not the city in the zone's IANA name (or are written in Japanese).
 * Keys are compared by {@link placeKey}.
 */
const PLACES: Record<string, string> = {
  東京: 'Asia/Tokyo',
  日本: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  大阪: 'Asia/Tokyo',
  osaka: 'Asia/Tokyo',
  kyoto: 'Asia/Tokyo',
  京都: 'Asia/Tokyo',
  ソウル: 'Asia/Seoul',
  北京: 'Asia/Shanghai',
  beijing: 'Asia/Shanghai',
  上海: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  香港: 'Asia/Hong_Kong',
  台北: 'Asia/Taipei',
  シンガポール: 'Asia/Singapore',
  バンコク: 'Asia/Bangkok',
  kolkata: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  newdelhi: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  hochiminh: 'Asia/Ho_Chi_Minh',
  hochiminhcity: 'Asia/Ho_Chi_Minh',
  kathmandu: 'Asia/Kathmandu',
  yangon: 'Asia/Yangon',
  kyiv: 'Europe/Kyiv',
  ロンドン: 'Europe/London',
  パリ: 'Europe/Paris',
  ベルリン: 'Europe/Berlin',
  ニューヨーク: 'America/New_York',
  newyorkcity: 'America/New_York',
  nyc: 'America/New_York',
  washington: 'America/New_York',
  boston: 'America/New_York',
  sanfrancisco: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  ロサンゼルス: 'America/Los_Angeles',
  シドニー: 'Australia/Sydney',
};

/**
 * The rules, tried in order; the first that answers wins. Each has an example of what it reads.
 * `abbreviation` comes before `iana` because the runtime takes some abbreviations itself with a
 * meaning people rarely intend (`EST` → a fixed UTC−5 without daylight saving).
 */
const RULES: readonly {
  name: TimeZoneRuleName;
  example: string;
  resolve: (input: string) => TimeZoneLookup | null;
}[] = [
  {
    name: 'abbreviation',
    example: 'JST → Asia/Tokyo; CST → Asia/Shanghai or America/Chicago?',
    resolve: (input) => {
      const hit = ABBREVIATIONS[input.toUpperCase()];
      if (hit === undefined) return null;
      if (typeof hit === 'string') return resolvedAs(hit, 'abbreviation');
      return {
        ok: false,
        reason: 'ambiguous',
        suggestions: hit.map((z) => canonical(z) ?? z),
      };
    },
  },
  {
    name: 'iana',
    example: 'asia/tokyo → Asia/Tokyo; EST5EDT → America/New_York; Etc/GMT-9',
    resolve: (input) => {
      const zone = canonical(input);
      return zone ? { ok: true, zone, rule: 'iana' } : null;
    },
  },
  {
    name: 'utc-offset',
    example: 'UTC+9 → Etc/GMT-9; GMT-5 → Etc/GMT+5 (POSIX signs are reversed)',
    resolve: (input) => {
      const match = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?00)?$/i.exec(input);
      if (!match) return null;
      const hours = Number(match[2]);
      if (hours > 14) return null;
      if (hours === 0) return resolvedAs('UTC', 'utc-offset');
      const sign = match[1] === '+' ? '-' : '+';
      return resolvedAs(`Etc/GMT${sign}${hours}`, 'utc-offset');
    },
  },
  {
    name: 'city',
    example: 'tokyo → Asia/Tokyo; new york → America/New_York; 東京 → Asia/Tokyo',
    resolve: (input) => {
      const zone = places().get(placeKey(input));
      return zone ? resolvedAs(zone, 'city') : null;
    },
  },
];

function resolvedAs(zone: string, rule: TimeZoneRuleName): TimeZoneLookup | null {
  const name = canonical(zone);
  return name ? { ok: true, zone: name, rule } : null;
}

/** Invisible characters (zero-width space, joiners, BOM, soft hyphen, bidi marks). */
const INVISIBLE = /\p{Cf}|[\u{FE00}-\u{FE0F}]/gu;

/**
 * Resolves a time zone as typed. `{ ok: true, zone }` gives the runtime's canonical IANA name;
 * otherwise `suggestions` holds up to three zones (the candidates of an ambiguous abbreviation, or
 * the closest names for a typo), possibly none.
 */
export function resolveTimeZone(typed: string): TimeZoneLookup {
  if (typed.length > MAX_NAME_LENGTH * 4) return { ok: false, reason: 'unknown', suggestions: [] };
  const input = typed.normalize('NFKC').replace(INVISIBLE, '').trim();
  if (input === '' || input.length > MAX_NAME_LENGTH)
    return { ok: false, reason: 'unknown', suggestions: [] };
  for (const rule of RULES) {
    const answer = rule.resolve(input);
    if (answer) return answer;
  }
  return { ok: false, reason: 'unknown', suggestions: closest(input) };
}

/** The rules as data (name and example), for documentation and tests. */
export function timeZoneRules(): { name: TimeZoneRuleName; example: string }[] {
  return RULES.map(({ name, example }) => ({ name, example }));
}

/** The runtime's canonical spelling of a zone it knows (`asia/tokyo` → `Asia/Tokyo`), else null. */
function canonical(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** `São Paulo`, `sao_paulo`, `SAO-PAULO` → `saopaulo`. */
function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.'’]/g, '');
}

let placeIndex: Map<string, string> | null = null;

/** Place key → zone: the city of every zone the runtime lists (`Asia/Tokyo` → `tokyo`), then {@link PLACES}. */
function places(): Map<string, string> {
  if (placeIndex) return placeIndex;
  const index = new Map<string, string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop() ?? zone;
    index.set(placeKey(city), zone);
  }
  for (const [place, zone] of Object.entries(PLACES)) index.set(placeKey(place), zone);
  placeIndex = index;
  return index;
}

/** The zones whose city, full name or abbreviation is within a small edit distance of the input. */
function closest(input: string): string[] {
  const key = placeKey(input);
  if (key.length < 3) return [];
  const candidates: { zone: string; distance: number }[] = [];
  const consider = (name: string, zone: string): void => {
    const distance = editDistance(key, name);
    if (distance <= Math.max(1, Math.floor(name.length / 4)))
      candidates.push({ zone: canonical(zone) ?? zone, distance });
  };
  for (const [place, zone] of places()) consider(place, zone);
  for (const zone of Intl.supportedValuesOf('timeZone')) consider(placeKey(zone), zone);
  candidates.sort((a, b) => a.distance - b.distance || a.zone.localeCompare(b.zone));
  return [...new Set(candidates.map((c) => c.zone))].slice(0, MAX_SUGGESTIONS);
}

/** Levenshtein distance (inputs are at most {@link MAX_NAME_LENGTH} characters). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 3) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}
