/** A link to an application's detail page. That route belongs to the applications feature, so
 * this builds its address instead of reaching into that feature; the router follows `href` in
 * place of `to` (still a client-side navigation). */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export function ApplicationLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="." href={`/applications/${encodeURIComponent(id)}`}>
      {children}
    </Link>
  );
}
