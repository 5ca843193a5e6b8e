/** The hostile values the fuzz part is made of (fast-check arbitraries): odd unicode (lone
 * surrogates, right-to-left overrides, NUL, byte-order marks, combining marks), injection-shaped
 * text, numbers at the edges, operator objects (`{"$ne": null}`), prototype keys (`__proto__`,
 * `constructor`), deep and huge structures, and any JSON at all. */
import fc from 'fast-check';

const STRANGE_TEXTS = [
  '', ' ', '\u0000', 'a\u0000b', '\uD800', '\uDFFF', 'x\uDBFFy', '\uDC00\uD800', '\u202Egnp.exe', '\u202E\u2066abc\u2069',
  '\uFEFF', '\uFFFE', '\uFFFF', 'e\u0301\u0301\u0301', '\u200B\u200D', 'Ａｃｍｅ', '𝕏😀👩‍👩‍👧', '\r\n', '\t', '\\', '"', "'",
  'null', 'undefined', 'true', 'NaN', 'Infinity', '-0', '1e309', '9007199254740993', '0x1F', '  42  ', '-1',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$ne', '$where', '$gt',
  "' OR '1'='1", '"; DROP TABLE applications; --', '%', '%25', '%00', '../../../etc/passwd', '..\\..\\boot.ini',
  '<script>alert(1)</script>', '=cmd|calc!A1', '@SUM(1+1)', '${7*7}', '{{7*7}}', 'a'.repeat(256), '😀'.repeat(300),
  '2025-02-30T25:61:61Z', '0000-00-00', '9999-12-31T23:59:59.999999Z', 'applied', 'interview', 'day', 'week',
] as const;

export const strangeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRANGE_TEXTS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('\uD800', '\u0000', '\u202E', '\uFEFF'), fc.string({ maxLength: 10 })).map(([odd, text]) => `${text}${odd}${text}`) },
);

/** Text too long for any field (the caps are 100,000 characters and less). */
export const hugeText: fc.Arbitrary<string> = fc.constantFrom('x'.repeat(100_001), 'é'.repeat(150_000), '\uD800'.repeat(60_000), 'a\u0000'.repeat(70_000));

export const strangeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53 + 1, -(2 ** 31), 2 ** 31, 5e-324, 100, 101),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const prototypeKey: fc.Arbitrary<string> = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__');

/** Objects a document database would take for a query operator, and prototype pollution. */
export const operatorObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>({ $ne: null }, { $gt: '' }, { $regex: '.*' }, { $where: 'sleep(1000)' }, { $in: [] }, { $exists: true }),
  fc.constantFrom<unknown>(JSON.parse('{"__proto__": {"isAdmin": true}}'), { constructor: { prototype: { polluted: 1 } } }, JSON.parse('{"__proto__": null}')),
);

const key: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: prototypeKey }, { weight: 1, arbitrary: strangeText });

/** Any JSON value, strange in every leaf. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    strangeText,
    strangeNumber,
    fc.boolean(),
    fc.constant(null),
    operatorObject,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(key, tie('value'), { maxKeys: 6 }),
  ),
})).value;

/** Structures nested far deeper than any document (recursion in a parser or validator). */
export const deepJson: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => {
  const close = open === '[' ? ']' : '}';
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
});

/** Many keys or items: a body near the size limit, or wide. */
export const wideJson: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`k${index}`, index])),
  Array.from({ length: 50_000 }, () => 'item'),
  { skills_required: Array.from({ length: 5_000 }, (_, index) => `skill ${index}`) },
);

/** Broken JSON texts. */
export const brokenJson: fc.Arbitrary<string> = fc.constantFrom(
  '{', '{"a":', '[1,2', '{"a":1}}', "{'a': 1}", '{"a": NaN}', '{"a": Infinity}', '\uFEFF{"a":1}', '{"a":"\\ud800"}', '{"a":"\\u0000"}',
  '{"__proto__": {"x": 1}}', 'null', '"text"', '12', 'true', '[]', '\u0000', '{"a":1,"a":2}', '{"a":1e999}', '{"a":-}',
);
