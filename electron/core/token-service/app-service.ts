import { randomUUID } from 'node:crypto';
import type { ServiceProgramView, TokenServiceView } from '../../../shared/ipc/features/token-service-contract';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { serviceHealthUrl } from '../../../shared/token-service/health-url';
import { ACCESS_JOURNAL_LIMIT, ACCESS_JOURNAL_SHOWN, MAX_PROGRAMS, MAX_SERVICE_PORT, PROGRAM_NAME_MAX } from '../../../shared/token-service/limits';
import { AppFailure } from '../errors';
import type { Clock } from '../ports';
import type { StoredServiceAccess, StoredServiceProgram } from '../vault/token-service-schema';
import type { Vault } from '../vault/vault';
import type { AuditEntry } from './audit';
import { KeyRing, newProgramKey, sha256Hex } from './program-keys';
import { startTokenServer } from './token-server';
import type { RunningTokenServer, TokenSources } from './token-server';

export interface AppTokenServiceDeps {
  vault: Vault;
  clock: Pick<Clock, 'now'>;
  sources: TokenSources;
  /** Records a program may read keep their automatic refresh on (Честный знак); called after a program is added. */
  keepRefreshing?: (tokenIds: readonly string[]) => Promise<void>;
  /** Access entries are written to the vault together, at most this often (the vault is one file). */
  flushDelayMs?: number;
  newId?: () => string;
  /** A failure nobody waits for (a journal write); never given a message or a secret. */
  onError?: (error: unknown) => void;
}

const DEFAULT_FLUSH_DELAY_MS = 2_000;
const CONTROL_CHARACTERS = /\p{Cc}/u;

/**
 * «Выдача токенов программам» in the app: the token service of electron/core/token-service
 * over the vault's records, switched and moved in Settings, started with the app and stopped
 * on quit. Programs and the access journal live in the vault; a program's key exists only in
 * the answer that adds it (the vault keeps its SHA-256).
 */
export class AppTokenService {
  private server: RunningTokenServer | null = null;
  /** Why the service is on but not listening (start-up found the port busy). */
  private problem: { port: number; busy: boolean } | null = null;
  private readonly keys = new KeyRing();
  /** Program id → name, for the journal (read on every request, so not from the vault each time). */
  private names = new Map<string, string>();
  /** Access entries not yet in the vault, oldest first. */
  private pending: StoredServiceAccess[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  /** start, stop and configure run one at a time: two quick switches must not leave two servers. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly newId: () => string;

  constructor(private readonly deps: AppTokenServiceDeps) {
    this.newId = deps.newId ?? randomUUID;
    this.reloadKeys();
  }

  /** At the app's start: listens when the user switched the service on; a busy port is shown in Settings, not thrown. */
  start(): Promise<void> {
    return this.serialised(async () => {
      const stored = this.deps.vault.tokenService();
      if (!stored.enabled || this.server) return;
      try {
        this.server = await this.listen(stored.port);
        this.problem = null;
      } catch (error) {
        this.problem = { port: stored.port, busy: isBusy(error) };
      }
    });
  }

  /** On quit: the journal is written and the port is closed. */
  stop(): Promise<void> {
    return this.serialised(async () => {
      this.flush();
      const server = this.server;
      this.server = null;
      await server?.close();
    });
  }

  configure(patch: { enabled?: boolean; port?: number }, language: Language): Promise<TokenServiceView> {
    return this.serialised(async () => {
      const stored = this.deps.vault.tokenService();
      const enabled = patch.enabled ?? stored.enabled;
      const port = patch.port ?? stored.port;
      if (!enabled) {
        const server = this.server;
        this.server = null;
        this.problem = null;
        this.persist(enabled, port);
        await server?.close();
        return this.view(language);
      }
      if (this.server?.port === port) {
        this.persist(enabled, port);
        return this.view(language);
      }
      // The new port first: the old one closes only once the new one listens, and a busy port changes nothing.
      let next: RunningTokenServer;
      try {
        next = await this.listen(port);
      } catch (error) {
        throw new AppFailure('invalid_field', portProblem(port, isBusy(error), language), 'port');
      }
      try {
        this.persist(enabled, port);
      } catch (error) {
        await next.close();
        throw error;
      }
      const previous = this.server;
      this.server = next;
      this.problem = null;
      await previous?.close();
      return this.view(language);
    });
  }

  addProgram(input: { name: string; tokenIds: readonly string[] }, language: Language): { program: ServiceProgramView; key: string } {
    const name = input.name.normalize('NFC').trim();
    if (name === '' || Array.from(name).length > PROGRAM_NAME_MAX || CONTROL_CHARACTERS.test(name)) {
      throw new AppFailure('invalid_field', message('token_service_program_name', language, { max: String(PROGRAM_NAME_MAX) }), 'name');
    }
    const stored = this.deps.vault.tokenService();
    if (stored.programs.some((program) => program.name.toLocaleLowerCase('ru') === name.toLocaleLowerCase('ru'))) {
      throw new AppFailure('invalid_field', message('token_service_program_name_taken', language, { name }), 'name');
    }
    if (stored.programs.length >= MAX_PROGRAMS) {
      throw new AppFailure('invalid_field', message('token_service_too_many_programs', language, { max: String(MAX_PROGRAMS) }), 'name');
    }
    const tokenIds = [...new Set(input.tokenIds)];
    if (tokenIds.length === 0) throw new AppFailure('invalid_field', message('token_service_program_tokens', language), 'tokenIds');
    const known = new Set(this.deps.vault.view().organisations.flatMap((organisation) => organisation.tokens.map((token) => token.id)));
    if (tokenIds.some((id) => !known.has(id))) throw new AppFailure('invalid_field', message('token_service_unknown_token', language), 'tokenIds');

    const key = newProgramKey();
    const program: StoredServiceProgram = {
      id: this.newId(),
      name,
      keySha256: key.sha256,
      tokenIds,
      createdAt: this.deps.clock.now().toISOString(),
      lastAccessAt: null,
    };
    this.deps.vault.changeTokenService((service) => {
      service.programs.push(program);
    });
    this.reloadKeys();
    return { program: toProgramView(program), key: key.key };
  }

  /**
   * Turns automatic refresh on for what a program may read. A failure is logged, not thrown:
   * the program is added and its key must still reach the user (the refresh can be switched on the record's page).
   */
  async keepRefreshing(tokenIds: readonly string[]): Promise<void> {
    try {
      await this.deps.keepRefreshing?.(tokenIds);
    } catch (error) {
      this.deps.onError?.(error);
    }
  }

  revokeProgram(programId: string, language: Language): void {
    if (!this.deps.vault.tokenService().programs.some((program) => program.id === programId)) {
      throw new AppFailure('not_found', message('token_service_unknown_program', language));
    }
    this.deps.vault.changeTokenService((service) => {
      service.programs = service.programs.filter((program) => program.id !== programId);
    });
    // At once: the next request with this key gets 401, even on a connection kept open.
    this.reloadKeys();
  }

  /** Whether this text is the key of a listed program (only then may it go to the clipboard). */
  isProgramKey(key: string): boolean {
    if (!/^[A-Za-z0-9_-]{43}$/.test(key)) return false;
    const hash = sha256Hex(key);
    return this.deps.vault.tokenService().programs.some((program) => program.keySha256 === hash);
  }

  /** The address to open in the browser, or a refusal when the service does not listen. */
  healthUrl(language: Language): string {
    if (!this.server) throw new AppFailure('invalid_field', message('token_service_off', language), 'port');
    return serviceHealthUrl(this.server.port);
  }

  view(language: Language): TokenServiceView {
    const stored = this.deps.vault.tokenService();
    const pendingNewestFirst = [...this.pending].reverse();
    const last = lastAccessOf(pendingNewestFirst);
    const status = !stored.enabled ? 'off' : this.server ? 'running' : 'failed';
    return {
      enabled: stored.enabled,
      port: stored.port,
      status,
      url: this.server ? this.server.url : null,
      healthUrl: serviceHealthUrl(this.server?.port ?? stored.port),
      problem: status === 'failed' && this.problem ? portProblem(this.problem.port, this.problem.busy, language) : null,
      programs: stored.programs.map((program) => toProgramView({ ...program, lastAccessAt: last.get(program.id) ?? program.lastAccessAt })),
      journal: [...pendingNewestFirst, ...stored.journal]
        .slice(0, ACCESS_JOURNAL_SHOWN)
        .map((entry) => ({ at: entry.at, program: entry.program, tokenId: entry.tokenId, status: entry.status })),
    };
  }

  /** Writes the waiting access entries to the vault now. */
  flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.pending.length === 0) return;
    const entries = [...this.pending].reverse();
    this.pending = [];
    const last = lastAccessOf(entries);
    try {
      this.deps.vault.changeTokenService(
        (service) => {
          service.journal = [...entries, ...service.journal].slice(0, ACCESS_JOURNAL_LIMIT);
          for (const program of service.programs) {
            const at = last.get(program.id);
            if (at !== undefined) program.lastAccessAt = at;
          }
        },
        { silent: true },
      );
    } catch (error) {
      this.deps.onError?.(error);
    }
  }

  private record(entry: AuditEntry): void {
    // The grant's name is the program's id; the journal keeps the name people gave it.
    const name = entry.program === null ? undefined : this.names.get(entry.program);
    this.pending.push({
      at: entry.at,
      programId: name === undefined ? null : entry.program,
      program: name ?? null,
      tokenId: entry.id,
      status: entry.status,
    });
    if (this.pending.length >= ACCESS_JOURNAL_LIMIT) this.flush();
    else if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => this.flush(), this.deps.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS);
      this.flushTimer.unref();
    }
  }

  private listen(port: number): Promise<RunningTokenServer> {
    return startTokenServer({
      host: '127.0.0.1',
      port,
      keys: this.keys,
      sources: this.deps.sources,
      audit: { record: (entry) => this.record(entry) },
      clock: this.deps.clock,
    });
  }

  private persist(enabled: boolean, port: number): void {
    const stored = this.deps.vault.tokenService();
    if (stored.enabled === enabled && stored.port === port) return;
    this.deps.vault.changeTokenService((service) => {
      service.enabled = enabled;
      service.port = port;
    });
  }

  private reloadKeys(): void {
    const programs = this.deps.vault.tokenService().programs;
    this.keys.replace(programs.map((program) => ({ name: program.id, keySha256: program.keySha256, connections: program.tokenIds })));
    this.names = new Map(programs.map((program) => [program.id, program.name]));
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function toProgramView(program: StoredServiceProgram): ServiceProgramView {
  return { id: program.id, name: program.name, tokenIds: [...program.tokenIds], createdAt: program.createdAt, lastAccessAt: program.lastAccessAt };
}

/** The latest access per program id, from entries newest first. */
function lastAccessOf(newestFirst: readonly StoredServiceAccess[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const entry of newestFirst) if (entry.programId !== null && !last.has(entry.programId)) last.set(entry.programId, entry.at);
  return last;
}

function isBusy(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
}

function portProblem(port: number, busy: boolean, language: Language): string {
  if (!busy) return message('token_service_listen_failed', language, { port: String(port) });
  const suggestion = port < MAX_SERVICE_PORT ? port + 1 : port - 1;
  return message('token_service_port_busy', language, { port: String(port), suggestion: String(suggestion) });
}
