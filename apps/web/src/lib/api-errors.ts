/** Reading the server's errors: tRPC errors carry the REST contract's body in `data.contract`
 * (a DRF field map, `{detail}`, `{error}`, `{errors}` or `{message}`) and its HTTP status. */

export type ContractBody = Record<string, unknown>;

type ErrorData = { contract?: ContractBody; httpStatus?: number };

function dataOf(error: unknown): ErrorData | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as { data?: ErrorData }).data;
}

export function httpStatusOf(error: unknown): number | undefined {
  return dataOf(error)?.httpStatus;
}

export function isUnauthenticated(error: unknown): boolean {
  return httpStatusOf(error) === 401;
}

/** Field messages keyed by dot path (`company.name`, `requirements.skills_required.0`). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const body = dataOf(error)?.contract;
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) {
      if (node.every((item) => typeof item === 'string') && path.length > 0) out[path.join('.')] = node.join(' ');
      return;
    }
    if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
    }
  };
  if (body && !('detail' in body) && !('error' in body) && !('message' in body) && !('errors' in body)) walk(body, []);
  return out;
}

/** One sentence a person can read, whatever shape the error body has. */
export function errorText(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  const body = dataOf(error)?.contract;
  if (body) {
    for (const key of ['detail', 'error', 'message'] as const) {
      const value = body[key];
      if (typeof value === 'string') return value;
    }
    if (Array.isArray(body['errors'])) return body['errors'].join(' ');
    const fields = Object.entries(fieldErrorsOf(error));
    if (fields.length > 0) return fields.map(([path, message]) => `${path}: ${message}`).join(' ');
  }
  if (error instanceof TypeError) return 'The server could not be reached. Check your connection and try again.';
  return fallback;
}
