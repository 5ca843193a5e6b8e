/** Every migration, in order. Append new ones; never edit one that has shipped. */
import { initialSchema } from './0001-initial.js';
import { loginAttempts } from './0002-login-attempts.js';
import { userSettings } from './0003-user-settings.js';
import { applicationRevisions } from './0004-application-revisions.js';
import { contactsAndImports } from './0005-contacts-and-imports.js';
import type { Migration } from './migration.js';

export const MIGRATIONS: readonly Migration[] = [initialSchema, loginAttempts, userSettings, applicationRevisions, contactsAndImports];
