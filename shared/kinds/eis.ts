import type { FieldProblem } from '../validation/fields';
import { normaliseSecret } from '../validation/fields';
import { recordLabelField, text } from './common-steps';
import type { FieldSpec, KindSpec, PortalLink, WizardStep } from './types';
import { EIS_CHECK_SETTINGS } from './eis-check-settings';
import { choiceSetting, endpointSetting, instantSetting } from './settings-spec';
import type { KindSettings } from './settings-spec';
import { KIND_BASICS } from './kind-basics';

/**
 * The ЕИС «сервисы отдачи» identifier (seed 003). Two sides: the
 * organisation's administrator issues the identifier and chooses its validity
 * in ЛК Заказчика on zakupki.gov.ru; then someone enters both into the РИС.
 * When the РИС is run by another organisation, eis-admin-letter.ts writes the
 * letter to its administrator. Programs calling the services themselves send
 * the identifier as `individualPerson_token` (electron/core/providers/eis can
 * check it against a getDocsIP-like endpoint).
 *
 * The validity is a date the administrator picks, shown as ДД.ММ.ГГГГ in Moscow
 * time (UTC+3 all year, the same fixed offset as Minsk, so parsePortalDateTime
 * reads it). A date without time means 00:00 of that day: the app counts the
 * identifier as ending when the day begins, which errs on the early side.
 * `lifetime.months` is left out on purpose: the seed sets no longest validity,
 * so validateField invents no cap; the date-only messages are the eis_date_* ones.
 */

export const EIS_PORTAL_URL = 'https://zakupki.gov.ru';

export const EIS_PORTAL_LINK: PortalLink = {
  url: EIS_PORTAL_URL,
  label: text('Открыть zakupki.gov.ru', 'Open zakupki.gov.ru'),
};

/** The step that may show the optional «Проверить» button (check against the service). */
export const EIS_CHECK_STEP_ID = 'identifier';

/** The name under which clients send the identifier to the services. */
export const EIS_TOKEN_PARAMETER = 'individualPerson_token';

const LABEL_EXAMPLE = text('ЕИС, сервисы отдачи', 'ЕИС data services');

/** Where the identifier is issued, as ЛК Заказчика names it. */
export const EIS_ADMIN_PATH = text(
  '«Администрирование» → «Настройка выдачи идентификатора для использования сервисов отдачи»',
  '«Администрирование» (Administration) → «Настройка выдачи идентификатора для использования сервисов отдачи» (identifier issuing settings for the data services)',
);

/** Where the identifier goes in the РИС, as the РИС names it. */
export const EIS_RIS_PATH = text(
  '«Настройка взаимодействия с сервисами ЕИС» → вкладка «Сервисы РИС» → блок «Токен для использования сервисов отдачи»',
  '«Настройка взаимодействия с сервисами ЕИС» (ЕИС services settings) → the «Сервисы РИС» (РИС services) tab → the «Токен для использования сервисов отдачи» block',
);

const FIELDS: FieldSpec[] = [
  {
    id: 'secret',
    label: text('Идентификатор', 'Identifier'),
    hint: text(
      'Идентификатор, выданный в ЛК Заказчика. Скопируйте его целиком, без пробелов.',
      'The identifier issued in ЛК Заказчика (the customer’s cabinet). Copy it whole, without spaces.',
    ),
    input: 'secret',
    required: true,
  },
  {
    id: 'expiresAt',
    label: text('Срок действия', 'Valid until'),
    hint: text(
      'Дата, которую выбрал администратор, как её показывает ЕИС: ДД.ММ.ГГГГ, например 31.12.2027. Время московское, пересчитывать его не нужно.',
      'The date the administrator chose, as ЕИС shows it: DD.MM.YYYY, e.g. 31.12.2027. The time is Moscow time; do not convert it.',
    ),
    placeholder: 'ДД.ММ.ГГГГ',
    placeholderEn: 'DD.MM.YYYY',
    input: 'portal-datetime',
    required: true,
  },
  recordLabelField(LABEL_EXAMPLE),
  {
    id: 'notes',
    label: text('Заметки', 'Notes'),
    hint: text(
      'Кто администратор организации в ЕИС и кто настраивает РИС. Сам идентификатор сюда не пишите.',
      'Who is the organisation’s ЕИС administrator and who sets up the РИС. Do not write the identifier itself here.',
    ),
    input: 'multiline',
    required: false,
  },
];

const intro: WizardStep = {
  id: 'intro',
  title: text('Прежде чем начать', 'Before you start'),
  instructions: [
    text(
      'Региональная информационная система (РИС) получает сведения из ЕИС через сервисы отдачи. Чтобы ЕИС ей отвечала, в РИС вносят идентификатор, выданный организацией в ЕИС, и срок его действия.',
      'The regional information system (РИС) gets data from ЕИС through its data services. For ЕИС to answer it, the РИС needs the identifier the organisation issued in ЕИС and its validity date.',
    ),
    text(
      'Работа идёт с двух сторон: администратор организации выдаёт идентификатор в личном кабинете заказчика ЕИС, а потом его вносят в настройки РИС.',
      'The work has two sides: the organisation’s administrator issues the identifier in the customer’s cabinet in ЕИС, and then it is entered in the РИС settings.',
    ),
    text(
      'Приложение сохранит идентификатор зашифрованным, напомнит об окончании срока, а если РИС настраивает другой человек, подготовит для него письмо.',
      'The app stores the identifier encrypted, reminds you before it ends and, if someone else sets up the РИС, prepares a letter for them.',
    ),
  ],
  checks: [
    text('Шаги в ЕИС выполнит администратор организации, или я сам(а) администратор', 'The ЕИС steps will be done by the organisation’s administrator, or I am the administrator'),
    text('Я знаю, кто вносит настройки в РИС', 'I know who enters the settings in the РИС'),
  ],
  warnings: [
    text(
      'Нужный раздел доступен под учётной записью администратора организации в ЛК Заказчика. Если у вас такой нет, попросите администратора выполнить следующий шаг.',
      'The section is available under the organisation administrator’s account in ЛК Заказчика. If you do not have one, ask the administrator to do the next step.',
    ),
  ],
};

const issue: WizardStep = {
  id: 'issue',
  title: text('Выдача идентификатора в ЛК Заказчика', 'Issue the identifier in ЛК Заказчика'),
  instructions: [
    text(
      'Откройте zakupki.gov.ru и войдите в личный кабинет заказчика под учётной записью администратора организации.',
      'Open zakupki.gov.ru and sign in to the customer’s cabinet with the organisation administrator’s account.',
    ),
    text(`Откройте раздел ${EIS_ADMIN_PATH.ru}.`, `Open ${EIS_ADMIN_PATH.en}.`),
    text(
      'В форме «Доступ к использованию сервисов отдачи» поставьте галочку «Разрешить использование сервисов отдачи».',
      'In the «Доступ к использованию сервисов отдачи» (access to the data services) form, tick «Разрешить использование сервисов отдачи» (allow the data services).',
    ),
    text('Выберите срок действия — самый длинный из возможных.', 'Choose the validity: the longest one available.'),
    text('Нажмите «Сохранить».', 'Click «Сохранить» (Save).'),
    text('Скопируйте выданный идентификатор и запомните срок его действия.', 'Copy the issued identifier and note its validity date.'),
  ],
  checks: [
    text('Галочка «Разрешить использование сервисов отдачи» стоит', 'The «Разрешить использование сервисов отдачи» box is ticked'),
    text('Выбран самый длинный срок, форма сохранена', 'The longest validity is chosen and the form is saved'),
  ],
  warnings: [
    text(
      'Чем короче срок, тем скорее всё придётся повторить: выдать идентификатор заново и снова внести его в РИС. Поэтому выбирайте самый длинный.',
      'The shorter the validity, the sooner everything has to be repeated: issue the identifier again and enter it in the РИС again. So choose the longest.',
    ),
    text(
      'Идентификатор открывает доступ к сервисам ЕИС от имени организации. Не публикуйте его и не пересылайте открытым письмом.',
      'The identifier gives access to the ЕИС services on behalf of the organisation. Do not publish it or send it in an open letter.',
    ),
  ],
  portal: EIS_PORTAL_LINK,
};

const identifier: WizardStep = {
  id: EIS_CHECK_STEP_ID,
  title: text('Идентификатор и срок — в приложение', 'The identifier and date into the app'),
  instructions: [
    text('Вставьте идентификатор в поле «Идентификатор» — целиком, без пробелов.', 'Paste the identifier into the «Идентификатор» (Identifier) field: whole, without spaces.'),
    text('Введите срок действия так, как его показывает ЕИС: ДД.ММ.ГГГГ.', 'Type the validity date as ЕИС shows it: DD.MM.YYYY.'),
    text(
      'После сохранения идентификатор можно проверить на его странице: приложение сделает пробный запрос к сервису отдачи ЕИС и скажет, принят ли он.',
      'Once saved, the identifier can be checked on its page: the app makes a trial request to the ЕИС data service and tells you whether it is accepted.',
    ),
  ],
  checks: [text('Идентификатор скопирован целиком, дата совпадает с той, что в ЕИС', 'The identifier is copied whole and the date matches the one in ЕИС')],
  warnings: [
    text(
      'ЕИС показывает дату по московскому времени. Вводите её как есть: приложение само учтёт ваш часовой пояс.',
      'ЕИС shows the date in Moscow time. Type it as it is: the app accounts for your time zone itself.',
    ),
    text(
      'Приложение считает идентификатор действующим до начала указанного дня и напомнит об окончании заранее.',
      'The app treats the identifier as valid until the start of that day and reminds you before it ends.',
    ),
  ],
  portal: EIS_PORTAL_LINK,
  fields: ['secret', 'expiresAt'],
};

const save: WizardStep = {
  id: 'save',
  title: text('Сохранение в приложении', 'Save in the app'),
  instructions: [
    text(`Дайте записи понятное название, например «${LABEL_EXAMPLE.ru}».`, `Give the entry a clear name, e.g. “${LABEL_EXAMPLE.en}”.`),
    text(
      'В заметках запишите, кто в организации администратор ЕИС и кто настраивает РИС.',
      'In the notes, write who the organisation’s ЕИС administrator is and who sets up the РИС.',
    ),
    text('Сохраните запись до того, как вносить идентификатор в РИС: так он не потеряется.', 'Save the entry before entering the identifier in the РИС, so that it is never lost.'),
  ],
  checks: [text('Я не вписал(а) идентификатор в заметки', 'I did not write the identifier into the notes')],
  warnings: [text('Идентификатор хранится зашифрованным, а заметки видны открытым текстом.', 'The identifier is stored encrypted, while the notes are shown as plain text.')],
  fields: ['label', 'notes'],
};

const ris: WizardStep = {
  id: 'ris',
  title: text('Идентификатор — в РИС', 'Put the identifier into the РИС'),
  instructions: [
    text('В РИС откройте режим «Настройка взаимодействия с сервисами ЕИС».', 'In the РИС, open the «Настройка взаимодействия с сервисами ЕИС» (ЕИС services settings) mode.'),
    text(
      'Перейдите на вкладку «Сервисы РИС» и найдите блок «Токен для использования сервисов отдачи».',
      'Go to the «Сервисы РИС» tab and find the «Токен для использования сервисов отдачи» block.',
    ),
    text('Поставьте флаг «Разрешить использование сервисов отдачи».', 'Tick «Разрешить использование сервисов отдачи» (allow the data services).'),
    text(
      'В поле «Идентификатор» вставьте идентификатор из приложения, в поле «Срок действия» укажите ту же дату, что в ЕИС.',
      'Paste the identifier from the app into the «Идентификатор» field and enter the same date as in ЕИС into «Срок действия» (Valid until).',
    ),
    text('Нажмите «Сохранить».', 'Click «Сохранить» (Save).'),
  ],
  checks: [text('Флаг стоит, оба поля заполнены, настройки сохранены', 'The box is ticked, both fields are filled in, the settings are saved')],
  warnings: [
    text(
      'РИС настраивает другая организация или другой администратор? Приложение подготовит ему письмо с путём к настройкам. Сам идентификатор передайте отдельно, защищённым способом.',
      'Is the РИС set up by another organisation or administrator? The app prepares a letter for them with the path to the settings. Hand over the identifier itself separately, by a secure channel.',
    ),
    text(
      `Программы, которые обращаются к сервисам отдачи напрямую, по практике интеграторов передают этот идентификатор в параметре ${EIS_TOKEN_PARAMETER} (в инструкции ЕИС этого нет).`,
      `Programs that call the data services directly send this identifier, by integrators’ practice, in the ${EIS_TOKEN_PARAMETER} parameter (the ЕИС instruction does not say so).`,
    ),
    text(
      'Когда срок подойдёт к концу, повторите выдачу в ЛК Заказчика и внесите новые данные в РИС. Приложение напомнит заранее.',
      'When the validity is about to end, repeat the issue in ЛК Заказчика and enter the new data in the РИС. The app reminds you in advance.',
    ),
  ],
};

/** The identifier check (eis-check-settings.ts): the address it was sent to, and the last outcome. */
export const EIS_SETTINGS = {
  [EIS_CHECK_SETTINGS.endpoint]: { value: endpointSetting, import: 'endpoint' },
  [EIS_CHECK_SETTINGS.checkedAt]: { value: instantSetting, import: 'as-is', instant: true },
  [EIS_CHECK_SETTINGS.outcome]: { value: choiceSetting(['accepted', 'rejected']), import: 'as-is' },
} as const satisfies KindSettings;

export const eis: KindSpec = {
  fieldRule: (field, value) => (field === 'secret' ? validateEisIdentifier(value) : undefined),
  id: 'eis',
  title: KIND_BASICS.eis.title,
  summary: text(
    'Идентификатор (токен), с которым РИС получает сведения из ЕИС через сервисы отдачи. Выдаёт его администратор организации в ЛК Заказчика на zakupki.gov.ru.',
    'The identifier (token) with which the РИС gets data from ЕИС through its data services. Issued by the organisation’s administrator in ЛК Заказчика on zakupki.gov.ru.',
  ),
  country: 'RU',
  expiryIsDate: KIND_BASICS.eis.expiryIsDate,
  portalUrl: EIS_PORTAL_URL,
  lifetime: {
    note: text(
      'Срок действия выбирает администратор организации при выдаче; лучше выбрать самый длинный. Приложение напомнит об окончании заранее.',
      'The administrator chooses the validity when issuing the identifier; the longest is best. The app reminds you before it ends.',
    ),
  },
  acquisition: KIND_BASICS.eis.acquisition,
  destinations: [
    {
      program: 'РИС (региональная информационная система)',
      programEn: 'РИС (regional information system)',
      where: text(`${EIS_RIS_PATH.ru}: флаг, «Идентификатор», «Срок действия», «Сохранить»`, `${EIS_RIS_PATH.en}: the box, «Идентификатор», «Срок действия», «Сохранить»`),
    },
    {
      program: 'Программы, обращающиеся к сервисам отдачи',
      programEn: 'Programs that call the ЕИС data services',
      where: text(`Параметр ${EIS_TOKEN_PARAMETER}`, `The ${EIS_TOKEN_PARAMETER} parameter`),
    },
  ],
  fields: FIELDS,
  steps: [intro, issue, identifier, save, ris],
  settings: EIS_SETTINGS,
};

/** Printable characters only: no whitespace, no control or format characters. */
const IDENTIFIER = /^[^\s\p{C}]{8,512}$/u;

/**
 * The identifier's format is not published: anything from 8 to 512 printable
 * characters without spaces is accepted. `validateField` delegates the `secret`
 * field of the `eis` kind here.
 */
export function validateEisIdentifier(rawValue: string): FieldProblem | null {
  const value = normaliseSecret(rawValue);
  if (value === '') return { field: 'secret', code: 'required' };
  return IDENTIFIER.test(value) ? null : { field: 'secret', code: 'eis_identifier_format' };
}
