/** Create an account, then sign in with it so the session cookie is set. The register response
 * carries tokens for REST clients; the web app ignores them and never stores a token. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { FormError, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { trpc } from '../../lib/trpc.js';
import { meQuery, safeRedirect } from './session.js';

const EMPTY = { first_name: '', last_name: '', email: '', password: '', password_confirm: '' };

export function SignUpPage({ redirect }: { redirect?: string | undefined }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState(EMPTY);
  const signUp = useMutation({
    mutationFn: async () => {
      await trpc.auth.register.mutate(form);
      return trpc.auth.login.mutate({ email: form.email, password: form.password });
    },
    meta: { expectsSignedOut: true },
    onSuccess: async (result) => {
      queryClient.setQueryData(meQuery.queryKey, result.user);
      await navigate({ to: safeRedirect(redirect) });
    },
  });
  const fields = fieldErrorsOf(signUp.error);
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate();
  };
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <h1>Create your account</h1>
        <form className="stack" onSubmit={submit} noValidate>
          <div className="form-grid">
            <TextField label="First name" autoComplete="given-name" required value={form.first_name} onChange={set('first_name')} error={fields['first_name']} />
            <TextField label="Last name" autoComplete="family-name" required value={form.last_name} onChange={set('last_name')} error={fields['last_name']} />
          </div>
          <TextField label="Email" type="email" autoComplete="email" required value={form.email} onChange={set('email')} error={fields['email']} />
          <TextField label="Password" type="password" autoComplete="new-password" required value={form.password} onChange={set('password')} error={fields['password']} hint="At least 8 characters, not only digits, not a common password." />
          <TextField label="Confirm password" type="password" autoComplete="new-password" required value={form.password_confirm} onChange={set('password_confirm')} error={fields['password_confirm']} />
          <FormError message={signUp.error && Object.keys(fields).length === 0 ? errorText(signUp.error) : null} />
          <button type="submit" className="button-primary" disabled={signUp.isPending}>
            {signUp.isPending ? 'Creating account…' : 'Create account'}
          </button>
        </form>
        <p className="muted small">
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
