/** Create or edit the whole application document. The contract's valibot schema validates it
 * inline; the server's field errors are put on the same fields. */
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/field.js';
import { FormActions } from '../../components/form-actions.js';
import { TokenInput } from '../../components/token-input.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { fieldIn, fieldMessage, placeFieldErrors } from '../../lib/form-errors.js';
import { STATUSES, statusLabel } from '../../lib/statuses.js';
import type { Application } from '../../lib/trpc.js';
import { applicationFormSchema, formValuesFrom, FORM_FIELDS, toPayload, type ApplicationFormValues } from './application-form-values.js';
import { CompanyNameField } from './company-name-field.js';
import { DuplicateWarning, useDuplicateGate } from './duplicate-check.js';
import type { CreateApplicationPayload } from './use-application-mutations.js';

const fieldOfForm = fieldIn(FORM_FIELDS);
const SOURCES = ['LinkedIn', 'Indeed', 'Company Website', 'Referral', 'Recruiter', 'AngelList', 'Glassdoor'];
const OPTIONS = {
  employment_type: ['full-time', 'part-time', 'contract', 'internship'],
  work_mode: ['remote', 'hybrid', 'onsite'],
  experience_level: ['entry', 'mid', 'senior', 'lead'],
};

type Props = {
  existing?: Application;
  submitLabel: string;
  onSubmit: (payload: CreateApplicationPayload) => Promise<unknown>;
  onCancel: () => void;
  /** New applications: warn before saving one that looks like an earlier application. */
  checkDuplicates?: boolean;
};

export function ApplicationForm({ existing, submitLabel, onSubmit, onCancel, checkDuplicates = false }: Props) {
  const schema = useMemo(() => applicationFormSchema(existing), [existing]);
  const form = useForm<ApplicationFormValues>({
    defaultValues: formValuesFrom(existing),
    resolver: valibotResolver(schema, { abortEarly: false }, { raw: true }),
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState, setError, watch } = form;
  const errors = formState.errors;
  const message = (path: string) => fieldMessage(errors, path);

  const duplicates = useDuplicateGate();
  const submit = handleSubmit(async (values) => {
    if (checkDuplicates && !(await duplicates.proceed(values.company.name, values.job.title))) return;
    try {
      await onSubmit(toPayload(values, existing));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const unplaced = placeFieldErrors(fields, setError, fieldOfForm);
      setError('root.server', { type: 'server', message: Object.keys(fields).length === 0 ? errorText(error) : unplaced.join(' ') || 'Please correct the marked fields.' });
    }
  });

  const duplicateWarning = checkDuplicates ? duplicates.current(watch('company.name'), watch('job.title')) : null;

  const select = (name: keyof typeof OPTIONS, label: string) => (
    <SelectField label={label} {...register(`job.${name}`)} error={message(`job.${name}`)}>
      <option value="">Not specified</option>
      {OPTIONS[name].map((value) => (
        <option key={value} value={value}>
          {value}
        </option>
      ))}
    </SelectField>
  );

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={submitLabel}>
      <fieldset className="form-section">
        <legend>Company</legend>
        <div className="form-grid">
          <CompanyNameField {...register('company.name')} prefix={watch('company.name')} error={message('company.name')} />
          <TextField label="Company website" type="url" placeholder="https://" {...register('company.website')} error={message('company.website')} />
          <TextField label="Industry" {...register('company.industry')} error={message('company.industry')} />
          <TextField label="Company location" {...register('company.location')} error={message('company.location')} />
          <TextField label="Company size" placeholder="e.g. 1000-5000" {...register('company.size')} error={message('company.size')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Job</legend>
        <div className="form-grid">
          <TextField label="Job title" required {...register('job.title')} error={message('job.title')} />
          <TextField label="Job posting link" type="url" placeholder="https://" {...register('job.job_url')} error={message('job.job_url')} />
          {select('employment_type', 'Employment type')}
          {select('work_mode', 'Work mode')}
          {select('experience_level', 'Experience level')}
        </div>
        <div className="form-grid">
          <TextField label="Salary from" inputMode="numeric" {...register('job.salary_min')} error={message('job.salary_min')} />
          <TextField label="Salary to" inputMode="numeric" {...register('job.salary_max')} error={message('job.salary_max')} />
          <TextField label="Currency" maxLength={10} {...register('job.currency')} error={message('job.currency')} />
        </div>
        <TextAreaField label="Job description" {...register('job.description')} error={message('job.description')} />
      </fieldset>

      <fieldset className="form-section">
        <legend>Application</legend>
        <div className="form-grid">
          <SelectField label="Status" {...register('application.status')} error={message('application.status')}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </SelectField>
          <TextField label="Applied on" type="date" {...register('application.applied_date')} error={message('application.applied_date')} />
          <TextField label="Source" list="application-sources" {...register('application.source')} error={message('application.source')} />
          <TextField label="Referral" {...register('application.referral_name')} error={message('application.referral_name')} />
          <TextField label="Resume version" {...register('application.resume_version')} error={message('application.resume_version')} />
        </div>
        <datalist id="application-sources">
          {SOURCES.map((source) => (
            <option key={source} value={source} />
          ))}
        </datalist>
        <TextAreaField label="Cover letter" {...register('application.cover_letter')} error={message('application.cover_letter')} />
        <label className="check-field">
          <input type="checkbox" {...register('is_favorite')} /> Favorite
        </label>
      </fieldset>

      <fieldset className="form-section">
        <legend>Requirements</legend>
        <Controller
          control={control}
          name="requirements.skills_required"
          render={({ field }) => <TokenInput label="Required skills" value={field.value} onChange={field.onChange} error={message('requirements.skills_required')} />}
        />
        <Controller
          control={control}
          name="requirements.skills_preferred"
          render={({ field }) => <TokenInput label="Preferred skills" value={field.value} onChange={field.onChange} error={message('requirements.skills_preferred')} />}
        />
        <div className="form-grid">
          <TextField label="Years of experience" inputMode="decimal" {...register('requirements.years_experience')} error={message('requirements.years_experience')} />
          <TextField label="Education" {...register('requirements.education')} error={message('requirements.education')} />
        </div>
      </fieldset>

      <TextAreaField label="Notes" {...register('notes')} error={message('notes')} />
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
      <FormActions submitLabel={submitLabel} submitting={formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
