import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../shared/model/types';
import { call } from '../api';
import { useLanguage } from '../hooks/useSettings';
import { copyTokenWithStatus } from '../lib/actions';
import { secretName } from '../lib/kinds';
import { useAppStore } from '../state/app-store';
import { RevealBox } from './RevealBox';

/** The secret of a token (token, identifier or key): masked by default («•••• 8719»), shown on request. */
export function SecretField({ token }: { token: TokenView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);

  const reveal = async () => {
    const result = await call('revealToken', { tokenId: token.id });
    setError(result.ok ? null : result.error.message);
    return result.ok ? result.value.secret : null;
  };

  return (
    <RevealBox
      name={secretName(token.kind, language)}
      masked={
        <>
          <span className="visually-hidden">{t('details.maskedPrefix')} </span>
          <span aria-hidden="true">•••• </span>
          {token.hint}
        </>
      }
      reveal={reveal}
      copy={() => void copyTokenWithStatus(token)}
      primaryCopy
    />
  );
}
