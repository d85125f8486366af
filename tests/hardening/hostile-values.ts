// Values a hostile or broken page could send over IPC: SQL fragments, lone surrogates, megabyte
// strings, odd numbers, prototype pollution and nesting deep enough to break a recursive walker.
import fc from 'fast-check';

const sqlText = fc.constantFrom(
  "'; DROP TABLE visits; --",
  '1 OR 1=1',
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

/** One hostile value in place of a field's own. */
export const hostileLeaf = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date(), fc.bigInt());

/** Keys that pollute prototypes or shadow what a handler reads, and any key at all. */
export const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'search', 'offset', 'limit'), fc.string());

/** Objects built with Object.fromEntries, so `__proto__` becomes an own key as it would after JSON.parse. */
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

/** A whole payload of noise, with the channel's own keys among the hostile ones. */
export function hostilePayload(expectedKeys: string[]): fc.Arbitrary<unknown> {
  const keys = expectedKeys.length > 0 ? fc.oneof(fc.constantFrom(...expectedKeys), hostileKey) : hostileKey;
  const value = fc.oneof(hostileLeaf, objectOf(keys, hostileLeaf), fc.array(hostileLeaf, { maxLength: 5 }), pollution);
  return fc.oneof(
    { arbitrary: objectOf(keys, value), weight: 5 },
    { arbitrary: hostileLeaf, weight: 1 },
    { arbitrary: deeplyNested, weight: 1 },
    { arbitrary: pollution, weight: 1 },
    { arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), weight: 1 },
  );
}

/**
 * A well-formed payload with one thing wrong: a field replaced by a hostile value, a field
 * dropped, or a key added (a stray one, or one that pollutes prototypes).
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostileLeaf }),
    fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('add' as const), key: hostileKey, value: hostileLeaf }),
  );
  return fc.tuple(valid, mutation).map(([payload, change]) => {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return change.kind === 'add' ? change.value : payload;
    const entries = Object.entries(payload);
    if (change.kind === 'add') return Object.fromEntries([...entries, [change.key, change.value]]);
    if (entries.length === 0) return payload;
    const index = change.pick % entries.length;
    if (change.kind === 'drop') return Object.fromEntries(entries.filter((_, at) => at !== index));
    return Object.fromEntries(entries.map(([key, value], at) => [key, at === index ? change.value : value]));
  });
}
