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
  type MessageOutput as MessageOutputType,
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
import { protectedProcedure, router } from './init.js';
import { protectedOperation, publicOperation } from './operation.js';

const tags = ['Authentication'];

export const authRouter = router({
  register: publicOperation({
    method: 'POST', path: '/api/auth/register/', successStatus: 201, public: true, tags,
    summary: 'Register a new user', output: RegisterOutput, errors: [400],
  })
    .input(RegisterInput)
    .mutation(async ({ ctx, input }) => {
      const issued = await register(ctx.deps.auth, { ...input, now: ctx.now });
      return {
        user: toUserObject(issued.user),
        tokens: { refresh: issued.refresh, access: issued.access },
        message: 'User registered successfully',
      };
    }),

  login: publicOperation({
    method: 'POST', path: '/api/auth/login/', public: true, tags,
    summary: 'Obtain access and refresh tokens', output: LoginOutput, errors: [400, 401, 429],
  })
    .input(LoginInput)
    .mutation(async ({ ctx, input }) => {
      const issued = await login(ctx.deps.auth, { ...input, clientKey: ctx.request.clientAddress, now: ctx.now });
      // The web app keeps the same session in an HttpOnly cookie; REST clients use the tokens.
      ctx.request.setSessionCookie?.(issued.sessionSecret);
      return { refresh: issued.refresh, access: issued.access, user: toUserObject(issued.user) };
    }),

  refresh: publicOperation({
    method: 'POST', path: '/api/auth/refresh/', public: true, tags,
    summary: 'Rotate the refresh token and get a new access token', output: RefreshOutput, errors: [400, 401],
  })
    .input(RefreshInput)
    .mutation(({ ctx, input }) => refresh(ctx.deps.auth, { refresh: input.refresh, now: ctx.now })),

  logout: protectedOperation({
    method: 'POST', path: '/api/auth/logout/', tags,
    summary: 'Blacklist the refresh token and end its session', output: MessageOutput, errors: [400, 401],
  })
    .input(LogoutInput)
    .mutation(async ({ ctx, input }) => {
      await logout(ctx.deps.auth, { refresh: input.refresh ?? undefined, caller: ctx.user, now: ctx.now });
      return { message: 'Logout successful' };
    }),

  /** The web app's sign-out: ends the cookie's session, whatever tokens exist. */
  signOut: protectedProcedure.mutation(async ({ ctx }): Promise<MessageOutputType> => {
    await endSession(ctx.deps.auth, { sessionId: ctx.session.id, now: ctx.now });
    ctx.request.setSessionCookie?.(null);
    return { message: 'Logout successful' };
  }),

  me: protectedOperation({ method: 'GET', path: '/api/auth/user/', tags, summary: 'The current user', output: UserObject, errors: [401] })
    .query(({ ctx }) => toUserObject(ctx.user)),

  updateProfile: protectedOperation({
    method: 'PUT', path: '/api/auth/user/', tags,
    summary: 'Update the profile (first_name and last_name required)', output: UserObject, errors: [400, 401],
  })
    .input(ProfilePutInput)
    .mutation(async ({ ctx, input }) =>
      toUserObject(await updateProfile(ctx.deps.auth, { userId: ctx.user.id, changes: input, now: ctx.now })),
    ),

  patchProfile: protectedOperation({
    method: 'PATCH', path: '/api/auth/user/', tags,
    summary: 'Partially update the profile', output: UserObject, errors: [400, 401],
  })
    .input(ProfilePatchInput)
    .mutation(async ({ ctx, input }) =>
      toUserObject(await updateProfile(ctx.deps.auth, { userId: ctx.user.id, changes: input, now: ctx.now })),
    ),

  changePassword: protectedOperation({
    method: 'POST', path: '/api/auth/change-password/', tags,
    summary: 'Change the password (other sessions are signed out)', output: MessageOutput, errors: [400, 401],
  })
    .input(ChangePasswordInput)
    .mutation(async ({ ctx, input }) => {
      await changePassword(ctx.deps.auth, { ...input, user: ctx.user, session: ctx.session, now: ctx.now });
      return { message: 'Password changed successfully' };
    }),

  stats: protectedOperation({ method: 'GET', path: '/api/auth/stats/', tags, summary: 'Account statistics', output: UserStatsOutput, errors: [401] })
    .query(async ({ ctx }) => userStats(ctx.user, await ctx.deps.applications.countByStatus(ctx.user.id))),

  addSkill: protectedOperation({ method: 'POST', path: '/api/auth/skills/add/', tags, summary: 'Add a skill', output: SkillsOutput, errors: [400, 401] })
    .input(SkillInput)
    .mutation(async ({ ctx, input }) => {
      const user = await addProfileSkill(ctx.deps.auth, { userId: ctx.user.id, skill: input.skill, now: ctx.now });
      return { message: 'Skill added successfully', skills: user.skills };
    }),

  removeSkill: protectedOperation({ method: 'POST', path: '/api/auth/skills/remove/', tags, summary: 'Remove a skill', output: SkillsOutput, errors: [400, 401] })
    .input(SkillInput)
    .mutation(async ({ ctx, input }) => {
      const user = await removeProfileSkill(ctx.deps.auth, { userId: ctx.user.id, skill: input.skill, now: ctx.now });
      return { message: 'Skill removed successfully', skills: user.skills };
    }),
});
