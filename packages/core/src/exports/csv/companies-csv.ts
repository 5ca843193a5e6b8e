/** Contract 9.3: the companies CSV, streamed one record at a time. */
import type { Company } from '../../companies/company.js';
import type { CsvCell } from './csv-writer.js';
import { csvLine, floatCell } from './csv-writer.js';

/** The fields the export reads: any stored company document fits. */
export type CompanyCsvRecord = Pick<
  Company,
  'name' | 'industry' | 'size' | 'location' | 'website' | 'glassdoor_rating' | 'is_favorite' | 'tags' | 'notes'
>;

export const COMPANIES_CSV_HEADER = [
  'Company Name',
  'Industry',
  'Size',
  'Location',
  'Website',
  'Glassdoor Rating',
  'Is Favorite',
  'Tags',
  'Notes',
] as const;

/** The 9 cells of one company. The rating is a float column (`4.0`); tags are joined with `", "`,
 * so two or more tags make a quoted cell. There is no application-count column (contract 9.3). */
export const companyCsvCells = (company: CompanyCsvRecord): CsvCell[] => [
  company.name,
  company.industry,
  company.size,
  company.location,
  company.website,
  floatCell(company.glassdoor_rating),
  company.is_favorite ?? false,
  (company.tags ?? []).join(', '),
  company.notes,
];

export const companyCsvLine = (company: CompanyCsvRecord): string => csvLine(companyCsvCells(company));

/** Header then one line per company, in the order given (the caller sorts by name ascending). */
export async function* companiesCsvLines(
  companies: Iterable<CompanyCsvRecord> | AsyncIterable<CompanyCsvRecord>,
): AsyncGenerator<string, void, undefined> {
  yield csvLine(COMPANIES_CSV_HEADER);
  for await (const company of companies) yield companyCsvLine(company);
}
