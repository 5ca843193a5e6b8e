/** Applications: the document, its views, the repository port and the use cases (create, change,
 * status and timeline events, list with pagination, search, stats). */
export type {
  Application,
  ApplicationInfo,
  ApplicationStatus,
  Attachment,
  CalendarDate,
  CompanyInfo,
  JobInfo,
  NextAction,
  Requirements,
  TimelineEvent,
} from './application.js';
export { APPLICATION_STATUSES, NO_RESPONSE, statusOf } from './application.js';
export type { ApplicationView, ViewField } from './application-view.js';
export { VIEW_FIELDS } from './application-view.js';
export type { ApplicationFilter, ApplicationRepository, PageRequest, StatusCount } from './ports.js';
export type { ApplicationChanges, ApplicationFields } from './application-defaults.js';
export {
  applicationIdOrFail,
  changeApplication,
  createApplication,
  deleteApplication,
  getApplication,
  updateApplication,
} from './manage-applications.js';
export { addTimelineEvent, changeApplicationStatus } from './application-events.js';
export type { NewTimelineEvent } from './application-events.js';
export { applicationStats, getApplicationStats, listApplications, listFilter, searchApplications } from './list-applications.js';
export type { ApplicationPage, ApplicationStats, ListApplicationsQuery } from './list-applications.js';
