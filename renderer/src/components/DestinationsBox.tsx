import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KindSpec } from '../../../shared/kinds/types';
import { useLanguage } from '../hooks/useSettings';
import { local } from '../lib/text';

/** «Куда вставить»: the programs that need this token (of those that take a record with these settings) and where exactly it goes. */
export function DestinationsBox({ kind, settings }: { kind: KindSpec | undefined; settings?: Readonly<Record<string, string>> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const destinations = kind?.destinations.filter((destination) => settings === undefined || destination.appliesTo === undefined || destination.appliesTo(settings)) ?? [];
  if (destinations.length === 0) return null;
  return (
    <section className="destinations" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('destinations.heading')}</h2>
      <dl className="destination-list">
        {destinations.map((destination) => (
          <div key={destination.program} className="destination">
            <dt className="destination-program">{(language === 'en' ? destination.programEn : undefined) ?? destination.program}</dt>
            <dd className="destination-where">{local(destination.where, language)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
