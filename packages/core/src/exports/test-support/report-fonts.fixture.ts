/// <reference types="node" />
/** Test-only: reads the report fonts from their npm packages (shipped code gets bytes from
 * apps/api; core never reads files). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportFontBytes } from '../pdf/report-fonts.js';

const require = createRequire(import.meta.url);
const read = (path: string): Uint8Array => readFileSync(require.resolve(path));

let cached: ReportFontBytes | undefined;

/** Noto Sans (Latin, Greek, Cyrillic) regular and bold, with Noto Sans SC for CJK. */
export function loadReportFonts(): ReportFontBytes {
  cached ??= {
    regular: read('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    bold: read('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    fallbacks: [read('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')],
  };
  return cached;
}
