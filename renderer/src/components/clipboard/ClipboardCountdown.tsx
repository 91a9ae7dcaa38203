import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { secretName } from '../../../../shared/kinds/secret-name';
import type { ClipboardSource } from '../../../../shared/model/clipboard-state';
import type { Language } from '../../../../shared/model/types';
import { useLanguage } from '../../hooks/useSettings';
import { findToken, useAppStore } from '../../state/app-store';
import { useClipboardStore } from '../../state/clipboard-store';
import { copyAgain } from './copy-again';

/**
 * The clipboard's countdown after «Скопировать» (issue 10, point 16): how long the copied
 * secret stays, then «Буфер очищен — скопировать снова». The core owns the wipe: the
 * countdown runs to the moment the core gave, and «очищен» shows only when the core says so.
 * The seconds are not a live region (a screen reader would hear every one); the copy itself
 * is announced by the status line, and the wipe once, politely, here.
 */
export function ClipboardCountdown() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useClipboardStore((store) => store.state);
  const hiddenCopyId = useClipboardStore((store) => store.hiddenCopyId);
  const hide = useClipboardStore((store) => store.hide);
  const snapshot = useAppStore((store) => store.snapshot);
  const [now, setNow] = useState(() => Date.now());
  const heardAt = useClipboardStore((store) => store.heardAt);
  const panelRef = useRef<HTMLElement>(null);
  const refocus = useRef(false);

  const armed = state?.state === 'armed';
  useEffect(() => {
    if (!armed) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [armed, state?.copyId]);

  // Said once, when the core has wiped the clipboard; a new copy empties it again.
  const announcement = state?.state === 'wiped' ? t('traps.clipboard.announceWiped') : '';

  useEffect(() => {
    // «Скопировать снова» goes away once the copy is armed again: the focus stays on the panel, not lost.
    if (refocus.current && state?.state === 'armed') {
      refocus.current = false;
      panelRef.current?.focus();
    }
  }, [state]);

  const shown = state !== null && (state.state === 'armed' || (state.state === 'wiped' && hiddenCopyId !== state.copyId));
  const name = state?.source ? nameOf(state.source, snapshot ? (findToken(snapshot, state.source.tokenId)?.kind ?? null) : null, language, t) : t('traps.clipboard.region');

  return (
    <div className="clipboard-countdown-area">
      <div role="status" className="visually-hidden" data-testid="clipboard-announcement">
        {announcement}
      </div>
      {shown && state ? (
        <section ref={panelRef} tabIndex={-1} className="clipboard-countdown" aria-label={t('traps.clipboard.region')} data-testid="clipboard-countdown" data-state={state.state}>
          {state.state === 'armed' ? (
            <p>
              {secondsLeft(state.clearsAt, Math.max(now, heardAt)) > 0
                ? t('traps.clipboard.countdown', { name, seconds: secondsLeft(state.clearsAt, Math.max(now, heardAt)) })
                : t('traps.clipboard.wiping', { name })}
            </p>
          ) : (
            <div className="clipboard-countdown-wiped">
              {state.source ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    refocus.current = true;
                    if (state.source) void copyAgain(state.source, snapshot);
                  }}
                >
                  {t('traps.clipboard.wiped')}
                </button>
              ) : (
                <p>{t('traps.clipboard.announceWiped')}</p>
              )}
              <button type="button" className="button button-quiet" onClick={() => hide(state.copyId)}>
                {t('traps.clipboard.hide')}
              </button>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}

/** Whole seconds to the core's moment, rounded up: «через 1 с» until it is due. */
function secondsLeft(clearsAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(clearsAt) - now) / 1000));
}

function nameOf(source: ClipboardSource, kind: Parameters<typeof secretName>[0] | null, language: Language, t: ReturnType<typeof useTranslation>['t']): string {
  if (source.what === 'secret') return kind ? secretName(kind, language) : t('traps.clipboard.region');
  return t(`traps.clipboard.what.${source.what}`);
}
