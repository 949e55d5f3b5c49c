import fc from 'fast-check';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';

/** Pieces of text that have broken parsers, databases and pages before. */
export const HOSTILE_FRAGMENTS = [
  // SQL
  "' OR '1'='1",
  "'); DROP TABLE users; --",
  '" OR ""="',
  '\\',
  '%_',
  '1; SELECT pg_sleep(1)',
  // Script and markup
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '](javascript:alert(1))',
  // Unicode edges: bidi controls, joiners, BOM, line separators, emoji, combining marks
  '\u202E',
  '\u200F',
  '\u200D',
  '\u200B',
  '\uFEFF',
  '\u2028',
  '\u00A0',
  '👩‍💻',
  '🇸🇪',
  'e\u0301',
  'Z\u0351\u0337\u0334',
  'ﷺ',
  'İß',
  // What a database cannot hold as text
  '\u0000',
  '\uD800',
  '\uDFFF',
  // Odd but ordinary
  '\r\n',
  '\t',
  'null',
  '../../etc/passwd',
  '%00',
] as const;

/** Hostile text: fragments and random code units, glued together. */
export const hostileText = (maxParts = 8) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      ),
      { minLength: 1, maxLength: maxParts },
    )
    .map((parts) => parts.join(''));

/**
 * Hostile text that still fits a field of at most `max` characters and has no whitespace at either
 * end (fields are trimmed, and a trimmed value is not the one sent).
 */
export const hostileField = (max: number) =>
  hostileText().map((text) => {
    let inner = [...text].slice(0, max - 2).join('');
    while (inner.length > max - 2) inner = [...inner].slice(0, -1).join('');
    return `«${inner}»`;
  });

/** Characters no database column can store as sent: NUL (PostgreSQL refuses it) and unpaired surrogates. */
export function unstorable(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'isAdmin'] as const;

/** Values of every wrong kind: hostile and huge text, odd numbers, deep nesting, polluting objects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText(),
    fc.constantFrom('x'.repeat(100_000), ''),
    fc.constantFrom(0, -1, -0, 1.5, 2 ** 53 + 1, -(2 ** 31), 1e308, Number.MIN_VALUE),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })), tie('value')), {
        maxLength: 3,
      })
      .map((entries) => Object.fromEntries(entries)),
    fc.integer({ min: 10, max: 2_000 }).map((depth) => nested(depth)),
  ),
})).value;

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { deeper: value };
  return value;
}

/**
 * A request body for an endpoint whose fields are `fields`: any JSON, an object of its own fields
 * with hostile values, or one with keys that pollute prototypes. Built with `Object.fromEntries` so
 * that a key like `__proto__` is an ordinary own key and is sent as such.
 */
export function hostileBody(fields: readonly string[]): fc.Arbitrary<unknown> {
  const known = fields.length > 0 ? fc.constantFrom(...fields) : fc.constant('name');
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc
      .array(fc.tuple(known, hostileValue), { minLength: 1, maxLength: 5 })
      .map((entries) => Object.fromEntries(entries)),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), known), hostileValue), {
        minLength: 1,
        maxLength: 4,
      })
      .map((entries) => Object.fromEntries(entries)),
  );
}

/** Bodies JSON.stringify cannot write: nesting deeper than any parser should follow, numbers out of range, duplicate keys. */
export const RAW_HOSTILE_BODIES = [
  '['.repeat(100_000) + ']'.repeat(100_000),
  '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
  '{"version": 1e400, "weight": -1e400}',
  '{"name": "a", "name": {"__proto__": {"isAdmin": true}}}',
  '{"__proto__": {"isAdmin": true, "polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '"\\ud800"',
  '{"title": "\\u0000", "name": "\\udfff", "body": "\\ud83d"}',
];

/** Rows per table, in one query, to tell whether a request changed anything. */
export async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const dataSource = t.app.get(DataSource);
  const tables: { name: string }[] = await dataSource.query(
    dataSource.options.type === 'postgres'
      ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()'
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const rows: { name: string; n: number | string }[] = await dataSource.query(
    tables.map(({ name }) => `SELECT '${name}' AS name, COUNT(*) AS n FROM "${name}"`).join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}
