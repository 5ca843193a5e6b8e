/** POST /api/companies/sync/ (contract 7.8): a company for every company name used by the
 * user's applications that has none yet. */
import type { CompanyInfo } from '../applications/application.js';
import type { CompanyDeps } from './company-deps.js';
import { newCompany } from './company-fields.js';

export type SyncResult = { createdCount: number };

/** Per exact name, the company copy of the application first in storage order. The stream is
 * newest first, so the last copy seen wins and groups are ordered by their oldest use. */
async function companyCopiesByName(deps: Pick<CompanyDeps, 'applications'>, userId: number): Promise<CompanyInfo[]> {
  const copies = new Map<string, CompanyInfo>();
  for await (const application of deps.applications.stream(userId, {})) {
    const copy = application.company;
    if (typeof copy?.name !== 'string' || copy.name === '') continue;
    copies.delete(copy.name);
    copies.set(copy.name, copy);
  }
  return [...copies.values()].reverse();
}

export async function syncCompanies(deps: CompanyDeps, command: { userId: number; now: Date }): Promise<SyncResult> {
  const copies = await companyCopiesByName(deps, command.userId);
  const existing = await deps.companies.findAll(command.userId, {});
  // Case-insensitive whole-name match; companies created in this run count too.
  const taken = new Set(existing.map((company) => company.name.toLowerCase()));
  let createdCount = 0;
  for (const copy of copies) {
    const key = copy.name.toLowerCase();
    if (taken.has(key)) continue;
    const company = newCompany({
      id: deps.ids.objectId(command.now),
      userId: command.userId,
      fields: {
        name: copy.name,
        website: copy.website ?? '',
        industry: copy.industry ?? '',
        size: copy.size ?? '',
        location: copy.location ?? '',
        logo_url: copy.logo_url ?? '',
      },
      now: command.now,
    });
    await deps.companies.create(company);
    taken.add(key);
    createdCount += 1;
  }
  return { createdCount };
}

export const syncMessage = (createdCount: number): string => `Successfully synced ${createdCount} companies`;
