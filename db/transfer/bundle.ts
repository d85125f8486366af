// The transfer bundle: one JSON file carrying rows (foreign keys written as the referenced row's
// UUID) and stored documents (base64), with a SHA-256 per record, one over the whole bundle, and
// the exporting PC's Ed25519 signature over that whole-bundle hash.
import { createHash } from 'node:crypto';
import { isCanonicalUuid } from '../../domain/contract/common';
import { verifySignature } from './signature';

export const BUNDLE_FORMAT = 'protocol-desk-bundle';
/** 2: signed. A version-1 bundle carries no signer and is refused as another version's. */
export const BUNDLE_VERSION = 2;
/** What one bundle may hold: enough for years of an office's visits, bounded so a file can't exhaust the PC. */
export const BUNDLE_LIMITS = { maxBytes: 256 * 1024 * 1024, maxRecords: 20_000 } as const;

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

/** Who exported the bundle: the PC's name and its Ed25519 public key (SPKI DER, base64). */
export interface BundleSigner {
  name: string;
  publicKey: string;
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: number;
  exportedAt: string;
  exportedBy: string;
  schemaVersion: number;
  signer: BundleSigner;
  records: BundleRecord[];
  sha256: string;
  /** The signer's signature over `sha256`, base64. */
  signature: string;
}

/** What can be wrong with a bundle; each is a message under `errors.validation.bundle.`. */
export const BUNDLE_PROBLEMS = [
  'malformed',
  'truncated',
  'wrongFormat',
  'wrongVersion',
  'tampered',
  'badSignature',
  'tooLarge',
  'tooManyRecords',
  'badIdentifier',
  'duplicate',
  'invalidRecord',
  'missingParent',
  'documentTooLarge',
  'documentChanged',
] as const;
export type BundleProblem = (typeof BUNDLE_PROBLEMS)[number];

/** Which record (and column) a problem was found in, for the officer's message. */
export interface ProblemPlace {
  table?: string;
  record?: string;
  column?: string;
}

export class BundleError extends Error {
  constructor(
    readonly problem: BundleProblem,
    readonly place: ProblemPlace = {},
  ) {
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
type Manifest = Omit<Bundle, 'sha256' | 'signature'>;
const bundleHash = (bundle: Manifest): string => sha(canonical({ ...bundle, records: bundle.records.map((record) => record.sha256) }));

export function sealBundle(
  header: Omit<Bundle, 'sha256' | 'signature' | 'records' | 'format' | 'version'>,
  records: Omit<BundleRecord, 'sha256'>[],
  sign: (digest: string) => string,
): Bundle {
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...header,
    records: records.map((record) => ({ ...record, sha256: recordHash(record) })),
  };
  const digest = bundleHash(manifest);
  return { ...manifest, sha256: digest, signature: sign(digest) };
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

const isSigner = (value: unknown): value is BundleSigner =>
  isObject(value) && typeof value.name === 'string' && value.name.length <= 200 && typeof value.publicKey === 'string' && value.publicKey.length <= 200;

/** Every identifier a record carries, its own and its references, must be a canonical UUID. */
function checkIdentifiers(records: BundleRecord[]): void {
  const seen = new Set<string>();
  for (const record of records) {
    const place = { table: record.table, record: record.uuid.slice(0, 64) };
    if (!isCanonicalUuid(record.uuid)) throw new BundleError('badIdentifier', place);
    // One UUID names one row: twice in a table, or in two tables, and the merge couldn't tell them apart.
    if (seen.has(record.uuid)) throw new BundleError('duplicate', place);
    seen.add(record.uuid);
    for (const [column, cell] of Object.entries(record.row)) {
      if (cell !== null && typeof cell === 'object' && 'ref' in cell && !isCanonicalUuid(cell.ref)) throw new BundleError('badIdentifier', { ...place, column });
    }
  }
}

/**
 * Parses and verifies a bundle's text: its size, shape and format version, its identifiers, every
 * record's hash, the whole bundle's hash and its signer's signature. Whether the signer is one
 * of ours is for the caller to decide.
 */
export function openBundle(text: string): Bundle {
  if (text.length > BUNDLE_LIMITS.maxBytes) throw new BundleError('tooLarge');
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
  const { exportedAt, exportedBy, schemaVersion, signer, records, sha256, signature } = parsed;
  if (typeof exportedAt !== 'string' || typeof exportedBy !== 'string' || typeof schemaVersion !== 'number' || typeof sha256 !== 'string' || typeof signature !== 'string' || !isSigner(signer)) {
    throw new BundleError('malformed');
  }
  if (!Array.isArray(records)) throw new BundleError('malformed');
  if (records.length > BUNDLE_LIMITS.maxRecords) throw new BundleError('tooManyRecords');
  if (!records.every(isRecord)) throw new BundleError('malformed');
  checkIdentifiers(records);
  const bundle: Bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt, exportedBy, schemaVersion, signer, records, sha256, signature };
  if (records.some((record) => recordHash(record) !== record.sha256)) throw new BundleError('tampered');
  const { sha256: stated, signature: signed, ...manifest } = bundle;
  if (bundleHash(manifest) !== stated) throw new BundleError('tampered');
  if (!verifySignature(signer.publicKey, stated, signed)) throw new BundleError('badSignature');
  return bundle;
}
