/** Auth and profile procedures (contract section 4). */
import {
  ChangePasswordInput,
  LoginInput,
  LoginOutput,
  LogoutInput,
  MessageOutput,
  ProfilePatchInput,
  ProfilePutInput,
  RefreshInput,
  RefreshOutput,
  RegisterInput,
  RegisterOutput,
  SkillInput,
  SkillsOutput,
  UserObject,
  UserStatsOutput,
  type LoginOutput as LoginOutputType,
  type MessageOutput as MessageOutputType,
  type RefreshOutput as RefreshOutputType,
  type RegisterOutput as RegisterOutputType,
  type SkillsOutput as SkillsOutputType,
  type UserObject as UserObjectType,
  type UserStatsOutput as UserStatsOutputType,
} from '@jobtracker/contracts';
import {
  addProfileSkill,
  changePassword,
  endSession,
  login,
  logout,
  refresh,
  register,
  removeProfileSkill,
  updateProfile,
  userStats,
} from '@jobtracker/core';
import { toUserObject } from '../mappers/user.mapper.js';
import { protectedProcedure, publicProcedure, router } from '../trpc/init.js';

const tags = ['Authentication'];

export const authRouter = router({
  register: publicProcedure
    .meta({
      openapi: {
        method: 'POST', path: '/api/auth/register/', successStatus: 201, public: true, tags,
        summary: 'Register a new user', output: RegisterOutput, errors: [400],
      },
    })
    .input(RegisterInput)
    .mutation(async ({ ctx, input }): Promise<RegisterOutputType> => {
      const issued = await register(ctx.deps.auth, { ...input, now: ctx.now });
      return {
        user: toUserObject(issued.user),
        tokens: { refresh: issued.refresh, access: issued.access },
        message: 'User registered successfully',
      };
    }),

  login: publicProcedure
    .meta({
      openapi: {
        method: 'POST', path: '/api/auth/login/', public: true, tags,
        summary: 'Obtain access and refresh tokens', output: LoginOutput, errors: [400, 401, 429],
      },
    })
    .input(LoginInput)
    .mutation(async ({ ctx, input }): Promise<LoginOutputType> => {
      const issued = await login(ctx.deps.auth, { ...input, clientKey: ctx.request.clientAddress, now: ctx.now });
      // The web app keeps the same session in an HttpOnly cookie; REST clients use the tokens.
      ctx.request.setSessionCookie?.(issued.sessionSecret);
      return { refresh: issued.refresh, access: issued.access, user: toUserObject(issued.user) };
    }),

  refresh: publicProcedure
    .meta({
      openapi: {
        method: 'POST', path: '/api/auth/refresh/', public: true, tags,
        summary: 'Rotate the refresh token and get a new access token', output: RefreshOutput, errors: [400, 401],
      },
    })
    .input(RefreshInput)
    .mutation(({ ctx, input }): Promise<RefreshOutputType> => refresh(ctx.deps.auth, { refresh: input.refresh, now: ctx.now })),

  logout: protectedProcedure
    .meta({
      openapi: {
        method: 'POST', path: '/api/auth/logout/', tags,
        summary: 'Blacklist the refresh token and end its session', output: MessageOutput, errors: [400, 401],
      },
    })
    .input(LogoutInput)
    .mutation(async ({ ctx, input }): Promise<MessageOutputType> => {
      await logout(ctx.deps.auth, { refresh: input.refresh ?? undefined, caller: ctx.user, now: ctx.now });
      return { message: 'Logout successful' };
    }),

  /** The web app's sign-out: ends the cookie's session, whatever tokens exist. */
  signOut: protectedProcedure.mutation(async ({ ctx }): Promise<MessageOutputType> => {
    await endSession(ctx.deps.auth, { sessionId: ctx.session.id, now: ctx.now });
    ctx.request.setSessionCookie?.(null);
    return { message: 'Logout successful' };
  }),

  me: protectedProcedure
    .meta({
      openapi: { method: 'GET', path: '/api/auth/user/', tags, summary: 'The current user', output: UserObject, errors: [401] },
    })
    .query(({ ctx }): UserObjectType => toUserObject(ctx.user)),

  updateProfile: protectedProcedure
    .meta({
      openapi: {
        method: 'PUT', path: '/api/auth/user/', tags,
        summary: 'Update the profile (first_name and last_name required)', output: UserObject, errors: [400, 401],
      },
    })
    .input(ProfilePutInput)
    .mutation(async ({ ctx, input }): Promise<UserObjectType> =>
      toUserObject(await updateProfile(ctx.deps.auth, { userId: ctx.user.id, changes: input, now: ctx.now })),
    ),

  patchProfile: protectedProcedure
    .meta({
      openapi: {
        method: 'PATCH', path: '/api/auth/user/', tags,
        summary: 'Partially update the profile', output: UserObject, errors: [400, 401],
      },
    })
    .input(ProfilePatchInput)
    .mutation(async ({ ctx, input }): Promise<UserObjectType> =>
      toUserObject(await updateProfile(ctx.deps.auth, { userId: ctx.user.id, changes: input, now: ctx.now })),
    ),

  changePassword: protectedProcedure
    .meta({
      openapi: {
        method: 'POST', path: '/api/auth/change-password/', tags,
        summary: 'Change the password (other sessions are signed out)', output: MessageOutput, errors: [400, 401],
      },
    })
    .input(ChangePasswordInput)
    .mutation(async ({ ctx, input }): Promise<MessageOutputType> => {
      await changePassword(ctx.deps.auth, { ...input, user: ctx.user, session: ctx.session, now: ctx.now });
      return { message: 'Password changed successfully' };
    }),

  stats: protectedProcedure
    .meta({
      openapi: { method: 'GET', path: '/api/auth/stats/', tags, summary: 'Account statistics', output: UserStatsOutput, errors: [401] },
    })
    .query(async ({ ctx }): Promise<UserStatsOutputType> =>
      userStats(ctx.user, await ctx.deps.applications.countByStatus(ctx.user.id)),
    ),

  addSkill: protectedProcedure
    .meta({
      openapi: { method: 'POST', path: '/api/auth/skills/add/', tags, summary: 'Add a skill', output: SkillsOutput, errors: [400, 401] },
    })
    .input(SkillInput)
    .mutation(async ({ ctx, input }): Promise<SkillsOutputType> => {
      const user = await addProfileSkill(ctx.deps.auth, { userId: ctx.user.id, skill: input.skill, now: ctx.now });
      return { message: 'Skill added successfully', skills: user.skills };
    }),

  removeSkill: protectedProcedure
    .meta({
      openapi: { method: 'POST', path: '/api/auth/skills/remove/', tags, summary: 'Remove a skill', output: SkillsOutput, errors: [400, 401] },
    })
    .input(SkillInput)
    .mutation(async ({ ctx, input }): Promise<SkillsOutputType> => {
      const user = await removeProfileSkill(ctx.deps.auth, { userId: ctx.user.id, skill: input.skill, now: ctx.now });
      return { message: 'Skill removed successfully', skills: user.skills };
    }),
});
