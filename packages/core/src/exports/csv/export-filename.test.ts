import { describe, expect, it } from 'vitest';
import { exportFilename } from './export-filename.js';

describe('exportFilename', () => {
  it.each([
    ['applications', 'csv', '2025-01-05T10:00:00Z', 'applications_20250105.csv'],
    ['analytics', 'csv', '2025-12-31T23:59:59Z', 'analytics_20251231.csv'],
    ['applications_report', 'pdf', '2025-03-31T23:30:00-02:00', 'applications_report_20250401.pdf'], // UTC date
  ])('%s.%s at %s', (base, extension, iso, expected) => {
    expect(exportFilename(base, extension, new Date(iso))).toBe(expected);
  });
});
