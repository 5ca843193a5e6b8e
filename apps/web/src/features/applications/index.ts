/** The applications feature's public surface (other features and routes import only this). */
export { applicationKeys, columnQuery, detailQuery, listQuery, searchQuery, COLUMN_PAGE_SIZE } from './applications-queries.js';
export { useChangeStatus } from './use-change-status.js';
export { useCreateApplication, useToggleFavorite } from './use-application-mutations.js';
export { daysSinceApplied, isStale, lastActivity, STALE_AFTER_DAYS } from './activity.js';
export { HeaderSearch } from './header-search.js';
export { QuickAddDialog } from './quick-add-dialog.js';
export { canCloseAsNoResponse, closedAsNoResponseOn } from './closing.js';
export { CloseAsNoResponseDialog } from './close-no-response-dialog.js';
export type { CloseTarget } from './close-no-response-dialog.js';
