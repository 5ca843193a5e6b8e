/** CompanyRepository kept in memory, with the SQLite adapter's semantics: code-point name order,
 * insertion order for `findAll` and ties, literal case-insensitive text filters. */
import type { PageRequest } from '../applications/ports.js';
import type { Company } from '../companies/company.js';
import { compareCodePoints } from '../companies/company-fields.js';
import type { CompanyFilter, CompanyRepository } from '../companies/ports.js';
import { copyDocument } from './document-copy.js';
import { InMemoryDocumentRepository } from './in-memory-document-repository.js';
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

export class InMemoryCompanyRepository extends InMemoryDocumentRepository<Company> implements CompanyRepository {
  constructor() {
    super('company');
  }

  async findPage(userId: number, filter: CompanyFilter, page: PageRequest): Promise<{ total: number; items: Company[] }> {
    // A stable sort: equal names keep insertion order.
    return this.pageOf(this.matching(userId, filter).sort((a, b) => compareCodePoints(a.name, b.name)), page);
  }

  async findAll(userId: number, filter: CompanyFilter): Promise<Company[]> {
    return this.matching(userId, filter).map(copyDocument);
  }

  async findByNameIgnoringCase(userId: number, name: string): Promise<Company | null> {
    const folded = foldCase(name);
    const found = this.ownedWhere(userId).find((company) => foldCase(company.name) === folded);
    return found ? copyDocument(found) : null;
  }

  /** The user's matches in insertion order. */
  private matching(userId: number, filter: CompanyFilter): Company[] {
    return this.ownedWhere(userId, (company) => matchesCompany(company, filter));
  }
}
