/**
 * The chart's font: Noto Sans JP (Japanese, Latin and digits in one face; SIL Open Font License
 * 1.1) from the npm package `@expo-google-fonts/noto-sans-jp`, so tests, a developer's machine and
 * the Docker image all draw with the same files and no system font is ever used.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE = '@expo-google-fonts/noto-sans-jp';

/** The family name the SVG asks for (the TTF files' own name). */
export const CHART_FONT_FAMILY = 'Noto Sans JP';

/** Regular (400) and Bold (700): the only two weights the chart uses. */
export const CHART_FONT_WEIGHTS = {
  regular: `${PACKAGE}/400Regular/NotoSansJP_400Regular.ttf`,
  bold: `${PACKAGE}/700Bold/NotoSansJP_700Bold.ttf`,
} as const;

let files: string[] | null = null;

/** Absolute paths of the font files; throws naming the package when it is not installed. */
export function chartFontFiles(): string[] {
  if (files) return files;
  try {
    files = Object.values(CHART_FONT_WEIGHTS).map((f) => require.resolve(f));
  } catch (error) {
    throw new Error(`the chart font is missing: install ${PACKAGE} (npm ci)`, { cause: error });
  }
  return files;
}

/**
 * resvg's font options: only our files, never the system's (same pixels on every machine).
 * With a weight, only that weight's file (half the loading, for measuring one text).
 */
export function chartFontOptions(weight?: 400 | 700): {
  loadSystemFonts: false;
  fontFiles: string[];
  defaultFontFamily: string;
} {
  return {
    loadSystemFonts: false,
    fontFiles:
      weight === undefined ? chartFontFiles() : [chartFontFiles()[weight === 700 ? 1 : 0]!],
    defaultFontFamily: CHART_FONT_FAMILY,
  };
}
