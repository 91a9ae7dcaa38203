import type { FieldId, KindSpec } from '../kinds/types';
import type { FieldProblem } from './fields';
import { looksLikeOaisExample } from './fields';
import { formatPortalDate, formatPortalDateTime, parsePortalDateTime } from '../time/portal-time';

/** What the form knows besides the value: the record being renewed. */
export interface FieldWarningContext {
  /** The renewed token's current expiry (ISO), when renewing. */
  previousExpiresAt?: string | null;
}

/**
 * Things worth a second look that do not stop the user: the seeds leave them open
 * (the ОАИС token's format), or the user may know better (an expiry that is not later).
 */
export function fieldWarning(kind: KindSpec, field: FieldId, value: string, context: FieldWarningContext = {}): FieldProblem | null {
  if (value.trim() === '') return null;
  if (field === 'secret' && (kind.id === 'oais' || kind.id === 'tpsclient')) {
    return looksLikeOaisExample(value) ? null : { field, code: 'token_format_unusual' };
  }
  if (field === 'expiresAt' && context.previousExpiresAt) {
    const parsed = parsePortalDateTime(value);
    const previous = new Date(context.previousExpiresAt);
    if (!parsed.ok || Number.isNaN(previous.getTime()) || parsed.instant.getTime() > previous.getTime()) return null;
    const format = kind.expiryIsDate ? formatPortalDate : formatPortalDateTime;
    return { field, code: 'renewal_expiry_not_later', params: { next: format(parsed.instant), previous: format(previous) } };
  }
  return null;
}
