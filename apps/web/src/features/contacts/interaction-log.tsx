/** The interaction log: newest first, each with its date, channel and note, removable; and a form
 * to log a call, a message or a meeting (today unless another day is chosen). */
import { useState, type FormEvent } from 'react';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { formatDate, fromDateInput } from '../../lib/time.js';
import { showToast } from '../../lib/toasts.js';
import { channelLabel, CHANNELS, lastContactedText, type Channel } from './contact-text.js';
import { useLogInteraction, useRemoveInteraction, type Contact } from './contacts-queries.js';

const today = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export function InteractionLog({ contact }: { contact: Contact }) {
  const log = useLogInteraction();
  const remove = useRemoveInteraction();
  const [form, setForm] = useState<{ date: string; channel: Channel; note: string }>({ date: today(), channel: 'email', note: '' });
  const fields = fieldErrorsOf(log.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = fromDateInput(form.date);
    log.mutate(
      { id: contact.id, channel: form.channel, note: form.note, ...(date ? { date } : {}) },
      {
        onSuccess: () => {
          setForm((old) => ({ ...old, date: today(), note: '' }));
          showToast('Interaction logged.');
        },
      },
    );
  };
  // Stored oldest first; shown newest first, each keeping its index in the stored log.
  const entries = contact.interactions.map((entry, index) => ({ ...entry, index })).reverse();
  return (
    <section className="card stack" aria-labelledby="interactions-heading">
      <div className="row">
        <h2 id="interactions-heading">Interactions</h2>
        <span className="spacer" />
        <span className="small muted">{lastContactedText(contact)}</span>
      </div>
      {entries.length === 0 ? (
        <p className="muted">Nothing logged yet.</p>
      ) : (
        <ol className="interaction-list" aria-label={`Interactions with ${contact.name}`}>
          {entries.map((entry) => (
            <li key={`${entry.index}-${entry.date}`}>
              <div className="row">
                <strong>{channelLabel(entry.channel)}</strong>
                <span className="small muted">{formatDate(entry.date)}</span>
                <span className="spacer" />
                <button
                  type="button"
                  className="button-small button-ghost"
                  aria-label={`Remove the ${channelLabel(entry.channel).toLowerCase()} of ${formatDate(entry.date)}`}
                  disabled={remove.isPending}
                  onClick={() =>
                    remove.mutate({ id: contact.id, index: entry.index }, { onError: (error) => showToast(`Could not remove it: ${errorText(error)}`, 'error') })
                  }
                >
                  Remove
                </button>
              </div>
              {entry.note && <p className="prewrap">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
      <form className="stack interaction-form" onSubmit={submit} noValidate aria-labelledby="log-heading">
        <h3 id="log-heading">Log an interaction</h3>
        {/* Closed while saving: the form clears when the entry is stored, and nothing typed meanwhile may be lost. */}
        <fieldset className="plain-fieldset stack" disabled={log.isPending}>
          <div className="form-grid">
            <TextField label="Date" type="date" required value={form.date} onChange={(event) => setForm((old) => ({ ...old, date: event.target.value }))} error={fields['date']} />
            <SelectField label="Channel" value={form.channel} onChange={(event) => setForm((old) => ({ ...old, channel: event.target.value as Channel }))} error={fields['channel']}>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {channelLabel(channel)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextAreaField label="Note" value={form.note} onChange={(event) => setForm((old) => ({ ...old, note: event.target.value }))} error={fields['note']} />
        </fieldset>
        <FormError message={log.error && Object.keys(fields).length === 0 ? errorText(log.error) : null} />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={log.isPending}>
            {log.isPending ? 'Logging…' : 'Log interaction'}
          </button>
        </div>
      </form>
    </section>
  );
}
