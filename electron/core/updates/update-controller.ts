import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import type { MessageCode } from '../../../shared/texts/messages';
import type { UpdateFailureCode, UpdateOffer, UpdatePhase, UpdateState } from '../../../shared/updates/update-state';
import { AppFailure } from '../errors';
import type { Clock } from '../ports';
import { UpdateFeedFailure, failureReason, readFeedInfo, releaseDateOf } from './feed-info';
import { releaseNotesText } from './release-notes';
import type { UpdateFeedPort } from './update-port';
import type { UpdatePrefs } from './update-prefs';
import { decideOffer, formatVersion, parseVersion } from './version';

export const DAY_MS = 24 * 60 * 60_000;
/** After a failed check: soon enough for a network that comes back, rare enough not to nag. */
export const RETRY_AFTER_FAILURE_MS = 60 * 60_000;
/** One check (reading latest.yml) waits this long at most, as every other network action of the app. */
export const CHECK_TIMEOUT_MS = 30_000;

export interface UpdatePrefsStore {
  read(): UpdatePrefs;
  write(prefs: UpdatePrefs): void;
}

export interface UpdateControllerOptions {
  /** Null when this build cannot update itself (development, a test without a feed). */
  feed: UpdateFeedPort | null;
  currentVersion: string;
  clock: Clock;
  prefs: UpdatePrefsStore;
  language: () => Language;
  /** Called after every change of the state the window shows. */
  onChange?: (state: UpdateState) => void;
  /** Where an unexpected failure is recorded (its name only); the user sees a plain message. */
  onError?: (error: unknown) => void;
}

const FAILURE_MESSAGES: Record<UpdateFailureCode, MessageCode> = {
  offline: 'update_failed_offline',
  timeout: 'update_failed_timeout',
  not_found: 'update_failed_not_found',
  invalid_answer: 'update_failed_invalid_answer',
  download_failed: 'update_failed_download_failed',
  unknown: 'update_failed_unknown',
};

/**
 * Every decision about updating the app, without Electron: when to check (at start, then
 * daily; an hour after a failure), which version to offer (newer only, the build's channel),
 * that nothing is downloaded or installed before the user agrees to that very version, that
 * the switch in Settings stops it all, and that a failure becomes a plain sentence and never
 * an exception that could stop the app.
 */
export class UpdateController {
  private prefs: UpdatePrefs;
  private phase: UpdatePhase;
  private offer: UpdateOffer | null = null;
  private failure: UpdateState['failure'] = null;
  private nextCheckAt: Date | null = null;
  private timer: unknown = null;
  /** Bumped by every check and by the switch: an answer that arrives for an older one is ignored. */
  private generation = 0;
  private running = false;

  constructor(private readonly options: UpdateControllerOptions) {
    this.prefs = options.prefs.read();
    this.phase = options.feed === null ? 'unsupported' : this.prefs.enabled ? 'idle' : 'disabled';
  }

  state(): UpdateState {
    const offer = this.offer;
    return {
      enabled: this.prefs.enabled,
      phase: this.phase,
      currentVersion: this.options.currentVersion,
      offer,
      consented: offer !== null && this.prefs.consentVersion === offer.version,
      dismissed: offer !== null && this.prefs.dismissedVersion === offer.version,
      lastCheckedAt: this.prefs.lastCheckedAt,
      nextCheckAt: this.nextCheckAt?.toISOString() ?? null,
      failure: this.failure,
    };
  }

  /** At start: checks at once (when on), then daily. */
  start(): void {
    this.running = true;
    if (this.options.feed && this.prefs.enabled) void this.check();
  }

  stop(): void {
    this.running = false;
    this.generation += 1;
    this.disarm();
  }

  /** «Проверить сейчас» in Settings. */
  async checkNow(): Promise<UpdateState> {
    if (this.options.feed === null) throw new AppFailure('invalid_payload', message('update_unsupported', this.options.language()));
    if (this.prefs.enabled) await this.check();
    return this.state();
  }

  /** The Settings switch «Проверять обновления». Off also withdraws a pending install. */
  async setEnabled(enabled: boolean): Promise<UpdateState> {
    this.savePrefs({ ...this.prefs, enabled });
    if (this.options.feed === null) return this.state();
    if (!enabled) {
      this.generation += 1;
      this.disarm();
      this.options.feed.setInstallOnQuit(false);
      this.offer = null;
      this.failure = null;
      this.savePrefs({ ...this.prefs, consentVersion: null });
      this.setPhase('disabled');
      return this.state();
    }
    this.setPhase('idle');
    if (this.running) await this.check();
    return this.state();
  }

  /**
   * «Установить при выходе»: the user agrees to this version. Only the version on offer now
   * is accepted (a banner left open while a newer one arrived must be read again).
   */
  async consent(version: string): Promise<UpdateState> {
    const offer = this.offer;
    if (!this.options.feed || !this.prefs.enabled || offer === null || offer.version !== version || !['available', 'failed'].includes(this.phase)) {
      throw new AppFailure('invalid_field', message('update_offer_changed', this.options.language()), 'version');
    }
    this.savePrefs({ ...this.prefs, consentVersion: offer.version, dismissedVersion: null });
    await this.download(offer);
    return this.state();
  }

  /** «Не сейчас»: the dashboard stops showing this version; a newer one is shown again. */
  dismiss(version: string): UpdateState {
    if (this.offer === null || this.offer.version !== version) {
      throw new AppFailure('invalid_field', message('update_offer_changed', this.options.language()), 'version');
    }
    this.savePrefs({ ...this.prefs, dismissedVersion: version });
    this.emit();
    return this.state();
  }

  private async check(): Promise<void> {
    const feed = this.options.feed;
    if (!feed || !this.prefs.enabled) return;
    // Nothing to ask while the agreed version is coming or waiting for the quit.
    if (this.phase === 'downloading' || this.phase === 'ready' || this.phase === 'checking') return;
    const generation = ++this.generation;
    this.disarm();
    this.setPhase('checking');
    let offer: UpdateOffer | null;
    try {
      offer = this.offerFrom(await this.bounded(feed.latest()));
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail(failureReason(error), RETRY_AFTER_FAILURE_MS, error);
      return;
    }
    if (generation !== this.generation) return;
    this.savePrefs({ ...this.prefs, lastCheckedAt: this.options.clock.now().toISOString() });
    this.offer = offer;
    this.failure = null;
    this.arm(DAY_MS);
    if (offer === null) {
      this.setPhase('up-to-date');
      return;
    }
    // Agreed before a restart (or before a failed download): no need to ask again.
    if (this.prefs.consentVersion === offer.version) {
      await this.download(offer);
      return;
    }
    this.setPhase('available');
  }

  /** The feed's answer as an offer for this build, or null when it offers nothing newer. */
  private offerFrom(raw: unknown): UpdateOffer | null {
    const info = readFeedInfo(raw);
    const offered = parseVersion(info.version);
    if (offered === null) throw new UpdateFeedFailure('invalid_answer');
    const current = parseVersion(this.options.currentVersion);
    // A build without a proper version cannot tell newer from older: it offers nothing.
    if (current === null) return null;
    const decision = decideOffer(current, offered);
    if (!decision.offer) return null;
    return {
      version: formatVersion(decision.version),
      notes: releaseNotesText(info.releaseNotes),
      releaseDate: releaseDateOf(info),
      prerelease: decision.version.prerelease.length > 0,
    };
  }

  private async download(offer: UpdateOffer): Promise<void> {
    const feed = this.options.feed;
    if (!feed) return;
    const generation = this.generation;
    this.failure = null;
    this.setPhase('downloading');
    try {
      await feed.download();
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail('download_failed', RETRY_AFTER_FAILURE_MS, error, { version: offer.version });
      return;
    }
    if (generation !== this.generation || !this.prefs.enabled) return;
    feed.setInstallOnQuit(true);
    this.setPhase('ready');
  }

  private fail(code: UpdateFailureCode, retryMs: number, error: unknown, params: Record<string, string> = {}): void {
    if (code === 'unknown') this.options.onError?.(error);
    this.failure = { code, message: message(FAILURE_MESSAGES[code], this.options.language(), params), at: this.options.clock.now().toISOString() };
    this.arm(retryMs);
    this.setPhase('failed');
  }

  /** The feed's answer, or a timeout failure after CHECK_TIMEOUT_MS on the core's clock. */
  private bounded<T>(promise: Promise<T>): Promise<T> {
    const clock = this.options.clock;
    return new Promise<T>((resolve, reject) => {
      const handle = clock.setTimeout(() => reject(new UpdateFeedFailure('timeout')), CHECK_TIMEOUT_MS);
      promise.then(
        (value) => {
          clock.clearTimeout(handle);
          resolve(value);
        },
        (error: unknown) => {
          clock.clearTimeout(handle);
          reject(error instanceof Error ? error : new Error('update feed failed'));
        },
      );
    });
  }

  private arm(delayMs: number): void {
    this.disarm();
    if (!this.running) return;
    const clock = this.options.clock;
    this.nextCheckAt = new Date(clock.now().getTime() + delayMs);
    this.timer = clock.setTimeout(() => {
      this.timer = null;
      void this.check();
    }, delayMs);
  }

  private disarm(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
    this.nextCheckAt = null;
  }

  private savePrefs(prefs: UpdatePrefs): void {
    this.prefs = prefs;
    try {
      this.options.prefs.write(prefs);
    } catch (error) {
      // A full or read-only disk must not stop the app: the choice holds until it quits.
      this.options.onError?.(error);
    }
  }

  private setPhase(phase: UpdatePhase): void {
    this.phase = phase;
    this.emit();
  }

  private emit(): void {
    try {
      this.options.onChange?.(this.state());
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
