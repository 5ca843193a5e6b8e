import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ChangeStatusInput, CreateApplicationInput, STATUS_MESSAGE, UpdateApplicationInput } from './applications.js';
import { toFieldErrors } from './field-errors.js';
import { CloseAsNoResponseInput, DuplicateCheckQuery, SetFollowUpInput, TimeZoneQuery } from './follow-ups.js';
import { UpdateInsightSettingsInput } from './insight-settings.js';

function errorsOf(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input);
  return result.success ? null : toFieldErrors(result.issues);
}

const DATE_MESSAGE = 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.';
const base = { company: { name: 'Acme' }, job: { title: 'Engineer' } };

describe('next action and deadline on create and PUT', () => {
  it('are optional, additive keys: left out they are absent, null clears', () => {
    expect(v.parse(CreateApplicationInput, base)).toEqual(base);
    expect(v.parse(CreateApplicationInput, { ...base, next_action: { date: '2025-06-03', text: ' Call Jane ' }, deadline: '2025-06-10' })).toEqual({
      ...base,
      next_action: { date: '2025-06-03', text: 'Call Jane' },
      deadline: '2025-06-10',
    });
    expect(v.parse(UpdateApplicationInput, { id: 'x', next_action: null, deadline: null })).toEqual({ id: 'x', next_action: null, deadline: null });
  });

  it('refuse what is not a day or a short text, with DRF-style messages', () => {
    expect(errorsOf(CreateApplicationInput, { ...base, next_action: { date: '2025-02-30', text: '' }, deadline: 'next week' })).toEqual({
      next_action: { date: [DATE_MESSAGE], text: ['This field may not be blank.'] },
      deadline: [DATE_MESSAGE],
    });
    expect(errorsOf(SetFollowUpInput, { id: 'x', next_action: { date: '2025-06-03', text: 'x'.repeat(201) } })).toEqual({
      next_action: { text: ['Ensure this field has no more than 200 characters.'] },
    });
    expect(errorsOf(SetFollowUpInput, { id: 'x', next_action: 'call' })).toEqual({
      next_action: { non_field_errors: ['Invalid data. Expected a dictionary, but got str.'] },
    });
  });

  it('leave the status endpoint and its message exactly as they were', () => {
    expect(STATUS_MESSAGE).toBe('Status must be one of: applied, screening, interview, technical_test, offer, rejected, accepted, withdrawn');
    expect(errorsOf(ChangeStatusInput, { id: 'x', status: 'no_response' })).toEqual({ status: [STATUS_MESSAGE] });
  });
});

describe('insight inputs', () => {
  it('take a time zone by IANA name or offset, or none', () => {
    expect(v.parse(TimeZoneQuery, {})).toEqual({});
    expect(v.parse(TimeZoneQuery, { time_zone: '' })).toEqual({});
    expect(v.parse(TimeZoneQuery, { time_zone: 'Europe/Berlin' })).toEqual({ time_zone: 'Europe/Berlin' });
    expect(v.parse(TimeZoneQuery, { time_zone: '+05:30' })).toEqual({ time_zone: '+05:30' });
    expect(errorsOf(TimeZoneQuery, { time_zone: 'Mars/Olympus' })).toEqual({
      time_zone: ['Unknown time zone: use an IANA name such as Europe/Berlin, or an offset such as +02:00.'],
    });
  });

  it('check the duplicate question, closing notes and settings', () => {
    expect(v.parse(DuplicateCheckQuery, { company: ' Acme ', title: 'Engineer', exclude_id: '' })).toEqual({ company: 'Acme', title: 'Engineer' });
    expect(errorsOf(DuplicateCheckQuery, {})).toEqual({ company: ['This field is required.'], title: ['This field is required.'] });
    expect(v.parse(CloseAsNoResponseInput, { id: 'x' })).toEqual({ id: 'x' });
    expect(v.parse(UpdateInsightSettingsInput, { silence_days: '30' })).toEqual({ silence_days: 30 });
    expect(errorsOf(UpdateInsightSettingsInput, { silence_days: 0, weekly_goal: 1001 })).toEqual({
      silence_days: ['Ensure this value is greater than or equal to 1.'],
      weekly_goal: ['Ensure this value is less than or equal to 1000.'],
    });
  });
});
