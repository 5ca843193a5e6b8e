/** What a schema migration is: a numbered, named, forward-only step. */
import type { Kysely } from 'kysely';

export type Migration = {
  /** Applied in ascending order; recorded in `schema_migrations` once applied. */
  version: number;
  name: string;
  /** Migrations see an untyped database: they describe the schema as it was at their version,
   * not as `Database` describes it today. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own advice for migrations
  up(db: Kysely<any>): Promise<void>;
};
