/** Every file transfer the app makes: uploads (resume, attachments) and exports (CSV, PDF). Files
 * do not travel over tRPC, so these are the server's file routes, which take the same HttpOnly
 * session cookie as tRPC (uploads only from this origin: the browser's Origin header proves it,
 * so nothing else is needed here). Failures are `FileTransferError`s shaped like tRPC's errors
 * (`data.httpStatus`, `data.contract`), so `errorText` reads them and a 401 ends the session
 * through the query cache like any other. Media files (`file_url`) are plain links. */
import type { ContractBody } from './api-errors.js';

type UploadedFile = { filename: string; file_url: string; file_type?: string; uploaded_at: string };

/** Bytes moved so far; `total` is null when the server does not say (a streamed CSV). */
export type TransferProgress = { loaded: number; total: number | null };

export type TransferOptions = { onProgress?: (progress: TransferProgress) => void; signal?: AbortSignal };

class FileTransferError extends Error {
  readonly data: { httpStatus: number; contract?: ContractBody };
  constructor(message: string, httpStatus: number, contract?: ContractBody) {
    super(message);
    this.name = 'FileTransferError';
    this.data = { httpStatus, ...(contract ? { contract } : {}) };
  }
}

const OFFLINE = 'The server could not be reached. Check your connection and try again.';

function readableMessage(status: number, body: ContractBody | undefined): string {
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 403) return 'The server refused a request that did not come from this page. Reload and try again.';
  if (body) {
    if (Array.isArray(body['errors'])) return body['errors'].join(' ');
    for (const key of ['error', 'detail', 'message'] as const) if (typeof body[key] === 'string') return body[key];
    const file = body['file'];
    if (Array.isArray(file)) return file.join(' ');
  }
  return `The server refused the file (${status}).`;
}

function parseBody(text: string): ContractBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ContractBody) : undefined;
  } catch {
    return undefined;
  }
}

function refusal(status: number, text: string): FileTransferError {
  const body = parseBody(text);
  return new FileTransferError(readableMessage(status, body), status, body);
}

/** XMLHttpRequest, not fetch: only it reports upload progress in browsers today. */
function upload<T>(url: string, file: File, options: TransferOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        const body = parseBody(request.responseText);
        if (body) resolve(body as T);
        else reject(new FileTransferError('The server sent an answer this page cannot read.', request.status));
      } else {
        reject(refusal(request.status, request.responseText));
      }
    };
    request.onerror = () => reject(new FileTransferError(OFFLINE, 0));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

export async function uploadResume(file: File, options?: TransferOptions): Promise<UploadedFile> {
  return (await upload<{ file: UploadedFile }>('/api/applications/upload-resume/', file, options)).file;
}

export async function attachFile(applicationId: string, file: File, options?: TransferOptions): Promise<UploadedFile> {
  return (await upload<{ file: UploadedFile }>(`/api/applications/${encodeURIComponent(applicationId)}/attach/`, file, options)).file;
}

export type ExportKind = 'applications-csv' | 'applications-pdf';

const EXPORT_PATHS: Record<ExportKind, string> = {
  'applications-csv': '/api/analytics/export/applications/csv/',
  'applications-pdf': '/api/analytics/export/applications/pdf/',
};

/** The filters each export accepts (the API's own): the CSV takes status and company, the PDF
 * report status only. */
const EXPORT_FILTERS: Record<ExportKind, ReadonlyArray<'status' | 'company'>> = {
  'applications-csv': ['status', 'company'],
  'applications-pdf': ['status'],
};

type ExportFilters = { status?: string | undefined; company?: string | undefined };

function exportUrl(kind: ExportKind, filters: ExportFilters): string {
  const query = new URLSearchParams();
  for (const key of EXPORT_FILTERS[kind]) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return query.size > 0 ? `${EXPORT_PATHS[kind]}?${query}` : EXPORT_PATHS[kind];
}

/** Downloads an export with the filters it supports, reporting progress, and saves it under the
 * server's file name. */
export async function downloadExport(kind: ExportKind, filters: ExportFilters, options: TransferOptions = {}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(exportUrl(kind, filters), { credentials: 'same-origin', ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new FileTransferError(OFFLINE, 0);
  }
  if (!response.ok) throw refusal(response.status, await response.text());
  // A compressed answer's length is not the length of what the stream yields.
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
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `${kind}.${kind.endsWith('pdf') ? 'pdf' : 'csv'}`;
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

export const ACCEPTED_RESUME = '.pdf,.doc,.docx,.txt';
export const ACCEPTED_DOCUMENT = '.pdf,.doc,.docx,.txt,.jpg,.jpeg,.png';
