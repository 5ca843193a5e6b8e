/** Create or edit a contact, validated inline by the contract's schema; the server's field errors
 * land on the same fields. */
import { ContactCreateInput } from '@jobtracker/contracts';
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useForm } from 'react-hook-form';
import * as v from 'valibot';
import { FormError, TextAreaField, TextField } from '../../components/field.js';
import { FormActions } from '../../components/form-actions.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { fieldIn, placeFieldErrors } from '../../lib/form-errors.js';
import type { Contact, ContactCreateBody } from './contacts-queries.js';

type Values = { name: string; role: string; company: string; email: string; phone: string; profile_url: string; notes: string };

const fieldOfForm = fieldIn(new Set(['name', 'role', 'company', 'email', 'phone', 'profile_url', 'notes']));

const valuesFrom = (contact?: Contact): Values => ({
  name: contact?.name ?? '',
  role: contact?.role ?? '',
  company: contact?.company ?? '',
  email: contact?.email ?? '',
  phone: contact?.phone ?? '',
  profile_url: contact?.profile_url ?? '',
  notes: contact?.notes ?? '',
});

/** The contract's own schema: one schema for the form, the tRPC input and the REST document. */
const schema = v.pipe(
  v.custom<Values>(() => true),
  v.transform((values): v.InferInput<typeof ContactCreateInput> => values),
  ContactCreateInput,
);

type Props = { existing?: Contact | undefined; submitLabel: string; onSubmit: (body: ContactCreateBody) => Promise<unknown>; onCancel: () => void };

export function ContactForm({ existing, submitLabel, onSubmit, onCancel }: Props) {
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: valuesFrom(existing),
    resolver: valibotResolver(schema, { abortEarly: false }, { raw: true }),
    mode: 'onTouched',
  });
  const { errors } = formState;
  const submit = handleSubmit(async (values) => {
    try {
      // Every field is sent, so an edit is the form as shown.
      await onSubmit(values);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      // The contract has no other fields; anything else is said in general below.
      placeFieldErrors(fields, setError, fieldOfForm);
      if (Object.keys(fields).length === 0) setError('root.server', { type: 'server', message: errorText(error) });
    }
  });
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={submitLabel}>
      <div className="form-grid">
        <TextField label="Name" required autoFocus autoComplete="off" {...register('name')} error={errors.name?.message} />
        <TextField label="Role" placeholder="e.g. Recruiter" autoComplete="off" {...register('role')} error={errors.role?.message} />
        <TextField label="Company" autoComplete="off" {...register('company')} error={errors.company?.message} />
        <TextField label="Email" type="email" autoComplete="off" {...register('email')} error={errors.email?.message} />
        <TextField label="Phone" type="tel" autoComplete="off" {...register('phone')} error={errors.phone?.message} />
        <TextField label="Profile URL" type="url" placeholder="https://" {...register('profile_url')} error={errors.profile_url?.message} />
      </div>
      <TextAreaField label="Notes" {...register('notes')} error={errors.notes?.message} />
      <FormError message={errors.root?.['server']?.message} />
      <FormActions submitLabel={submitLabel} submitting={formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
