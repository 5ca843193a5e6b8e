/** The due feature's public surface: the navigation badge and the silent applications (the board
 * flags them). The page itself is loaded lazily by the route. */
export { DueBadge } from './due-badge.js';
export { silenceQuery } from './due-queries.js';
export type { Silence } from './due-queries.js';
