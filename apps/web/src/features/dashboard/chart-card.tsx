/** A chart with its table: "View as table" swaps the picture for the same numbers in a table
 * (for screen readers and for anyone who prefers to read). */
import { useId, useState, type ReactNode } from 'react';

type Props = { title: string; columns: [string, string]; rows: Array<[string, string | number]>; empty: string; children: ReactNode; actions?: ReactNode };

export function ChartCard({ title, columns, rows, empty, children, actions }: Props) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="card stack chart-card" aria-labelledby={headingId}>
      <div className="row">
        <h2 id={headingId}>{title}</h2>
        <span className="spacer" />
        {actions}
        {rows.length > 0 && (
          <button type="button" className="button-small" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            View as table
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : asTable ? (
        <table className="data-table chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <td>{label}</td>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        children
      )}
    </section>
  );
}

/** Horizontal bars in plain HTML for categories (statuses, skills, stages, sources). */
export function BarList({ rows, label }: { rows: Array<[string, number]>; label: string }) {
  const max = Math.max(1, ...rows.map(([, value]) => value));
  return (
    <ul className="bar-list" aria-label={label}>
      {rows.map(([name, value]) => (
        <li key={name}>
          <span className="bar-label">{name}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${(value / max) * 100}%` }} />
          </span>
          <span className="bar-value">{value}</span>
        </li>
      ))}
    </ul>
  );
}
