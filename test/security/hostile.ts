import fc from 'fast-check';

/** Strings written to break something: templates, Markdown, links, HTML, SQL, odd Unicode. */
export const HOSTILE_STRINGS = [
  '${1+1}',
  '${turn.userAadId}',
  "${if(true, 'a', 'b')}",
  '${$root}',
  '{{7*7}}',
  '$root',
  '[click](javascript:alert(1))',
  '[docs](https://evil.example/phish)',
  '![x](https://evil.example/pixel.png)',
  '**bold** _it_ ~~s~~ `code` # heading\n- list',
  '<script>alert(1)</script>',
  '<at>JLP Conversations</at>',
  "'; drop table requests; --",
  '\u0000',
  '\u202eevil',
  '\ud800',
  '\uffff',
  'e\u0301\u0301\u0301',
  '😀👩‍👩‍👧‍👦🇨🇦',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  '   ',
  '',
  '2026-02-30',
  '25:99',
  'Etc/GMT+12',
  'JLP-2026-0001',
  'x'.repeat(100_000),
  'é'.repeat(20_000),
];

/** Field names the cards use, and keys that target object prototypes. */
export const KEYS = [
  'requestId',
  'sessionId',
  'reference',
  'view',
  'language',
  'part',
  'command',
  'topic',
  'region',
  'department',
  'participants',
  'preferredDate',
  'alternateDate',
  'preferredTime',
  'timeZone',
  'accessibility',
  'notes',
  'date',
  'startTime',
  'durationMinutes',
  'unionFacilitator',
  'employerFacilitator',
  'capacity',
  'joinUrl',
  'comment',
  'overall',
  'verb',
  '__proto__',
  'constructor',
  'prototype',
];

/** A hostile string: from the list, or random in any Unicode (lone surrogates included). */
export function hostileString(extra: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, ...extra) },
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
}

/** Any JSON value, biased towards hostile strings, nested a little. */
export function hostileValue(extra: readonly string[] = []): fc.Arbitrary<unknown> {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: hostileString(extra) },
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3 }),
    ),
  }));
  return value;
}

/**
 * The text of a card's `data`: mostly an object whose keys may repeat or be `__proto__` (written
 * as raw JSON, so they arrive as own keys), starting with some of `base` (e.g. real ids, so that
 * hostile values reach real rows) which later keys may override; sometimes not an object at all.
 */
export function hostileDataText(
  base: readonly [string, unknown][] = [],
  extra: readonly string[] = [],
): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }));
  const entries = fc.tuple(
    fc.subarray([...base]),
    fc.array(fc.tuple(key, hostileValue(extra)), { maxLength: 10 }),
  );
  const object = entries.map(
    ([start, rest]) =>
      `{${[...start, ...rest].map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
  );
  return fc.oneof(
    { weight: 6, arbitrary: object },
    hostileValue(extra).map((v) => JSON.stringify(v)),
  );
}
