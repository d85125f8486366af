// Sends random and malformed payloads to every channel of the contract through the real dispatch(),
// over a real database file holding the demo office: each must get a typed error or a result
// that matches the channel's output schema, nothing may crash, and the database stays whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, contract, ERROR_CODES, type Channel } from '../../electron/contract';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api';
import { call, openTestOffice } from '../api/test-context';

const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 1000);

const sqlText = fc.constantFrom(
  "'; DROP TABLE visits; --",
  "1 OR 1=1",
  '" OR ""="',
  "%' UNION SELECT uuid, actor FROM audit_log --",
  "Robert'); DELETE FROM people; --",
  '*/ PRAGMA writable_schema = 1; /*',
);
const loneSurrogate = fc.constantFrom('\uD800', '\uDFFF', 'a\uD83Db', '\uDC00\uD800', `name ${'\uD834'}`);
const huge = fc.constantFrom('x'.repeat(1_000_000), 'Ə'.repeat(300_000), `${'%'.repeat(100_000)}_`);
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), sqlText, loneSurrogate, huge, fc.constantFrom('', ' ', 'en', 'ru', 'az'));
const number = fc.oneof(
  fc.integer(),
  fc.integer({ min: 1, max: 60 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53, -1, 0),
);
const leaf = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date(), fc.bigInt());

/** Keys the channel expects (so payloads get past the first checks), ones meant to pollute prototypes, and any. */
function keysOf(schema: z.ZodType): fc.Arbitrary<string> {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  const expected = shape ? Object.keys(shape) : [];
  const hostile = ['__proto__', 'constructor', 'prototype', 'toString', 'id', 'search', 'offset', 'limit'];
  return fc.oneof(fc.constantFrom(...expected, ...hostile), fc.string());
}

/** Builds objects with Object.fromEntries, so `__proto__` becomes an own key as it would after JSON.parse. */
const objectOf = (keys: fc.Arbitrary<string>, values: fc.Arbitrary<unknown>) =>
  fc.array(fc.tuple(keys, values), { maxLength: 8 }).map((entries) => Object.fromEntries(entries) as unknown);

/** Built once: nested arrays, nested objects, and objects chained through their prototypes. */
function nest(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = { polluted: true };
  for (let level = 0; level < depth; level++) value = wrap(value);
  return value;
}
const deeplyNested = fc.constantFrom(
  ...[100, 1000, 5000].flatMap((depth) => [
    nest(depth, (inner) => [inner]),
    nest(depth, (inner) => Object.fromEntries([['id', inner], ['__proto__', inner]])),
    nest(depth, (inner) => Object.create(inner as object) as unknown),
  ]),
);

const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  JSON.parse('{"id": 1, "__proto__": {"id": 2, "polluted": true}}') as unknown,
);

function payloads(channel: Channel): fc.Arbitrary<unknown> {
  const keys = keysOf(contract[channel].input);
  const value = fc.oneof(leaf, objectOf(keys, leaf), fc.array(leaf, { maxLength: 5 }), pollution);
  return fc.oneof(
    { arbitrary: objectOf(keys, value), weight: 5 },
    { arbitrary: leaf, weight: 1 },
    { arbitrary: deeplyNested, weight: 1 },
    { arbitrary: pollution, weight: 1 },
    { arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), weight: 1 },
  );
}

describe('every channel, fed random and malformed payloads', () => {
  it(`answers each of ${RUNS_PER_CHANNEL} payloads per channel with a typed error or a valid result`, { timeout: 600_000 }, async () => {
    const ctx = openTestOffice();
    await call(ctx, 'demo:load', {});
    const internalErrors: string[] = [];
    let sent = 0;
    let answered = 0;
    for (const channel of CHANNELS) {
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (payload) => {
          sent++;
          const result = await dispatch(handlers, ctx, channel, payload, (error) => {
            internalErrors.push(`${channel}: ${error instanceof Error ? error.stack : String(error)}`);
          });
          // A failing property makes fast-check report (and shrink) the payload.
          if (result.ok) answered++;
          if (result.ok) return contract[channel].output.safeParse(result.value).success;
          return ERROR_CODES.includes(result.error.code) && typeof result.error.messageKey === 'string';
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: 20251120 },
      );
      expect(internalErrors, `unexpected failures on ${channel}`).toEqual([]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
    console.info(`IPC fuzz: ${sent} payloads over ${CHANNELS.length} channels (${answered} valid enough to run), integrity_check ok`);
    expect(sent).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL * CHANNELS.length);
  });
});
