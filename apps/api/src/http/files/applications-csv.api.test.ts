/** The applications CSV of odd documents, byte for byte: the export reads only its columns from
 * the store (ApplicationRepository.streamViews), and the bytes must be those of the whole
 * documents: unicode (a lone surrogate included), formula-guarded text, nulls and missing keys,
 * large integers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2025-05-01T23:30:00Z') });
  token = (await t.registerUser()).access;
});
afterAll(async () => {
  await t.close();
});

describe('applications CSV bytes', () => {
  it('are those of the whole documents, whatever the values', async () => {
    const created = await t.call('POST', '/api/applications/', {
      token,
      body: {
        company: { name: '@SUM(A1)', location: 'Łódź, "PL" 東京 😀', industry: '' },
        job: { title: 'Tab\tinside', employment_type: '-full', work_mode: '+remote', experience_level: 'Dev\u2028ops', salary_min: 9007199254740991, salary_max: null },
        application: { source: '=cmd' },
        notes: 'Lone \ud800 surrogate\r\nsecond line, "quoted"',
      },
    });
    expect(created.status).toBe(201);
    const sparse = await t.call('POST', '/api/applications/', { token, body: { company: { name: 'Plain' }, job: { title: '-5', salary_min: -5 } } });
    expect(sparse.status).toBe(201);

    const res = await t.call('GET', '/api/analytics/export/applications/csv/', { token });
    expect(res.status).toBe(200);
    expect(res.text).toBe(
      'Company,Job Title,Status,Applied Date,Source,Employment Type,Work Mode,Experience Level,Salary Min,Salary Max,Location,Industry,Notes\r\n' +
        // Same created_at: the higher id (the later one) first.
        "Plain,'-5,applied,2025-05-01,,,,,-5,,,,\r\n" +
        `'@SUM(A1),Tab\tinside,applied,2025-05-01,'=cmd,'-full,'+remote,Dev\u2028ops,9007199254740991,,"Łódź, ""PL"" 東京 😀",,` +
        `"Lone \ufffd surrogate\r\nsecond line, ""quoted"""\r\n`,
    );
  });
});
