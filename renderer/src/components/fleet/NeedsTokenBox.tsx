import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../../shared/model/types';
import { startWizard } from '../../lib/actions';

/** On the page of a record imported from a table: there is no token yet, and here is the way to get it. */
export function NeedsTokenBox({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  return (
    <section className="section callout" aria-labelledby="needs-token-heading" data-testid="needs-token">
      <h2 id="needs-token-heading">{t('fleet.needsToken.title')}</h2>
      <p>{t('fleet.needsToken.body')}</p>
      <button type="button" className="button button-primary" onClick={() => startWizard(token.kind, token.organisationId, token)}>
        {t('fleet.needsToken.get')}
      </button>
    </section>
  );
}
