/**
 * One request in flight per connection. A call identical to the one running
 * (same connection, same parameters) shares its result; a different call for
 * the same connection waits until the running one has finished.
 */
export class ConnectionLock {
  private readonly lanes = new Map<string, { tail: Promise<unknown>; current?: { signature: string; promise: Promise<unknown> } }>();

  run<T>(connection: string, signature: string, work: () => Promise<T>): Promise<T> {
    const lane = this.lanes.get(connection) ?? { tail: Promise.resolve() };
    if (lane.current && lane.current.signature === signature) return lane.current.promise as Promise<T>;
    const promise = lane.tail.then(
      () => work(),
      () => work(),
    );
    const entry = { signature, promise: promise as Promise<unknown> };
    lane.tail = promise.catch(() => undefined);
    lane.current = entry;
    this.lanes.set(connection, lane);
    const release = (): void => {
      const now = this.lanes.get(connection);
      if (now?.current === entry) {
        this.lanes.delete(connection);
      }
    };
    promise.then(release, release);
    return promise;
  }

  /** Whether a request for the connection is running or queued. */
  busy(connection: string): boolean {
    return this.lanes.has(connection);
  }

  busyWhere(match: (connection: string) => boolean): boolean {
    for (const key of this.lanes.keys()) if (match(key)) return true;
    return false;
  }
}
