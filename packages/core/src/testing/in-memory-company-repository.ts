/** CompanyRepository kept in memory, with the SQLite adapter's semantics: code-point name order,
 * insertion order for `findAll` and ties, literal case-insensitive text filters. */
import type { PageRequest } from '../applications/ports.js';
import type { Company } from '../companies/company.js';
import { compareCodePoints } from '../companies/company-fields.js';
import type { CompanyFilter, CompanyRepository } from '../companies/ports.js';
import { copyDocument } from './document-copy.js';
import { containsIgnoringCase, foldCase, startsWithIgnoringCase } from './text-match.js';

/** Every criterion must hold (AND). */
function matchesCompany(company: Company, filter: CompanyFilter): boolean {
  if (filter.industryContains !== undefined && !containsIgnoringCase(company.industry, filter.industryContains)) return false;
  if (filter.locationContains !== undefined && !containsIgnoringCase(company.location, filter.locationContains)) return false;
  // A document without the key matches neither true nor false, as a MongoDB equality would.
  if (filter.isFavorite !== undefined && company.is_favorite !== filter.isFavorite) return false;
  // Exact tag membership; an empty list matches nothing, like MongoDB's `$in: []`.
  if (filter.anyTag !== undefined && !(company.tags ?? []).some((tag) => filter.anyTag?.includes(tag))) return false;
  if (filter.namePrefix !== undefined && !startsWithIgnoringCase(company.name, filter.namePrefix)) return false;
  if (filter.anyTextContains !== undefined) {
    const term = filter.anyTextContains;
    if (![company.name, company.industry, company.location].some((text) => containsIgnoringCase(text, term))) return false;
  }
  return true;
}

export class InMemoryCompanyRepository implements CompanyRepository {
  /** Stored copies by id; a Map keeps insertion order, which an update does not change. */
  private readonly documents = new Map<string, Company>();

  async findById(userId: number, id: string): Promise<Company | null> {
    const found = this.own(userId, id);
    return found ? copyDocument(found) : null;
  }

  async findPage(userId: number, filter: CompanyFilter, page: PageRequest): Promise<{ total: number; items: Company[] }> {
    // A stable sort: equal names keep insertion order.
    const all = this.matching(userId, filter).sort((a, b) => compareCodePoints(a.name, b.name));
    const end = page.limit === null ? undefined : page.offset + page.limit;
    return { total: all.length, items: all.slice(page.offset, end).map(copyDocument) };
  }

  async findAll(userId: number, filter: CompanyFilter): Promise<Company[]> {
    return this.matching(userId, filter).map(copyDocument);
  }

  async findByNameIgnoringCase(userId: number, name: string): Promise<Company | null> {
    const folded = foldCase(name);
    const found = this.matching(userId, {}).find((company) => foldCase(company.name) === folded);
    return found ? copyDocument(found) : null;
  }

  async create(company: Company): Promise<void> {
    if (this.documents.has(company.id)) throw new Error(`duplicate company id ${company.id}`);
    this.documents.set(company.id, copyDocument(company));
  }

  /** Runs without awaiting between read and write, so it is atomic like the real adapters'. */
  async update(userId: number, id: string, change: (current: Company) => Company): Promise<Company | null> {
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
    const doomed = [...this.documents.values()].filter((company) => company.user_id === userId);
    for (const company of doomed) this.documents.delete(company.id);
    return doomed.length;
  }

  private own(userId: number, id: string): Company | undefined {
    const found = this.documents.get(id);
    return found?.user_id === userId ? found : undefined;
  }

  /** The user's matches in insertion order. */
  private matching(userId: number, filter: CompanyFilter): Company[] {
    return [...this.documents.values()].filter((company) => company.user_id === userId && matchesCompany(company, filter));
  }
}
