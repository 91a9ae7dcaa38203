import { z } from 'zod';
import {
  ACCESS_JOURNAL_LIMIT,
  DEFAULT_SERVICE_PORT,
  MAX_PROGRAM_TOKENS,
  MAX_PROGRAMS,
  MAX_SERVICE_PORT,
  MIN_SERVICE_PORT,
  PROGRAM_NAME_MAX,
} from '../../../shared/token-service/limits';

/**
 * The token service's part of vault.json: whether it is on, its port, the programs
 * allowed to read tokens and the access journal. A program's key is never here, only
 * its SHA-256 (64 hex digits); a file holding anything else (a key, a longer list than
 * the app writes) is not the app's and is set aside like any other damaged vault.
 */

const instant = z.iso.datetime({ offset: true });
const recordId = z.string().min(1).max(64);

const programSchema = z.strictObject({
  id: recordId,
  name: z.string().min(1).max(PROGRAM_NAME_MAX),
  keySha256: z.string().regex(/^[0-9a-f]{64}$/),
  tokenIds: z.array(recordId).max(MAX_PROGRAM_TOKENS),
  createdAt: instant,
  lastAccessAt: instant.nullable(),
});

const accessSchema = z.strictObject({
  at: instant,
  programId: recordId.nullable(),
  program: z.string().max(PROGRAM_NAME_MAX).nullable(),
  tokenId: recordId.nullable(),
  status: z.number().int().min(100).max(599),
});

export const tokenServiceSchema = z.strictObject({
  enabled: z.boolean(),
  port: z.number().int().min(MIN_SERVICE_PORT).max(MAX_SERVICE_PORT),
  programs: z.array(programSchema).max(MAX_PROGRAMS),
  /** Newest first. */
  journal: z.array(accessSchema).max(ACCESS_JOURNAL_LIMIT),
});

export type StoredServiceProgram = z.infer<typeof programSchema>;
export type StoredServiceAccess = z.infer<typeof accessSchema>;

export function defaultTokenService(): z.infer<typeof tokenServiceSchema> {
  return { enabled: false, port: DEFAULT_SERVICE_PORT, programs: [], journal: [] };
}
