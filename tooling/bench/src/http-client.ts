/** Minimal JSON-over-REST calls for the bench's setup steps (every request bounded in time). */

export type JsonResponse = { status: number; body: unknown; bytes: Buffer };

export async function requestJson(options: {
  url: string;
  method?: string;
  token?: string;
  body?: unknown;
  timeoutMs?: number;
}): Promise<JsonResponse> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(options.url, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text for error messages
  }
  return { status: response.status, body, bytes };
}

/** Throws with the response text when the status is not the expected one. */
export function expectStatus(response: JsonResponse, expected: number, what: string): void {
  if (response.status !== expected) {
    throw new Error(`${what}: expected ${expected}, got ${response.status}: ${response.bytes.toString('utf8').slice(0, 500)}`);
  }
}
