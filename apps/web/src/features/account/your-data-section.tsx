/** Where the person's data goes in and out: import from a CSV, the proof of search for an office. */
import { Link } from '@tanstack/react-router';

export function YourDataSection() {
  return (
    <section className="form-section" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">Your data</h2>
      <ul className="data-links">
        <li>
          <Link to="/import">Import applications</Link>
          <span className="small muted">from this app’s CSV export, Huntr, Teal, Simplify or a spreadsheet</span>
        </li>
        <li>
          <Link to="/proof-of-search">Proof of job search</Link>
          <span className="small muted">the applications of a period as a PDF or CSV for an unemployment office</span>
        </li>
      </ul>
    </section>
  );
}
