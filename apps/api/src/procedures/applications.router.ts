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
  type ApplicationObject as ApplicationObjectType,
  type ApplicationPageOutput as ApplicationPageOutputType,
  type ApplicationStatsOutput as ApplicationStatsOutputType,
  type MessageOutput as MessageOutputType,
} from '@jobtracker/contracts';
import {
  addTimelineEvent,
  changeApplicationStatus,
  createApplication,
  deleteApplication,
  getApplication,
  getApplicationStats,
  listApplications,
  searchApplications,
  updateApplication,
} from '@jobtracker/core';
import { toApplicationObject } from '../mappers/application.mapper.js';
import { protectedProcedure, router } from '../trpc/init.js';

const tags = ['Applications'];

export const applicationsRouter = router({
  list: protectedProcedure
    .meta({
      openapi: {
        method: 'GET', path: '/api/applications/', tags,
        summary: 'List applications (paginated, newest first)', output: ApplicationPageOutput, errors: [400, 401],
      },
    })
    .input(ListApplicationsQuery)
    .query(async ({ ctx, input }): Promise<ApplicationPageOutputType> => {
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

  create: protectedProcedure
    .meta({
      openapi: {
        method: 'POST', path: '/api/applications/', successStatus: 201, tags,
        summary: 'Create an application', output: ApplicationObject, errors: [400, 401],
      },
    })
    .input(CreateApplicationInput)
    .mutation(async ({ ctx, input }): Promise<ApplicationObjectType> =>
      toApplicationObject(await createApplication(ctx.deps, { userId: ctx.user.id, fields: input, now: ctx.now }), ctx.now),
    ),

  stats: protectedProcedure
    .meta({
      openapi: {
        method: 'GET', path: '/api/applications/stats/', tags,
        summary: 'Application counts per status', output: ApplicationStatsOutput, errors: [401],
      },
    })
    .query(({ ctx }): Promise<ApplicationStatsOutputType> => getApplicationStats(ctx.deps, { userId: ctx.user.id })),

  search: protectedProcedure
    .meta({
      openapi: {
        method: 'GET', path: '/api/applications/search/', tags,
        summary: 'Search company name, job title and notes (not paginated)', output: ApplicationListOutput, errors: [400, 401],
      },
    })
    .input(SearchApplicationsQuery)
    .query(async ({ ctx, input }): Promise<ApplicationObjectType[]> => {
      const found = await searchApplications(ctx.deps, { userId: ctx.user.id, term: input.q });
      return found.map((application) => toApplicationObject(application, ctx.now));
    }),

  get: protectedProcedure
    .meta({
      openapi: {
        method: 'GET', path: '/api/applications/{id}/', tags,
        summary: 'One application', output: ApplicationObject, errors: [400, 401, 404],
      },
    })
    .input(ApplicationIdInput)
    .query(async ({ ctx, input }): Promise<ApplicationObjectType> =>
      toApplicationObject(await getApplication(ctx.deps, { userId: ctx.user.id, id: input.id }), ctx.now),
    ),

  update: protectedProcedure
    .meta({
      openapi: {
        method: 'PUT', path: '/api/applications/{id}/', tags,
        summary: 'Update top-level fields; each sent sub-object is replaced whole', output: ApplicationObject, errors: [400, 401, 404],
      },
    })
    .input(UpdateApplicationInput)
    .mutation(async ({ ctx, input }): Promise<ApplicationObjectType> => {
      const { id, ...changes } = input;
      return toApplicationObject(await updateApplication(ctx.deps, { userId: ctx.user.id, id, changes, now: ctx.now }), ctx.now);
    }),

  delete: protectedProcedure
    .meta({
      openapi: {
        method: 'DELETE', path: '/api/applications/{id}/', successStatus: 204, tags,
        summary: 'Delete an application (attached files stay)', errors: [400, 401, 404],
      },
    })
    .input(ApplicationIdInput)
    .mutation(async ({ ctx, input }): Promise<void> => {
      await deleteApplication(ctx.deps, { userId: ctx.user.id, id: input.id });
    }),

  addTimelineEvent: protectedProcedure
    .meta({
      openapi: {
        method: 'POST', path: '/api/applications/{id}/timeline/', successStatus: 201, tags,
        summary: 'Append a timeline event', output: MessageOutput, errors: [400, 401, 404],
      },
    })
    .input(TimelineEventInput)
    .mutation(async ({ ctx, input }): Promise<MessageOutputType> => {
      const { id, ...event } = input;
      await addTimelineEvent(ctx.deps, { userId: ctx.user.id, id, event, now: ctx.now });
      return { message: 'Timeline event added successfully' };
    }),

  changeStatus: protectedProcedure
    .meta({
      openapi: {
        method: 'PATCH', path: '/api/applications/{id}/status/', tags,
        summary: 'Change the status and log a status_change event', output: ApplicationObject, errors: [400, 401, 404],
      },
    })
    .input(ChangeStatusInput)
    .mutation(async ({ ctx, input }): Promise<ApplicationObjectType> =>
      toApplicationObject(
        await changeApplicationStatus(ctx.deps, { userId: ctx.user.id, id: input.id, status: input.status, notes: input.notes, now: ctx.now }),
        ctx.now,
      ),
    ),
});
