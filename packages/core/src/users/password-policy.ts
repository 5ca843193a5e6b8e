/** Django's default password validators, minus the similarity check (it needs the saved user):
 * at least 8 characters, not a common password, not entirely numeric. */
export interface CommonPasswords {
  /** Whether the lowercased password is on the common-password list. */
  has(lowercasedPassword: string): boolean;
}

export const PASSWORD_MIN_LENGTH = 8;

export const PASSWORD_MESSAGES = {
  tooShort: `This password is too short. It must contain at least ${PASSWORD_MIN_LENGTH} characters.`,
  tooCommon: 'This password is too common.',
  entirelyNumeric: 'This password is entirely numeric.',
} as const;

/** The messages for every rule the password breaks, in Django's order; empty when it is fine. */
export function passwordProblems(password: string, common: CommonPasswords): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(PASSWORD_MESSAGES.tooShort);
  if (common.has(password.toLowerCase().trim())) problems.push(PASSWORD_MESSAGES.tooCommon);
  if (/^\d+$/.test(password)) problems.push(PASSWORD_MESSAGES.entirelyNumeric);
  return problems;
}
