import type { UiFleetTexts } from './ui-fleet-ru';

/** The English of ui-fleet-ru.ts: a module of its own, loaded only when the UI is in English. */
export const uiFleetEn: UiFleetTexts = {
  defaults: {
    heading: 'Default reminders',
    intro:
      'For records whose reminders were not changed on their own page. Numbers separated by commas: how many days before the end to remind. On the last day a reminder always comes.',
    labelDays: '{{kind}}: days before',
    labelHours: '{{kind}}: hours before',
    hint: 'As the app starts with: {{defaults}}. Empty: only on the last day.',
    errorDays: 'Type whole numbers from 1 to 400 separated by commas, at most 12.',
    errorHours: 'Type whole numbers of hours from 1 to 240 separated by commas, at most 12.',
    save: 'Save default reminders',
    saved: 'Default reminders saved. They apply to records without their own settings.',
    test: 'Test a notification',
    testSent: 'Notification sent. If you cannot see it, allow notifications for Token Assistant in the system settings.',
  },
  duplicate: {
    open: 'Open «{{name}}»',
    choose: 'Choose «{{name}}»',
    saveAnyway: 'Save anyway: this is another organisation with the same number',
  },
  needsToken: {
    badge: 'Token needed',
    title: 'No token yet',
    body: 'The record came from a spreadsheet: dates and reminders already work, but the token itself is not saved yet. Get it on the portal: the assistant guides you step by step.',
    get: 'Get the token',
  },
  sheet: {
    open: 'Import from a spreadsheet',
    settingsBody: 'Bring your list of organisations and token dates from Excel: the records appear marked «Token needed», and reminders start at once.',
    title: 'Import organisations and dates from a spreadsheet',
    intro:
      'Save the sheet from Excel as «CSV (semicolon delimited)». The first row names the columns: Организация; УНП/ИНН; Вид токена; Название записи; Действует до; E-mail (optional). The kind is ОАИС, TPSClient or ЕИС, the date DD.MM.YYYY. Do not put tokens in the table: the records appear marked «Token needed», and expiry reminders start at once.',
    choose: 'Choose a CSV file',
    chooseAgain: 'Choose another file',
    summary: 'Rows in the table: {{total}}. Without errors: {{valid}}. Encoding: {{encoding}}.',
    caption: 'Rows of the table and the errors found',
    line: 'Row',
    state: 'What happens',
    willImport: 'Will be added',
    willImportExpired: 'Will be added (already expired)',
    toExisting: 'to the organisation «{{name}}»',
    hasErrors: 'Errors: not imported',
    columns: {
      organisation: 'Organisation',
      taxId: 'УНП/ИНН',
      kind: 'Kind',
      label: 'Entry name',
      expiresAt: 'Valid until',
      techEmail: 'E-mail',
    },
    import_one: 'Import {{count}} record',
    import_few: 'Import {{count}} records',
    import_many: 'Import {{count}} records',
    import_other: 'Import {{count}} records',
    done: 'Records imported: {{records}}. New organisations: {{created}}, existing: {{reused}}. The records are marked «Token needed».',
    nothing: 'No row of the table is free of errors: nothing to import.',
  },
};
