/** The server's field errors on a react-hook-form form: which field a contract path belongs to,
 * setting them, and reading a field's message back. */
import { get, type FieldErrors, type FieldPath, type FieldValues, type UseFormSetError } from 'react-hook-form';

/** The form field of a contract path, or undefined where the form has none. */
export type FieldOf = (path: string) => string | undefined;

/** For forms whose fields carry the contract's names: an item of a list ("tags.2") belongs to the
 * list's field. */
export function fieldIn(fields: ReadonlySet<string>): FieldOf {
  return (path) => {
    const field = path.replace(/\.\d+$/, '');
    return fields.has(field) ? field : undefined;
  };
}

/** Sets each error on its field; answers those without one, as "path: message". */
export function placeFieldErrors<V extends FieldValues>(
  fields: Record<string, string>,
  setError: UseFormSetError<V>,
  fieldOf: FieldOf,
  { shouldFocus = true }: { shouldFocus?: boolean } = {},
): string[] {
  const unplaced: string[] = [];
  for (const [path, text] of Object.entries(fields)) {
    const field = fieldOf(path);
    if (field === undefined) unplaced.push(`${path}: ${text}`);
    else setError(field as FieldPath<V>, { type: 'server', message: text }, { shouldFocus });
  }
  return unplaced;
}

/** A field's message; for a list field (tokens), its first item's. */
export function fieldMessage(errors: FieldErrors, path: string): string | undefined {
  const found = get(errors, path) as { message?: string } | Array<{ message?: string }> | undefined;
  if (Array.isArray(found)) return found.find(Boolean)?.message;
  return found?.message;
}
