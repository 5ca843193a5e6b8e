/** The route tree: thin routes that compose features. Pages load lazily, so the first download
 * holds only the shell, the router, the query cache and sign-in. */
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { Toaster } from '../components/toaster.js';
import { parseTableSearch } from '../features/applications/table-search.js';
import { noteTableNavigation } from '../features/applications/table-timing.js';
import { prefetchTableData } from '../features/applications/use-table-data.js';
import { meQuery, parseSignInSearch, SignInPage, SignUpPage } from '../features/auth/index.js';
import { parseCompaniesSearch } from '../features/companies/companies-search.js';
import { parseContactsSearch } from '../features/contacts/contacts-search.js';
import { parseDashboardSearch } from '../features/dashboard/dashboard-search.js';
import { parseInsightsSearch } from '../features/insights/insights-search.js';
import { onSessionLost, queryClient } from '../lib/query-client.js';
import { AppLayout } from './app-layout.js';
import { NotFound, RouteError, RoutePending } from './route-states.js';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: () => (
    <>
      <Outlet />
      <Toaster />
    </>
  ),
  notFoundComponent: NotFound,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: parseSignInSearch,
  component: function SignInRoute() {
    return <SignInPage search={signInRoute.useSearch()} />;
  },
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: (raw: Record<string, unknown>) => parseSignInSearch(raw),
  component: function SignUpRoute() {
    return <SignUpPage redirect={signUpRoute.useSearch().redirect} />;
  },
});

/** Everything below needs a session: ask the server once, then trust the cache. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: AppLayout,
  errorComponent: RouteError,
  pendingComponent: RoutePending,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/board' });
  },
});

const page = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T & string) => lazyRouteComponent(load, name);

const boardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/board',
  component: page(() => import('../features/board/board-page.js'), 'BoardPage'),
});

export const applicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications',
  validateSearch: parseTableSearch,
  loaderDeps: ({ search }) => search,
  // Not awaited: the page renders at once (with its skeleton or the previous rows) either way.
  loader: ({ context, deps }) => prefetchTableData(context.queryClient, deps),
  component: page(() => import('../features/applications/applications-page.js'), 'ApplicationsPage'),
});

const newApplicationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications/new',
  component: page(() => import('../features/applications/new-application-page.js'), 'NewApplicationPage'),
});

export const applicationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications/$applicationId',
  component: page(() => import('../features/applications/application-detail-page.js'), 'ApplicationDetailRoute'),
});

export const editApplicationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/applications/$applicationId/edit',
  component: page(() => import('../features/applications/edit-application-page.js'), 'EditApplicationRoute'),
});

const companiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies',
  validateSearch: parseCompaniesSearch,
  component: page(() => import('../features/companies/companies-page.js'), 'CompaniesPage'),
});

const companyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies/$companyId',
  component: page(() => import('../features/companies/company-detail-page.js'), 'CompanyDetailRoute'),
});

const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts',
  validateSearch: parseContactsSearch,
  component: page(() => import('../features/contacts/contacts-page.js'), 'ContactsPage'),
});

const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts/$contactId',
  component: page(() => import('../features/contacts/contact-detail-page.js'), 'ContactDetailRoute'),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import',
  component: page(() => import('../features/import/import-page.js'), 'ImportPage'),
});

const proofOfSearchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/proof-of-search',
  component: page(() => import('../features/proof-of-search/proof-of-search-page.js'), 'ProofOfSearchPage'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboard',
  validateSearch: parseDashboardSearch,
  component: page(() => import('../features/dashboard/dashboard-page.js'), 'DashboardPage'),
});

const dueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/due',
  component: page(() => import('../features/due/due-page.js'), 'DuePage'),
});

const insightsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/insights',
  validateSearch: parseInsightsSearch,
  component: page(() => import('../features/insights/insights-page.js'), 'InsightsPage'),
});

const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profile',
  component: page(() => import('../features/profile/profile-page.js'), 'ProfilePage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  appRoute.addChildren([
    indexRoute,
    boardRoute,
    applicationsRoute,
    newApplicationRoute,
    applicationRoute,
    editApplicationRoute,
    companiesRoute,
    companyRoute,
    contactsRoute,
    contactRoute,
    importRoute,
    proofOfSearchRoute,
    dashboardRoute,
    dueRoute,
    insightsRoute,
    profileRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // The query cache decides freshness; the router should not cache loader results on its own.
  defaultPreloadStaleTime: 0,
  defaultErrorComponent: RouteError,
  defaultPendingComponent: RoutePending,
  scrollRestoration: true,
});

router.subscribe('onBeforeNavigate', ({ fromLocation, toLocation }) => noteTableNavigation(fromLocation, toLocation));

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// A 401 anywhere: forget the cached data and ask the person to sign in, then come back here.
let redirecting = false;
onSessionLost(() => {
  const { pathname, href } = router.state.location;
  if (redirecting || pathname.startsWith('/sign-')) return;
  redirecting = true;
  queryClient.clear();
  void router.navigate({ to: '/sign-in', search: { redirect: href, reason: 'expired' } }).finally(() => {
    redirecting = false;
  });
});
