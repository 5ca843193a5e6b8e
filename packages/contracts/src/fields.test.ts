import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toFieldErrors } from './field-errors.js';
import { boolean, char, datetime, dict, email, float, integer, list, url } from './fields.js';

function errorsOf(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input);
  return result.success ? null : toFieldErrors(result.issues);
}

const sample = dict({
  name: char({ max: 5 }),
  note: v.optional(char({ blank: true })),
  count: v.optional(integer()),
  rating: v.optional(v.nullable(float())),
  active: v.optional(boolean()),
  site: v.optional(url({ blank: true })),
  mail: v.optional(email()),
  when: v.optional(datetime()),
  tags: v.optional(list(char({ max: 3 }))),
  nested: v.optional(dict({ title: char() })),
});

describe('DRF-compatible fields', () => {
  it('coerces like DRF and trims strings', () => {
    expect(
      v.parse(sample, {
        name: ' ab ', count: '80000', rating: '4.5', active: 'yes', tags: [' a '], note: '   ', when: '2025-01-15', extra: 1,
      }),
    ).toEqual({ name: 'ab', count: 80000, rating: 4.5, active: true, tags: ['a'], note: '', when: new Date('2025-01-15T00:00:00Z') });
    expect(v.parse(sample, { name: 12, count: 80000.0, active: 'False' })).toEqual({ name: '12', count: 80000, active: false });
  });

  it('reports every failing field with DRF messages, nested and by list index', () => {
    expect(
      errorsOf(sample, {
        name: 'toolong', count: 80000.5, rating: 'NaN', active: 'maybe', site: 'ftp:/x', mail: 'a@', when: 'soon',
        tags: ['ok', '', 'long'], nested: { title: '' },
      }),
    ).toEqual({
      name: ['Ensure this field has no more than 5 characters.'],
      count: ['A valid integer is required.'],
      rating: ['A valid number is required.'],
      active: ['Must be a valid boolean.'],
      site: ['Enter a valid URL.'],
      mail: ['Enter a valid email address.'],
      when: ['Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].'],
      tags: { '1': ['This field may not be blank.'], '2': ['Ensure this field has no more than 3 characters.'] },
      nested: { title: ['This field may not be blank.'] },
    });
  });

  it('distinguishes missing, null, wrong types and non-dictionaries', () => {
    expect(errorsOf(sample, {})).toEqual({ name: ['This field is required.'] });
    expect(errorsOf(sample, { name: null, nested: 'x', tags: 'x', active: null })).toEqual({
      name: ['This field may not be null.'],
      active: ['This field may not be null.'],
      tags: ['Expected a list of items but got type "str".'],
      nested: { non_field_errors: ['Invalid data. Expected a dictionary, but got str.'] },
    });
    expect(errorsOf(sample, { name: true, nested: {} })).toEqual({ name: ['Not a valid string.'], nested: { title: ['This field is required.'] } });
    expect(errorsOf(sample, [1])).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
  });

  it('accepts real URLs and emails and refuses look-alikes', () => {
    for (const site of ['https://example.com', 'http://localhost:8000/x?y=1', 'https://sub.example.co.uk/path#frag', 'http://127.0.0.1']) {
      expect(errorsOf(sample, { name: 'a', site })).toBeNull();
    }
    for (const site of ['javascript:alert(1)', 'example.com', 'http://', 'http://exa mple.com', 'mailto:a@b.com']) {
      expect(errorsOf(sample, { name: 'a', site })).toEqual({ site: ['Enter a valid URL.'] });
    }
    expect(errorsOf(sample, { name: 'a', mail: 'first.last+tag@example.com' })).toBeNull();
  });
});
