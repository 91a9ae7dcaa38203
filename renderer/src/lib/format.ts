import type { Language } from '../../../shared/model/types';
import { formatInZone, formatPortalDateTime } from '../../../shared/time/portal-time';

/** An instant in the user's own zone, with the zone's name. */
export function formatLocal(iso: string, language: Language): string {
  return formatInZone(new Date(iso), language);
}

/** An instant as the Belarusian portals print it (Minsk time). */
export function formatMinsk(iso: string): string {
  return formatPortalDateTime(new Date(iso));
}
