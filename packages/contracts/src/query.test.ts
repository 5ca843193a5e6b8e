import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ListApplicationsQuery } from './applications.js';
import { CompanyListQuery } from './companies.js';
import { toFieldErrors } from './field-errors.js';

describe.each([
  ['applications', ListApplicationsQuery],
  ['companies', CompanyListQuery],
] as const)('pagination of the %s list (contract 1.7)', (_, schema) => {
  const parse = (query: Record<string, unknown>) => {
    const result = v.safeParse(schema, query);
    return result.success ? { page: result.output.page, page_size: result.output.page_size } : toFieldErrors(result.issues);
  };

  it('defaults to page 1 of 20, also for empty values', () => {
    expect(parse({})).toEqual({ page: 1, page_size: 20 });
    expect(parse({ page: '', page_size: '' })).toEqual({ page: 1, page_size: 20 });
  });

  it('serves 0 and anything above 100 as 100', () => {
    expect(parse({ page: '2', page_size: '0' })).toEqual({ page: 2, page_size: 100 });
    expect(parse({ page_size: '101' })).toEqual({ page: 1, page_size: 100 });
    expect(parse({ page_size: 7 })).toEqual({ page: 1, page_size: 7 });
  });

  it('refuses pages below 1, negative sizes and non-integers as field errors', () => {
    expect(parse({ page: '0' })).toEqual({ page: ['Ensure this value is greater than or equal to 1.'] });
    expect(parse({ page_size: '-1' })).toEqual({ page_size: ['Ensure this value is greater than or equal to 0.'] });
    expect(parse({ page: 'x', page_size: '1.5' })).toEqual({ page: ['A valid integer is required.'], page_size: ['A valid integer is required.'] });
  });
});
