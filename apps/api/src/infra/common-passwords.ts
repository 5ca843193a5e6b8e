/** The common-password list: Mozilla's 50,000 most common passwords (from SecLists), as used by
 * Firefox Accounts. Django compares lowercased passwords; so does core's policy. */
import type { CommonPasswords } from '@jobtracker/core';
import { createRequire } from 'node:module';

type FxaList = { test(password: string): boolean };

export function loadCommonPasswords(): CommonPasswords {
  const list = createRequire(import.meta.url)('fxa-common-password-list') as FxaList;
  return { has: (lowercased) => list.test(lowercased) };
}
