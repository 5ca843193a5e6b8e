/** Password change: old password and new-password rules reported together, then the
 * confirmation. Every other session of the user is revoked; the caller's own stays valid, so a
 * client written for the original keeps working with the token it holds. */
import { validationError, type FieldErrorMap } from '../shared/domain-error.js';
import { passwordProblems } from '../users/password-policy.js';
import type { User } from '../users/user.js';
import type { AuthDeps } from './deps.js';
import type { Session } from './session.js';

export type ChangePasswordCommand = {
  user: User;
  session: Session;
  old_password: string;
  new_password: string;
  new_password_confirm: string;
  now: Date;
};

export async function changePassword(deps: AuthDeps, command: ChangePasswordCommand): Promise<void> {
  const { user, now } = command;
  const errors: FieldErrorMap = {};
  if (!(await deps.hasher.verify(user.password_hash, command.old_password))) {
    errors['old_password'] = ['Old password is incorrect.'];
  }
  const problems = passwordProblems(command.new_password, deps.commonPasswords);
  if (problems.length > 0) errors['new_password'] = problems;
  if (Object.keys(errors).length > 0) throw validationError(errors);
  if (command.new_password !== command.new_password_confirm) {
    throw validationError({ new_password: ["New password fields didn't match."] });
  }
  const password_hash = await deps.hasher.hash(command.new_password);
  await deps.users.update(user.id, () => ({ password_hash, updated_at: now }));
  await deps.sessions.revokeAllOfUser(user.id, now, command.session.id);
}
