/** "Already applied?" before saving a new application: the server's duplicate check (same company,
 * legal forms and case aside, and a similar title, within 180 days). A match stops the first save
 * and shows the earlier applications, with links and a way to save anyway. */
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { statusLabel } from '../../lib/statuses.js';
import { formatDate } from '../../lib/time.js';
import { trpc, type RouterOutputs } from '../../lib/trpc.js';

type Candidate = RouterOutputs['applications']['duplicates'][number];
type Warning = { key: string; company: string; candidates: Candidate[] };

const keyOf = (company: string, title: string) => `${company.trim().toLowerCase()}\u0000${title.trim().toLowerCase()}`;

/** `proceed(company, title)` resolves true when saving may go on: no match, a match the person
 * chose to save anyway, or a check that could not be made (it never blocks saving). */
export function useDuplicateGate() {
  const queryClient = useQueryClient();
  const [warning, setWarning] = useState<Warning | null>(null);
  const acknowledged = useRef<string | null>(null);

  async function proceed(company: string, title: string): Promise<boolean> {
    const key = keyOf(company, title);
    if (company.trim() === '' || title.trim() === '' || acknowledged.current === key) return true;
    try {
      const candidates = await queryClient.fetchQuery({
        queryKey: ['applications', 'duplicates', key],
        queryFn: () => trpc.applications.duplicates.query({ company, title }),
        staleTime: 0,
      });
      if (candidates.length === 0) return true;
      setWarning({ key, company: company.trim(), candidates });
      return false;
    } catch {
      return true;
    }
  }

  /** The warning, while it still matches what the form holds. */
  const current = (company: string, title: string) => (warning && warning.key === keyOf(company, title) ? warning : null);
  const saveAnyway = () => {
    if (warning) acknowledged.current = warning.key;
    setWarning(null);
  };
  return { proceed, current, saveAnyway };
}

export function DuplicateWarning({ warning, onSaveAnyway }: { warning: Warning; onSaveAnyway: () => void }) {
  const [first, ...others] = warning.candidates;
  if (!first) return null;
  return (
    <div className="alert alert-warning stack duplicate-warning" role="alert" style={{ gap: '0.5rem' }}>
      <p>
        <strong>
          You applied to {first.company} for a similar role {first.sent_at ? `on ${formatDate(first.sent_at)}` : 'recently'}
        </strong>
        :{' '}
        <Link to="/applications/$applicationId" params={{ applicationId: first.id }}>
          {first.job_title}
        </Link>{' '}
        ({statusLabel(first.status)}).
      </p>
      {others.length > 0 && (
        <ul className="small">
          {others.map((candidate) => (
            <li key={candidate.id}>
              <Link to="/applications/$applicationId" params={{ applicationId: candidate.id }}>
                {candidate.job_title}
              </Link>{' '}
              at {candidate.company}, {candidate.sent_at ? formatDate(candidate.sent_at) : 'recently'} ({statusLabel(candidate.status)})
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" className="button-primary" onClick={onSaveAnyway}>
          Save anyway
        </button>
        <span className="small muted">or change the company or title above.</span>
      </div>
    </div>
  );
}
