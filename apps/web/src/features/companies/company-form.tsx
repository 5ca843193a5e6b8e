/** Create or edit a company, validated with the contract's create schema. */
import { CompanyCreateInput } from '@jobtracker/contracts';
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useForm, type FieldPath } from 'react-hook-form';
import * as v from 'valibot';
import { FormError, TextAreaField, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import type { RouterOutputs } from '../../lib/trpc.js';

type Company = RouterOutputs['companies']['get'];
type Values = { name: string; website: string; industry: string; size: string; location: string; glassdoor_rating: string; tags: string; description: string; notes: string };
export type CompanyBody = v.InferInput<typeof CompanyCreateInput>;

const toBody = (values: Values): CompanyBody => ({
  ...values,
  glassdoor_rating: values.glassdoor_rating.trim() === '' ? null : values.glassdoor_rating.trim(),
  tags: values.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
});
const schema = v.pipe(v.custom<Values>(() => true), v.transform(toBody), CompanyCreateInput);

export function CompanyForm({ company, submitLabel, onSubmit, onCancel }: { company?: Company; submitLabel: string; onSubmit: (body: CompanyBody) => Promise<unknown>; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: {
      name: company?.name ?? '', website: company?.website ?? '', industry: company?.industry ?? '', size: company?.size ?? '',
      location: company?.location ?? '', glassdoor_rating: company?.glassdoor_rating?.toString() ?? '', tags: company?.tags.join(', ') ?? '',
      description: company?.description ?? '', notes: company?.notes ?? '',
    },
    resolver: valibotResolver(schema, { abortEarly: false }, { raw: true }),
  });
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toBody(values));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [path, text] of Object.entries(fields)) setError(path.replace(/\.\d+$/, '') as FieldPath<Values>, { type: 'server', message: text });
      if (Object.keys(fields).length === 0) setError('root.server', { type: 'server', message: errorText(error) });
    }
  });
  return (
    <form className="dialog-body" onSubmit={submit} noValidate>
      <h2 id="company-form-title">{submitLabel}</h2>
      <div className="form-grid">
        <TextField label="Name" {...register('name')} error={errors.name?.message} />
        <TextField label="Website" type="url" placeholder="https://" {...register('website')} error={errors.website?.message} />
        <TextField label="Industry" {...register('industry')} error={errors.industry?.message} />
        <TextField label="Location" {...register('location')} error={errors.location?.message} />
        <TextField label="Size" {...register('size')} error={errors.size?.message} />
        <TextField label="Glassdoor rating" inputMode="decimal" {...register('glassdoor_rating')} error={errors.glassdoor_rating?.message} />
      </div>
      <TextField label="Tags" hint="Separate with commas" {...register('tags')} error={errors.tags?.message} />
      <TextAreaField label="Description" {...register('description')} error={errors.description?.message} />
      <TextAreaField label="Notes" {...register('notes')} error={errors.notes?.message} />
      <FormError message={errors.root?.['server']?.message} />
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
