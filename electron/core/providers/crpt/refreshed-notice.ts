import { crpt } from '../../../../shared/kinds/crpt';
import type { Language, OrganisationView, TokenView } from '../../../../shared/model/types';
import { message } from '../../../../shared/texts/messages';
import { formatPortalDateTime } from '../../../../shared/time/portal-time';

/** A sentence's lower-case start, unless the word is an abbreviation (HTTP, СУЗ). */
function lowerStart(text: string): string {
  const [first = '', second = ''] = [...text];
  return second !== '' && second === second.toLowerCase() ? first.toLowerCase() + text.slice(first.length) : text;
}

/** «Программа маркировки (АСУ ТП) — поле «clientToken»…; СУЗ (API) — HTTP-заголовок clientToken…»: the kind's destinations for this record. */
export function crptDestinationsText(settings: Readonly<Record<string, string>>, language: Language): string {
  return crpt.destinations
    .filter((destination) => destination.appliesTo === undefined || destination.appliesTo(settings))
    .map((destination) => `${(language === 'en' ? destination.programEn : undefined) ?? destination.program} — ${lowerStart(destination.where[language])}`)
    .join('; ');
}

/**
 * What the user is told after an automatic refresh (issue 10, point 18): the previous token
 * is dead wherever it was pasted, and where the new one goes. Never the token itself.
 */
export function crptRefreshedNotice(token: TokenView, organisation: OrganisationView, language: Language): { title: string; body: string } {
  const place = [organisation.name, token.label].filter((part) => part.trim() !== '').join(' · ');
  const until = token.expiresAt ? formatPortalDateTime(new Date(token.expiresAt)) : '—';
  return {
    title: message('crpt_refreshed_title', language),
    body: message('crpt_refreshed_body', language, { place, until, destinations: crptDestinationsText(token.settings, language) }),
  };
}
