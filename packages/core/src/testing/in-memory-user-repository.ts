/** UserRepository kept in memory, with the SQLite adapter's semantics: increasing ids, the exact
 * email unique, a case-insensitive existence check, atomic updates that skip `undefined`. */
import type { UserRepository } from '../users/ports.js';
import type { NewUser, User } from '../users/user.js';
import { copyDocument } from './document-copy.js';
import { foldCase } from './text-match.js';

export class InMemoryUserRepository implements UserRepository {
  private readonly users = new Map<number, User>();
  private lastId = 0;

  async findById(id: number): Promise<User | null> {
    const found = this.users.get(id);
    return found ? copyDocument(found) : null;
  }

  async hasAny(): Promise<boolean> {
    return this.users.size > 0;
  }

  async findByEmail(email: string): Promise<User | null> {
    const found = [...this.users.values()].find((user) => user.email === email);
    return found ? copyDocument(found) : null;
  }

  async existsByEmailIgnoringCase(email: string): Promise<boolean> {
    const folded = foldCase(email);
    return [...this.users.values()].some((user) => foldCase(user.email) === folded);
  }

  async create(user: NewUser): Promise<User | null> {
    if ([...this.users.values()].some((existing) => existing.email === user.email)) return null;
    // Ids are never reused, as with SQLite's AUTOINCREMENT.
    this.lastId += 1;
    const created: User = { ...copyDocument(user), id: this.lastId };
    this.users.set(created.id, created);
    return copyDocument(created);
  }

  async delete(id: number): Promise<boolean> {
    return this.users.delete(id);
  }

  /** Runs without awaiting between read and write, so it is atomic like the real adapters'. */
  async update(id: number, change: (current: User) => Partial<Omit<User, 'id'>>): Promise<User | null> {
    const current = this.users.get(id);
    if (!current) return null;
    // A Partial may spell "leave it" as an explicit undefined; copying drops those keys.
    const next: User = { ...current, ...copyDocument(change(copyDocument(current))), id };
    this.users.set(id, next);
    return copyDocument(next);
  }
}
