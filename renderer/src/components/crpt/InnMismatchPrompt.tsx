import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InnMismatch } from '../../../../shared/ipc/result';

/**
 * The core stopped the token: the certificate's (or the МЧД's) ИНН is not the organisation's.
 * The message names both numbers; the user may go on knowingly, and that acceptance of exactly
 * these numbers is what the core receives and keeps on the record.
 */
export function InnMismatchPrompt({ mismatch, message, busy, onAccept }: { mismatch: InnMismatch; message: string; busy: boolean; onAccept(): void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
    box.current?.focus();
  }, [mismatch.signedInn, mismatch.organisationInn]);
  return (
    <div ref={box} role="alert" tabIndex={-1} className="callout callout-error" aria-labelledby="inn-mismatch-title" data-testid="inn-mismatch">
      <p id="inn-mismatch-title" className="callout-title">
        {t('certs.mismatchTitle')}
      </p>
      <p>{message}</p>
      <p id="inn-mismatch-hint">{t('certs.mismatchAcceptHint', { signed: mismatch.signedInn, expected: mismatch.organisationInn })}</p>
      <button type="button" className="button button-secondary" aria-describedby="inn-mismatch-hint" aria-disabled={busy ? true : undefined} onClick={onAccept}>
        {t('certs.mismatchAccept')}
      </button>
    </div>
  );
}
