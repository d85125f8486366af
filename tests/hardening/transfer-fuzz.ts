// Property-based fuzzing of the import: bundles made hostile by fast-check, then sealed and
// signed by a PC the office trusts, so that each gets past the hashes and the signature and is
// judged by the checks, the merge and the read-back through the handlers: the same runImport()
// the transfer worker runs. After each: no file outside documents/ was touched, a refused bundle
// left every row and file as it was, and no refusal was an internal error.
import { randomUUID } from 'node:crypto';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { BundleRecord, Cell } from '../../db/transfer/bundle';
import type { HandlerContext } from '../../electron/api/context';
import { toApiError } from '../../electron/api/errors';
import { runImport, type TransferJob } from '../../electron/api/transfer-run';
import type { TestPc } from './bundle-maker';
import { everyFile, everyRow } from './office-files';

type Record = Omit<BundleRecord, 'sha256'>;

const HOSTILE_IDS = ['../../autostart/x.desktop'.padEnd(36, 'x'), `${randomUUID()}\u0000/../../x`, randomUUID().toUpperCase(), '', 'C:\\Windows\\System32\\x', '..', randomUUID().slice(0, 35), `${randomUUID()} `];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 290, maxLength: 320 }),
  fc.constant('ə'.repeat(3000)),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
  fc.base64String({ maxLength: 64 }).map((base64) => ({ base64 })),
  fc.constantFrom(...HOSTILE_IDS).map((ref) => ({ ref })),
  fc.uuid().map((ref) => ({ ref })),
);

/** One change an attacker (or a damaged copy) could make to a record list. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('uuid' as const), at: fc.nat(), value: fc.constantFrom(...HOSTILE_IDS) }),
  fc.record({ kind: fc.constant('cell' as const), at: fc.nat(), column: fc.nat(), value: cell }),
  fc.record({ kind: fc.constant('newColumn' as const), at: fc.nat(), name: fc.constantFrom('id', 'rowid', 'x; DROP TABLE people', 'uuid ', '__proto__'), value: cell }),
  fc.record({ kind: fc.constant('dropColumn' as const), at: fc.nat(), column: fc.nat() }),
  fc.record({ kind: fc.constant('table' as const), at: fc.nat(), value: fc.constantFrom('audit_log', 'settings', 'trusted_signers', 'sqlite_master', 'people', 'documents', 'events') }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('file' as const), at: fc.nat(), value: fc.oneof(fc.base64String({ maxLength: 200 }), fc.constant(undefined)) }),
  fc.record({ kind: fc.constant('none' as const) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function applyMutation(records: Record[], change: Mutation): Record[] {
  if (change.kind === 'none' || records.length === 0) return records;
  const index = change.at % records.length;
  const copy = records.map((record) => ({ ...record, row: { ...record.row } }));
  const target = copy[index]!;
  const columns = Object.keys(target.row);
  switch (change.kind) {
    case 'uuid':
      target.uuid = change.value;
      target.row.uuid = change.value;
      break;
    case 'cell':
      target.row[columns[change.column % columns.length]!] = change.value;
      break;
    case 'newColumn':
      target.row[change.name] = change.value;
      break;
    case 'dropColumn':
      delete target.row[columns[change.column % columns.length]!];
      break;
    case 'table':
      target.table = change.value;
      break;
    case 'duplicate':
      copy.push({ ...target, row: { ...target.row } });
      break;
    case 'drop':
      copy.splice(index, 1);
      break;
    case 'file':
      target.fileBase64 = change.value;
      break;
  }
  return copy;
}

export interface FuzzTally {
  bundles: number;
  /** How many got as far as the merge, and as the read-back through the handlers. */
  reachedMerge: number;
  reachedReadBack: number;
  imported: number;
  refused: Map<string, number>;
  internal: number;
  filesOutsideDocuments: number;
}

/** A job that remembers the furthest step each import reached. */
function watchedJob(reached: Set<string>): TransferJob {
  return { report: (phase) => reached.add(phase), cancelled: () => false };
}

/** Runs `runs` hostile bundles against each office in turn; throws (fast-check shrinks) on the first broken promise. */
export async function fuzzImport(offices: HandlerContext[], pc: TestPc, base: Record[], runs: number, seed?: number): Promise<FuzzTally> {
  const tally: FuzzTally = { bundles: 0, reachedMerge: 0, reachedReadBack: 0, imported: 0, refused: new Map(), internal: 0, filesOutsideDocuments: 0 };
  let turn = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
      const office = offices[turn++ % offices.length]!;
      const folder = join(office.dataDir, '..');
      const content = pc.seal(changes.reduce(applyMutation, base));
      const rows = everyRow(office);
      const files = everyFile(folder);
      tally.bundles++;
      const reached = new Set<string>();
      try {
        await runImport(office, { content, choices: {}, unknownSigner: 'refuse' }, watchedJob(reached));
        tally.imported++;
      } catch (error) {
        const shape = toApiError(error);
        if (shape.code === 'internal') tally.internal++;
        tally.refused.set(shape.messageKey, (tally.refused.get(shape.messageKey) ?? 0) + 1);
        if (shape.code === 'internal') throw error;
        if (JSON.stringify(everyRow(office)) !== JSON.stringify(rows)) throw new Error(`refused with ${shape.messageKey}, yet rows changed`, { cause: error });
      }
      if (reached.has('writing')) tally.reachedMerge++;
      if (reached.has('verifying')) tally.reachedReadBack++;
      const now = everyFile(folder);
      const documents = `${relative(folder, office.dataDir)}/documents/`;
      const outside = Object.keys({ ...files, ...now }).filter((name) => !name.startsWith(documents) && files[name] !== now[name]);
      tally.filesOutsideDocuments += outside.length;
      if (outside.length > 0) throw new Error(`files changed outside documents/: ${outside.join(', ')}`);
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return tally;
}

export const describeTally = (tally: FuzzTally): string =>
  `transfer fuzz: ${tally.bundles} hostile bundles signed by a trusted PC, ${tally.reachedMerge} reached the merge and ${tally.reachedReadBack} the read-back through the handlers; ` +
  `${tally.imported} imported, ${tally.bundles - tally.imported} refused ` +
  `(${[...tally.refused].sort(([, a], [, b]) => b - a).map(([key, count]) => `${key.replace('validation.bundle.', '')} ${count}`).join(', ')}), ` +
  `${tally.internal} internal, ${tally.filesOutsideDocuments} files written outside documents/`;
