/** CompanyRepository on the `companies` collection. */
import type { Company, CompanyFilter, CompanyRepository, PageRequest } from '@jobtracker/core';
import { COLLECTIONS } from '../collections.js';
import { nextSequence } from '../counters.js';
import type { FindOptions, MinimalCollection, MinimalDb } from '../minimal-db.js';
import { ownDocument } from '../object-id.js';
import { eqInteger, eqString, foldCase } from '../safe-values.js';
import { updateVersioned, VERSION_FIELD } from '../versioned-update.js';
import { matchingCompanies } from './company.filter.js';
import { companyFromDoc, companyToDoc, newCompanyDoc, SEQUENCE_FIELD } from './company.mapper.js';

/** Without a collation MongoDB compares strings by their UTF-8 bytes: code-point order. */
const BY_NAME = { name: 1, [SEQUENCE_FIELD]: 1 } as const;
const BY_INSERTION = { [SEQUENCE_FIELD]: 1 } as const;

export class MongoCompanyRepository implements CompanyRepository {
  private readonly companies: MinimalCollection;

  constructor(private readonly db: MinimalDb) {
    this.companies = db.collection(COLLECTIONS.companies);
  }

  async findById(userId: number, id: string): Promise<Company | null> {
    const filter = ownDocument(userId, id);
    const doc = filter && (await this.companies.findOne(filter));
    return doc ? companyFromDoc(doc) : null;
  }

  async findPage(userId: number, filter: CompanyFilter, page: PageRequest): Promise<{ total: number; items: Company[] }> {
    const query = matchingCompanies(userId, filter);
    const options: FindOptions = { sort: BY_NAME, skip: page.offset };
    if (page.limit !== null) options.limit = page.limit;
    const [total, docs] = await Promise.all([this.companies.countDocuments(query), this.companies.find(query, options).toArray()]);
    return { total, items: docs.map(companyFromDoc) };
  }

  async findAll(userId: number, filter: CompanyFilter): Promise<Company[]> {
    const docs = await this.companies.find(matchingCompanies(userId, filter), { sort: BY_INSERTION }).toArray();
    return docs.map(companyFromDoc);
  }

  async findByNameIgnoringCase(userId: number, name: string): Promise<Company | null> {
    const doc = await this.companies.findOne(
      { user_id: eqInteger(userId), '_lc.name': { $eq: foldCase(eqString(name).$eq) } },
      { sort: BY_INSERTION },
    );
    return doc ? companyFromDoc(doc) : null;
  }

  async create(company: Company): Promise<void> {
    const seq = await nextSequence(this.db, 'companies');
    await this.companies.insertOne({ ...newCompanyDoc(company, seq), [VERSION_FIELD]: 0 });
  }

  async update(userId: number, id: string, change: (current: Company) => Company): Promise<Company | null> {
    const filter = ownDocument(userId, id);
    if (!filter) return null;
    const stored = await updateVersioned(this.companies, filter, (doc) =>
      // The key is not `change`'s to move, and the insertion position stays.
      companyToDoc({ ...change(companyFromDoc(doc)), id, user_id: userId }, doc[SEQUENCE_FIELD] as number),
    );
    return stored ? companyFromDoc(stored) : null;
  }

  async delete(userId: number, id: string): Promise<boolean> {
    const filter = ownDocument(userId, id);
    return filter !== null && (await this.companies.deleteOne(filter)).deletedCount > 0;
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    return (await this.companies.deleteMany({ user_id: eqInteger(userId) })).deletedCount;
  }
}
