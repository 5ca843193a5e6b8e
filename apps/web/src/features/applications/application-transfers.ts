/** The applications' file routes: attaching a document to an application, and the table's CSV and
 * PDF exports with the filters each accepts (the API's own: the CSV takes status and company,
 * the PDF report status only). */
import { downloadFile, uploadFile, type TransferOptions } from '../../lib/transfers.js';

type UploadedFile = { filename: string; file_url: string; file_type?: string; uploaded_at: string };

export const ACCEPTED_DOCUMENT = '.pdf,.doc,.docx,.txt,.jpg,.jpeg,.png';

export async function attachFile(applicationId: string, file: File, options?: TransferOptions): Promise<UploadedFile> {
  return (await uploadFile<{ file: UploadedFile }>(`/api/applications/${encodeURIComponent(applicationId)}/attach/`, file, options)).file;
}

export type ExportKind = 'applications-csv' | 'applications-pdf';

const EXPORT_PATHS: Record<ExportKind, string> = {
  'applications-csv': '/api/analytics/export/applications/csv/',
  'applications-pdf': '/api/analytics/export/applications/pdf/',
};

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

/** Downloads an export with the filters it supports and saves it under the server's file name. */
export function downloadExport(kind: ExportKind, filters: ExportFilters, options?: TransferOptions): Promise<string> {
  return downloadFile(exportUrl(kind, filters), `${kind}.${kind.endsWith('pdf') ? 'pdf' : 'csv'}`, options);
}
