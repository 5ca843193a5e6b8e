/** The table's CSV and PDF exports: they follow the filters in the URL that the API can apply,
 * say what they will hold, and show their progress or why they failed on the line below. */
import { TransferStatus } from '../../components/transfer-status.js';
import { showToast } from '../../lib/toasts.js';
import { useTransfer } from '../../lib/use-transfer.js';
import { downloadExport, type ExportKind } from './application-transfers.js';
import { exportScope } from './export-scope.js';
import type { TableSearch } from './table-search.js';

const ACTIVITY: Record<ExportKind, string> = { 'applications-csv': 'Exporting the CSV', 'applications-pdf': 'Building the PDF report' };
const STATUS_ID = 'export-status';

export function useExport(search: TableSearch) {
  return useTransfer((kind: ExportKind, options) => downloadExport(kind, { status: search.status, company: search.company }, options), {
    onSuccess: (name) => showToast(`Downloaded ${name}.`),
  });
}

type Exporter = ReturnType<typeof useExport>;

export function ExportButtons({ exporter }: { exporter: Exporter }) {
  return (
    <>
      {(['applications-csv', 'applications-pdf'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="button-small"
          aria-describedby={STATUS_ID}
          disabled={exporter.isPending}
          onClick={() => exporter.mutate(kind)}
        >
          {kind === 'applications-csv' ? 'Export CSV' : 'Export PDF'}
        </button>
      ))}
    </>
  );
}

export function ExportStatus({ exporter, search }: { exporter: Exporter; search: TableSearch }) {
  return (
    <TransferStatus
      id={STATUS_ID}
      activity={exporter.variables ? ACTIVITY[exporter.variables] : 'Exporting'}
      progress={exporter.progress}
      error={exporter.error ? `Export failed: ${exporter.error.message}` : null}
      hint={exportScope(search)}
    />
  );
}
