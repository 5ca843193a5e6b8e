/** CompanyRepository on the `companies` table (documents plus indexed columns). */
import type { Company, CompanyFilter, CompanyRepository, PageRequest } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import { DocumentTable } from '../document-table.js';
import type { Database } from '../schema.js';
import { foldCase } from '../stored-values.js';
import { matchingCompanies } from './company.filter.js';
import { companyFromRow, companyToRow } from './company.mapper.js';

export class SqliteCompanyRepository implements CompanyRepository {
  private readonly documents: DocumentTable<'companies', Company>;

  constructor(private readonly db: Kysely<Database>) {
    this.documents = new DocumentTable(db, {
      table: 'companies',
      fromRow: companyFromRow,
      toRow: companyToRow,
      // `name` has the default BINARY collation: code-point order, uppercase before lowercase.
      pageOrder: (query) => query.orderBy('name').orderBy('seq'),
    });
  }

  findById(userId: number, id: string): Promise<Company | null> {
    return this.documents.findById(userId, id);
  }

  findPage(userId: number, filter: CompanyFilter, page: PageRequest): Promise<{ total: number; items: Company[] }> {
    return this.documents.findPage(matchingCompanies(userId, filter), page);
  }

  async findAll(userId: number, filter: CompanyFilter): Promise<Company[]> {
    const rows = await this.db
      .selectFrom('companies')
      .select(['id', 'user_id', 'doc'])
      .where(matchingCompanies(userId, filter))
      .orderBy('seq')
      .execute();
    return rows.map(companyFromRow);
  }

  async findByNameIgnoringCase(userId: number, name: string): Promise<Company | null> {
    const row = await this.db
      .selectFrom('companies')
      .select(['id', 'user_id', 'doc'])
      .where('user_id', '=', userId)
      .where('name_lc', '=', foldCase(name))
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst();
    return row ? companyFromRow(row) : null;
  }

  create(company: Company): Promise<void> {
    return this.documents.create(company);
  }

  update(userId: number, id: string, change: (current: Company) => Company): Promise<Company | null> {
    return this.documents.update(userId, id, change);
  }

  delete(userId: number, id: string): Promise<boolean> {
    return this.documents.delete(userId, id);
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    const result = await this.db.deleteFrom('companies').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
