/** Names, contact, links, role, years and bio, validated with the contract's PUT schema. */
import { ProfilePutInput } from '@jobtracker/contracts';
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, type FieldPath } from 'react-hook-form';
import * as v from 'valibot';
import { FormError, TextAreaField, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { trpc, type Me } from '../../lib/trpc.js';
import { meQuery } from '../auth/index.js';

type Values = {
  first_name: string; last_name: string; phone: string; location: string; current_role: string; years_of_experience: string;
  linkedin_url: string; github_url: string; portfolio_url: string; bio: string;
};

const toBody = (values: Values): v.InferInput<typeof ProfilePutInput> => ({
  ...values,
  years_of_experience: values.years_of_experience.trim() === '' ? 0 : values.years_of_experience.trim(),
});
const schema = v.pipe(v.custom<Values>(() => true), v.transform(toBody), ProfilePutInput);

export function ProfileForm({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (values: Values) => trpc.auth.updateProfile.mutate(toBody(values)),
    onSuccess: (user) => {
      queryClient.setQueryData(meQuery.queryKey, user);
      showToast('Profile saved.');
    },
  });
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: {
      first_name: me.first_name, last_name: me.last_name, phone: me.phone ?? '', location: me.location ?? '',
      current_role: me.current_role ?? '', years_of_experience: String(me.years_of_experience ?? 0),
      linkedin_url: me.linkedin_url ?? '', github_url: me.github_url ?? '', portfolio_url: me.portfolio_url ?? '', bio: me.bio ?? '',
    },
    resolver: valibotResolver(schema, { abortEarly: false }, { raw: true }),
    mode: 'onTouched',
  });
  const errors = formState.errors;
  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [path, text] of Object.entries(fields)) setError(path as FieldPath<Values>, { type: 'server', message: text });
      if (Object.keys(fields).length === 0) setError('root.server', { type: 'server', message: errorText(error) });
    }
  });
  return (
    <form className="form-section" onSubmit={submit} noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading">About you</h2>
      <div className="form-grid">
        <TextField label="First name" autoComplete="given-name" {...register('first_name')} error={errors.first_name?.message} />
        <TextField label="Last name" autoComplete="family-name" {...register('last_name')} error={errors.last_name?.message} />
        <TextField label="Phone" type="tel" autoComplete="tel" {...register('phone')} error={errors.phone?.message} />
        <TextField label="Location" {...register('location')} error={errors.location?.message} />
        <TextField label="Current role" {...register('current_role')} error={errors.current_role?.message} />
        <TextField label="Years of experience" inputMode="decimal" {...register('years_of_experience')} error={errors.years_of_experience?.message} />
        <TextField label="LinkedIn" type="url" placeholder="https://" {...register('linkedin_url')} error={errors.linkedin_url?.message} />
        <TextField label="GitHub" type="url" placeholder="https://" {...register('github_url')} error={errors.github_url?.message} />
        <TextField label="Portfolio" type="url" placeholder="https://" {...register('portfolio_url')} error={errors.portfolio_url?.message} />
      </div>
      <TextAreaField label="Bio" {...register('bio')} error={errors.bio?.message} />
      <FormError message={errors.root?.['server']?.message} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          Save profile
        </button>
      </div>
    </form>
  );
}
