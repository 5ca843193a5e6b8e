import { describe, expect, it } from 'vitest';
import type { Company } from '../../companies/company.js';
import { collectText } from '../test-support/collect-lines.js';
import { companiesCsvLines } from './companies-csv.js';

const HEADER = 'Company Name,Industry,Size,Location,Website,Glassdoor Rating,Is Favorite,Tags,Notes\r\n';

const company = (patch: Partial<Company>): Company => ({ id: 'a'.repeat(24), user_id: 1, name: 'Acme', ...patch });

describe('companies CSV', () => {
  it('writes exact bytes: float rating, booleans, joined tags, guarded text', async () => {
    const rows = [
      company({
        name: 'Google',
        industry: 'Technology',
        size: '10000+',
        location: 'Mountain View, CA',
        website: 'https://google.com',
        glassdoor_rating: 4,
        is_favorite: true,
        tags: ['big', 'tech'],
        notes: 'ok',
      }),
      company({ name: 'Stripe', glassdoor_rating: 4.5, is_favorite: false, tags: ['fintech'], notes: '' }),
      company({ name: '@corp', glassdoor_rating: null, tags: [], notes: '-note' }),
      company({ name: 'Minus', glassdoor_rating: -1 }),
    ];
    expect(await collectText(companiesCsvLines(rows))).toBe(
      HEADER +
        'Google,Technology,10000+,"Mountain View, CA",https://google.com,4.0,True,"big, tech",ok\r\n' +
        'Stripe,,,,,4.5,False,fintech,\r\n' +
        "'@corp,,,,,,False,,'-note\r\n" +
        'Minus,,,,,-1.0,False,,\r\n',
    );
  });

  it('writes only the header without companies', async () => {
    expect(await collectText(companiesCsvLines([]))).toBe(HEADER);
  });
});
