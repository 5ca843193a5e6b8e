/** Maps between `users` documents and the core `User`: the integer id is the `_id`, dates are
 * BSON dates, and `email_lower` is the lowercased copy the case-insensitive lookup matches. */
import type { NewUser, User } from '@jobtracker/core';
import type { Document } from '../minimal-db.js';
import { assertStorableKeys, foldCase, withoutUndefined } from '../safe-values.js';

export function userFromDoc(doc: Document): User {
  // Field by field: the version and the lowercased copy stay inside the adapter.
  return {
    id: doc['_id'] as number,
    email: doc['email'] as string,
    password_hash: doc['password_hash'] as string,
    first_name: doc['first_name'] as string,
    last_name: doc['last_name'] as string,
    phone: doc['phone'] as string | null,
    location: doc['location'] as string | null,
    linkedin_url: doc['linkedin_url'] as string | null,
    github_url: doc['github_url'] as string | null,
    portfolio_url: doc['portfolio_url'] as string | null,
    current_role: doc['current_role'] as string | null,
    years_of_experience: doc['years_of_experience'] as number,
    bio: doc['bio'] as string | null,
    skills: [...(doc['skills'] as string[])],
    resume_url: doc['resume_url'] as string | null,
    is_active: doc['is_active'] as boolean,
    date_joined: doc['date_joined'] as Date,
    updated_at: doc['updated_at'] as Date,
    last_login: doc['last_login'] as Date | null,
  };
}

/** The stored document (without `_id` and version) of a user. */
export function userToDoc(user: NewUser): Document {
  const doc = withoutUndefined({
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
    skills: user.skills,
    resume_url: user.resume_url,
    is_active: user.is_active,
    date_joined: user.date_joined,
    updated_at: user.updated_at,
    last_login: user.last_login,
  });
  assertStorableKeys(doc);
  return doc;
}
