/** Small builders for insight tests: an application sent at a given time with a given status and
 * timeline, and the timeline events the status endpoint and the timeline endpoint write. */
import type { Application, TimelineEvent } from '../../applications/application.js';
import { NO_RESPONSE } from '../../applications/application.js';
import { anObjectId, at } from '../../testing/basic-builders.js';

export const statusChange = (from: string, to: string, iso: string): TimelineEvent => ({
  date: at(iso),
  event_type: 'status_change',
  title: `Status changed from ${from} to ${to}`,
  notes: '',
});

export const anEvent = (eventType: string, iso: string, title = eventType): TimelineEvent => ({
  date: at(iso),
  event_type: eventType,
  title,
  notes: '',
  interviewer_name: '',
  interview_type: '',
});

export const aClosing = (iso: string): TimelineEvent => ({
  date: at(iso),
  event_type: NO_RESPONSE,
  title: 'Closed as no response',
  notes: '',
  closed_as: NO_RESPONSE,
});

export type SentOptions = {
  sent: string;
  status?: string;
  timeline?: TimelineEvent[];
  company?: string;
  title?: string;
  source?: string;
  resumeVersion?: string;
} & Partial<Pick<Application, 'next_action' | 'deadline' | 'requirements' | 'id'>>;

/** User 1's application sent (applied and created) at `sent`. */
export function aSentApplication(options: SentOptions): Application {
  const { sent, status = 'applied', timeline = [], company = 'Acme', title = 'Engineer', source = 'LinkedIn', resumeVersion = 'v1', ...rest } = options;
  return {
    id: anObjectId(at(sent)),
    user_id: 1,
    company: { name: company },
    job: { title },
    application: { applied_date: at(sent), source, status, resume_version: resumeVersion },
    timeline,
    created_at: at(sent),
    ...rest,
  };
}
