/** What to do next about an application and by when, and the last day to apply: set, change or
 * clear them (empty fields clear). Validated by the contract's own follow-up schema. */
import { SetFollowUpInput } from '@jobtracker/contracts';
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useForm, type FieldPath } from 'react-hook-form';
import * as v from 'valibot';
import { FormError, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { formatCalendarDay, todayText } from '../../lib/time.js';
import { showToast } from '../../lib/toasts.js';
import type { Application } from '../../lib/trpc.js';
import { useSetFollowUp, type FollowUpPayload } from './use-follow-up-mutations.js';

type Values = { next_action: { text: string; date: string }; deadline: string };

const toPayload = (id: string) => (values: Values): FollowUpPayload => {
  const text = values.next_action.text.trim();
  const date = values.next_action.date;
  return { id, next_action: text === '' && date === '' ? null : { text, date }, deadline: values.deadline === '' ? null : values.deadline };
};

function dueWords(day: string): string {
  const today = todayText();
  if (day < today) return `${formatCalendarDay(day)} (overdue)`;
  return day === today ? 'today' : formatCalendarDay(day);
}

export function FollowUpSection({ application }: { application: Application }) {
  const save = useSetFollowUp();
  const schema = v.pipe(v.custom<Values>(() => true), v.transform(toPayload(application.id)), SetFollowUpInput);
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({
    values: { next_action: { text: application.next_action?.text ?? '', date: application.next_action?.date ?? '' }, deadline: application.deadline ?? '' },
    resolver: valibotResolver(schema, { abortEarly: false }, { raw: true }),
  });
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(toPayload(application.id)(values));
      showToast('Follow-up saved.');
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [path, text] of Object.entries(fields)) setError(path as FieldPath<Values>, { type: 'server', message: text });
      if (Object.keys(fields).length === 0) setError('root.server', { type: 'server', message: errorText(error) });
    }
  });
  const clear = async () => {
    await save.mutateAsync({ id: application.id, next_action: null, deadline: null }).then(
      () => showToast('Follow-up cleared.'),
      (error: unknown) => showToast(`Could not clear it: ${errorText(error)}`, 'error'),
    );
    reset();
  };
  const action = application.next_action;
  return (
    <section className="card stack" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Follow-up</h2>
      <p className="muted" aria-live="polite">
        {action ? `Next: ${action.text}, ${dueWords(action.date)}.` : 'No next action set.'}{' '}
        {application.deadline ? `Apply by ${formatCalendarDay(application.deadline)}.` : ''}
      </p>
      <form className="stack" onSubmit={submit} noValidate aria-label="Follow-up">
        <div className="form-grid">
          <TextField label="Next action" placeholder="e.g. Email the recruiter" maxLength={200} {...register('next_action.text')} error={errors.next_action?.text?.message} />
          <TextField label="Next action date" type="date" {...register('next_action.date')} error={errors.next_action?.date?.message} />
          <TextField label="Application deadline" type="date" hint="For a job you have not applied to yet" {...register('deadline')} error={errors.deadline?.message} />
        </div>
        <FormError message={errors.root?.['server']?.message} />
        <div className="form-actions">
          {(action || application.deadline) && (
            <button type="button" onClick={() => void clear()} disabled={save.isPending}>
              Clear follow-up
            </button>
          )}
          <button type="submit" className="button-primary" disabled={save.isPending}>
            Save follow-up
          </button>
        </div>
      </form>
    </section>
  );
}
