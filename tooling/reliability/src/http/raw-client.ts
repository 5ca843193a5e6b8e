/** HTTP requests exactly as written: any method, a path sent byte for byte (odd encodings
 * included), any headers Node lets through and a raw body, over a keep-alive agent, each bounded
 * in time. The answer is read whole.
 *
 * A keep-alive connection left idle for about the server's keep-alive timeout (5 s) may be closed
 * by the server just as a request goes out on it; the server never read that request, so it is
 * sent again once on a new connection (counted in `staleRetries`), as HTTP clients do. */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export type RawRequest = {
  method: string;
  /** Path and query, already percent-encoded as they should go on the wire. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
};

export type RawResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Milliseconds from sending to the last byte. */
  durationMs: number;
  text(): string;
  json<T = unknown>(): T;
};

/** A failure of the exchange itself (refused, reset, timed out), not an HTTP status. */
export class TransportError extends Error {
  /** The request sent before this one on the same keep-alive connection, if any: a connection
   * broken by the previous exchange shows up on the next one. */
  previousOnConnection?: string;
  /** How long the connection had been idle before this request (0 for a new one). */
  idleMs = 0;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type HttpClient = { send(req: RawRequest): Promise<RawResponse>; close(): void; baseUrl: string; staleRetries(): number };

/** Node's http server closes idle keep-alive connections after 5 s. */
const STALE_AFTER_MS = 3_000;

const lastRequest = new WeakMap<object, { text: string; at: number }>();

export function createHttpClient(baseUrl: string, options: { maxSockets?: number } = {}): HttpClient {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 32 });
  const { hostname, port } = new URL(baseUrl);
  let retries = 0;

  function once(req: RawRequest, useAgent: Agent | false): Promise<RawResponse> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const body = req.body === undefined ? undefined : typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body;
      const headers: Record<string, string> = { ...req.headers };
      if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) headers['Content-Length'] = String(body.length);
      let outgoing;
      try {
        outgoing = request({ host: hostname, port, method: req.method, path: req.path, headers, agent: useAgent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => reject(new TransportError('RESPONSE_ERROR', error.message)));
          res.on('end', () => {
            const bytes = Buffer.concat(chunks);
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: bytes,
              durationMs: performance.now() - started,
              text: () => bytes.toString('utf8'),
              json: <T>() => JSON.parse(bytes.toString('utf8')) as T,
            });
          });
        });
      } catch (error) {
        // Node refuses some paths and header values before sending anything.
        reject(new TransportError('CLIENT_REFUSED', (error as Error).message));
        return;
      }
      let previous: string | undefined;
      let idleMs = 0;
      outgoing.on('socket', (socket) => {
        const last = lastRequest.get(socket);
        if (last) {
          idleMs = performance.now() - last.at;
          previous = `${last.text}, ${Math.round(idleMs)} ms before`;
        }
        lastRequest.set(socket, { text: `${req.method} ${req.path.slice(0, 120)}${body ? ` (${body.length} bytes)` : ''}`, at: performance.now() });
      });
      outgoing.setTimeout(req.timeoutMs ?? 30_000, () => outgoing.destroy(new TransportError('TIMEOUT', `no answer in ${req.timeoutMs ?? 30_000} ms`)));
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        const failure = error instanceof TransportError ? error : new TransportError(error.code ?? 'ERROR', error.message);
        if (previous) failure.previousOnConnection = previous;
        failure.idleMs = idleMs;
        reject(failure);
      });
      outgoing.end(body);
    });
  }

  async function send(req: RawRequest): Promise<RawResponse> {
    try {
      return await once(req, agent);
    } catch (error) {
      const stale = error instanceof TransportError && ['ECONNRESET', 'EPIPE'].includes(error.code) && error.idleMs >= STALE_AFTER_MS;
      if (!stale) throw error;
      retries++;
      return once(req, false);
    }
  }

  return { send, close: () => agent.destroy(), baseUrl, staleRetries: () => retries };
}
