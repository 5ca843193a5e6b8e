/** The companies procedures (contract section 7), one file each. */
import { router } from '../init.js';
import { autocompleteCompaniesProcedure } from './autocomplete-companies.procedure.js';
import { companyApplicationsProcedure } from './company-applications.procedure.js';
import { companyStatsProcedure } from './company-stats.procedure.js';
import { createCompanyProcedure } from './create-company.procedure.js';
import { deleteCompanyProcedure } from './delete-company.procedure.js';
import { getCompanyProcedure } from './get-company.procedure.js';
import { industryBreakdownProcedure } from './industry-breakdown.procedure.js';
import { listCompaniesProcedure } from './list-companies.procedure.js';
import { searchCompaniesProcedure } from './search-companies.procedure.js';
import { syncCompaniesProcedure } from './sync-companies.procedure.js';
import { topCompaniesProcedure } from './top-companies.procedure.js';
import { updateCompanyProcedure } from './update-company.procedure.js';

export const companiesRouter = router({
  list: listCompaniesProcedure,
  create: createCompanyProcedure,
  get: getCompanyProcedure,
  update: updateCompanyProcedure,
  delete: deleteCompanyProcedure,
  search: searchCompaniesProcedure,
  autocomplete: autocompleteCompaniesProcedure,
  sync: syncCompaniesProcedure,
  industryBreakdown: industryBreakdownProcedure,
  top: topCompaniesProcedure,
  applications: companyApplicationsProcedure,
  stats: companyStatsProcedure,
});
