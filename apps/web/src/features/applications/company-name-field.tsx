/** The company name input, suggesting the person's own companies as they type (native datalist). */
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, type InputHTMLAttributes, type Ref } from 'react';
import { TextField } from '../../components/field.js';
import { trpc } from '../../lib/trpc.js';

type Props = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement>; error?: string | undefined; prefix: string };

export function CompanyNameField({ prefix, error, ...input }: Props) {
  const listId = useId();
  const q = useDeferredValue(prefix.trim());
  const suggestions = useQuery({
    queryKey: ['companies', 'autocomplete', q],
    queryFn: () => trpc.companies.autocomplete.query({ q, limit: 8 }),
    enabled: q.length > 0,
    staleTime: 60_000,
  });
  return (
    <>
      <TextField label="Company name" list={listId} autoComplete="off" required error={error} {...input} />
      <datalist id={listId}>
        {(suggestions.data ?? []).map((company) => (
          <option key={company.id} value={company.name}>
            {[company.industry, company.location].filter(Boolean).join(' · ')}
          </option>
        ))}
      </datalist>
    </>
  );
}
