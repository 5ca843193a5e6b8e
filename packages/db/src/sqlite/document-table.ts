/** The queries the document tables (`applications`, `companies`, `contacts`) share: one user's document by
 * id, a filtered page with its total, an atomic read-modify-write, create and delete. Each
 * repository passes its table, mapper, filter and page order; the SQL is what each repository
 * wrote by hand before, so the prepared-statement cache keeps hitting the same texts. */
import type { PageRequest } from '@jobtracker/core';
import type { Expression, ExpressionBuilder, Kysely, SelectQueryBuilder, SqlBool } from 'kysely';
import { withPage } from './page.js';
import type { Database } from './schema.js';
import { writeTransaction } from './write-transaction.js';

export type DocumentTableName = 'applications' | 'companies' | 'contacts';

/** The columns every document table has: the key and the JSON document. */
export type DocumentRow = { id: string; user_id: number; doc: string };

/** A query over table `T` that selects the document columns. */
export type DocumentQuery<T extends DocumentTableName> = SelectQueryBuilder<Database, T, DocumentRow>;

/** A condition on table `T`, as the repositories' filter translators build them. */
export type DocumentCondition<T extends DocumentTableName> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

export type DocumentTableOptions<T extends DocumentTableName, D extends { id: string; user_id: number }> = {
  table: T;
  fromRow: (row: DocumentRow) => D;
  /** Every column written for a document: key, indexed copies and `doc`. */
  toRow: (document: D) => DocumentRow;
  /** The order of `findPage` (the one its index serves). */
  pageOrder: (query: DocumentQuery<T>) => DocumentQuery<T>;
};

const DOCUMENT_COLUMNS = ['id', 'user_id', 'doc'] as const;

export class DocumentTable<T extends DocumentTableName, D extends { id: string; user_id: number }> {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: DocumentTableOptions<T, D>,
  ) {}

  async findById(userId: number, id: string): Promise<D | null> {
    const row = await this.selectById(this.db, userId, id);
    return row ? this.options.fromRow(row) : null;
  }

  /** The count and the page run side by side: two indexed reads, no window function. */
  async findPage(where: DocumentCondition<T>, page: PageRequest): Promise<{ total: number; items: D[] }> {
    const matching = this.db.selectFrom(this.table()).where(where as DocumentCondition<DocumentTableName>);
    const [counted, rows] = await Promise.all([
      matching.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      withPage(this.options.pageOrder(matching.select(DOCUMENT_COLUMNS) as DocumentQuery<T>), page).execute(),
    ]);
    return { total: counted.total, items: rows.map(this.options.fromRow) };
  }

  async create(document: D): Promise<void> {
    await this.db.insertInto(this.table()).values(this.options.toRow(document)).execute();
  }

  /** Read, change and write in one `BEGIN IMMEDIATE` transaction, so concurrent changes queue
   * instead of overwriting each other. */
  update(userId: number, id: string, change: (current: D) => D): Promise<D | null> {
    return writeTransaction(this.db, async (trx) => {
      const row = await this.selectById(trx, userId, id);
      if (!row) return null;
      // The key is not `change`'s to move: the document stays this user's, under this id.
      const next: D = { ...change(this.options.fromRow(row)), id, user_id: userId };
      const { id: _id, user_id: _userId, ...columns } = this.options.toRow(next);
      await trx.updateTable(this.table()).set(columns).where('id', '=', id).execute();
      return this.options.fromRow({ id, user_id: userId, doc: columns.doc });
    });
  }

  async delete(userId: number, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom(this.table()).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  private selectById(db: Kysely<Database>, userId: number, id: string): Promise<DocumentRow | undefined> {
    return db.selectFrom(this.table()).select(DOCUMENT_COLUMNS).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  }

  /** The table as the union of document tables: kysely can type the shared columns of a union,
   * not of an unresolved type parameter. */
  private table(): DocumentTableName {
    return this.options.table;
  }
}
