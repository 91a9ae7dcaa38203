import type { EventName } from '../../shared/ipc/channels';
import type { EventPayloads } from '../../shared/ipc/contract';
import { ClipboardGuard } from './clipboard/clipboard-guard';
import { createHandlers } from './ipc/handlers';
import { createRouter } from './ipc/router';
import type { FailureLog, Router } from './ipc/router';
import { systemClock } from './ports';
import type { Clock, ClipboardPort, ExternalOpener, SecretBox } from './ports';
import { Vault } from './vault/vault';

export interface CoreOptions {
  dataDir: string;
  secretBox: SecretBox;
  clipboard: ClipboardPort;
  opener: ExternalOpener;
  clock?: Clock;
  log?: FailureLog;
}

export interface Core {
  router: Router;
  vault: Vault;
  /** Subscribes to main → renderer events; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Wipes a token the app put on the clipboard and stops timers; call before quitting. */
  dispose(): Promise<void>;
}

/**
 * Assembles the Electron-free core. The Electron main process, the CLI and the
 * browser test harness all call this with their own OS adapters.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const vault = await Vault.open({ dataDir: options.dataDir, secretBox: options.secretBox, clock });
  const clipboard = new ClipboardGuard(options.clipboard, clock);
  const handlers = createHandlers({ vault, clipboard, opener: options.opener, clock });
  const router = createRouter(handlers, () => vault.snapshot().settings.language, options.log ?? (() => undefined));

  return {
    router,
    vault,
    on(event, listener) {
      switch (event) {
        case 'vaultChanged':
          return vault.onChange(listener);
      }
      throw new Error(`Unknown event ${String(event)}`);
    },
    dispose: () => clipboard.clearNow(),
  };
}
