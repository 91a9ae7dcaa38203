import type { ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** data-testid of the error text, e.g. field-error-secret. */
  errorTestId: string;
  /** Extra lines under the control (e.g. the Minsk/local time), tied to it as a description. */
  extra?: ReactNode;
  extraId?: string;
  children(control: FieldControlProps): ReactNode;
}

/**
 * Label, control, hint and error of one form field, wired together: the label
 * names the control, the hint and the error describe it, aria-invalid marks it.
 */
export function FormField({ id, label, hint, error, errorTestId, extra, extraId, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId, extra ? extraId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
      {error ? (
        <p id={errorId} className="field-error" data-testid={errorTestId}>
          <span aria-hidden="true" className="field-error-symbol">
            ✕
          </span>{' '}
          {error}
        </p>
      ) : null}
      {extra}
    </div>
  );
}
