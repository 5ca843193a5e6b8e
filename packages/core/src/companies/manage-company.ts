/** Create, read, PUT and delete one company (contract 7.2 to 7.5). */
import { DomainError } from '../shared/domain-error.js';
import { parseObjectId } from '../shared/ids.js';
import type { Company } from './company.js';
import type { CompanyDeps } from './company-deps.js';
import { newCompany, sentFields, type CompanyFields, type NewCompanyFields } from './company-fields.js';

export type CompanyWithCount = { company: Company; applicationCount: number };

/** Runs after field validation; the duplicate check is whole-name and case-insensitive. */
export async function createCompany(
  deps: Pick<CompanyDeps, 'companies' | 'ids'>,
  command: { userId: number; fields: NewCompanyFields; now: Date },
): Promise<Company> {
  if (await deps.companies.findByNameIgnoringCase(command.userId, command.fields.name)) {
    throw new DomainError('COMPANY.DUPLICATE');
  }
  const company = newCompany({ id: deps.ids.objectId(command.now), userId: command.userId, fields: command.fields, now: command.now });
  await deps.companies.create(company);
  return company;
}

export function companyIdOrFail(text: string): string {
  const id = parseObjectId(text);
  if (id === null) throw new DomainError('COMPANY.INVALID_ID');
  return id;
}

/** The caller's company by path id: 400 for a malformed id, 404 when missing or another user's. */
export async function findCompanyOrFail(deps: Pick<CompanyDeps, 'companies'>, command: { userId: number; id: string }): Promise<Company> {
  const company = await deps.companies.findById(command.userId, companyIdOrFail(command.id));
  if (!company) throw new DomainError('COMPANY.NOT_FOUND');
  return company;
}

export async function getCompany(
  deps: Pick<CompanyDeps, 'companies' | 'applications'>,
  command: { userId: number; id: string },
): Promise<CompanyWithCount> {
  const company = await findCompanyOrFail(deps, command);
  const counts = await deps.applications.countByCompanyNames(command.userId, [company.name]);
  return { company, applicationCount: counts.get(company.name) ?? 0 };
}

/** Sent fields are set (tags and contact_info whole); no duplicate check; updated_at refreshed. */
export async function updateCompany(
  deps: Pick<CompanyDeps, 'companies'>,
  command: { userId: number; id: string; fields: CompanyFields; now: Date },
): Promise<Company> {
  const id = companyIdOrFail(command.id);
  const changes = sentFields(command.fields);
  const updated = await deps.companies.update(command.userId, id, (current) => ({ ...current, ...changes, updated_at: command.now }));
  if (!updated) throw new DomainError('COMPANY.NOT_FOUND');
  return updated;
}

/** Applications are untouched. */
export async function deleteCompany(deps: Pick<CompanyDeps, 'companies'>, command: { userId: number; id: string }): Promise<void> {
  const id = companyIdOrFail(command.id);
  if (!(await deps.companies.delete(command.userId, id))) throw new DomainError('COMPANY.NOT_FOUND');
}
