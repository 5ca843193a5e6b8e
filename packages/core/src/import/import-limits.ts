/** What one import accepts, and the error every refusal of the whole file becomes: a field error
 * on `file`, in the contract's DRF shape, so the transports need nothing new. */
import { validationError, type DomainError } from '../shared/domain-error.js';

/** Larger files are refused before they are parsed further (10,000 rows are about 3 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_COLUMNS = 200;
/** Characters in one cell: the contract's longest text field. */
export const MAX_CELL_CHARS = 100_000;

export function fileError(message: string): DomainError<'VALIDATION.FAILED'> {
  return validationError({ file: [message] });
}
