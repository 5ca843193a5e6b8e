/** CompanyRepository on the `companies` table (documents plus indexed columns). */
import type { Company, CompanyFilter, CompanyRepository, PageRequest } from '@jobtracker/core';
import { DocumentTable, type DocumentRow } from '../document-table.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { foldCase } from '../stored-values.js';
import { matchingCompanies } from './company.filter.js';
import { companyFromRow, companyToRow } from './company.mapper.js';

const BY_NAME = 'select id, user_id, doc from companies where user_id = ? and name_lc = ? order by seq limit 1';

export class SqliteCompanyRepository implements CompanyRepository {
  readonly #conn: SqliteConnection;
  readonly #documents: DocumentTable<Company>;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
    this.#documents = new DocumentTable(conn, {
      table: 'companies',
      fromRow: companyFromRow,
      toRow: companyToRow,
      // `name` has the default BINARY collation: code-point order, uppercase before lowercase.
      pageOrder: 'name, seq',
      versioned: false,
    });
  }

  async findById(userId: number, id: string): Promise<Company | null> {
    return this.#documents.findById(userId, id);
  }

  async findPage(userId: number, filter: CompanyFilter, page: PageRequest): Promise<{ total: number; items: Company[] }> {
    return this.#documents.findPage(matchingCompanies(userId, filter), page);
  }

  async findAll(userId: number, filter: CompanyFilter): Promise<Company[]> {
    const where = matchingCompanies(userId, filter);
    const rows = this.#conn.all<DocumentRow>({ sql: `select id, user_id, doc from companies where ${where.sql} order by seq`, parameters: where.parameters });
    return rows.map((row) => this.#documents.documentOf(row));
  }

  async findByNameIgnoringCase(userId: number, name: string): Promise<Company | null> {
    const row = this.#conn.first<DocumentRow>({ sql: BY_NAME, parameters: [userId, foldCase(name)] });
    return row ? this.#documents.documentOf(row) : null;
  }

  create(company: Company): Promise<void> {
    return this.#documents.create(company);
  }

  update(userId: number, id: string, change: (current: Company) => Company): Promise<Company | null> {
    return this.#documents.update(userId, id, change);
  }

  delete(userId: number, id: string): Promise<boolean> {
    return this.#documents.delete(userId, id);
  }

  deleteAllOfUser(userId: number): Promise<number> {
    return this.#conn.write(() => this.#conn.run({ sql: 'delete from companies where user_id = ?', parameters: [userId] }).changes);
  }
}
