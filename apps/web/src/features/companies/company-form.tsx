/** Create or edit a company: every field of the document, validated inline by the contract's
 * schema; the server's field errors (and its duplicate-name refusal) land on the same fields. */
import { valibotResolver } from '@hookform/resolvers/valibot';
import { Controller, useForm } from 'react-hook-form';
import { FormError, TextAreaField, TextField } from '../../components/field.js';
import { FormActions } from '../../components/form-actions.js';
import { TokenInput } from '../../components/token-input.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { fieldIn, fieldMessage, placeFieldErrors } from '../../lib/form-errors.js';
import type { Company, CompanyCreateBody } from './companies-queries.js';
import { companyFormSchema, formValuesFrom, FORM_FIELDS, toPayload, type CompanyFormValues } from './company-form-values.js';

const DUPLICATE_NAME = 'Company with this name already exists';
const fieldOfForm = fieldIn(FORM_FIELDS);

type Props = {
  existing?: Company | undefined;
  submitLabel: string;
  onSubmit: (body: CompanyCreateBody) => Promise<unknown>;
  onCancel: () => void;
};

export function CompanyForm({ existing, submitLabel, onSubmit, onCancel }: Props) {
  const { register, control, handleSubmit, formState, setError } = useForm<CompanyFormValues>({
    defaultValues: formValuesFrom(existing),
    resolver: valibotResolver(companyFormSchema, { abortEarly: false }, { raw: true }),
    mode: 'onTouched',
  });
  const errors = formState.errors;
  const message = (path: string) => fieldMessage(errors, path);

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toPayload(values));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      // The duplicate check answers `{error}`, not a field map, but it is about the name.
      if (errorText(error) === DUPLICATE_NAME) fields['name'] = DUPLICATE_NAME;
      const unplaced = placeFieldErrors(fields, setError, fieldOfForm);
      if (Object.keys(fields).length === 0) setError('root.server', { type: 'server', message: errorText(error) });
      else if (unplaced.length > 0) setError('root.server', { type: 'server', message: unplaced.join(' ') });
    }
  });

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={submitLabel}>
      <div className="form-grid">
        <TextField label="Company name" required autoFocus {...register('name')} error={message('name')} />
        <TextField label="Industry" {...register('industry')} error={message('industry')} />
        <TextField label="Location" {...register('location')} error={message('location')} />
        <TextField label="Size" placeholder="e.g. 50-200" {...register('size')} error={message('size')} />
        <TextField label="Website" type="url" placeholder="https://" {...register('website')} error={message('website')} />
        <TextField label="Logo URL" type="url" placeholder="https://" {...register('logo_url')} error={message('logo_url')} />
        <TextField label="Glassdoor rating" inputMode="decimal" hint="Out of 5; leave blank for none" {...register('glassdoor_rating')} error={message('glassdoor_rating')} />
      </div>
      <Controller
        control={control}
        name="tags"
        render={({ field }) => <TokenInput label="Tags" value={field.value} onChange={field.onChange} error={message('tags')} placeholder="Type a tag and press Enter" />}
      />
      <TextAreaField label="Description" {...register('description')} error={message('description')} />
      <fieldset className="form-section">
        <legend>Contacts</legend>
        <div className="form-grid">
          <TextField label="Recruiter name" autoComplete="off" {...register('contact_info.recruiter_name')} error={message('contact_info.recruiter_name')} />
          <TextField label="Recruiter email" type="email" autoComplete="off" {...register('contact_info.recruiter_email')} error={message('contact_info.recruiter_email')} />
          <TextField label="Recruiter phone" type="tel" autoComplete="off" {...register('contact_info.recruiter_phone')} error={message('contact_info.recruiter_phone')} />
          <TextField label="HR contact" autoComplete="off" {...register('contact_info.hr_contact')} error={message('contact_info.hr_contact')} />
        </div>
      </fieldset>
      <TextAreaField label="Notes" {...register('notes')} error={message('notes')} />
      <label className="check-field">
        <input type="checkbox" {...register('is_favorite')} /> Favorite
      </label>
      <FormError message={errors.root?.['server']?.message} />
      <FormActions submitLabel={submitLabel} submitting={formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
