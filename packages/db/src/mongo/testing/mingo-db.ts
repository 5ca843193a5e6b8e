/** An in-process stand-in for a MongoDB database, for tests: the MinimalDb the store is written
 * against, backed by mingo. What it cannot show is listed in packages/db/README.md. */
import type { MinimalDb } from '../minimal-db.js';
import { MingoCollection } from './mingo-collection.js';

export class MingoDb implements MinimalDb {
  private readonly collections = new Map<string, MingoCollection>();

  collection(name: string): MingoCollection {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new MingoCollection(name);
      this.collections.set(name, collection);
    }
    return collection;
  }
}

export function createMingoDb(): MingoDb {
  return new MingoDb();
}
