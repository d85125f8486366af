// Ed25519 signatures over a bundle's hash (node:crypto), and the fingerprint an officer reads
// out over the phone to confirm whose key it is.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface KeyPair {
  /** SPKI DER, base64: what travels in bundles and key files. */
  publicKey: string;
  /** PKCS#8 DER, base64: never leaves the PC. */
  privateKey: string;
}

export function generateKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

/** The key a base64 SPKI names, if it is an Ed25519 public key; anything else is no key. */
function publicKeyOf(publicKey: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

export const isPublicKey = (publicKey: string): boolean => publicKeyOf(publicKey) !== null;

export function signDigest(privateKey: string, digest: string): string {
  const key = createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, Buffer.from(digest, 'utf8'), key).toString('base64');
}

export function verifySignature(publicKey: string, digest: string, signature: string): boolean {
  const key = publicKeyOf(publicKey);
  if (!key) return false;
  try {
    return verify(null, Buffer.from(digest, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** 32 hex digits of the key's SHA-256 in groups of four: short enough to read out, long enough to trust. */
export function fingerprint(publicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').toUpperCase();
  return digest.slice(0, 32).match(/.{4}/g)!.join(' ');
}
