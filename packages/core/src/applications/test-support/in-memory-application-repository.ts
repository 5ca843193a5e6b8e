/** An in-memory ApplicationRepository for the application use-case tests: the methods they
 * call, with the port's semantics and no storage. */
import type { Application } from '../application.js';
import type { ApplicationFilter, ApplicationRepository, PageRequest, StatusCount } from '../ports.js';

const contains = (text: string | undefined, term: string) => (text ?? '').toLowerCase().includes(term.toLowerCase());

function matches(application: Application, filter: ApplicationFilter): boolean {
  if (filter.status !== undefined && application.application?.status !== filter.status) return false;
  if (filter.companyContains !== undefined && !contains(application.company.name, filter.companyContains)) return false;
  if (filter.jobTitleContains !== undefined && !contains(application.job.title, filter.jobTitleContains)) return false;
  if (filter.isFavorite !== undefined && application.is_favorite !== filter.isFavorite) return false;
  if (filter.companyName !== undefined && application.company.name !== filter.companyName) return false;
  if (filter.anyTextContains !== undefined) {
    const term = filter.anyTextContains;
    if (!contains(application.company.name, term) && !contains(application.job.title, term) && !contains(application.notes, term)) return false;
  }
  return true;
}

export type ApplicationUseCaseStore = Pick<
  ApplicationRepository,
  'findById' | 'findPage' | 'stream' | 'create' | 'update' | 'delete' | 'countByStatus'
>;

export class InMemoryApplicationRepository implements ApplicationUseCaseStore {
  readonly documents = new Map<string, Application>();

  private mine(userId: number, filter: ApplicationFilter): Application[] {
    return [...this.documents.values()]
      .filter((application) => application.user_id === userId && matches(application, filter))
      .sort((a, b) => (b.created_at?.getTime() ?? 0) - (a.created_at?.getTime() ?? 0));
  }

  async findById(userId: number, id: string) {
    const found = this.documents.get(id);
    return found && found.user_id === userId ? structuredClone(found) : null;
  }

  async findPage(userId: number, filter: ApplicationFilter, page: PageRequest) {
    const all = this.mine(userId, filter);
    const end = page.limit === null ? undefined : page.offset + page.limit;
    return { total: all.length, items: all.slice(page.offset, end).map((a) => structuredClone(a)) };
  }

  async *stream(userId: number, filter: ApplicationFilter) {
    for (const application of this.mine(userId, filter)) yield structuredClone(application);
  }

  async create(application: Application) {
    this.documents.set(application.id, structuredClone(application));
  }

  async update(userId: number, id: string, change: (current: Application) => Application) {
    const current = await this.findById(userId, id);
    if (!current) return null;
    const next = change(current);
    this.documents.set(id, structuredClone(next));
    return structuredClone(next);
  }

  async delete(userId: number, id: string) {
    return (await this.findById(userId, id)) !== null && this.documents.delete(id);
  }

  async countByStatus(userId: number): Promise<StatusCount[]> {
    const counts = new Map<string | null, number>();
    for (const application of this.mine(userId, {})) {
      const status = application.application?.status ?? null;
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return [...counts].map(([status, count]) => ({ status, count }));
  }
}
