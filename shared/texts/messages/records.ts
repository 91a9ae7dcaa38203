import type { LocalText } from '../../kinds/types';

/** «Изменить» on a record, duplicates of organisations: what is wrong and what to do. */
export const RECORDS_MESSAGES = {
  record_field_not_editable: {
    ru: 'Поле «{field}» у записи этого вида здесь не меняется. Ничего не изменено.',
    en: 'The field «{field}» of this kind of record cannot be changed here. Nothing was changed.',
  },
  record_stand_choice: {
    ru: 'Выберите контур: демонстрационный (песочница), промышленный или свой адрес.',
    en: 'Choose the environment: sandbox, production or your own address.',
  },
  duplicate_tax_id: {
    ru: 'УНП/ИНН {taxId} уже есть у организации «{name}». Проверьте номер; если это действительно другая организация (например, филиал), сохраните ещё раз.',
    en: 'УНП/ИНН {taxId} already belongs to «{name}». Check the number; if this really is another organisation (a branch, say), save again.',
  },
} as const satisfies Record<string, LocalText>;
