/** The demo account of contract section 11, used by the seed command and the black-box scripts. */
export const DEMO_USER_CREDENTIALS = { email: 'demo@example.com', password: 'DemoPass123!' } as const;

export const DEMO_USER_NAME = { first_name: 'Demo', last_name: 'User' } as const;

/** Set only when the demo user is created, never on an existing account. */
export const DEMO_USER_NEW_PROFILE = {
  skills: ['Python', 'Django', 'React', 'MongoDB', 'AWS', 'Docker'],
  years_of_experience: 1.5,
  current_role: 'Backend Developer',
} as const;

/** The default number of applications (the original's prompt default). */
export const DEMO_DEFAULT_COUNT = 50;
