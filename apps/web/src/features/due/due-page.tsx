/** The Due page: what is overdue, due today and due in the next seven days (follow-ups,
 * deadlines, interviews), then the applications that have gone silent, each with the chance a
 * reply still comes and a way to close it as "no response". */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { SkeletonList } from '../../components/skeleton.js';
import { formatCalendarDay, formatDateTime } from '../../lib/time.js';
import { CloseAsNoResponseDialog, type CloseTarget } from '../applications/index.js';
import { dueQuery, silenceQuery, type DueItem, type Silence } from './due-queries.js';
import './due.css';

const KIND_LABELS: Record<DueItem['kind'], string> = { follow_up: 'Follow-up', deadline: 'Deadline', interview: 'Interview' };

function DueRow({ item }: { item: DueItem }) {
  return (
    <li className="due-item card">
      <span className={`badge due-kind due-kind-${item.kind}`}>{KIND_LABELS[item.kind]}</span>
      <div className="due-item-main">
        <p className="due-item-text">{item.text}</p>
        <p className="small">
          <Link to="/applications/$applicationId" params={{ applicationId: item.application_id }}>
            {item.job_title || 'Untitled'} at {item.company}
          </Link>
        </p>
      </div>
      <p className="due-item-when small">{item.at ? formatDateTime(item.at) : formatCalendarDay(item.date)}</p>
    </li>
  );
}

function DueSection({ title, items, empty }: { title: string; items: DueItem[]; empty: string }) {
  const headingId = useId();
  return (
    <section className="stack due-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="badge">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="due-list">
          {items.map((item) => (
            <DueRow key={`${item.kind}-${item.application_id}-${item.event_index ?? ''}`} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function chanceText(chance: Silence['applications'][number]['chance_of_reply']): string {
  if (chance.probability === null) return 'None of your applications waited this long yet: no estimate of a late reply.';
  const share = `${Math.round(chance.probability * 100)}%`;
  const basis = `from ${chance.at_risk} ${chance.at_risk === 1 ? 'application' : 'applications'} that waited as long`;
  return chance.too_few ? `Chance of a reply still: about ${share} (${basis}; too few to tell).` : `Chance of a reply still: ${share} (${basis}).`;
}

function SilentSection({ onClose }: { onClose: (target: CloseTarget) => void }) {
  const query = useQuery(silenceQuery);
  const headingId = useId();
  return (
    <section className="stack due-section" aria-labelledby={headingId} aria-busy={query.isPending}>
      <h2 id={headingId}>
        Waiting for an answer {query.data && <span className="badge">{query.data.applications.length}</span>}
      </h2>
      {query.isPending ? (
        <SkeletonList rows={2} height="4rem" label="Loading silent applications" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.applications.length === 0 ? (
        <p className="muted small">Nothing has gone silent: no application has waited {query.data.silence_days} days without an answer.</p>
      ) : (
        <>
          <p className="muted small">
            No answer for {query.data.silence_days} days or more (change the number under <Link to="/insights">Insights</Link>, Settings).
          </p>
          <ul className="due-list">
            {query.data.applications.map((item) => (
              <li key={item.id} className="due-item card">
                <span className="badge badge-warning">Silent</span>
                <div className="due-item-main">
                  <p className="due-item-text">
                    <Link to="/applications/$applicationId" params={{ applicationId: item.id }}>
                      {item.job_title || 'Untitled'} at {item.company}
                    </Link>
                  </p>
                  <p className="small muted">
                    Waiting {item.days_waiting} days. {chanceText(item.chance_of_reply)}
                  </p>
                </div>
                <button type="button" className="button-small" onClick={() => onClose({ id: item.id, company: item.company, title: item.job_title })}>
                  Close as no response
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function DuePage() {
  const query = useQuery(dueQuery);
  const [closing, setClosing] = useState<CloseTarget | null>(null);
  const data = query.data;
  const nothingDue = data && data.overdue.length + data.due_today.length + data.this_week.length === 0;
  return (
    <div className="page page-narrow due-page">
      <div className="page-header">
        <h1>Due</h1>
        {data && <p className="muted small">Today is {formatCalendarDay(data.today)} ({data.time_zone}).</p>}
      </div>
      {query.isPending ? (
        <SkeletonList rows={4} height="4rem" label="Loading what is due" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {nothingDue && (
            <p className="alert alert-info">
              Nothing is due. Set a next action or a deadline on an application (on its page, under Follow-up), or add an interview to its
              timeline, and it shows up here.
            </p>
          )}
          <DueSection title="Overdue" items={query.data.overdue} empty="Nothing overdue." />
          <DueSection title="Today" items={query.data.due_today} empty="Nothing due today." />
          <DueSection title="This week" items={query.data.this_week} empty="Nothing in the next seven days." />
        </>
      )}
      <SilentSection onClose={setClosing} />
      <CloseAsNoResponseDialog target={closing} onClose={() => setClosing(null)} />
    </div>
  );
}
