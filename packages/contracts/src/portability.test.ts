import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toFieldErrors } from './field-errors.js';
import { DeleteAccountInput, ImportOptionsInput, ProofOfSearchQuery } from './portability.js';

function errorsOf(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input);
  return result.success ? null : toFieldErrors(result.issues);
}

describe('portability inputs', () => {
  it('takes the column mapping as an array or as JSON text from a form', () => {
    expect(v.parse(ImportOptionsInput, { mapping: ['company', null, 'ignore'], date_order: 'DMY' })).toEqual({
      mapping: ['company', null, 'ignore'],
      date_order: 'DMY',
    });
    expect(v.parse(ImportOptionsInput, { mapping: '["job_title",null]' })).toEqual({ mapping: ['job_title', null] });
    expect(errorsOf(ImportOptionsInput, { mapping: '{oops', date_order: 'YMD' })).toMatchObject({
      mapping: ['Enter valid JSON.'],
      date_order: ['Choose one of: MDY, DMY'],
    });
    // Item errors are keyed by index, as DRF's ListField reports them.
    expect(errorsOf(ImportOptionsInput, { mapping: ['company', 'colour'] })).toEqual({ mapping: { 1: [expect.stringMatching(/^Choose one of: company, /)] } });
  });

  it('reads the proof-of-search query: real days, a known time zone, empty parameters as absent', () => {
    expect(v.parse(ProofOfSearchQuery, { from: '2025-01-01', to: '2025-01-31', locale: 'de-DE', time_zone: '' })).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
      locale: 'de-DE',
      time_zone: undefined,
    });
    expect(errorsOf(ProofOfSearchQuery, { from: '01/01/2025', to: '2025-02-30', time_zone: 'Mars/Olympus' })).toEqual({
      from: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'],
      to: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'],
      time_zone: [expect.any(String)],
    });
    expect(errorsOf(ProofOfSearchQuery, { from: '2025-01-01' })).toEqual({ to: ['This field is required.'] });
  });

  it('asks for the password to delete the account', () => {
    expect(errorsOf(DeleteAccountInput, {})).toEqual({ password: ['This field is required.'] });
  });
});
