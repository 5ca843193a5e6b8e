/** The auth feature's public surface. */
export { meQuery, useMe, safeRedirect } from './session.js';
export { parseSignInSearch, type SignInSearch } from './auth-search.js';
export { SignInPage } from './sign-in-page.js';
export { SignUpPage } from './sign-up-page.js';
export { useSignOut } from './use-sign-out.js';
