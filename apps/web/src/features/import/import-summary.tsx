/** What an import did: how many applications were created, skipped as imported before, or left
 * out for errors (with their lines). */
import type { ImportResultOutput } from '@jobtracker/contracts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function ImportSummary({ result }: { result: ImportResultOutput }) {
  return (
    <div className="alert alert-info stack import-summary" role="status">
      <h3>Import finished</h3>
      <ul>
        <li>
          <strong>{plural(result.created, 'application', 'applications')}</strong> imported.
        </li>
        {result.duplicates > 0 && <li>{plural(result.duplicates, 'row was', 'rows were')} imported before and skipped.</li>}
        {result.invalid > 0 && (
          <li>
            {plural(result.invalid, 'row', 'rows')} with errors left out (
            {result.invalid_lines.length < result.invalid ? 'first lines: ' : result.invalid_lines.length === 1 ? 'line ' : 'lines '}
            {result.invalid_lines.slice(0, 20).join(', ')}
            {result.invalid_lines.length > 20 ? ', …' : ''}).
          </li>
        )}
      </ul>
    </div>
  );
}
