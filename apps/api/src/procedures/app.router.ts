/** The whole tRPC API; the web app imports its type only. */
import { analyticsRouter } from '../routers/analytics.router.js';
import { applicationsRouter } from '../routers/applications.router.js';
import { attachmentsRouter } from '../routers/attachments.router.js';
import { authRouter } from '../routers/auth.router.js';
import { companiesRouter } from '../routers/companies/index.js';
import { rootRouter } from '../routers/root.router.js';
import { router } from './init.js';

export const appRouter = router({
  root: rootRouter,
  auth: authRouter,
  companies: companiesRouter,
  applications: applicationsRouter,
  analytics: analyticsRouter,
  attachments: attachmentsRouter,
});

export type AppRouter = typeof appRouter;
