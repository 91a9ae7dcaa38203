import { useTranslation } from 'react-i18next';
import type { VaultSnapshot } from '../../../../shared/model/types';
import { call } from '../../api';
import { useLanguage } from '../../hooks/useSettings';
import { formatLocal } from '../../lib/format';
import { allTokens, useAppStore } from '../../state/app-store';
import { useRotationRequest } from '../../state/rotation-request';

/**
 * The red banner of an СМДО key rotation left unfinished (issue 10, point 17): on the dashboard
 * for every such record, on a record's page for that record. It stays until the new key is saved
 * (the core then ends the rotation) and leads back to finishing it.
 */
export function SmdoRotationBanner({ snapshot, tokenId }: { snapshot: VaultSnapshot; tokenId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useAppStore((state) => state.navigate);
  const setError = useAppStore((state) => state.setError);
  const ask = useRotationRequest((state) => state.ask);
  const pending = allTokens(snapshot).filter(({ token }) => token.kind === 'smdo' && token.smdoRotation && (tokenId === undefined || token.id === tokenId));
  if (pending.length === 0) return null;

  const discard = async (id: string) => {
    const result = await call('smdoRotationDiscard', { tokenId: id });
    setError(result.ok ? null : result.error.message);
  };

  return (
    <section className="callout callout-error rotation-banner" aria-labelledby="rotation-banner-heading" data-testid="smdo-rotation-banner">
      <h2 id="rotation-banner-heading" className="callout-title">
        {t('traps.rotation.bannerTitle')}
      </h2>
      {pending.map(({ token, organisationName }) => (
        <div key={token.id} className="rotation-banner-item">
          <p>
            {t('traps.rotation.bannerBody', {
              place: [organisationName, token.label].filter((part) => part.trim() !== '').join(' · '),
              date: formatLocal(token.smdoRotation?.startedAt ?? token.obtainedAt, language),
            })}
            {token.smdoRotation?.hasKey ? ` ${t('traps.rotation.bannerKeyKept')}` : ''}
          </p>
          <div className="action-bar">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                ask(token.id);
                if (tokenId === undefined) navigate({ name: 'details', tokenId: token.id });
              }}
            >
              {t('traps.rotation.finish')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void discard(token.id)}>
              {t('traps.rotation.discard')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
