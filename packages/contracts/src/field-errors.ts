/** Turns validation issues into DRF's error body: a map of field name to messages, nested for
 * nested objects, list items keyed by their index as a string. */
import { NOT_A_DICT_PREFIX } from './messages.js';

export type FieldErrors = { [field: string]: string[] | FieldErrors };

type PathKey = PropertyKey | { readonly key?: unknown };
export type IssueLike = { readonly message: string; readonly path?: ReadonlyArray<PathKey> | undefined };

export const NON_FIELD_ERRORS = 'non_field_errors';

function pathKeys(path: ReadonlyArray<PathKey> | undefined): string[] {
  return (path ?? []).map((item) => String(typeof item === 'object' && item !== null ? item.key : item));
}

export function toFieldErrors(issues: ReadonlyArray<IssueLike>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const keys = pathKeys(issue.path);
    // DRF reports an object that is not a dictionary inside that object's own map.
    if (keys.length === 0 || issue.message.startsWith(NOT_A_DICT_PREFIX)) keys.push(NON_FIELD_ERRORS);
    let node: FieldErrors = errors;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      if (next === undefined || Array.isArray(next)) node = node[key] = {};
      else node = next;
    }
    const leaf = keys[keys.length - 1] as string;
    const messages = node[leaf];
    if (Array.isArray(messages)) {
      if (!messages.includes(issue.message)) messages.push(issue.message);
    } else if (messages === undefined) {
      node[leaf] = [issue.message];
    }
  }
  return errors;
}
