/** A new application, then its detail page. */
import { useNavigate } from '@tanstack/react-router';
import { showToast } from '../../lib/toasts.js';
import { ApplicationForm } from './application-form.js';
import { useCreateApplication } from './use-application-mutations.js';

export function NewApplicationPage() {
  const navigate = useNavigate();
  const create = useCreateApplication();
  return (
    <div className="page page-narrow">
      <h1>New application</h1>
      <ApplicationForm
        submitLabel="Save application"
        checkDuplicates
        onCancel={() => void navigate({ to: '/board' })}
        onSubmit={async (payload) => {
          const created = await create.mutateAsync(payload);
          showToast(`Added “${created.job.title}” at ${created.company.name}.`);
          await navigate({ to: '/applications/$applicationId', params: { applicationId: created.id } });
        }}
      />
    </div>
  );
}
