/** The figures behind a chart as a real table: a caption, column headers, a header cell per row.
 * A long table scrolls in its box, which keyboard users can focus to scroll. */
export type TableColumn = { label: string; numeric?: boolean };

export function DataTable({ caption, columns, rows }: { caption: string; columns: TableColumn[]; rows: Array<Array<string | number>> }) {
  return (
    <div className="figure-table-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="figure-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex} className={columns[cellIndex]?.numeric ? 'numeric' : undefined}>
                    {typeof cell === 'number' ? cell.toLocaleString() : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
