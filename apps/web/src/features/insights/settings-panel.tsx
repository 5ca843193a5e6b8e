/** Insight settings: after how many days without an answer an application counts as silent, the
 * weekly goal, and the private calendar feed (its URL shown once when made, copied, replaced or
 * turned off). */
import { UpdateInsightSettingsInput } from '@jobtracker/contracts';
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import * as v from 'valibot';
import { ErrorState } from '../../components/error-state.js';
import { FormError, TextField } from '../../components/field.js';
import { SkeletonList } from '../../components/skeleton.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { settingsQuery, useDisableCalendarFeed, useRotateCalendarSecret, useUpdateSettings, type Settings } from './insights-queries.js';

type Values = { silence_days: string; weekly_goal: string };

const toChanges = (values: Values): v.InferInput<typeof UpdateInsightSettingsInput> => ({ silence_days: values.silence_days.trim(), weekly_goal: values.weekly_goal.trim() });
const schema = v.pipe(v.custom<Values>(() => true), v.transform(toChanges), UpdateInsightSettingsInput);

function SettingsForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    values: { silence_days: String(settings.silence_days), weekly_goal: String(settings.weekly_goal) },
    resolver: valibotResolver(schema, { abortEarly: false }, { raw: true }),
  });
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    try {
      await update.mutateAsync(v.parse(schema, values));
      showToast('Settings saved.');
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [path, text] of Object.entries(fields)) setError(path as FieldPath<Values>, { type: 'server', message: text });
      if (Object.keys(fields).length === 0) setError('root.server', { type: 'server', message: errorText(error) });
    }
  });
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Insight settings">
      <div className="form-grid">
        <TextField label="Silent after (days)" inputMode="numeric" hint="Days without an answer before an application is flagged as silent" {...register('silence_days')} error={errors.silence_days?.message} />
        <TextField label="Weekly goal (applications)" inputMode="numeric" hint="0 for no goal" {...register('weekly_goal')} error={errors.weekly_goal?.message} />
      </div>
      <FormError message={errors.root?.['server']?.message} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          Save settings
        </button>
      </div>
    </form>
  );
}

function CalendarFeed({ settings }: { settings: Settings }) {
  const rotate = useRotateCalendarSecret();
  const disable = useDisableCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const urlId = useId();
  const make = () =>
    rotate.mutate(undefined, {
      onSuccess: ({ feed_path: path }) => {
        setUrl(`${window.location.origin}${path}`);
        showToast(settings.calendar_feed ? 'New feed URL made; the old one no longer works.' : 'Calendar feed URL made.');
      },
      onError: (error) => showToast(`Could not make the URL: ${errorText(error)}`, 'error'),
    });
  const turnOff = () =>
    disable.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        showToast('Calendar feed turned off.');
      },
      onError: (error) => showToast(`Could not turn it off: ${errorText(error)}`, 'error'),
    });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      showToast('Feed URL copied.');
    } catch {
      (document.getElementById(urlId) as HTMLInputElement | null)?.select();
      showToast('Select the URL and copy it (the browser did not allow copying).', 'error');
    }
  };
  const on = settings.calendar_feed || url !== null;
  return (
    <div className="stack calendar-feed">
      <h3>Calendar feed</h3>
      <p className="small muted">
        Follow-ups, deadlines and interviews in your calendar app (subscribe by URL). The URL is its own key: keep it private. It is shown only when made.
      </p>
      {url ? (
        <div className="field">
          <label htmlFor={urlId}>Calendar feed URL</label>
          <div className="row calendar-url">
            <input id={urlId} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" onClick={() => void copy()}>
              Copy
            </button>
          </div>
        </div>
      ) : (
        <p>{on ? 'A feed is on. Make a new URL to see one again (the current one stops working).' : 'No feed yet.'}</p>
      )}
      <div className="row">
        <button type="button" onClick={make} disabled={rotate.isPending}>
          {on ? 'Make a new URL' : 'Make a feed URL'}
        </button>
        {on && (
          <button type="button" className="button-danger" onClick={turnOff} disabled={disable.isPending}>
            Turn the feed off
          </button>
        )}
      </div>
    </div>
  );
}

export function SettingsPanel() {
  const query = useQuery(settingsQuery);
  const headingId = useId();
  return (
    <section className="card panel panel-wide" aria-labelledby={headingId}>
      <div className="panel-header">
        <div className="panel-title">
          <h2 id={headingId}>Settings</h2>
          <p className="small muted">What counts as silent, your weekly goal, and the calendar feed</p>
        </div>
      </div>
      {query.isPending ? (
        <SkeletonList rows={2} height="3rem" label="Loading settings" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="settings-columns">
          <SettingsForm settings={query.data} />
          <CalendarFeed settings={query.data} />
        </div>
      )}
    </section>
  );
}
