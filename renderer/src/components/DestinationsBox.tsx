import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KindSpec } from '../../../shared/kinds/types';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';

/** «Куда вставить»: the programs that need this token and where exactly it goes. */
export function DestinationsBox({ kind }: { kind: KindSpec | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  if (!kind || kind.destinations.length === 0) return null;
  return (
    <section className="destinations" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('destinations.heading')}</h2>
      <dl className="destination-list">
        {kind.destinations.map((destination) => (
          <div key={destination.program} className="destination">
            <dt className="destination-program">{(language === 'en' ? destination.programEn : undefined) ?? destination.program}</dt>
            <dd className="destination-where">{local(destination.where, language)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
