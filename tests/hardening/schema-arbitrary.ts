// fast-check arbitraries drawn from a zod 4 schema, so a fuzz sends each channel payloads of the
// shape its handler takes, not only noise its input schema refuses. Written here because the kept
// generators don't cover our schemas: zod-fast-check supports zod 3 only, and zod-schema-faker
// 2.1.1 throws on a pipe whose input may be null (OptionalText, in almost every form), and
// json-schema-faker over z.toJSONSchema never returned for the contract.
// Refinements aren't solved: a value they refuse is refused by validation, as it should be.
import fc from 'fast-check';
import type { z } from 'zod';

/** Values the office really holds, for fields whose shape alone says little. */
export interface Hints {
  /** By object key: a field named `timeZone` is drawn from real zones, not random text. */
  byKey: Record<string, fc.Arbitrary<unknown>>;
  /** Row ids for a field (by its key, `id` for the record's own): mostly ones that exist. */
  idFor: (key: string | undefined) => fc.Arbitrary<number>;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  value?: number | bigint;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((check) => check._zod.def);

const TEXT_SAMPLES = ['Əliyev Kamran', 'Шойгу Сергей', 'Kurbanov Abdulla', 'Ёлкин Пётр', 'Ölkələrarası', 'Qarabağ', '', ' '];
const inYears = (from: number, to: number) => fc.date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true });

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  if (def.format === 'date') return inYears(2024, 2027).map((date) => date.toISOString().slice(0, 10));
  if (def.format === 'datetime') return inYears(2024, 2027).map((date) => `${date.toISOString().slice(0, 19)}Z`);
  if (def.format === 'base64') return fc.base64String({ maxLength: 400 });
  const checks = checksOf(def);
  const pattern = (def.pattern as RegExp | undefined) ?? checks.find((check) => check.pattern)?.pattern;
  if (pattern) return fc.stringMatching(pattern, { size: 'small' });
  const maxLength = Math.min(checks.find((check) => check.check === 'max_length')?.maximum ?? 60, 60);
  const minLength = Math.min(checks.find((check) => check.check === 'min_length')?.minimum ?? 0, maxLength);
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength, maxLength }),
    fc.constantFrom(...TEXT_SAMPLES.filter((sample) => sample.length >= minLength && sample.length <= maxLength)),
  );
}

function numberArbitrary(def: Def, hints: Hints, key: string | undefined): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const isInteger = checks.some((check) => check.check === 'number_format');
  const lower = checks.find((check) => check.check === 'greater_than');
  const upper = checks.find((check) => check.check === 'less_than');
  const min = lower ? Number(lower.value) + (lower.inclusive ? 0 : isInteger ? 1 : Number.EPSILON) : Number.MIN_SAFE_INTEGER;
  const max = upper ? Number(upper.value) - (upper.inclusive ? 0 : isInteger ? 1 : Number.EPSILON) : Number.MAX_SAFE_INTEGER;
  if (!isInteger) return fc.double({ min, max, noNaN: true });
  // A positive integer with no upper bound is a row id: mostly one that exists.
  if (min === 1 && !upper) return fc.oneof({ arbitrary: hints.idFor(key), weight: 9 }, { arbitrary: fc.integer({ min, max }), weight: 1 });
  return fc.integer({ min, max });
}

function objectArbitrary(def: Def, hints: Hints): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape as Record<string, z.ZodType>;
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, hints.byKey[key] ?? arbitraryFor(field, hints, key)]),
  );
  const requiredKeys = Object.keys(shape).filter((key) => !['optional', 'default'].includes(defOf(shape[key]).type));
  return fc.record(fields, { requiredKeys });
}

/**
 * An arbitrary of the values `schema` describes, as a sender would write them (its input side).
 * `key`: the object key the value sits under, passed down through wrappers and array elements.
 */
export function arbitraryFor(schema: z.ZodType, hints: Hints, key?: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (part: string) => arbitraryFor(def[part] as z.ZodType, hints, key);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def, hints, key);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'object':
      return objectArbitrary(def, hints);
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(checks.find((check) => check.check === 'max_length')?.maximum ?? 5, 5);
      return fc.array(inner('element'), { minLength, maxLength: Math.max(minLength, maxLength) });
    }
    case 'record': {
      // A record keyed by an enum must name every key (zod 4); any other record, some keys.
      const keys = defOf(def.keyType);
      if (keys.type !== 'enum') return fc.dictionary(inner('keyType') as fc.Arbitrary<string>, inner('valueType'), { maxKeys: 3 });
      const entries = Object.values(keys.entries as Record<string, string>);
      return fc.record(Object.fromEntries(entries.map((key) => [key, inner('valueType')])));
    }
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => arbitraryFor(option, hints, key)));
    case 'optional':
    case 'default':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null });
    case 'pipe':
      // `.transform()` pipes the sender's value into a function: generate what goes in. A
      // preprocess pipes a function into a schema: generate what that schema takes.
      return defOf(def.in).type === 'transform' ? inner('out') : inner('in');
    default:
      throw new Error(`schema-arbitrary: no generator for zod type "${def.type}"; add one`);
  }
}
