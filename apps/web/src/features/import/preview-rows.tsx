/** Every row of the preview with what will happen to it and its problems, 50 at a time; "Only rows
 * with problems" narrows the list to what needs a look. */
import { useState } from 'react';
import { statusLabel } from '../../lib/statuses.js';
import { formatDate } from '../../lib/time.js';
import type { Preview } from './import-targets.js';

const PER_PAGE = 50;

const OUTCOMES: Record<Preview['rows'][number]['outcome'], { text: string; className: string }> = {
  new: { text: 'New', className: 'badge' },
  duplicate: { text: 'Imported before', className: 'badge' },
  invalid: { text: 'Skipped: has errors', className: 'badge badge-danger' },
};

export function PreviewRows({ rows }: { rows: Preview['rows'] }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [page, setPage] = useState(1);
  const shown = onlyProblems ? rows.filter((row) => row.problems.length > 0) : rows;
  const pageCount = Math.max(1, Math.ceil(shown.length / PER_PAGE));
  const current = Math.min(page, pageCount);
  const visible = shown.slice((current - 1) * PER_PAGE, current * PER_PAGE);
  return (
    <div className="stack import-rows">
      <div className="row">
        <label className="check-field">
          <input
            type="checkbox"
            checked={onlyProblems}
            onChange={(event) => {
              setOnlyProblems(event.target.checked);
              setPage(1);
            }}
          />
          Only rows with problems
        </label>
        <span className="spacer" />
        <span className="small muted" aria-live="polite">
          {shown.length} {shown.length === 1 ? 'row' : 'rows'}
        </span>
      </div>
      {/* Focusable, so the rows can be scrolled with the keyboard. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Rows of the file">
        <table className="data-table import-table">
          <caption className="visually-hidden">Rows of the file</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Result</th>
              <th scope="col">Company</th>
              <th scope="col">Job title</th>
              <th scope="col">Status</th>
              <th scope="col">Applied</th>
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>
                  <span className={OUTCOMES[row.outcome].className}>{OUTCOMES[row.outcome].text}</span>
                </td>
                <td>{row.company || <span className="muted">—</span>}</td>
                <td>{row.job_title || <span className="muted">—</span>}</td>
                <td>{row.closed_as === 'no_response' ? `${statusLabel(row.status)}, no response` : statusLabel(row.status)}</td>
                <td>{row.applied_date ? formatDate(row.applied_date) : '—'}</td>
                <td className="import-problems">
                  {row.problems.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul>
                      {row.problems.map((problem, index) => (
                        <li key={index} className={problem.severity === 'error' ? 'problem-error' : 'problem-warning'}>
                          <span className="visually-hidden">{problem.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
                          {problem.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav className="row import-pager" aria-label="Preview pages">
          <button type="button" onClick={() => setPage(current - 1)} disabled={current <= 1}>
            Previous
          </button>
          <span className="small">
            Page {current} of {pageCount}
          </span>
          <button type="button" onClick={() => setPage(current + 1)} disabled={current >= pageCount}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
