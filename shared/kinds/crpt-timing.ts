/**
 * A 10-hour token is always «within 14 days»: for it «soon» is the last two hours,
 * time to renew within the working day. The reminder comes then too.
 * (Apart from crpt.ts so that the dashboard's urgency needs no wizard code.)
 */
export const CRPT_SOON_DAYS = 2 / 24;
