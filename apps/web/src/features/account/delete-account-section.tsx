/** Deleting the account: asks for the password in a dialog, then the server removes every record
 * and file and ends every session; the app forgets everything and says so on the sign-in page. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog.js';
import { FormError, TextField } from '../../components/field.js';
import { errorText, fieldErrorsOf } from '../../lib/api-errors.js';
import { trpc } from '../../lib/trpc.js';

export function DeleteAccountSection() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const remove = useMutation({
    mutationFn: () => trpc.account.delete.mutate({ password }),
    onSuccess: async () => {
      queryClient.clear();
      await navigate({ to: '/sign-in', search: { reason: 'deleted' } });
    },
  });
  const close = () => {
    setOpen(false);
    setPassword('');
    remove.reset();
  };
  const fields = fieldErrorsOf(remove.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate();
  };
  return (
    <section className="form-section danger-zone" aria-labelledby="delete-account-heading">
      <h2 id="delete-account-heading">Delete account</h2>
      <p className="small muted">
        Removes your profile, applications, files, companies, contacts and settings for good, and signs you out everywhere. Download a backup
        first if you may want them back.
      </p>
      <div>
        <button type="button" className="button-danger" onClick={() => setOpen(true)}>
          Delete account…
        </button>
      </div>
      <Dialog open={open} onClose={close} title="Delete account" labelledBy="delete-account-title">
        <form className="dialog-body" onSubmit={submit} noValidate>
          <h2 id="delete-account-title">Delete your account?</h2>
          <p>Everything in it is removed and cannot be recovered. Enter your password to confirm.</p>
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            autoFocus
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fields['password']}
          />
          <FormError message={remove.error && Object.keys(fields).length === 0 ? errorText(remove.error) : null} />
          <div className="form-actions">
            <button type="button" onClick={close}>
              Keep my account
            </button>
            <button type="submit" className="button-danger" disabled={remove.isPending || password === ''}>
              {remove.isPending ? 'Deleting…' : 'Delete everything'}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
