/** Auth and profile inputs and outputs (contract section 4). */
import * as v from 'valibot';
import { char, dict, email, float, list, url } from './fields.js';
import { dateTimeText } from './query.js';

/** Long enough for any passphrase, short enough to keep hashing cheap to refuse. */
export const PASSWORD_MAX_LENGTH = 4096;
const password = () => char({ max: PASSWORD_MAX_LENGTH });
const name = () => char({ max: 150 });
const optionalText = (max?: number) => v.optional(v.nullable(char({ ...(max ? { max } : {}), blank: true })));
const optionalUrl = () => v.optional(v.nullable(url({ max: 200, blank: true })));

export const RegisterInput = dict({
  email: email({ max: 254 }),
  password: password(),
  password_confirm: password(),
  first_name: name(),
  last_name: name(),
});

export const LoginInput = dict({
  email: char({ max: 254 }),
  password: password(),
});

export const RefreshInput = dict({
  refresh: char({ max: 4096 }),
});

/** Missing or blank is the use case's 400 `{"error": "Refresh token is required"}`. */
export const LogoutInput = dict({
  refresh: v.optional(v.nullable(char({ max: 4096, blank: true }))),
});

export const ChangePasswordInput = dict({
  old_password: password(),
  new_password: password(),
  new_password_confirm: password(),
});

export const SkillInput = dict({
  skill: char({ max: 100 }),
});

const profileFields = {
  phone: optionalText(20),
  location: optionalText(200),
  linkedin_url: optionalUrl(),
  github_url: optionalUrl(),
  portfolio_url: optionalUrl(),
  current_role: optionalText(200),
  years_of_experience: v.optional(float({ min: 0, max: 100 })),
  bio: optionalText(),
  /** A list of skill names (the original took any JSON here: defect 14.19). */
  skills: v.optional(list(char({ max: 100 }))),
  resume_url: optionalText(500),
};

/** PUT: first and last name required, everything else optional. */
export const ProfilePutInput = dict({
  first_name: name(),
  last_name: name(),
  ...profileFields,
});

/** PATCH: the same fields, all optional; email and is_active are not writable (defect 14.18). */
export const ProfilePatchInput = dict({
  first_name: v.optional(name()),
  last_name: v.optional(name()),
  ...profileFields,
});

const nullableString = v.nullable(v.string());

export const UserObject = v.object({
  id: v.number(),
  email: v.string(),
  first_name: v.string(),
  last_name: v.string(),
  full_name: v.string(),
  phone: nullableString,
  location: nullableString,
  linkedin_url: nullableString,
  github_url: nullableString,
  portfolio_url: nullableString,
  current_role: nullableString,
  years_of_experience: v.number(),
  bio: nullableString,
  skills: v.array(v.string()),
  resume_url: nullableString,
  is_active: v.boolean(),
  date_joined: dateTimeText,
  updated_at: dateTimeText,
  last_login: v.nullable(dateTimeText),
});

export const TokenPairOutput = v.object({ refresh: v.string(), access: v.string() });

export const RegisterOutput = v.object({
  user: UserObject,
  tokens: TokenPairOutput,
  message: v.string(),
});

export const LoginOutput = v.object({ refresh: v.string(), access: v.string(), user: UserObject });
export const RefreshOutput = v.object({ access: v.string(), refresh: v.string() });
export const MessageOutput = v.object({ message: v.string() });
export const SkillsOutput = v.object({ message: v.string(), skills: v.array(v.string()) });
export const UserStatsOutput = v.object({
  total_applications: v.number(),
  status_breakdown: v.record(v.string(), v.number()),
  total_skills: v.number(),
  profile_completion: v.number(),
});

export const ApiRootOutput = v.object({
  message: v.string(),
  version: v.string(),
  documentation: v.object({ swagger: v.string(), redoc: v.string(), openapi_schema: v.string() }),
  endpoints: v.object({ auth: v.string(), applications: v.string(), companies: v.string(), analytics: v.string() }),
});

export type UserObject = v.InferOutput<typeof UserObject>;
export type RegisterOutput = v.InferOutput<typeof RegisterOutput>;
export type LoginOutput = v.InferOutput<typeof LoginOutput>;
export type RefreshOutput = v.InferOutput<typeof RefreshOutput>;
export type MessageOutput = v.InferOutput<typeof MessageOutput>;
export type SkillsOutput = v.InferOutput<typeof SkillsOutput>;
export type UserStatsOutput = v.InferOutput<typeof UserStatsOutput>;
export type ApiRootOutput = v.InferOutput<typeof ApiRootOutput>;
