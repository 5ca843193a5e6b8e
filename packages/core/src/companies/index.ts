/** Company use cases (contract section 7). */
export type { CompanyDeps } from './company-deps.js';
export type { CompanyFields, NewCompanyFields } from './company-fields.js';
export { compareCodePoints } from './company-fields.js';
export type { CompanyWithCount } from './manage-company.js';
export { createCompany, deleteCompany, findCompanyOrFail, getCompany, updateCompany } from './manage-company.js';
export type { CompanyListQuery, CompanySuggestion } from './find-companies.js';
export {
  autocompleteCompanies,
  DEFAULT_AUTOCOMPLETE_LIMIT,
  listCompanies,
  MAX_AUTOCOMPLETE_LIMIT,
  searchCompanies,
} from './find-companies.js';
export type { SyncResult } from './sync-companies.js';
export { syncCompanies, syncMessage } from './sync-companies.js';
export type { CompanyStats, IndustryCount } from './company-insights.js';
export { companyApplications, companyStats, DEFAULT_TOP_LIMIT, industryBreakdown, topCompanies, UNKNOWN_INDUSTRY } from './company-insights.js';
