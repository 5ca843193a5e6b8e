/** Companies: the document, its repository port and use cases (CRUD, search, autocomplete, sync
 * from applications, industry breakdown, top; contract section 7). */
export type { Company, ContactInfo } from './company.js';
export type { CompanyFilter, CompanyRepository } from './ports.js';
export type { CompanyDeps } from './company-deps.js';
export type { CompanyFields, NewCompanyFields } from './company-fields.js';
export { compareCodePoints } from './company-fields.js';
export type { CompanyWithCount } from './manage-company.js';
export { createCompany, deleteCompany, findCompanyOrFail, getCompany, updateCompany } from './manage-company.js';
export type { CompanyListQuery, CompanySuggestion } from './find-companies.js';
export { autocompleteCompanies, listCompanies, searchCompanies } from './find-companies.js';
export type { SyncResult } from './sync-companies.js';
export { syncCompanies, syncMessage } from './sync-companies.js';
export type { CompanyStats, IndustryCount } from './company-insights.js';
export { companyApplications, companyStats, industryBreakdown, topCompanies, UNKNOWN_INDUSTRY } from './company-insights.js';
