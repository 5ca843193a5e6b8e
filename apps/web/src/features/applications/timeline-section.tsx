/** The application's timeline, newest first, and a form to add an event of any type. */
import { TimelineEventInput } from '@jobtracker/contracts';
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import * as v from 'valibot';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { EVENT_TYPES, eventTypeLabel } from '../../lib/statuses.js';
import { formatDateTime, fromDateInput, parseServerDate, toDateInput } from '../../lib/time.js';
import { showToast } from '../../lib/toasts.js';
import type { Application } from '../../lib/trpc.js';
import { useAddTimelineEvent } from './use-application-mutations.js';

type EventForm = { event_type: string; title: string; date: string; notes: string; interviewer_name: string; interview_type: string };

const toEvent = (id: string) => (values: EventForm): v.InferInput<typeof TimelineEventInput> => {
  const { date, ...rest } = values;
  const instant = fromDateInput(date);
  return { ...rest, id, ...(instant ? { date: instant } : {}) };
};

function AddEventForm({ applicationId, onDone }: { applicationId: string; onDone: () => void }) {
  const add = useAddTimelineEvent();
  const schema = v.pipe(v.custom<EventForm>(() => true), v.transform(toEvent(applicationId)), TimelineEventInput);
  const { register, handleSubmit, formState, setError } = useForm<EventForm>({
    defaultValues: { event_type: 'phone_screen', title: '', date: toDateInput(new Date().toISOString()), notes: '', interviewer_name: '', interview_type: '' },
    resolver: valibotResolver(schema, { abortEarly: false }, { raw: true }),
  });
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    try {
      await add.mutateAsync(toEvent(applicationId)(values));
      showToast('Event added to the timeline.');
      onDone();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [path, text] of Object.entries(fields)) setError(path as FieldPath<EventForm>, { type: 'server', message: text });
      if (Object.keys(fields).length === 0) setError('root.server', { type: 'server', message: errorText(error) });
    }
  });
  return (
    <form className="stack card" onSubmit={submit} noValidate aria-label="Add timeline event">
      <div className="form-grid">
        <SelectField label="Event type" {...register('event_type')} error={errors.event_type?.message}>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {eventTypeLabel(type)}
            </option>
          ))}
        </SelectField>
        <TextField label="Event title" {...register('title')} error={errors.title?.message} />
        <TextField label="Event date" type="date" {...register('date')} error={errors.date?.message} />
        <TextField label="Interviewer" {...register('interviewer_name')} error={errors.interviewer_name?.message} />
        <SelectField label="Interview type" {...register('interview_type')} error={errors.interview_type?.message}>
          <option value="">Not an interview</option>
          <option value="phone">Phone</option>
          <option value="video">Video</option>
          <option value="onsite">Onsite</option>
        </SelectField>
      </div>
      <TextAreaField label="Event notes" {...register('notes')} error={errors.notes?.message} />
      <FormError message={errors.root?.['server']?.message} />
      <div className="form-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          Add event
        </button>
      </div>
    </form>
  );
}

export function TimelineSection({ application }: { application: Application }) {
  const [adding, setAdding] = useState(false);
  const events = [...application.timeline].sort((a, b) => (parseServerDate(b.date)?.getTime() ?? 0) - (parseServerDate(a.date)?.getTime() ?? 0));
  return (
    <section className="card stack" aria-labelledby="timeline-heading">
      <div className="row">
        <h2 id="timeline-heading">Timeline</h2>
        <span className="spacer" />
        {!adding && (
          <button type="button" className="button-small" onClick={() => setAdding(true)}>
            Add event
          </button>
        )}
      </div>
      {adding && <AddEventForm applicationId={application.id} onDone={() => setAdding(false)} />}
      {events.length === 0 ? (
        <p className="muted">No events yet. Status changes are recorded here automatically.</p>
      ) : (
        <ol className="timeline">
          {events.map((event, index) => (
            <li key={`${event.date}-${index}`}>
              <p>
                <strong>{event.title || eventTypeLabel(event.event_type)}</strong> <span className="badge">{eventTypeLabel(event.event_type)}</span>
              </p>
              <p className="small muted">
                <time dateTime={parseServerDate(event.date)?.toISOString()}>{formatDateTime(event.date)}</time>
                {event.interviewer_name ? ` · with ${event.interviewer_name}` : ''}
                {event.interview_type ? ` · ${event.interview_type}` : ''}
              </p>
              {event.notes && <p className="small">{event.notes}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
