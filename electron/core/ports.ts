import type { EncryptionState } from '../../shared/model/types';

/**
 * The OS edge, as interfaces the core depends on. electron/main implements them
 * with Electron (safeStorage, clipboard, shell); tests and the CLI use plain Node
 * versions. Nothing in the core knows which one it got.
 */

/** Encrypts secrets at rest. Ciphertexts are base64 so they fit in JSON. */
export interface SecretBox {
  /** How strong the protection is, shown to the user when it is weak; may change (a passphrase entered). */
  readonly state: EncryptionState;
  encrypt(plain: string): Promise<string>;
  decrypt(cipher: string): Promise<string>;
  /**
   * True once after a decrypt found a ciphertext that should be encrypted again
   * (safeStorage's shouldReEncrypt, or a weak ciphertext once a passphrase exists).
   */
  takeReEncryptRequest?(): boolean;
  /** Present when the user must choose how secrets are protected (Linux without a keychain). */
  readonly keychain?: KeychainChoice;
}

/** The user's choice for a machine without a system keychain. Errors are KeychainRefusal. */
export interface KeychainChoice {
  /** Sets the vault passphrase (first time, or instead of accepted weak storage); unlocks. */
  setPassphrase(passphrase: string): Promise<void>;
  /** Derives the key from the passphrase once per start. */
  unlock(passphrase: string): Promise<void>;
  /** Records the explicit choice to keep secrets under safeStorage's fixed key. */
  acceptWeak(): Promise<void>;
}

/** The system clipboard; asynchronous because Electron's clipboard is. */
export interface ClipboardPort {
  readText(): Promise<string>;
  /** Plain text; the core writes only '' with it, to wipe a secret. */
  writeText(text: string): Promise<void>;
  /**
   * A secret, marked for the OS so that clipboard history, cloud clipboard sync
   * and clipboard managers leave it out (Windows Win+V, macOS Universal Clipboard, KDE Klipper).
   */
  writeSecret(secret: string): Promise<void>;
}

export interface ExternalOpener {
  /** Opens an already allow-listed https URL in the user's browser. */
  open(url: string): Promise<void>;
}

export interface Clock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** A desktop notification; `onClick` runs when the user clicks it. */
export interface NotifierPort {
  show(notification: { title: string; body: string }, onClick: () => void): void;
}

/** Lets the user choose where a file goes (a save dialog) and writes it; false when cancelled. */
export interface FileSaverPort {
  saveText(suggestedName: string, content: string, filter: { name: string; extensions: string[] }): Promise<boolean>;
}

/**
 * Lets the user choose a file to open (an open dialog) and reads it; null when cancelled.
 * Only a regular file of at most `limits.maxBytes` is read (files/read-regular-file.ts);
 * anything else throws FileRefusedError.
 */
export interface FileOpenerPort {
  openFile(filter: { name: string; extensions: string[] }, limits: { maxBytes: number }): Promise<Buffer | null>;
}

/**
 * Native open dialogs of main for what the signer runs or reads. The renderer may only
 * ask for one; a path never comes from it. Each answers the chosen path, or null when cancelled.
 */
export interface SignerPickerPort {
  /** A CryptoPro program (cryptcp, csptest, certmgr): the core checks the name and keeps its folder. */
  chooseCryptoProTool(): Promise<string | null>;
  /** The OpenSSL signer's certificate or private key file. */
  chooseSignerFile(which: 'certificate' | 'key'): Promise<string | null>;
}

/**
 * Main's native folder dialog (the backups' folder). The renderer may only ask for it; the
 * path it answers is the user's choice, and the core checks that it is a folder. Null when cancelled.
 */
export interface FolderPickerPort {
  chooseFolder(): Promise<string | null>;
}
