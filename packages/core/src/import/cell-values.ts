/** Reading single cells: text neutralised when a spreadsheet would run it as a formula, numbers
 * and salary ranges in the ways people type them, and web addresses. */

/** What Excel, LibreOffice and Google Sheets may evaluate (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Leading signs that are data: "-5", "+49 30 1234", "- called back" (a note's bullet). */
const PLAIN_SIGNED = /^[+-](?:[\d\s().,/-]*$|\s)/;

/** The text with a leading `'` when a spreadsheet would read it as a formula (our CSV export
 * writes such cells the same way, so a re-imported export keeps its text); null when it is safe. */
export function neutraliseFormula(text: string): string | null {
  if (!FORMULA_START.test(text) || PLAIN_SIGNED.test(text)) return null;
  return `'${text}`;
}

const MULTIPLIER: Readonly<Record<string, number>> = { k: 1_000, m: 1_000_000 };

/** "80000", "80,000", "$80,000.00", "80k", "€ 80.000", "85.5K" -> a whole number; null otherwise. */
export function parseAmount(raw: string): number | null {
  let text = raw.trim().toLowerCase().replace(/[$€£¥₹]|\b(?:usd|eur|gbp|chf|cad|aud)\b/g, '').replace(/\s+/g, '');
  let multiplier = 1;
  const suffix = text.at(-1);
  if (suffix && MULTIPLIER[suffix]) {
    multiplier = MULTIPLIER[suffix] as number;
    text = text.slice(0, -1);
  }
  if (/^\d{1,3}([,.'])\d{3}(\1\d{3})*$/.test(text)) text = text.replace(/[,.']/g, '');
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(text)) text = text.replace(/,/g, '');
  else if (/^\d+,\d{1,2}$/.test(text)) text = text.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const value = Math.round(Number(text) * multiplier);
  return Number.isSafeInteger(value) ? value : null;
}

/** A figure or a range ("80k-100k", "$80,000 - $120,000", "80000 to 95000", "from 70k"). */
export function parseSalary(raw: string): { min: number; max: number | null } | null {
  const text = raw.trim().replace(/\s*(?:\/\s*(?:yr|year|y|a)|per\s+(?:year|annum)|p\.?a\.?|annual(?:ly)?)\s*$/i, '').replace(/^(?:from|ab)\s+/i, '');
  const parts = text.split(/\s*(?:-|–|—|\bto\b|\bbis\b)\s*/i).filter((part) => part !== '');
  if (parts.length === 1) {
    const value = parseAmount(parts[0] as string);
    return value === null ? null : { min: value, max: null };
  }
  if (parts.length !== 2) return null;
  let min = parseAmount(parts[0] as string);
  const max = parseAmount(parts[1] as string);
  // "80-100k": the suffix of the second figure applies to the first.
  const suffix = /([km])$/i.exec((parts[1] as string).trim())?.[1]?.toLowerCase();
  if (suffix && !/[km]$/i.test((parts[0] as string).trim()) && min !== null) min = parseAmount(`${parts[0]}${suffix}`);
  if (min === null || max === null || min > max) return null;
  return { min, max };
}

/** An http(s) address without spaces that fits the contract's URL fields (200 characters). */
export function isWebAddress(text: string): boolean {
  return text.length <= 200 && /^https?:\/\/[^\s/?#]+\.[^\s]*$|^https?:\/\/localhost\b\S*$/i.test(text);
}
