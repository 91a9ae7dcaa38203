import { useTranslation } from 'react-i18next';

export interface DuplicateOf {
  id: string;
  name: string;
}

interface DuplicateTaxIdChoiceProps {
  /** What the link does: open that organisation, or choose it instead of creating a new one. */
  actionLabel: string;
  onAction(): void;
  saveAnyway: boolean;
  onSaveAnywayChange(value: boolean): void;
  idPrefix: string;
}

/**
 * Under the УНП/ИНН field after the core's duplicate warning: a way to the organisation that
 * has the number, and the box that lets the user save a second one knowingly (a branch).
 */
export function DuplicateTaxIdChoice({ actionLabel, onAction, saveAnyway, onSaveAnywayChange, idPrefix }: DuplicateTaxIdChoiceProps) {
  const { t } = useTranslation();
  return (
    <div className="duplicate-choice" data-testid="duplicate-tax-id">
      <p>
        <button type="button" className="button button-secondary" onClick={onAction}>
          {actionLabel}
        </button>
      </p>
      <div className="check-item">
        <input id={`${idPrefix}-save-anyway`} type="checkbox" checked={saveAnyway} onChange={(event) => onSaveAnywayChange(event.target.checked)} />
        <label htmlFor={`${idPrefix}-save-anyway`}>{t('fleet.duplicate.saveAnyway')}</label>
      </div>
    </div>
  );
}
