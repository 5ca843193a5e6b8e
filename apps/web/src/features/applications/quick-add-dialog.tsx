/** Quick add (`n`): company, title and status, validated by the contract's create schema; the
 * full form is one click away. */
import { CreateApplicationInput } from '@jobtracker/contracts';
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import * as v from 'valibot';
import { Dialog, DialogHeader } from '../../components/dialog.js';
import { FormError, SelectField, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { placeFieldErrors } from '../../lib/form-errors.js';
import { STATUSES, statusLabel } from '../../lib/statuses.js';
import { showToast } from '../../lib/toasts.js';
import { DuplicateWarning, useDuplicateGate } from './duplicate-check.js';
import { useCreateApplication } from './use-application-mutations.js';

type Values = { company: string; title: string; status: string };
type Flat = 'company.name' | 'job.title' | 'application.status';
const FLAT: Record<Flat, keyof Values> = { 'company.name': 'company', 'job.title': 'title', 'application.status': 'status' };

const toBody = (values: Values): v.InferInput<typeof CreateApplicationInput> => ({
  company: { name: values.company },
  job: { title: values.title },
  application: { status: values.status },
});

/** Issues come back on contract paths; the quick form has flat names. */
const schema = v.pipe(v.custom<Values>(() => true), v.transform(toBody), CreateApplicationInput);

function QuickAddForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateApplication();
  const duplicates = useDuplicateGate();
  const { register, handleSubmit, formState, setError, watch } = useForm<Values>({
    defaultValues: { company: '', title: '', status: 'applied' },
    resolver: async (values, context, options) => {
      const result = await valibotResolver(schema, { abortEarly: false }, { raw: true })(values, context, options);
      const errors: Record<string, unknown> = {};
      const nested = result.errors as Record<string, Record<string, unknown> | undefined>;
      for (const [path, name] of Object.entries(FLAT)) {
        const [group, field] = path.split('.') as [string, string];
        const found = nested[group]?.[field];
        if (found) errors[name] = found;
      }
      return Object.keys(errors).length > 0 ? { values: {}, errors: errors as typeof result.errors } : { values, errors: {} };
    },
  });
  const errors = formState.errors;
  const duplicateWarning = duplicates.current(watch('company'), watch('title'));
  const submit = handleSubmit(async (values) => {
    if (!(await duplicates.proceed(values.company, values.title))) return;
    try {
      const created = await create.mutateAsync(toBody(values));
      showToast(`Added “${created.job.title}” at ${created.company.name}.`);
      onClose();
    } catch (error) {
      placeFieldErrors(fieldErrorsOf(error), setError, (path) => FLAT[path as Flat], { shouldFocus: false });
      setError('root.server', { type: 'server', message: errorText(error) });
    }
  });
  return (
    <form className="dialog-body" onSubmit={submit} noValidate>
      <DialogHeader title="Quick add" headingId="quick-add-title" onClose={onClose} />
      <TextField label="Company name" autoFocus {...register('company')} error={errors.company?.message} />
      <TextField label="Job title" {...register('title')} error={errors.title?.message} />
      <SelectField label="Status" {...register('status')} error={errors.status?.message}>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </SelectField>
      <FormError message={errors.root?.['server']?.message} />
      {duplicateWarning && (
        <DuplicateWarning
          warning={duplicateWarning}
          onSaveAnyway={() => {
            duplicates.saveAnyway();
            void submit();
          }}
        />
      )}
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            onClose();
            void navigate({ to: '/applications/new' });
          }}
        >
          Open full form
        </button>
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          Add application
        </button>
      </div>
    </form>
  );
}

export function QuickAddDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Quick add" labelledBy="quick-add-title">
      <QuickAddForm onClose={onClose} />
    </Dialog>
  );
}
