/**
 * The trail of every token request: when, which program, which id, what status.
 * Never a token or a key: the program is the name its grant was given, and an id
 * is recorded only after it passed the service's id shape.
 */
export interface AuditEntry {
  /** ISO 8601 UTC. */
  at: string;
  /** The program's name, or null when no known key came with the request. */
  program: string | null;
  /** The token id asked for, or null (the list, or a refused path). */
  id: string | null;
  status: number;
}

export interface AuditSink {
  record(entry: AuditEntry): void;
}

/** Keeps the latest entries in memory (the app shows them; tests read them). */
export function memoryAudit(limit = 1000): AuditSink & { entries(): AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return {
    record(entry) {
      entries.push(entry);
      if (entries.length > limit) entries.splice(0, entries.length - limit);
    },
    entries: () => [...entries],
  };
}

/** One access line for a log (the CLI's stderr): fields are ours, never a secret. */
export function accessLine(entry: AuditEntry): string {
  return `${entry.at} программа=${entry.program ?? '—'} токен=${entry.id ?? '—'} статус=${entry.status}`;
}

/** Several sinks as one. */
export function fanOut(...sinks: AuditSink[]): AuditSink {
  return { record: (entry) => sinks.forEach((sink) => sink.record(entry)) };
}
