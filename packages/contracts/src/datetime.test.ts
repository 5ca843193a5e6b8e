import { describe, expect, it } from 'vitest';
import { formatDateTime, formatUploadedAt, parseDateTime } from './datetime.js';

describe('parseDateTime (Python fromisoformat and Django parse_datetime)', () => {
  it.each([
    ['2025-01-15', '2025-01-15T00:00:00.000Z'],
    ['2025-01-15T10:00', '2025-01-15T10:00:00.000Z'],
    ['2025-01-15T10:00:00Z', '2025-01-15T10:00:00.000Z'],
    ['2025-01-15T10:00:00.123+02:00', '2025-01-15T08:00:00.123Z'],
    ['2025-01-15 10:00:00', '2025-01-15T10:00:00.000Z'],
    ['2025-01-15T10:00:00.123456', '2025-01-15T10:00:00.123Z'],
    ['20250115T100000', '2025-01-15T10:00:00.000Z'],
    ['2025-1-5 9:07', '2025-01-05T09:07:00.000Z'],
    ['2024-02-29T23:59:59-05:30', '2024-03-01T05:29:59.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', '2025-13-01', '2025-02-30', '2025-01-15T24:00', '2025-01-15T10:00+25:00', '15/01/2025'])(
    'refuses %j',
    (text) => {
      expect(parseDateTime(text)).toBeNull();
    },
  );
});

describe('formatting', () => {
  it('renders UTC with a space, no zone and no fraction', () => {
    expect(formatDateTime(new Date('2025-05-24T20:15:31.999Z'))).toBe('2025-05-24 20:15:31');
  });

  it('renders upload times as naive ISO with microseconds, dropping a zero fraction', () => {
    expect(formatUploadedAt(new Date('2025-01-25T09:00:00.123Z'))).toBe('2025-01-25T09:00:00.123000');
    expect(formatUploadedAt(new Date('2025-01-25T09:00:00.000Z'))).toBe('2025-01-25T09:00:00');
  });
});
