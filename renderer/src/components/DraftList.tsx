import { useTranslation } from 'react-i18next';
import type { VaultSnapshot } from '../../../shared/model/types';
import { useLanguage } from '../hooks/useSettings';
import { call } from '../api';
import { formatLocal } from '../lib/format';
import { kindTitle } from '../lib/kind-basics';
import { useAppStore } from '../state/app-store';

/** Wizards left half-way: «Продолжить: <вид> (шаг N)». */
export function DraftList({ snapshot }: { snapshot: VaultSnapshot }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setError = useAppStore((state) => state.setError);
  const entries = Object.entries(snapshot.drafts).sort(([, a], [, b]) => b.savedAt.localeCompare(a.savedAt));
  if (entries.length === 0) return null;

  const remove = async (key: string) => {
    const result = await call('deleteDraft', { key });
    if (!result.ok) setError(result.error.message);
  };

  return (
    <section className="section" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t('drafts.heading')}</h2>
      <ul className="draft-list">
        {entries.map(([key, draft]) => {
          const organisation = snapshot.organisations.find((candidate) => candidate.id === draft.organisationId);
          const infoId = `draft-info-${key}`;
          return (
            <li key={key} className="draft-item">
              <div id={infoId} className="draft-text">
                <span className="draft-organisation">{organisation?.name ?? t('drafts.unknownOrganisation')}</span>
                <span className="muted">
                  {t('drafts.savedAt', { date: formatLocal(draft.savedAt, language) })}
                  {draft.replacesTokenId ? ` · ${t('drafts.renewal')}` : ''}
                </span>
              </div>
              <button
                type="button"
                className="button button-secondary"
                aria-describedby={infoId}
                onClick={() => void import('../lib/actions').then(({ resumeDraft }) => resumeDraft(draft))}
              >
                {t('drafts.resume', { kind: kindTitle(draft.kind, language), step: draft.stepIndex + 1 })}
              </button>
              <button type="button" className="button button-quiet" aria-describedby={infoId} onClick={() => void remove(key)}>
                {t('drafts.discard')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
