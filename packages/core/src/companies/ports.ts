/** What company use cases need from storage; text filters are literal, never patterns. */
import type { PageRequest } from '../applications/ports.js';
import type { Company } from './company.js';

export type CompanyFilter = {
  /** Case-insensitive substring of `industry`. */
  industryContains?: string;
  /** Case-insensitive substring of `location`. */
  locationContains?: string;
  isFavorite?: boolean;
  /** Companies having any of these tags (exact). */
  anyTag?: readonly string[];
  /** Case-insensitive substring of `name`, `industry` or `location` (search). */
  anyTextContains?: string;
  /** Case-insensitive prefix of `name` (autocomplete). */
  namePrefix?: string;
};

export interface CompanyRepository {
  findById(userId: number, id: string): Promise<Company | null>;
  /** Sorted by name in code-point order (uppercase before lowercase). */
  findPage(userId: number, filter: CompanyFilter, page: PageRequest): Promise<{ total: number; items: Company[] }>;
  /** Every match in storage (insertion) order. */
  findAll(userId: number, filter: CompanyFilter): Promise<Company[]>;
  /** Whole-name, case-insensitive match (duplicate check). */
  findByNameIgnoringCase(userId: number, name: string): Promise<Company | null>;
  create(company: Company): Promise<void>;
  update(userId: number, id: string, change: (current: Company) => Company): Promise<Company | null>;
  delete(userId: number, id: string): Promise<boolean>;
  /** Deletes every company of the user (account deletion, failed restores); returns how many. */
  deleteAllOfUser(userId: number): Promise<number>;
}
