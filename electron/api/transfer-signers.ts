// The office's trusted PCs: listed, added from a key file or from a bundle whose fingerprint the
// officer confirmed, and removed; every change in the audit log.
import type { ChannelOutput, ParsedInput } from '../../domain/contract';
import { TransferKeyFile } from '../../domain/contract';
import { deleteTrustedSigner, findTrustedSigner, insertTrustedSigner, listTrustedSigners, type TrustedSignerRow } from '../../db/trusted-signers.repo';
import type { BundleSigner } from '../../db/transfer/bundle';
import { fingerprint, isPublicKey } from '../../db/transfer/signature';
import type { HandlerContext } from './context';
import { NotFoundError, ValidationError } from './errors';
import { inTransaction, recordAudit, timestamp } from './saving';

const shown = ({ publicKey: _key, ...signer }: TrustedSignerRow) => signer;

export const listSigners = (ctx: HandlerContext): ChannelOutput<'transfer:signers'> => listTrustedSigners(ctx.db).map(shown);

/** Whether a bundle's signer is one of the office's PCs, as the preview shows it. */
export function signerStatus(ctx: HandlerContext, signer: BundleSigner): ChannelOutput<'transfer:preview'>['signer'] {
  const trusted = findTrustedSigner(ctx.db, signer.publicKey);
  return { name: signer.name, fingerprint: fingerprint(signer.publicKey), trusted: trusted !== undefined, trustedAs: trusted?.name ?? null };
}

/** Adds a PC to the trusted ones (inside the caller's transaction when there is one); a known key stays as it was. */
export function trustSigner(ctx: HandlerContext, signer: BundleSigner, how: 'keyFile' | 'confirmedFingerprint'): TrustedSignerRow {
  const known = findTrustedSigner(ctx.db, signer.publicKey);
  if (known) return known;
  const row = { name: signer.name, publicKey: signer.publicKey, fingerprint: fingerprint(signer.publicKey), addedAt: timestamp(ctx), addedBy: ctx.actor };
  const { id, uuid } = insertTrustedSigner(ctx.db, row);
  recordAudit(ctx, 'create', 'trustedSigner', uuid, { name: row.name, fingerprint: row.fingerprint, how });
  return { id, ...row };
}

export function trustKeyFile(ctx: HandlerContext, input: ParsedInput<'transfer:trustKeyFile'>): ChannelOutput<'transfer:trustKeyFile'> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.content);
  } catch {
    throw new ValidationError('validation.keyFile');
  }
  const keyFile = TransferKeyFile.safeParse(parsed);
  if (!keyFile.success || !isPublicKey(keyFile.data.publicKey)) throw new ValidationError('validation.keyFile');
  return shown(inTransaction(ctx, () => trustSigner(ctx, keyFile.data, 'keyFile')));
}

export function forgetSigner(ctx: HandlerContext, input: ParsedInput<'transfer:forgetSigner'>): ChannelOutput<'transfer:forgetSigner'> {
  return inTransaction(ctx, () => {
    const uuid = deleteTrustedSigner(ctx.db, input.id);
    if (uuid === undefined) throw new NotFoundError('trustedSigner', input.id);
    recordAudit(ctx, 'delete', 'trustedSigner', uuid);
    return { deleted: true as const };
  });
}
