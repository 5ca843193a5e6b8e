/** What the in-memory document repositories (applications, companies, contacts) share: a user's
 * documents kept as copies by id, owner scoping, an atomic update and paging, with the semantics
 * the ports promise and the conformance suites check. */
import type { PageRequest } from '../applications/ports.js';
import { copyDocument } from './document-copy.js';

/** A stored document: keyed by its id, owned by one user. */
export type OwnedDocument = { id: string; user_id: number };

export abstract class InMemoryDocumentRepository<T extends OwnedDocument> {
  /** Stored copies by id; a Map keeps insertion order, which an update does not change. Nothing
   * outside ever holds a reference into them. */
  protected readonly documents = new Map<string, T>();

  /** `kind` names the document in errors ("duplicate company id ..."). */
  protected constructor(private readonly kind: string) {}

  async findById(userId: number, id: string): Promise<T | null> {
    const found = this.own(userId, id);
    return found ? copyDocument(found) : null;
  }

  async create(document: T): Promise<void> {
    // The id is the primary key: a second document under it is refused, not merged.
    if (this.documents.has(document.id)) throw new Error(`duplicate ${this.kind} id ${document.id}`);
    this.documents.set(document.id, copyDocument(document));
  }

  /** Runs without awaiting between read and write, so it is atomic like the real adapters'. */
  async update(userId: number, id: string, change: (current: T) => T): Promise<T | null> {
    const current = this.own(userId, id);
    if (!current) return null;
    // The key is not `change`'s to move: the document stays this user's, under this id.
    const next = copyDocument({ ...change(copyDocument(current)), id, user_id: userId });
    this.documents.set(id, next);
    return copyDocument(next);
  }

  async delete(userId: number, id: string): Promise<boolean> {
    return this.own(userId, id) !== undefined && this.documents.delete(id);
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    const doomed = this.ownedWhere(userId);
    for (const document of doomed) this.documents.delete(document.id);
    return doomed.length;
  }

  /** The user's stored documents that `keep` accepts, in insertion order. They are the stored
   * objects themselves: copy them before handing them out. */
  protected ownedWhere(userId: number, keep: (document: T) => boolean = () => true): T[] {
    return [...this.documents.values()].filter((document) => document.user_id === userId && keep(document));
  }

  /** Copies of one page of `all` (already in the port's order), and how many there are in all. */
  protected pageOf(all: readonly T[], page: PageRequest): { total: number; items: T[] } {
    const end = page.limit === null ? undefined : page.offset + page.limit;
    return { total: all.length, items: all.slice(page.offset, end).map(copyDocument) };
  }

  private own(userId: number, id: string): T | undefined {
    const found = this.documents.get(id);
    return found?.user_id === userId ? found : undefined;
  }
}
