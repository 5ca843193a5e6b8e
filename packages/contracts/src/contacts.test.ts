import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CHANNEL_MESSAGE, ContactCreateInput, ContactInteractionInput, ContactListQuery, ContactUpdateInput } from './contacts.js';
import { toFieldErrors } from './field-errors.js';

function errorsOf(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input);
  return result.success ? null : toFieldErrors(result.issues);
}

describe('contact inputs', () => {
  it('trims text, accepts blanks for the optional fields and drops unknown keys', () => {
    expect(
      v.parse(ContactCreateInput, { name: ' Grace ', email: '', profile_url: 'https://www.linkedin.com/in/grace', role: ' CTO ', user_id: 7 }),
    ).toEqual({ name: 'Grace', email: '', profile_url: 'https://www.linkedin.com/in/grace', role: 'CTO' });
  });

  it('reports each bad field in DRF’s shape', () => {
    expect(errorsOf(ContactCreateInput, { name: '', email: 'grace@', profile_url: 'linkedin', phone: 'x'.repeat(51) })).toEqual({
      name: ['This field may not be blank.'],
      email: ['Enter a valid email address.'],
      profile_url: ['Enter a valid URL.'],
      phone: ['Ensure this field has no more than 50 characters.'],
    });
    expect(errorsOf(ContactCreateInput, [])).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
  });

  it('makes every field optional on update, the path id excepted', () => {
    expect(v.parse(ContactUpdateInput, { id: 'abc' })).toEqual({ id: 'abc' });
    expect(errorsOf(ContactUpdateInput, { name: null })).toEqual({ id: ['This field is required.'], name: ['This field may not be null.'] });
  });

  it('takes an interaction with a known channel and an optional date', () => {
    expect(v.parse(ContactInteractionInput, { id: 'x', channel: 'phone', date: '2025-05-01T10:00:00Z' })).toEqual({
      id: 'x',
      channel: 'phone',
      date: new Date('2025-05-01T10:00:00Z'),
    });
    expect(errorsOf(ContactInteractionInput, { id: 'x', channel: 'pigeon' })).toEqual({ channel: [CHANNEL_MESSAGE] });
  });

  it('reads the list query as text, empty values as absent', () => {
    expect(v.parse(ContactListQuery, { q: 'acme', application: '' })).toMatchObject({ q: 'acme', application: undefined });
  });
});
