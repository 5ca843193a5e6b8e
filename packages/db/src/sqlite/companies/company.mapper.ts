/** Maps between the core `Company` and its row: the document as JSON text (dates as ISO text,
 * `id`/`user_id` only in their columns) plus the indexed columns derived from it. */
import type { Company } from '@jobtracker/core';
import type { Insertable, Selectable } from 'kysely';
import type { CompaniesTable, IsoDateText } from '../schema.js';
import { foldCase, fromIsoText, toIsoText, toSqliteBoolean } from '../stored-values.js';

/** The JSON in `companies.doc`. */
export type CompanyDoc = Omit<Company, 'id' | 'user_id' | 'created_at' | 'updated_at'> & {
  created_at?: IsoDateText;
  updated_at?: IsoDateText;
};

export type CompanyDocRow = Pick<Selectable<CompaniesTable>, 'id' | 'user_id' | 'doc'>;

export function companyFromRow(row: CompanyDocRow): Company {
  const { created_at, updated_at, ...plain } = JSON.parse(row.doc) as CompanyDoc;
  const result: Company = { id: row.id, user_id: row.user_id, ...plain };
  if (created_at !== undefined) result.created_at = fromIsoText(created_at);
  if (updated_at !== undefined) result.updated_at = fromIsoText(updated_at);
  return result;
}

/** Every column but `seq`, which SQLite assigns on insert and which never changes. */
export function companyToRow(source: Company): Omit<Insertable<CompaniesTable>, 'seq'> {
  return {
    id: source.id,
    user_id: source.user_id,
    name: source.name,
    name_lc: foldCase(source.name),
    industry_lc: typeof source.industry === 'string' ? foldCase(source.industry) : null,
    location_lc: typeof source.location === 'string' ? foldCase(source.location) : null,
    is_favorite: source.is_favorite === undefined ? null : toSqliteBoolean(source.is_favorite),
    tags: source.tags === undefined ? null : JSON.stringify(source.tags),
    doc: JSON.stringify(companyToDoc(source)),
  };
}

function companyToDoc(source: Company): CompanyDoc {
  // id and user_id live in their columns only, so the two can never disagree.
  const { id: _id, user_id: _userId, created_at, updated_at, ...plain } = source;
  const doc: CompanyDoc = plain;
  if (created_at !== undefined) doc.created_at = toIsoText(created_at);
  if (updated_at !== undefined) doc.updated_at = toIsoText(updated_at);
  return doc;
}
