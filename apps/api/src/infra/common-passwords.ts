/** The common-password list: Mozilla's 50,000 most common passwords (from SecLists), as used by
 * Firefox Accounts, loaded on the first password checked (registration or a change), not at
 * start-up. Django compares lowercased passwords; so does core's policy. */
import type { CommonPasswords } from '@jobtracker/core';
import { createRequire } from 'node:module';

type FxaList = { test(password: string): boolean };

export function loadCommonPasswords(): CommonPasswords {
  let list: FxaList | undefined;
  return { has: (lowercased) => (list ??= createRequire(import.meta.url)('fxa-common-password-list') as FxaList).test(lowercased) };
}
