import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crptAutoRefreshAllowed, originOf } from '../../../../shared/hosts';
import type { TokenView } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { useAppStore } from '../../state/app-store';

/**
 * Automatic refresh of a Честный знак token, switched on or off after it was
 * obtained, and the word when the last automatic attempt failed (the token then
 * needs a person, and the reminders are back on).
 */
export function CrptAutoRefreshSection({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const showStatus = useAppStore((state) => state.showStatus);
  const [saving, setSaving] = useState(false);
  /** The user's choice, shown while the core saves it (the vault's change arrives before the answer). */
  const [chosen, setChosen] = useState<boolean | null>(null);
  // A custom stand's challenge is signed only on a click: the core skips it and refuses to switch it on.
  const allowed = crptAutoRefreshAllowed(token.settings);
  const stored = allowed && token.settings.autoRefresh === 'on';
  const on = chosen ?? stored;
  const failed = stored && token.settings.autoRefreshFailed === 'true';

  const toggle = async (next: boolean) => {
    if (saving) return;
    setSaving(true);
    setChosen(next);
    const result = await call('crptSetAutoRefresh', { tokenId: token.id, on: next });
    setSaving(false);
    setChosen(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    showStatus(t(next ? 'crpt.autoRefreshOn' : 'crpt.autoRefreshOff'));
  };

  return (
    <section className="section" aria-labelledby="crpt-auto-heading">
      <h2 id="crpt-auto-heading">{t('crpt.autoRefreshHeading')}</h2>
      {failed ? (
        <p className="callout callout-warning" data-testid="crpt-auto-refresh-failed">
          {t('crpt.autoRefreshFailed')}
        </p>
      ) : null}
      <div className="check-item">
        <input
          id="crpt-auto-refresh-details"
          type="checkbox"
          checked={on}
          disabled={!allowed}
          aria-describedby={allowed ? undefined : 'crpt-auto-refresh-custom'}
          aria-disabled={saving || undefined}
          onChange={(event) => void toggle(event.target.checked)}
        />
        <label htmlFor="crpt-auto-refresh-details">{t('crpt.autoRefresh')}</label>
      </div>
      {allowed ? null : (
        <p id="crpt-auto-refresh-custom" className="field-hint" data-testid="crpt-auto-refresh-custom">
          {message('crpt_auto_refresh_official_only', language, { host: originOf(token.settings.trueApiBase ?? '') ?? token.settings.trueApiBase ?? '' })}
        </p>
      )}
    </section>
  );
}
