/** The whole tRPC API; the web app imports its type only. */
import { authRouter } from '../routers/auth.router.js';
import { rootRouter } from '../routers/root.router.js';
import { router } from './init.js';

export const appRouter = router({
  root: rootRouter,
  auth: authRouter,
});

export type AppRouter = typeof appRouter;
