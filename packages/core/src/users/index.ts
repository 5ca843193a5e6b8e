/** Users and profile: normalisation, password policy, skills, profile completion; the user store
 * port. */
export type { User, NewUser, ProfileChanges } from './user.js';
export { EDITABLE_PROFILE_FIELDS, fullName, normalizeEmail, profileCompletion } from './user.js';
export type { CommonPasswords } from './password-policy.js';
export { passwordProblems, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH } from './password-policy.js';
export type { PasswordHasher, UserRepository } from './ports.js';
export { addSkill, removeSkill } from './skills.js';
export { addProfileSkill, removeProfileSkill, updateProfile, userStats } from './profile.js';
export type { UserStats } from './profile.js';
