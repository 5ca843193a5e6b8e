/** The whole tRPC API; the web app imports its type only. */
import { analyticsRouter } from './analytics.router.js';
import { applicationsRouter } from './applications.router.js';
import { attachmentsRouter } from './attachments.router.js';
import { accountRouter } from './account.router.js';
import { authRouter } from './auth.router.js';
import { companiesRouter } from './companies/index.js';
import { contactsRouter } from './contacts/index.js';
import { router } from './init.js';
import { insightsRouter } from './insights.router.js';
import { proofOfSearchRouter } from './proof-of-search.router.js';
import { rootRouter } from './root.router.js';

export const appRouter = router({
  root: rootRouter,
  auth: authRouter,
  companies: companiesRouter,
  applications: applicationsRouter,
  analytics: analyticsRouter,
  attachments: attachmentsRouter,
  insights: insightsRouter,
  contacts: contactsRouter,
  account: accountRouter,
  proofOfSearch: proofOfSearchRouter,
});

export type AppRouter = typeof appRouter;
