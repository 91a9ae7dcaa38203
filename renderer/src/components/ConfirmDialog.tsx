import { useEffect, useEffectEvent, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** Destructive confirmations start on «Отмена», so Enter alone never deletes. */
  destructive?: boolean;
}

/**
 * A modal confirmation on the native <dialog>: the browser traps the focus,
 * makes the page behind inert and closes it with Escape. Mounted only while open.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, destructive = true }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const returnFocusTo = useRef<Element | null>(null);
  const cancelFromEscape = useEffectEvent(() => onCancel());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    returnFocusTo.current = document.activeElement;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      cancelFromEscape();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      const previous = returnFocusTo.current;
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} aria-describedby={bodyId}>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div id={bodyId} className="dialog-body">
        {children}
      </div>
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className={destructive ? 'button button-danger' : 'button button-primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
