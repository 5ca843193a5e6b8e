/** Sign in with email and password; the server sets the session cookie. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { FormError, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { trpc } from '../../lib/trpc.js';
import type { SignInSearch } from './auth-search.js';
import { meQuery, safeRedirect } from './session.js';

const REASONS: Record<NonNullable<SignInSearch['reason']>, string> = {
  expired: 'Your session has ended. Sign in again to continue where you were.',
  'signed-out': 'You have signed out.',
  deleted: 'Your account and everything in it have been deleted.',
};

export function SignInPage({ search }: { search: SignInSearch }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => trpc.auth.login.mutate({ email, password }),
    meta: { expectsSignedOut: true },
    onSuccess: async (result) => {
      queryClient.setQueryData(meQuery.queryKey, result.user);
      await navigate({ to: safeRedirect(search.redirect) });
    },
  });
  const fields = fieldErrorsOf(signIn.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <h1>Sign in to Job Tracker</h1>
        {search.reason && (
          <p className={`alert ${search.reason === 'expired' ? 'alert-warning' : 'alert-info'}`} role="status">
            {REASONS[search.reason]}
          </p>
        )}
        <form className="stack" onSubmit={submit} noValidate>
          <TextField label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} error={fields['email']} />
          <TextField label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={fields['password']} />
          <FormError message={signIn.error && Object.keys(fields).length === 0 ? errorText(signIn.error) : null} />
          <button type="submit" className="button-primary" disabled={signIn.isPending}>
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="muted small">
          New here? <Link to="/sign-up" search={search.redirect ? { redirect: search.redirect } : {}}>Create an account</Link>
        </p>
      </div>
    </main>
  );
}
