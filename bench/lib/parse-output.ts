/**
 * Reads the figures out of the benchmarks that only print (bench:store, bench/bank.bench.ts), so
 * run-all can put them in its table and in results.json. A line that is not found leaves null.
 */

export interface StoreFigures {
  barePerSecond: number | null;
  recordPerSecond: number | null;
  /** recordAnswer with the boards folded in batches (newer bench:store), when printed. */
  foldedPerSecond: number | null;
  ratio: number | null;
  scale: string | null;
  leaderboards: { scope: string; period: string; p50Ms: number; p99Ms: number }[];
}

export function parseStoreOutput(text: string): StoreFigures {
  const num = (re: RegExp): number | null => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  const leaderboards = [
    ...text.matchAll(/^\s+(channel|team)\s+(\w+)\s+p50 ([\d.]+) ms\s+p99 ([\d.]+) ms/gm),
  ].map((m) => ({
    scope: m[1]!,
    period: m[2]!,
    p50Ms: Number(m[3]),
    p99Ms: Number(m[4]),
  }));
  return {
    barePerSecond: num(/bare INSERT[^\n]*?\s(\d+) answers\/s/),
    recordPerSecond: num(/store\.recordAnswer\s+(\d+) answers\/s/),
    foldedPerSecond: num(/recordAnswer \+ foldBoards[^\n]*?\s(\d+) answers\/s/),
    ratio: num(/ratio record\/bare\s+([\d.]+)/),
    scale: /^scale database: (.*)$/m.exec(text)?.[1] ?? null,
    leaderboards,
  };
}

export interface BankFigures {
  concepts: number | null;
  questions: number | null;
  firstMs: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  runs: number | null;
  /** One build per input of the growth table (shipped ×1/×10/×100, 5,000 rows, 2 MB, long lines). */
  sizes: BankSize[];
}

/** A line `bank build [NAME]: SIZE, N concepts, M questions: first X ms, median Y ms (cpu Z ms)`. */
export interface BankSize {
  name: string;
  size: string;
  concepts: number;
  questions: number;
  firstMs: number;
  medianMs: number;
  cpuMs: number;
}

function parseBankSizes(text: string): BankSize[] {
  return [
    ...text.matchAll(
      /^bank build \[(.+)\]: ([\d.]+ [KM]B), (\d+) concepts, (\d+) questions: first (\d+) ms, median (\d+) ms \(cpu (\d+) ms\)/gm,
    ),
  ].map((m) => ({
    name: m[1]!,
    size: m[2]!,
    concepts: Number(m[3]),
    questions: Number(m[4]),
    firstMs: Number(m[5]),
    medianMs: Number(m[6]),
    cpuMs: Number(m[7]),
  }));
}

export function parseBankOutput(text: string): BankFigures {
  const m =
    /\((\d+) concepts, (\d+) questions\): first ([\d.]+) ms, median ([\d.]+) ms, p90 ([\d.]+) ms over (\d+) runs/.exec(
      text,
    );
  if (!m)
    return {
      concepts: null,
      questions: null,
      firstMs: null,
      medianMs: null,
      p90Ms: null,
      runs: null,
      sizes: parseBankSizes(text),
    };
  return {
    concepts: Number(m[1]),
    questions: Number(m[2]),
    firstMs: Number(m[3]),
    medianMs: Number(m[4]),
    p90Ms: Number(m[5]),
    runs: Number(m[6]),
    sizes: parseBankSizes(text),
  };
}
