import { describe, expect, it } from 'vitest';
import { jsonBytes, markFixed } from './json-bytes.js';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('jsonBytes', () => {
  const samples: unknown[] = [
    null,
    undefined,
    0,
    -1.5e-7,
    Number.NaN,
    'text "quoted" \u2028 \ud83d\ude00 \u0000 é',
    true,
    [],
    {},
    [1, undefined, () => 1, Symbol('s'), null, 'x'],
    { a: 1, b: undefined, c: () => 1, d: Symbol('s'), e: null, '10': 'integer key first', __proto__key: 'p' },
    { skipped: undefined },
    { first: undefined, second: 2 },
    Object.fromEntries([['__proto__', 'own key']]),
    { date: new Date('2025-01-02T03:04:05.678Z'), nested: { list: [{ deep: [1, 2, { x: 'y' }] }] } },
    { toJSON: () => ({ replaced: true }) },
    new Map([[1, 2]]),
    Object.create(null) as object,
  ];

  it.each(samples.map((sample, index) => [index, sample]))('is the UTF-8 of JSON.stringify for sample %i', (_, sample) => {
    expect(text(jsonBytes(sample))).toBe(JSON.stringify(sample) ?? 'null');
  });

  it('splices the kept bytes of fixed outputs, anywhere in the value, and equals JSON.stringify', () => {
    const first = markFixed({ id: 'a', list: [1, 2], nested: { when: '2025-01-01 00:00:00', none: null }, name: 'Zoë 🚀' });
    const second = markFixed({ id: 'b', skipped: undefined, list: [] });
    const page = { count: 2, next: null, previous: 1, results: [first, second, { id: 'c' }, undefined], extra: undefined };
    for (const value of [page, [first, [second]], first, { only: undefined, results: [second] }]) {
      expect(text(jsonBytes(value))).toBe(JSON.stringify(value));
    }
    // The second use reuses the bytes made by the first.
    expect(text(jsonBytes(page))).toBe(JSON.stringify(page));
    expect(Object.isFrozen(first) && Object.isFrozen(first.list) && Object.isFrozen(first.nested)).toBe(true);
  });
});
