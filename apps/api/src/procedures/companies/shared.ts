/** What every companies procedure shares: the OpenAPI tag and the CompanyWithCount rendering. */
import type { CompanyObject } from '@jobtracker/contracts';
import type { CompanyWithCount } from '@jobtracker/core';
import { toCompanyObject } from '../../mappers/company.mapper.js';

export const tags = ['Companies'];

export const withCount = (entry: CompanyWithCount): CompanyObject => toCompanyObject(entry.company, entry.applicationCount);
