/** CompanyRepository on the `companies` table (documents plus indexed columns). */
import type { Company, CompanyFilter, CompanyRepository, PageRequest } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import { withPage } from '../page.js';
import type { Database } from '../schema.js';
import { foldCase } from '../stored-values.js';
import { writeTransaction } from '../write-transaction.js';
import { matchingCompanies } from './company.filter.js';
import { companyFromRow, companyToRow } from './company.mapper.js';

export class SqliteCompanyRepository implements CompanyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(userId: number, id: string): Promise<Company | null> {
    const row = await this.db
      .selectFrom('companies')
      .select(['id', 'user_id', 'doc'])
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? companyFromRow(row) : null;
  }

  async findPage(userId: number, filter: CompanyFilter, page: PageRequest): Promise<{ total: number; items: Company[] }> {
    const matching = this.db.selectFrom('companies').where(matchingCompanies(userId, filter));
    const [counted, rows] = await Promise.all([
      matching.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      // `name` has the default BINARY collation: code-point order, uppercase before lowercase.
      withPage(matching.select(['id', 'user_id', 'doc']).orderBy('name').orderBy('seq'), page).execute(),
    ]);
    return { total: counted.total, items: rows.map(companyFromRow) };
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

  async create(company: Company): Promise<void> {
    await this.db.insertInto('companies').values(companyToRow(company)).execute();
  }

  update(userId: number, id: string, change: (current: Company) => Company): Promise<Company | null> {
    return writeTransaction(this.db, async (trx) => {
      const row = await trx
        .selectFrom('companies')
        .select(['id', 'user_id', 'doc'])
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      // The key is not `change`'s to move: the document stays this user's, under this id.
      const next: Company = { ...change(companyFromRow(row)), id, user_id: userId };
      const { id: _id, user_id: _userId, ...columns } = companyToRow(next);
      await trx.updateTable('companies').set(columns).where('id', '=', id).execute();
      return companyFromRow({ id, user_id: userId, doc: columns.doc });
    });
  }

  async delete(userId: number, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('companies').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
