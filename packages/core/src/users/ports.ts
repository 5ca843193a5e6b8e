/** What the user use cases need from the outside world. */
import type { NewUser, User } from './user.js';

export interface UserRepository {
  findById(id: number): Promise<User | null>;
  /** Whether any account exists (an empty database gets the demo account in DEBUG). */
  hasAny(): Promise<boolean>;
  /** Exact, case-sensitive match on the stored email. */
  findByEmail(email: string): Promise<User | null>;
  /** Case-insensitive match, used to refuse duplicates that differ only in case. */
  existsByEmailIgnoringCase(email: string): Promise<boolean>;
  /** Stores a new user and returns it with its id; null when the email is already taken. */
  create(user: NewUser): Promise<User | null>;
  /** Atomic read-modify-write: `change` sees the current row and returns the fields to set.
   * Errors thrown by `change` abort the update. Null when the user does not exist. */
  update(id: number, change: (current: User) => Partial<Omit<User, 'id'>>): Promise<User | null>;
  /** Deletes the account record (account deletion); false when there was none. */
  delete(id: number): Promise<boolean>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Verifies against a stored hash; with `null` it verifies against a dummy hash and returns
   * false, so unknown accounts take as long as known ones. */
  verify(hash: string | null, password: string): Promise<boolean>;
}
