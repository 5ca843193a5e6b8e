/** The report as tables: one row per application, then the applications per ISO week (weeks
 * without any included, as offices ask). Dates are shown in the chosen language. */
import type { RouterOutputs } from '../../lib/trpc.js';

type Report = RouterOutputs['proofOfSearch']['report'];

/** `YYYY-MM-DD` in the chosen language (the browser's when it is not a language tag). */
export function dayFormatter(locale: string): (day: string) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  } catch {
    format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
  }
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}

export function ProofTables({ report, locale }: { report: Report; locale: string }) {
  const day = dayFormatter(locale);
  return (
    <>
      {report.rows.length === 0 ? (
        <p className="muted">No application was sent in this period.</p>
      ) : (
        <div className="table-scroll proof-table" tabIndex={0} role="region" aria-label="Applications of the period">
          <table className="data-table">
            <caption className="visually-hidden">Applications of the period</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Employer</th>
                <th scope="col">Address or website</th>
                <th scope="col">Position</th>
                <th scope="col">Sent via</th>
                <th scope="col">Contact person</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row, index) => (
                <tr key={index}>
                  <td>{day(row.date)}</td>
                  <td>{row.employer}</td>
                  <td>{row.employer_address}</td>
                  <td>{row.position}</td>
                  <td>{row.sent_via}</td>
                  <td>{row.contact_person}</td>
                  <td>{row.outcome_text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Applications per week</h3>
      <div className="table-scroll proof-weeks" tabIndex={0} role="region" aria-label="Applications per week">
        <table className="data-table">
          <caption className="visually-hidden">Applications per week</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">From</th>
              <th scope="col">Applications</th>
            </tr>
          </thead>
          <tbody>
            {report.weeks.map((week) => (
              <tr key={week.monday}>
                <td>
                  {week.year}-W{String(week.week).padStart(2, '0')}
                </td>
                <td>{day(week.monday)}</td>
                <td>{week.applications}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Total
              </th>
              <td>{report.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
