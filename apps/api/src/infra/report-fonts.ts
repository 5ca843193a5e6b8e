/** The PDF report's fonts: Noto Sans (Latin, Greek, Cyrillic) with Noto Sans SC as the CJK
 * fallback, read from their npm packages once, on first use. */
import type { ReportFontBytes } from '@jobtracker/core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let fonts: Promise<ReportFontBytes> | undefined;

const read = (specifier: string) => readFile(require.resolve(specifier)).then((buffer) => new Uint8Array(buffer));

export function loadReportFonts(): Promise<ReportFontBytes> {
  fonts ??= Promise.all([
    read('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    read('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    read('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  ]).then(([regular, bold, cjk]) => ({ regular, bold, fallbacks: [cjk] }));
  return fonts;
}
