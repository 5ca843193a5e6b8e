/** The few REST calls the harness sets its fixtures up with: register, log in, create, upload.
 * Every call checks its status and throws with the answer's text otherwise. */
import type { HttpClient, RawResponse } from '../http/raw-client.js';

export type Account = { id: number; email: string; password: string; access: string; refresh: string };

export const PASSWORD = 'Reliable-Pass-2024!';

export function jsonRequest(method: string, path: string, token: string | undefined, body?: unknown) {
  return {
    method,
    path,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

export function expectStatus(response: RawResponse, expected: number | number[], what: string): RawResponse {
  const allowed = Array.isArray(expected) ? expected : [expected];
  if (!allowed.includes(response.status)) throw new Error(`${what}: expected ${allowed.join(' or ')}, got ${response.status}: ${response.text().slice(0, 300)}`);
  return response;
}

export async function register(client: HttpClient, email: string, password = PASSWORD): Promise<Account> {
  const answer = await client.send(
    jsonRequest('POST', '/api/auth/register/', undefined, { email, password, password_confirm: password, first_name: 'Rel', last_name: 'Iable' }),
  );
  const body = expectStatus(answer, 201, `register ${email}`).json<{ user: { id: number }; tokens: { access: string; refresh: string } }>();
  return { id: body.user.id, email, password, access: body.tokens.access, refresh: body.tokens.refresh };
}

/** A new session of an existing account. */
export async function login(client: HttpClient, account: Pick<Account, 'email' | 'password' | 'id'>): Promise<Account> {
  const answer = await client.send(jsonRequest('POST', '/api/auth/login/', undefined, { email: account.email, password: account.password }));
  const body = expectStatus(answer, 200, `login ${account.email}`).json<{ access: string; refresh: string }>();
  return { ...account, access: body.access, refresh: body.refresh };
}

/** A multipart body with one `file` part (and optional text fields). */
export function multipart(file: { name: string; type: string; bytes: Buffer }, fields: Record<string, string> = {}): { boundary: string; body: Buffer } {
  const boundary = `----reliability${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { boundary, body: Buffer.concat(parts) };
}

export function uploadRequest(path: string, token: string, file: { name: string; type: string; bytes: Buffer }) {
  const { boundary, body } = multipart(file);
  return { method: 'POST', path, headers: { Authorization: `Bearer ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body };
}

/** An application body with every date given, so the answers do not depend on the clock. */
export function applicationBody(label: string): Record<string, unknown> {
  return {
    company: { name: `${label} Corp`, website: 'https://example.com', industry: 'Technology', location: 'Remote' },
    job: { title: `${label} engineer`, salary_min: 50000, salary_max: 90000, employment_type: 'full-time' },
    application: { source: 'LinkedIn', status: 'applied', applied_date: '2025-01-15T10:00:00Z' },
    requirements: { skills_required: ['TypeScript'], years_experience: 2 },
    notes: `notes of ${label}`,
  };
}
