// The transfer bundle: one JSON file carrying rows (foreign keys written as the referenced row's
// UUID) and stored documents (base64), with a SHA-256 per record and one over the whole bundle.
import { createHash } from 'node:crypto';

export const BUNDLE_FORMAT = 'protocol-desk-bundle';
export const BUNDLE_VERSION = 1;

/** A column value as it travels: foreign keys as `{ ref: uuid }`, BLOBs as `{ base64 }`. */
export type Cell = string | number | null | { ref: string } | { base64: string };
export interface BundleRecord {
  table: string;
  uuid: string;
  row: Record<string, Cell>;
  /** The stored document's bytes, for rows of `documents`. */
  fileBase64?: string;
  sha256: string;
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: number;
  exportedAt: string;
  exportedBy: string;
  schemaVersion: number;
  records: BundleRecord[];
  sha256: string;
}

export type BundleProblem = 'malformed' | 'truncated' | 'wrongFormat' | 'wrongVersion' | 'tampered';
export class BundleError extends Error {
  constructor(readonly problem: BundleProblem) {
    super(problem);
  }
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with keys sorted, so a hash doesn't depend on the order keys were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, inner]) => inner !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const recordHash = (record: Omit<BundleRecord, 'sha256'>): string =>
  sha(canonical({ table: record.table, uuid: record.uuid, row: record.row, fileBase64: record.fileBase64 }));
const bundleHash = (bundle: Omit<Bundle, 'sha256'>): string => sha(canonical({ ...bundle, records: bundle.records.map((record) => record.sha256) }));

export function sealBundle(header: Omit<Bundle, 'sha256' | 'records' | 'format' | 'version'>, records: Omit<BundleRecord, 'sha256'>[]): Bundle {
  const unsealed = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...header,
    records: records.map((record) => ({ ...record, sha256: recordHash(record) })),
  } as const;
  return { ...unsealed, sha256: bundleHash(unsealed) };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isCell = (value: unknown): value is Cell =>
  value === null ||
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (isObject(value) && Object.keys(value).length === 1 && (typeof value.ref === 'string' || typeof value.base64 === 'string'));

function isRecord(value: unknown): value is BundleRecord {
  return (
    isObject(value) &&
    typeof value.table === 'string' &&
    typeof value.uuid === 'string' &&
    typeof value.sha256 === 'string' &&
    (value.fileBase64 === undefined || typeof value.fileBase64 === 'string') &&
    isObject(value.row) &&
    Object.values(value.row).every(isCell)
  );
}

/** Parses and verifies a bundle's text: its shape, format version, every record's hash and the whole bundle's hash. */
export function openBundle(text: string): Bundle {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A bundle cut short still starts like one.
    throw new BundleError(text.trimStart().startsWith(`{"format":"${BUNDLE_FORMAT}"`) ? 'truncated' : 'malformed');
  }
  if (!isObject(parsed)) throw new BundleError('malformed');
  if (parsed.format !== BUNDLE_FORMAT) throw new BundleError('wrongFormat');
  if (parsed.version !== BUNDLE_VERSION) throw new BundleError('wrongVersion');
  const { exportedAt, exportedBy, schemaVersion, records, sha256 } = parsed;
  if (typeof exportedAt !== 'string' || typeof exportedBy !== 'string' || typeof schemaVersion !== 'number' || typeof sha256 !== 'string') {
    throw new BundleError('malformed');
  }
  if (!Array.isArray(records) || !records.every(isRecord)) throw new BundleError('malformed');
  const bundle: Bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt, exportedBy, schemaVersion, records, sha256 };
  if (records.some((record) => recordHash(record) !== record.sha256)) throw new BundleError('tampered');
  const { sha256: stated, ...unsealed } = bundle;
  if (bundleHash(unsealed) !== stated) throw new BundleError('tampered');
  return bundle;
}
