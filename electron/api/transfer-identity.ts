// This PC's transfer key: an Ed25519 key pair made on first use, kept beside the database. The
// private key is sealed with the OS's protection for the user where the shell has it
// (safeStorage); otherwise it is a file only the user may read.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { TRANSFER_KEY_FORMAT, type ChannelOutput } from '../../domain/contract';
import { fingerprint, generateKeyPair, isPublicKey, signDigest } from '../../db/transfer/signature';
import type { HandlerContext } from './context';
import { ConflictError } from './errors';

const KEY_FILE = 'transfer-key.json';

const StoredKey = z
  .object({
    name: z.string().min(1).max(200),
    publicKey: z.string().max(200).refine(isPublicKey),
    /** base64: the PKCS#8 key itself, or the OS-sealed bytes of it when `sealed`. */
    privateKey: z.string().max(10_000),
    sealed: z.boolean(),
  })
  .strict();
type StoredKey = z.output<typeof StoredKey>;

export interface TransferIdentity {
  name: string;
  publicKey: string;
  sign(digest: string): string;
}

function createKey(ctx: HandlerContext, file: string): StoredKey {
  const pair = generateKeyPair();
  const sealed = ctx.secrets?.isAvailable() === true;
  const stored: StoredKey = {
    name: hostname().slice(0, 200) || 'Protocol Desk',
    publicKey: pair.publicKey,
    privateKey: sealed ? ctx.secrets!.encrypt(pair.privateKey).toString('base64') : pair.privateKey,
    sealed,
  };
  // 'wx': two starts at once can't both make a key; mode 0600: only this user may read it.
  writeFileSync(file, JSON.stringify(stored), { flag: 'wx', mode: 0o600 });
  return stored;
}

function readKey(file: string): StoredKey {
  const parsed = StoredKey.safeParse((() => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch {
      return null;
    }
  })());
  if (!parsed.success) throw new ConflictError('conflict.transferKeyDamaged');
  return parsed.data;
}

/** This PC's signing identity, made the first time it is needed. */
export function transferIdentity(ctx: HandlerContext): TransferIdentity {
  const file = join(ctx.dataDir, KEY_FILE);
  const stored = existsSync(file) ? readKey(file) : createKey(ctx, file);
  if (stored.sealed && ctx.secrets?.isAvailable() !== true) throw new ConflictError('conflict.transferKeyLocked');
  const privateKey = stored.sealed ? ctx.secrets!.decrypt(Buffer.from(stored.privateKey, 'base64')) : stored.privateKey;
  return { name: stored.name, publicKey: stored.publicKey, sign: (digest) => signDigest(privateKey, digest) };
}

/** What Settings → Transfer shows of this PC, and the key file the officer carries to other PCs. */
export function describeIdentity(ctx: HandlerContext): ChannelOutput<'transfer:identity'> {
  const { name, publicKey } = transferIdentity(ctx);
  const keyFile = { format: TRANSFER_KEY_FORMAT, version: 1, name, publicKey };
  const safeName = name.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'pc';
  return { name, fingerprint: fingerprint(publicKey), keyFile: { fileName: `${safeName}.pdkey.json`, content: JSON.stringify(keyFile) } };
}
