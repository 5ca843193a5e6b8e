/** The detected column mapping as a table: each column of the file, what was recognised, and a
 * select to use it as something else (the preview runs again with the change). */
import { TARGET_LABELS, TARGETS, type ColumnTarget, type Preview } from './import-targets.js';

type Props = { columns: Preview['columns']; disabled: boolean; onChange: (index: number, target: ColumnTarget) => void };

export function ColumnMapping({ columns, disabled, onChange }: Props) {
  return (
    <div className="table-scroll import-columns">
      <table className="data-table">
        <caption className="visually-hidden">Column mapping</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Recognised as</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.index}>
              <th scope="row">{column.header || `Column ${column.index + 1}`}</th>
              <td className="muted">{TARGET_LABELS[column.detected]}</td>
              <td>
                <select aria-label={`Import “${column.header || `Column ${column.index + 1}`}” as`} value={column.target} disabled={disabled} onChange={(event) => onChange(column.index, event.target.value as ColumnTarget)}>
                  {TARGETS.map((target) => (
                    <option key={target} value={target}>
                      {TARGET_LABELS[target]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
