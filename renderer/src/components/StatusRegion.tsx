import { useEffect } from 'react';
import { useAppStore } from '../state/app-store';

const VISIBLE_MS = 12_000;

/**
 * The polite live region for confirmations («Токен скопирован…»). It is always in
 * the page, so a new message is announced; the text fades after a while.
 */
export function StatusRegion() {
  const status = useAppStore((state) => state.status);
  const clearStatus = useAppStore((state) => state.clearStatus);
  useEffect(() => {
    if (!status) return undefined;
    const timer = window.setTimeout(clearStatus, VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [status, clearStatus]);
  return (
    <div role="status" data-testid="status-message" className="status-message">
      {status ? <span key={status.serial}>{status.text}</span> : null}
    </div>
  );
}
