import fc from 'fast-check';

/**
 * Input a careless or hostile client sends: wrong types, edge numbers, numeric-looking strings,
 * unicode the database and the formatters must survive, over-long text, injection strings.
 */
const LONG = 'x'.repeat(100_000);
const VIETNAMESE = 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn — chỉ số 29,71 %';

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -0,
    -1,
    0.5,
    1.5,
    -1e-300,
    1e308,
    -1e308,
    2 ** 53 + 2,
    2 ** 64,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    'NaN',
    'Infinity',
    '-Infinity',
    '',
    ' ',
    '0',
    '1',
    '0x10',
    '1e3',
    '١٢٣',
    '154.231',
    '29,71',
    'null',
    'true',
    '2020-02-30',
    '2020-13-01',
    '99999-01-01',
    '__proto__',
    'constructor',
    "' OR 1=1 --",
    '"; DROP TABLE users; --',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '..\\..\\windows\\win.ini',
    '\u0000',
    '\uFEFF',
    '\uD800',
    '\u202Egnp.exe',
    'e\u0301',
    VIETNAMESE,
    '🇻🇳👨‍👩‍👧‍👦',
    LONG,
  ),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.double(),
  fc.integer(),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileScalar, weight: 6 },
  { arbitrary: fc.constantFrom<unknown>([], {}, [1, 2, 3], [null], { a: { b: { c: 1 } } }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** Number literals JSON allows but JavaScript cannot hold, and bare words JSON does not allow. */
export const rawNumberLiteral = fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890', '1.0000000000000000001', '-0', '0.1e-400', 'NaN', 'Infinity', '0x10', '01', '.5', '+1');

const deepNesting = '['.repeat(50_000) + ']'.repeat(50_000);

/** Request bodies that are not the JSON they claim to be (or JSON a parser must be careful with). */
export const malformedBodyText = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '}',
    '{"version":',
    'nul',
    'NaN',
    '[1,2',
    '{"version":1,}',
    "{'version':1}",
    '\uFEFF{"version":1}',
    '{"version":1}{"version":2}',
    '{"version":1} trailing',
    '{"__proto__":{"isAdmin":true},"version":1}',
    '{"constructor":{"prototype":{"isAdmin":true}},"version":1}',
    '{"version":1e400}',
    '{"a":"\\ud800"}',
    '{"a":"\u0000"}',
    '"just a string"',
    '42',
    'null',
    '[]',
    deepNesting,
    `{"note":"${LONG}"}`,
    `{"${'k'.repeat(10_000)}":1}`,
    'username=admin&password=x',
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** Path segments as they go on the wire: traversal (raw and encoded), bad escapes, numbers, unicode. */
export const hostileSegment = fc.constantFrom(
  '..',
  '.',
  '../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252fetc%252fpasswd',
  '....%2F%2F....%2F%2Fetc%2Fpasswd',
  '..%5C..%5Cwindows%5Cwin.ini',
  '%C0%AE%C0%AE%2F',
  '%00',
  'a%00b',
  '%',
  '%zz',
  '%E0%A4%A',
  '%FF%FE',
  '%20',
  '+',
  ';',
  '-1',
  '0',
  '1.5',
  '1e3',
  '0x1F',
  '0b11',
  '007',
  'NaN',
  'Infinity',
  '99999999999999999999999999',
  '9007199254740993',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  encodeURIComponent(VIETNAMESE),
  encodeURIComponent('🇻🇳'),
  encodeURIComponent('LẠNG-SƠN'),
  encodeURIComponent("' OR 1=1 --"),
  encodeURIComponent('<script>'),
  'a'.repeat(3000),
);

/** Raw query strings (without `?`) that parsers trip on. */
export const hostileQuery = fc.constantFrom('%', 'a=%zz', '=', '&&&', 'year[]=2020', 'year[a]=1', '__proto__[x]=1', 'constructor[prototype][x]=1', 'year', 'year=', `q=${'x'.repeat(6000)}`);

export const contentTypes = fc.constantFrom<string | undefined>(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/vnd.api+json',
  'text/plain',
  'text/plain; charset=utf-8',
  'text/html',
  'application/xml',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary=nowhere',
  '*/*',
  ';;;',
  'json',
  undefined,
);

export const acceptHeaders = fc.constantFrom<string | undefined>(
  undefined,
  'application/json',
  '*/*',
  'text/html',
  'text/event-stream',
  'application/xml',
  'image/webp',
  'garbage;;q=x',
);

export const acceptLanguages = fc.constantFrom<string | undefined>(undefined, 'vi', 'vi-VN,vi;q=0.9,en;q=0.8', 'en', 'zz', ';q=abc');
