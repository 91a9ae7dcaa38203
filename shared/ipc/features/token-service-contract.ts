import { z } from 'zod';
import { MAX_PROGRAM_TOKENS, MAX_SERVICE_PORT, MIN_SERVICE_PORT, PROGRAM_NAME_MAX } from '../../token-service/limits';
import type { TOKEN_SERVICE_REQUEST_NAMES } from './token-service-names';

type Name = (typeof TOKEN_SERVICE_REQUEST_NAMES)[number];

const id = z.string().min(1).max(64);

export const tokenServiceRequestSchemas = {
  /** What Settings shows: on or off, the port, whether it listens, the programs and the access journal. */
  tokenServiceState: z.object({}).strict(),
  /** Switches the service and/or moves it to another port; a busy port is refused with nothing changed. */
  tokenServiceConfigure: z
    .object({
      enabled: z.boolean().optional(),
      port: z.number().int().min(MIN_SERVICE_PORT).max(MAX_SERVICE_PORT).optional(),
    })
    .strict(),
  /** A program and the records it may read; the answer carries its key, the only time it exists outside the program. */
  tokenServiceAddProgram: z
    .object({
      name: z.string().max(PROGRAM_NAME_MAX * 2),
      tokenIds: z.array(id).max(MAX_PROGRAM_TOKENS),
    })
    .strict(),
  tokenServiceRevokeProgram: z.object({ programId: id }).strict(),
  /** Opens the service's `/v1/health` in the user's browser; the core builds the address from the stored port. */
  tokenServiceOpenHealth: z.object({}).strict(),
  /**
   * «Скопировать» next to a key just shown: the core copies it (kept out of clipboard history,
   * wiped after the set time) only if it is the key of a listed program, so the page cannot put
   * other text on the clipboard through it.
   */
  tokenServiceCopyKey: z.object({ key: z.string().max(64) }).strict(),
} satisfies Record<Name, z.ZodType>;

export interface ServiceProgramView {
  id: string;
  name: string;
  tokenIds: string[];
  createdAt: string;
  /** The last request with this program's key, whatever its answer; null: never. */
  lastAccessAt: string | null;
}

export interface ServiceAccessView {
  at: string;
  /** The program's name then; null when no known key came. */
  program: string | null;
  tokenId: string | null;
  status: number;
}

export interface TokenServiceView {
  enabled: boolean;
  port: number;
  /** off: switched off; running: listening at url; failed: on, but could not listen (problem says why). */
  status: 'off' | 'running' | 'failed';
  url: string | null;
  healthUrl: string;
  problem: string | null;
  programs: ServiceProgramView[];
  /** The latest accesses, newest first. */
  journal: ServiceAccessView[];
}

export interface TokenServiceRequestOutputs {
  tokenServiceState: TokenServiceView;
  tokenServiceConfigure: TokenServiceView;
  /** key: shown once; only its SHA-256 is stored. */
  tokenServiceAddProgram: { program: ServiceProgramView; key: string; state: TokenServiceView };
  tokenServiceRevokeProgram: TokenServiceView;
  tokenServiceOpenHealth: { opened: true };
  tokenServiceCopyKey: { clearsAfterSeconds: number };
}
