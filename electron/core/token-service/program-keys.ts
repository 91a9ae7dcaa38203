import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Program keys: 32 random bytes, base64url, shown once. Only their SHA-256 is kept;
 * a presented key is hashed and compared with every stored hash in constant time, so
 * neither the answer nor its timing tells how close a guess was.
 */

export interface ProgramKey {
  /** The key itself: give it to the program, never store it. */
  key: string;
  /** SHA-256 of the key's text, 64 hex digits: the only form that is stored. */
  sha256: string;
}

export interface ProgramGrant {
  /** A name for people (the audit trail shows it). */
  name: string;
  keySha256: string;
  /** Ids this key may read; null: every id the service has. */
  connections: readonly string[] | null;
}

const KEY_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const HASH_SHAPE = /^[0-9a-f]{64}$/;

export function newProgramKey(): ProgramKey {
  const key = randomBytes(32).toString('base64url');
  return { key, sha256: sha256Hex(key) };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function isKeySha256(text: string): boolean {
  return HASH_SHAPE.test(text);
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
export function bearerKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header);
  return match?.[1] ?? null;
}

/** The programs allowed to read tokens; revoking removes a program at once. */
export class KeyRing {
  private grants: { grant: ProgramGrant; hash: Buffer }[] = [];

  constructor(grants: readonly ProgramGrant[] = []) {
    this.replace(grants);
  }

  /** Replaces every grant (the app's settings changed). */
  replace(grants: readonly ProgramGrant[]): void {
    this.grants = grants.map((grant) => {
      const hex = grant.keySha256.toLowerCase();
      if (!isKeySha256(hex)) throw new Error('keySha256 must be 64 hex digits');
      return { grant: { ...grant, keySha256: hex }, hash: Buffer.from(hex, 'hex') };
    });
  }

  add(grant: ProgramGrant): void {
    this.replace([...this.grants.map((entry) => entry.grant), grant]);
  }

  /** Revokes every key of this name; answers whether one was there. */
  revoke(name: string): boolean {
    const before = this.grants.length;
    this.grants = this.grants.filter((entry) => entry.grant.name !== name);
    return this.grants.length !== before;
  }

  /** The grant of a presented key, or null. Every stored hash is compared, match or not. */
  find(presented: string | null): ProgramGrant | null {
    if (presented === null || !KEY_SHAPE.test(presented)) return null;
    const hash = createHash('sha256').update(presented, 'utf8').digest();
    let found: ProgramGrant | null = null;
    for (const entry of this.grants) {
      if (timingSafeEqual(hash, entry.hash) && found === null) found = entry.grant;
    }
    return found;
  }

  static allows(grant: ProgramGrant, id: string): boolean {
    return grant.connections === null || grant.connections.includes(id);
  }
}
