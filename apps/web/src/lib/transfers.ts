/** File transfers of the import, the account archive and the proof of search: multipart uploads
 * with upload progress (XMLHttpRequest: only it reports upload progress in browsers) and
 * downloads saved under the server's file name. These are the server's file routes, which take
 * the same HttpOnly session cookie as tRPC; uploads come from this page, so the browser's Origin
 * header satisfies the server's same-origin check. Failures are shaped like tRPC's errors
 * (`data.httpStatus`, `data.contract`), so `errorText`, `fieldErrorsOf` and the query cache's 401
 * handling read them like any other. */
import type { ContractBody } from './api-errors.js';

/** Bytes moved so far; `total` is null when unknown. */
export type TransferProgress = { loaded: number; total: number | null };

export type TransferOptions = { onProgress?: (progress: TransferProgress) => void; signal?: AbortSignal };

export class TransferError extends Error {
  readonly data: { httpStatus: number; contract?: ContractBody };
  constructor(message: string, httpStatus: number, contract?: ContractBody) {
    super(message);
    this.name = 'TransferError';
    this.data = { httpStatus, ...(contract ? { contract } : {}) };
  }
}

const OFFLINE = 'The server could not be reached. Check your connection and try again.';

function parseBody(text: string): ContractBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ContractBody) : undefined;
  } catch {
    return undefined;
  }
}

function refusal(status: number, text: string): TransferError {
  const body = parseBody(text);
  const message = status === 413 ? 'The file is too large for the server.' : `The server refused the request (${status}).`;
  return new TransferError(message, status, body ?? (status === 413 ? { detail: message } : undefined));
}

/** Sends `form` as multipart and resolves to the JSON answer. */
export function uploadForm<T>(url: string, form: FormData, options: TransferOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        const body = parseBody(request.responseText);
        if (body) resolve(body as T);
        else reject(new TransferError('The server sent an answer this page cannot read.', request.status));
      } else {
        reject(refusal(request.status, request.responseText));
      }
    };
    request.onerror = () => reject(new TransferError(OFFLINE, 0));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}

/** Downloads `url` and saves it under the name the server gives; resolves to that name. */
export async function downloadFile(url: string, fallbackName: string, options: TransferOptions = {}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new TransferError(OFFLINE, 0);
  }
  if (!response.ok) throw refusal(response.status, await response.text());
  const length = response.headers.get('Content-Encoding') ? null : Number(response.headers.get('Content-Length') ?? NaN);
  const total = length !== null && Number.isFinite(length) ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      chunks.push(part.value);
      loaded += part.value.byteLength;
      options.onProgress?.({ loaded, total });
    }
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  saveBlob(new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' }), name);
  return name;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download synchronously; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "1.2 MB of 3.4 MB", for progress text. */
export function byteText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
