import { useTranslation } from 'react-i18next';
import type { TokenUrgency } from '../../../shared/kinds/token-urgency';
import type { TokenView } from '../../../shared/model/types';
import { TokenRow } from './TokenRow';

export interface TokenListItem {
  token: TokenView;
  organisationName: string;
  /** УНП/ИНН, so the search finds a client by it; '' when not entered. */
  organisationTaxId: string;
  /** Judged once per render of the list, for its order, the state filter and the row. */
  urgency: TokenUrgency;
}

/** Every token, most urgent first (the caller sorts). */
export function TokenTable({ items, labelledBy }: { items: TokenListItem[]; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-frame">
      <table className="token-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.columns.token')}</th>
            <th scope="col">{t('dashboard.columns.organisation')}</th>
            <th scope="col">{t('dashboard.columns.expires')}</th>
            <th scope="col">{t('dashboard.columns.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('dashboard.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <TokenRow key={item.token.id} token={item.token} organisationName={item.organisationName} urgency={item.urgency} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
