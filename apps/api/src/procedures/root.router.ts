/** GET /api/: the discovery document (contract section 10; it needs auth, as in the original). */
import { ApiRootOutput, type ApiRootOutput as ApiRootOutputType } from '@jobtracker/contracts';
import { router } from './init.js';
import { protectedOperation } from './operation.js';

const ROOT: ApiRootOutputType = {
  message: 'Job Application Tracker API',
  version: '1.0.0',
  documentation: { swagger: '/api/docs/', redoc: '/api/redoc/', openapi_schema: '/api/schema/' },
  endpoints: {
    auth: '/api/auth/',
    applications: '/api/applications/',
    companies: '/api/companies/',
    analytics: '/api/analytics/',
  },
};

export const rootRouter = router({
  info: protectedOperation({ method: 'GET', path: '/api/', tags: ['Root'], summary: 'API discovery', output: ApiRootOutput, errors: [401] })
    .query(() => ROOT),
});
