/** User record -> the contract's UserObject, field by field in the contract's key order. */
import { formatDateTime, type UserObject } from '@jobtracker/contracts';
import { fullName, type User } from '@jobtracker/core';

export function toUserObject(user: User): UserObject {
  return {
    id: user.id,
    email: user.email,
    first_name: user.first_name,
    last_name: user.last_name,
    full_name: fullName(user),
    phone: user.phone,
    location: user.location,
    linkedin_url: user.linkedin_url,
    github_url: user.github_url,
    portfolio_url: user.portfolio_url,
    current_role: user.current_role,
    years_of_experience: user.years_of_experience,
    bio: user.bio,
    skills: [...user.skills],
    resume_url: user.resume_url,
    is_active: user.is_active,
    date_joined: formatDateTime(user.date_joined),
    updated_at: formatDateTime(user.updated_at),
    last_login: user.last_login ? formatDateTime(user.last_login) : null,
  };
}
