// Bundles made as another PC would make them: sealed and signed with that PC's key, so a test's
// crafted records get past the hashes and the signature and reach the checks and the merge.
import { generateKeyPair, signDigest } from '../../db/transfer/signature';
import { sealBundle, type BundleRecord } from '../../db/transfer/bundle';
import type { HandlerContext } from '../../electron/api/context';
import { trustSigner } from '../../electron/api/transfer-signers';
import { inTransaction } from '../../electron/api/saving';

export interface TestPc {
  name: string;
  publicKey: string;
  /** A bundle of these records, sealed and signed by this PC. */
  seal(records: Omit<BundleRecord, 'sha256'>[], header?: { exportedAt?: string; exportedBy?: string }): string;
}

export function otherPc(name = 'IRO-PC-07'): TestPc {
  const pair = generateKeyPair();
  return {
    name,
    publicKey: pair.publicKey,
    seal: (records, header = {}) =>
      JSON.stringify(
        sealBundle(
          { exportedAt: header.exportedAt ?? '2025-11-20T09:30:00.000Z', exportedBy: header.exportedBy ?? 'r.mammadov', schemaVersion: 9, signer: { name, publicKey: pair.publicKey } },
          records,
          (digest) => signDigest(pair.privateKey, digest),
        ),
      ),
  };
}

/** The office trusts this PC, as after importing its key file. */
export function trust(ctx: HandlerContext, pc: { name: string; publicKey: string }): void {
  inTransaction(ctx, () => trustSigner(ctx, pc, 'keyFile'));
}

/** The records of an exported bundle, without their hashes, to be changed and sealed again. */
export const recordsOf = (content: string): Omit<BundleRecord, 'sha256'>[] =>
  (JSON.parse(content) as { records: BundleRecord[] }).records.map(({ sha256: _sha, ...record }) => record);

/** Who signed an exported bundle. */
export const signerOf = (content: string): { name: string; publicKey: string } => (JSON.parse(content) as { signer: { name: string; publicKey: string } }).signer;
