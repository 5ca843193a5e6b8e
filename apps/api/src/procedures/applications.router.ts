/** Application procedures (contract section 5; uploads and attachments live elsewhere). Each
 * validates with a contracts schema, calls one core use case and maps the result. */
import {
  ApplicationIdInput,
  ApplicationListOutput,
  ApplicationObject,
  ApplicationPageOutput,
  ApplicationStatsOutput,
  ChangeStatusInput,
  CreateApplicationInput,
  ListApplicationsQuery,
  MessageOutput,
  SearchApplicationsQuery,
  TimelineEventInput,
  UpdateApplicationInput,
} from '@jobtracker/contracts';
import {
  addTimelineEvent,
  changeApplicationStatus,
  createApplication,
  getApplication,
  getApplicationStats,
  listApplications,
  removeApplication,
  searchApplications,
  updateApplication,
} from '@jobtracker/core';
import { toApplicationObject } from '../mappers/application.mapper.js';
import { logLeftoverFiles } from './file-cleanup.js';
import { followUpProcedures } from './follow-up.procedures.js';
import { protectedProcedure, router } from './init.js';
import { protectedOperation } from './operation.js';

const tags = ['Applications'];

export const applicationsRouter = router({
  list: protectedOperation({
    method: 'GET', path: '/api/applications/', tags,
    summary: 'List applications (paginated, newest first)', output: ApplicationPageOutput, errors: [400, 401],
  })
    .input(ListApplicationsQuery)
    .query(async ({ ctx, input }) => {
      const page = await listApplications(ctx.deps, {
        userId: ctx.user.id,
        query: {
          page: input.page,
          pageSize: input.page_size,
          status: input.status,
          company: input.company,
          jobTitle: input.job_title,
          isFavorite: input.is_favorite,
        },
      });
      return { ...page, results: page.results.map((application) => toApplicationObject(application, ctx.now)) };
    }),

  create: protectedOperation({
    method: 'POST', path: '/api/applications/', successStatus: 201, tags,
    summary: 'Create an application', output: ApplicationObject, errors: [400, 401],
  })
    .input(CreateApplicationInput)
    .mutation(async ({ ctx, input }) =>
      toApplicationObject(await createApplication(ctx.deps, { userId: ctx.user.id, fields: input, now: ctx.now }), ctx.now),
    ),

  stats: protectedOperation({
    method: 'GET', path: '/api/applications/stats/', tags,
    summary: 'Application counts per status', output: ApplicationStatsOutput, errors: [401],
  })
    .query(({ ctx }) => getApplicationStats(ctx.deps, { userId: ctx.user.id })),

  search: protectedOperation({
    method: 'GET', path: '/api/applications/search/', tags,
    summary: 'Search company name, job title and notes (not paginated)', output: ApplicationListOutput, errors: [400, 401],
  })
    .input(SearchApplicationsQuery)
    .query(async ({ ctx, input }) => {
      const found = await searchApplications(ctx.deps, { userId: ctx.user.id, term: input.q });
      return found.map((application) => toApplicationObject(application, ctx.now));
    }),

  get: protectedOperation({
    method: 'GET', path: '/api/applications/{id}/', tags,
    summary: 'One application', output: ApplicationObject, errors: [400, 401, 404],
  })
    .input(ApplicationIdInput)
    .query(async ({ ctx, input }) =>
      toApplicationObject(await getApplication(ctx.deps, { userId: ctx.user.id, id: input.id }), ctx.now),
    ),

  update: protectedOperation({
    method: 'PUT', path: '/api/applications/{id}/', tags,
    summary: 'Update top-level fields; each sent sub-object is replaced whole', output: ApplicationObject, errors: [400, 401, 404],
  })
    .input(UpdateApplicationInput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...changes } = input;
      return toApplicationObject(await updateApplication(ctx.deps, { userId: ctx.user.id, id, changes, now: ctx.now }), ctx.now);
    }),

  delete: protectedProcedure
    .meta({
      openapi: {
        method: 'DELETE', path: '/api/applications/{id}/', successStatus: 204, tags,
        summary: 'Delete an application and its attached files (contacts forget it)', errors: [400, 401, 404],
      },
    })
    .input(ApplicationIdInput)
    .mutation(async ({ ctx, input }): Promise<void> => {
      const cleanup = await removeApplication(ctx.deps, { userId: ctx.user.id, id: input.id, now: ctx.now });
      logLeftoverFiles(ctx.deps.log, cleanup, 'application delete');
    }),

  addTimelineEvent: protectedOperation({
    method: 'POST', path: '/api/applications/{id}/timeline/', successStatus: 201, tags,
    summary: 'Append a timeline event', output: MessageOutput, errors: [400, 401, 404],
  })
    .input(TimelineEventInput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...event } = input;
      await addTimelineEvent(ctx.deps, { userId: ctx.user.id, id, event, now: ctx.now });
      return { message: 'Timeline event added successfully' };
    }),

  changeStatus: protectedOperation({
    method: 'PATCH', path: '/api/applications/{id}/status/', tags,
    summary: 'Change the status and log a status_change event', output: ApplicationObject, errors: [400, 401, 404],
  })
    .input(ChangeStatusInput)
    .mutation(async ({ ctx, input }) =>
      toApplicationObject(
        await changeApplicationStatus(ctx.deps, { userId: ctx.user.id, id: input.id, status: input.status, notes: input.notes, now: ctx.now }),
        ctx.now,
      ),
    ),

  ...followUpProcedures,
});
