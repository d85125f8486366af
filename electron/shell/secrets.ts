// This PC's secrets (the transfer key's private half) sealed with Electron's safeStorage: DPAPI on
// Windows, the keyring on Linux, tied to the logged-in user.
import { safeStorage } from 'electron';
import type { SecretStore } from '../api/context';

export const safeStorageSecrets: SecretStore = {
  // On Linux without a keyring Electron falls back to a hard-coded password ('basic_text'), which
  // protects nothing; the key is then kept in a file only the user may read instead.
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(sealed),
};
