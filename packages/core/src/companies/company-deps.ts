/** What the company use cases are given: both repositories and the id source. */
import type { ApplicationRepository } from '../applications/ports.js';
import type { IdGenerator } from '../shared/ids.js';
import type { CompanyRepository } from './ports.js';

export type CompanyDeps = {
  companies: CompanyRepository;
  applications: ApplicationRepository;
  ids: IdGenerator;
};
