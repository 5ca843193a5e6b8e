/** The queries both document tables (`applications`, `companies`) share: one user's document by
 * id, a filtered page with its total, an atomic read-modify-write, create and delete. Each
 * repository passes its table, mapper, page order and how to count fast when it can. Reads run
 * at once on the connection; writes go through its group commit. */
import type { PageRequest } from '@jobtracker/core';
import { DocumentCache } from './document-cache.js';
import { pageClause } from './page.js';
import type { SqliteConnection } from './sqlite-connection.js';
import type { Condition } from './sql-condition.js';

export type DocumentTableName = 'applications' | 'companies';

/** The columns every document table has: the key and the JSON document. */
export type DocumentRow = { id: string; user_id: number; doc: string };

export type DocumentTableOptions<D extends { id: string; user_id: number }> = {
  table: DocumentTableName;
  fromRow: (row: DocumentRow) => D;
  /** Every column written for a document: key, indexed copies and `doc`. */
  toRow: (document: D) => Record<string, unknown> & DocumentRow;
  /** The ORDER BY of `findPage` (the one its index serves). */
  pageOrder: string;
};

export class DocumentTable<D extends { id: string; user_id: number }> {
  readonly #conn: SqliteConnection;
  readonly #options: DocumentTableOptions<D>;
  readonly #cache: DocumentCache<D>;
  readonly #selectById: string;

  constructor(conn: SqliteConnection, options: DocumentTableOptions<D>) {
    this.#conn = conn;
    this.#options = options;
    this.#cache = new DocumentCache(options.fromRow);
    this.#selectById = `select id, user_id, doc from ${options.table} where user_id = ? and id = ?`;
  }

  /** A row's document, shared and frozen (see DocumentCache); `remember: false` for one-off
   * reads of many rows. */
  documentOf(row: DocumentRow, remember = true): D {
    return this.#cache.fromRow(row, remember);
  }

  findById(userId: number, id: string): D | null {
    const row = this.#row(userId, id);
    return row ? this.documentOf(row) : null;
  }

  /** A page in `pageOrder`, with the total from `count` (one indexed read when the repository
   * keeps a tally for the condition) or else counted. */
  findPage(where: Condition, page: PageRequest, count?: () => number | null): { total: number; items: D[] } {
    const { table, pageOrder } = this.#options;
    const limit = pageClause(page);
    const rows = this.#conn.all<DocumentRow>({
      sql: `select id, user_id, doc from ${table} where ${where.sql} order by ${pageOrder}${limit.sql}`,
      parameters: [...where.parameters, ...limit.parameters],
    });
    const total = count?.() ?? this.#count(where);
    return { total, items: rows.map((row) => this.documentOf(row)) };
  }

  /** Inserts in the next group commit. */
  create(document: D): Promise<void> {
    const row = this.#options.toRow(document);
    const columns = Object.keys(row);
    const sql = `insert into ${this.#options.table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
    return this.#conn.write(() => void this.#conn.run({ sql, parameters: Object.values(row) }));
  }

  /** Read, change and write inside one group-committed transaction, so concurrent changes queue
   * instead of overwriting each other. `change` gets its own (unfrozen) copy. */
  update(userId: number, id: string, change: (current: D) => D): Promise<D | null> {
    return this.#conn.write(() => {
      const row = this.#row(userId, id);
      if (!row) return null;
      // The key is not `change`'s to move: the document stays this user's, under this id.
      const next: D = { ...change(this.#options.fromRow(row)), id, user_id: userId };
      const { id: _id, user_id: _userId, ...columns } = this.#options.toRow(next);
      const names = Object.keys(columns);
      this.#conn.run({
        sql: `update ${this.#options.table} set ${names.map((name) => `${name} = ?`).join(', ')} where id = ?`,
        parameters: [...Object.values(columns), id],
      });
      return this.#options.fromRow({ id, user_id: userId, doc: columns.doc });
    });
  }

  delete(userId: number, id: string): Promise<boolean> {
    const sql = `delete from ${this.#options.table} where user_id = ? and id = ?`;
    return this.#conn.write(() => this.#conn.run({ sql, parameters: [userId, id] }).changes > 0);
  }

  #count(where: Condition): number {
    const sql = `select count(*) as total from ${this.#options.table} where ${where.sql}`;
    return this.#conn.first<{ total: number }>({ sql, parameters: where.parameters })!.total;
  }

  #row(userId: number, id: string): DocumentRow | undefined {
    return this.#conn.first<DocumentRow>({ sql: this.#selectById, parameters: [userId, id] });
  }
}
