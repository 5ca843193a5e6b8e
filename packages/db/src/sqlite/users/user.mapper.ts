/** Maps between `users` rows and the core `User`. */
import type { NewUser, User } from '@jobtracker/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { UsersTable } from '../schema.js';
import { foldCase, fromIsoText, fromNullableIsoText, toIsoText, toNullableIsoText, toSqliteBoolean } from '../stored-values.js';

export function userFromRow(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    password_hash: row.password_hash,
    first_name: row.first_name,
    last_name: row.last_name,
    phone: row.phone,
    location: row.location,
    linkedin_url: row.linkedin_url,
    github_url: row.github_url,
    portfolio_url: row.portfolio_url,
    current_role: row.current_role,
    years_of_experience: row.years_of_experience,
    bio: row.bio,
    skills: JSON.parse(row.skills) as string[],
    resume_url: row.resume_url,
    is_active: row.is_active === 1,
    date_joined: fromIsoText(row.date_joined),
    updated_at: fromIsoText(row.updated_at),
    last_login: fromNullableIsoText(row.last_login),
  };
}

/** The columns `userFromRow` reads, for queries that take rows as arrays. */
export const USER_COLUMNS = [
  'id', 'email', 'password_hash', 'first_name', 'last_name', 'phone', 'location', 'linkedin_url', 'github_url',
  'portfolio_url', 'current_role', 'years_of_experience', 'bio', 'skills', 'resume_url', 'is_active', 'date_joined',
  'updated_at', 'last_login',
] as const satisfies ReadonlyArray<keyof Selectable<UsersTable>>;

/** A user from `USER_COLUMNS`' values, starting at `offset` of a row read as an array. */
export function userFromValues(values: readonly unknown[], offset = 0): User {
  const row = {} as Record<(typeof USER_COLUMNS)[number], unknown>;
  USER_COLUMNS.forEach((column, index) => (row[column] = values[offset + index]));
  return userFromRow(row as Selectable<UsersTable>);
}

export function newUserToRow(user: NewUser): Insertable<UsersTable> {
  return {
    email: user.email,
    email_lower: foldCase(user.email),
    password_hash: user.password_hash,
    first_name: user.first_name,
    last_name: user.last_name,
    phone: user.phone,
    location: user.location,
    linkedin_url: user.linkedin_url,
    github_url: user.github_url,
    portfolio_url: user.portfolio_url,
    current_role: user.current_role,
    years_of_experience: user.years_of_experience,
    bio: user.bio,
    skills: JSON.stringify(user.skills),
    resume_url: user.resume_url,
    is_active: toSqliteBoolean(user.is_active),
    date_joined: toIsoText(user.date_joined),
    updated_at: toIsoText(user.updated_at),
    last_login: toNullableIsoText(user.last_login),
  };
}

/** Every column of an updated user except the id, which never changes. */
export function userToUpdateRow(user: User): Updateable<UsersTable> {
  return newUserToRow(user);
}
