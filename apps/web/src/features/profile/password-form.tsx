/** Change the password; the server signs out every other session and keeps this one. */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormError, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { trpc } from '../../lib/trpc.js';

const EMPTY = { old_password: '', new_password: '', new_password_confirm: '' };

export function PasswordForm() {
  const [form, setForm] = useState(EMPTY);
  const change = useMutation({
    mutationFn: () => trpc.auth.changePassword.mutate(form),
    onSuccess: () => {
      setForm(EMPTY);
      showToast('Password changed. Other devices have been signed out.');
    },
  });
  const fields = fieldErrorsOf(change.error);
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <form className="form-section" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <div className="form-grid">
        <TextField label="Current password" type="password" autoComplete="current-password" value={form.old_password} onChange={set('old_password')} error={fields['old_password']} />
        <TextField label="New password" type="password" autoComplete="new-password" value={form.new_password} onChange={set('new_password')} error={fields['new_password']} />
        <TextField label="Confirm new password" type="password" autoComplete="new-password" value={form.new_password_confirm} onChange={set('new_password_confirm')} error={fields['new_password_confirm']} />
      </div>
      <FormError message={change.error && Object.keys(fields).length === 0 ? errorText(change.error) : null} />
      <div className="form-actions">
        <button type="submit" disabled={change.isPending}>
          Change password
        </button>
      </div>
    </form>
  );
}
