/** Edit an application's whole document. */
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { ErrorState } from '../../components/error-state.js';
import { SkeletonList } from '../../components/skeleton.js';
import { showToast } from '../../lib/toasts.js';
import { ApplicationForm } from './application-form.js';
import { detailQuery } from './applications-queries.js';
import { useUpdateApplication } from './use-application-mutations.js';

export function EditApplicationRoute() {
  const { applicationId = '' } = useParams({ strict: false });
  const navigate = useNavigate();
  const query = useQuery(detailQuery(applicationId));
  const update = useUpdateApplication();
  const back = () => navigate({ to: '/applications/$applicationId', params: { applicationId } });
  return (
    <div className="page page-narrow">
      <h1>Edit application</h1>
      {query.isPending ? (
        <SkeletonList rows={8} height="2.5rem" label="Loading application" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ApplicationForm
          existing={query.data}
          submitLabel="Save changes"
          onCancel={() => void back()}
          onSubmit={async (payload) => {
            await update.mutateAsync({ ...payload, id: applicationId });
            showToast('Changes saved.');
            await back();
          }}
        />
      )}
    </div>
  );
}
