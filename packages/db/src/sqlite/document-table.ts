/** The queries the document tables (`applications`, `companies`, `contacts`) share: one user's
 * document by id, a filtered page with its total, an atomic read-modify-write, create and delete. Each
 * repository passes its table, mapper, page order and how to count fast when it can. Reads run
 * at once on the connection; writes go through its group commit.
 *
 * Parsed documents are kept (document-cache.ts). A versioned table (applications) reads ids and
 * versions first, from the index, and the stored text only of documents it does not hold; the
 * other checks the stored text itself. */
import type { PageRequest } from '@jobtracker/core';
import { DocumentCache } from './document-cache.js';
import { pageClause } from './page.js';
import type { SqliteConnection } from './sqlite-connection.js';
import type { Condition } from './sql-condition.js';

export type DocumentTableName = 'applications' | 'companies' | 'contacts';

/** The columns every document table has: the key and the JSON document. */
export type DocumentRow = { id: string; user_id: number; doc: string };

export type DocumentTableOptions<D extends { id: string; user_id: number }> = {
  table: DocumentTableName;
  fromRow: (row: DocumentRow) => D;
  /** Every column written for a document: key, indexed copies and `doc`. */
  toRow: (document: D) => Record<string, unknown> & DocumentRow;
  /** The ORDER BY of `findPage` (the one its index serves). */
  pageOrder: string;
  /** The table has a `version` column that changes with every write of `doc`. */
  versioned: boolean;
};

/** Versions are random: from 1 to 2^52, exact as JavaScript numbers. */
function newVersion(previous?: number): number {
  for (;;) {
    const version = Math.floor(Math.random() * 2 ** 52) + 1;
    if (version !== previous) return version;
  }
}

/** The ids of a page with their owners and versions, in page order. */
type Head = [id: string, userId: number, version: number];

export class DocumentTable<D extends { id: string; user_id: number }> {
  readonly #conn: SqliteConnection;
  readonly #options: DocumentTableOptions<D>;
  readonly #cache = new DocumentCache<D>();
  readonly #table: string;

  constructor(conn: SqliteConnection, options: DocumentTableOptions<D>) {
    this.#conn = conn;
    this.#options = options;
    this.#table = options.table;
  }

  /** A row's document, shared and frozen; `remember: false` for one-off reads of many rows
   * (a match is still used). Versioned tables pass the row's version. */
  documentOf(row: DocumentRow, version?: number, remember = true): D {
    const stamp = version ?? row.doc;
    const kept = this.#cache.find(row.id, row.user_id, stamp);
    if (kept) return kept;
    const value = this.#options.fromRow(row);
    return remember ? this.#cache.keep(row.id, row.user_id, stamp, value) : value;
  }

  findById(userId: number, id: string): D | null {
    if (!this.#options.versioned) {
      const row = this.#row(userId, id);
      return row ? this.documentOf(row) : null;
    }
    const head = this.#conn.firstRow({ sql: `select id, user_id, version from ${this.#table} where user_id = ? and id = ?`, parameters: [userId, id] }) as Head | undefined;
    if (!head) return null;
    return this.#cache.find(id, userId, head[2]) ?? this.#readVersioned([head])?.[0] ?? this.#findByIdReading(userId, id);
  }

  /** A page in `pageOrder`, with the total from `count` (one indexed read when the repository
   * keeps a tally for the condition) or else counted. */
  findPage(where: Condition, page: PageRequest, count?: () => number | null): { total: number; items: D[] } {
    const limit = pageClause(page);
    const parameters = [...where.parameters, ...limit.parameters];
    const order = ` where ${where.sql} order by ${this.#options.pageOrder}${limit.sql}`;
    let items: D[] | null = null;
    if (this.#options.versioned) {
      const heads = this.#conn.rows({ sql: `select id, user_id, version from ${this.#table}${order}`, parameters }) as Head[];
      items = this.#documentsOf(heads);
    }
    // Unversioned, or a document went away between the two reads: read the page whole.
    items ??= this.#conn
      .all<DocumentRow & { version?: number }>({ sql: `select id, user_id, doc${this.#versionColumn()} from ${this.#table}${order}`, parameters })
      .map((row) => this.documentOf(row, row.version));
    return { total: count?.() ?? this.#count(where), items };
  }

  /** Inserts in the next group commit. */
  create(document: D): Promise<void> {
    const row: Record<string, unknown> = this.#options.toRow(document);
    if (this.#options.versioned) row['version'] = newVersion();
    const columns = Object.keys(row);
    const sql = `insert into ${this.#table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
    return this.#conn.write(() => void this.#conn.run({ sql, parameters: Object.values(row) }));
  }

  /** Read, change and write inside one group-committed transaction, so concurrent changes queue
   * instead of overwriting each other. `change` gets its own (unfrozen) copy. */
  update(userId: number, id: string, change: (current: D) => D): Promise<D | null> {
    return this.#conn.write(() => {
      const row = this.#conn.first<DocumentRow & { version?: number }>({
        sql: `select id, user_id, doc${this.#versionColumn()} from ${this.#table} where user_id = ? and id = ?`,
        parameters: [userId, id],
      });
      if (!row) return null;
      // The key is not `change`'s to move: the document stays this user's, under this id.
      const next: D = { ...change(this.#options.fromRow(row)), id, user_id: userId };
      const { id: _id, user_id: _userId, ...columns } = this.#options.toRow(next) as Record<string, unknown> & DocumentRow;
      const values: Record<string, unknown> = this.#options.versioned ? { ...columns, version: newVersion(row.version) } : columns;
      const names = Object.keys(values);
      this.#conn.run({
        sql: `update ${this.#table} set ${names.map((name) => `${name} = ?`).join(', ')} where id = ?`,
        parameters: [...Object.values(values), id],
      });
      return this.#options.fromRow({ id, user_id: userId, doc: columns.doc });
    });
  }

  delete(userId: number, id: string): Promise<boolean> {
    const sql = `delete from ${this.#table} where user_id = ? and id = ?`;
    return this.#conn.write(() => this.#conn.run({ sql, parameters: [userId, id] }).changes > 0);
  }

  /** One document read with its text (the version read before changed, or it went away). */
  #findByIdReading(userId: number, id: string): D | null {
    const row = this.#conn.first<DocumentRow & { version?: number }>({
      sql: `select id, user_id, doc${this.#versionColumn()} from ${this.#table} where user_id = ? and id = ?`,
      parameters: [userId, id],
    });
    return row ? this.documentOf(row, row.version) : null;
  }

  /** The documents of `heads`, kept ones as they are, the others read by id; null when one of
   * them is gone or has changed since `heads` was read (the caller then reads whole). */
  #documentsOf(heads: readonly Head[]): D[] | null {
    const missing = heads.filter(([id, userId, version]) => this.#cache.find(id, userId, version) === undefined);
    if (missing.length > 0 && this.#readVersioned(missing) === null) return null;
    const items: D[] = [];
    for (const [id, userId, version] of heads) {
      const kept = this.#cache.find(id, userId, version);
      if (kept === undefined) return null;
      items.push(kept);
    }
    return items;
  }

  /** Reads and keeps the documents of `heads`; null unless each is still at its version. */
  #readVersioned(heads: readonly Head[]): D[] | null {
    const rows = this.#conn.all<DocumentRow & { version: number }>({
      sql: `select id, user_id, doc, version from ${this.#table} where id in (${heads.map(() => '?').join(', ')})`,
      parameters: heads.map(([id]) => id),
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const documents: D[] = [];
    for (const [id, userId, version] of heads) {
      const row = byId.get(id);
      if (!row || row.user_id !== userId || row.version !== version) return null;
      documents.push(this.documentOf(row, version));
    }
    return documents;
  }

  #versionColumn(): string {
    return this.#options.versioned ? ', version' : '';
  }

  #count(where: Condition): number {
    const sql = `select count(*) as total from ${this.#table} where ${where.sql}`;
    return this.#conn.first<{ total: number }>({ sql, parameters: where.parameters })!.total;
  }

  #row(userId: number, id: string): DocumentRow | undefined {
    return this.#conn.first<DocumentRow>({ sql: `select id, user_id, doc from ${this.#table} where user_id = ? and id = ?`, parameters: [userId, id] });
  }
}
