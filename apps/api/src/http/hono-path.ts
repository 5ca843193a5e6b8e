/** `/api/applications/{id}/` -> `/api/applications/:id` (Hono's syntax; index params digits
 * only). The app is non-strict, so the route answers with and without the trailing slash. */
export function toHonoPath(path: string): string {
  const hono = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'index' ? `:${name}{[0-9]+}` : `:${name}`));
  return hono.length > 1 ? hono.replace(/\/$/, '') : hono;
}

/** The `{param}` names of a contract path, in order. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
}
