import type { FieldProblem } from '../validation/fields';
import { normaliseSecret } from '../validation/fields';
import { addMonths, formatPortalDate, parsePortalDateTime } from '../time/portal-time';
import { PORTAL_LINK, PORTAL_URL, legalEntityStep, loginStep, recordLabelField, text } from './common-steps';
import type { FieldSpec, KindSpec, LocalText, WizardStep } from './types';
import { endpointSetting } from './settings-spec';
import type { KindSettings } from './settings-spec';
import { KIND_BASICS } from './kind-basics';

/**
 * The СМДО API (seed 002): the СМДО operator creates the organisation's
 * application and its subscriptions; the organisation finds the application's
 * «логин» and «ключ» on account.gov.by and puts them into its ВСЭД, which then
 * asks for a one-hour Bearer token by itself. The app («Токен-помощник» in these
 * texts, so that it is never confused with the СМДО application on the portal)
 * keeps the login and the key, fetches a token on «Проверить»
 * (electron/core/providers/smdo) and guides the key rotation, which is
 * irreversible, with a checklist of its own.
 *
 * The token address is not a catalog field (the portal does not show it): the
 * СМДО screen asks for it next to the login and key, as the address of the СМДО
 * server, and smdoSave adds `/token` (`{base}/token`, smdoTokenUrlFromBase)
 * unless the whole token URL was given. The CLI takes it as `--token-url`.
 */

/** How long a Bearer token lives, per the instruction. */
export const SMDO_TOKEN_LIFETIME_SECONDS = 3600;
/** The step that shows the «Проверить» button (the check of the login and key). */
export const SMDO_CHECK_STEP_ID = 'check';

export { SMDO_KEY_ROTATION_MONTHS, smdoKeyRotationDueAt } from './smdo-key-rotation';

/** How far back the date of the key's last update may go: an older one is taken for a mistyped year. */
export const SMDO_KEY_DATE_MAX_AGE_YEARS = 5;
const HALF_DAY_MS = 12 * 3_600_000;

/**
 * The day the key was last updated on the portal, typed as ДД.ММ.ГГГГ (Minsk
 * time, read by parsePortalDateTime; a time typed after it is ignored), as the
 * instant the rotation reminders and the dashboard count from. Refused: no
 * such date, a day still to come in Minsk, a day more than
 * SMDO_KEY_DATE_MAX_AGE_YEARS ago. The problems name the field `keyUpdatedOn`.
 *
 * The portal does not say at what time the key was updated, so the day is taken
 * at noon Minsk time (09:00 UTC): shown in any zone from UTC−9 to UTC+14 it is
 * still the same calendar day (midnight would read as the day before west of
 * Minsk), and it is at most half a day off the real moment, which the reminders
 * (75, 82, 89 days of the ~90) absorb. A noon that is still ahead today is
 * replaced by the present moment, so the date is never in the future.
 */
export function smdoKeyUpdatedAt(text: string, now: Date): { instant: Date } | FieldProblem {
  const field = 'keyUpdatedOn';
  const parsed = parsePortalDateTime(text);
  if (!parsed.ok) return { field, code: parsed.code === 'date_format' ? 'smdo_key_date_format' : 'smdo_key_date_invalid' };
  // Midnight (Minsk) of the typed day, whatever time came with it.
  const day = parsePortalDateTime(formatPortalDate(parsed.instant));
  if (!day.ok) return { field, code: 'smdo_key_date_invalid' };
  const midnight = day.instant.getTime();
  if (midnight > now.getTime()) return { field, code: 'smdo_key_date_future' };
  // Whole days on both ends: the same day five years back is still accepted.
  const oldest = parsePortalDateTime(formatPortalDate(addMonths(now, -12 * SMDO_KEY_DATE_MAX_AGE_YEARS)));
  if (oldest.ok && midnight < oldest.instant.getTime()) {
    return { field, code: 'smdo_key_date_too_old', params: { years: String(SMDO_KEY_DATE_MAX_AGE_YEARS) } };
  }
  return { instant: new Date(Math.min(midnight + HALF_DAY_MS, now.getTime())) };
}

/** The six API subscriptions the СМДО operator gives an application. */
export const SMDO_SUBSCRIPTIONS: readonly LocalText[] = [
  text('справочник видов ведомственных СЭД', 'directory of departmental EDMS types'),
  text('справочник типов файлов', 'directory of file types'),
  text('справочник организаций-абонентов', 'directory of subscriber organisations'),
  text('справочник видов документов', 'directory of document types'),
  text('получение пакетов СМДО организациями', 'receiving СМДО packages by organisations'),
  text('отправка пакетов СМДО организациями', 'sending СМДО packages by organisations'),
];

const SUBSCRIPTION_LIST: LocalText = {
  ru: SMDO_SUBSCRIPTIONS.map((item) => item.ru).join('; '),
  en: SMDO_SUBSCRIPTIONS.map((item) => item.en).join('; '),
};

const LABEL_EXAMPLE = text('СМДО, канцелярия', 'СМДО, registry office');

const APPLICATION_PATH = text(
  '«Разработчикам» → «Приложения» → приложение СМДО → «Подробнее» → раздел «Безопасность»',
  '«Разработчикам» (For developers) → «Приложения» (Applications) → the СМДО application → «Подробнее» (Details) → the «Безопасность» (Security) section',
);

const FIELDS: FieldSpec[] = [
  {
    id: 'login',
    label: text('Логин', 'Login'),
    hint: text(
      'Значение «логин» из раздела «Безопасность» приложения СМДО. Скопируйте его целиком.',
      'The «логин» (login) value from the «Безопасность» section of the СМДО application. Copy it whole.',
    ),
    input: 'text',
    required: true,
  },
  {
    id: 'key',
    label: text('Ключ', 'Key'),
    hint: text('Значение «ключ» из того же раздела. Токен-помощник хранит его зашифрованным.', 'The «ключ» (key) value from the same section. Token Assistant keeps it encrypted.'),
    input: 'secret',
    required: true,
  },
  recordLabelField(LABEL_EXAMPLE),
  {
    id: 'notes',
    label: text('Заметки', 'Notes'),
    hint: text(
      'Где во ВСЭД вводится ключ и кто её сопровождает: пригодится при смене ключа. Сам ключ сюда не пишите.',
      'Where the key is entered in the ВСЭД and who maintains it: useful when the key is replaced. Do not write the key itself here.',
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
      'Ведомственная система электронного документооборота (ВСЭД) вашей организации обменивается пакетами через API СМДО. Каждый её запрос к API несёт токен авторизации (Bearer).',
      'Your organisation’s departmental e-document system (ВСЭД) exchanges packages through the СМДО API. Each of its API requests carries an authorisation token (Bearer).',
    ),
    text(
      'Токен действует один час. ВСЭД получает его сама, служебным запросом, и для этого ей нужны два параметра приложения СМДО: «логин» и «ключ».',
      'The token is valid for one hour. The ВСЭД gets it by itself with a service request, and for that it needs two parameters of the СМДО application: «логин» (login) and «ключ» (key).',
    ),
    text(
      'Токен-помощник хранит логин и ключ зашифрованными, по кнопке «Проверить» сам получает токен и заранее напоминает о смене ключа.',
      'Token Assistant keeps the login and the key encrypted, gets a token by itself when you press «Проверить» (Check), and reminds you in good time to replace the key.',
    ),
    text(
      'Приложение СМДО для организации создаёт оператор СМДО, он же подписывает его на API. Ваша задача — найти логин и ключ в личном кабинете организации.',
      'The СМДО operator creates the organisation’s СМДО application and subscribes it to the API. Your task is to find the login and the key in the organisation’s cabinet.',
    ),
    text(`Оператор подключает шесть подписок: ${SUBSCRIPTION_LIST.ru}.`, `The operator provides six subscriptions: ${SUBSCRIPTION_LIST.en}.`),
    text('Для входа на портал подготовьте личный ключ ЭЦП или ID-карту.', 'Have your personal digital signature key or ID card ready to sign in to the portal.'),
  ],
  checks: [
    text('Оператор СМДО сообщил, что приложение для нашей организации создано', 'The СМДО operator has told us that our organisation’s application exists'),
    text('Ключ ЭЦП или ID-карта под рукой, пароль (PIN) я помню', 'My signature key or ID card is at hand and I remember its password (PIN)'),
  ],
  warnings: [
    text(
      'Логин и ключ придумывать не нужно: портал назначает их сам, когда оператор создаёт приложение.',
      'You do not make up the login and the key: the portal assigns them when the operator creates the application.',
    ),
    text(
      'Приложения СМДО ещё нет? Обратитесь к оператору СМДО: пока он его не создаст, логина и ключа не будет.',
      'No СМДО application yet? Contact the СМДО operator: until it is created there is no login and no key.',
    ),
  ],
};

const application: WizardStep = {
  id: 'application',
  title: text('Приложение СМДО', 'The СМДО application'),
  instructions: [
    text('Откройте вкладку «Разработчикам».', 'Open the «Разработчикам» (For developers) tab.'),
    text('Перейдите в раздел «Приложения».', 'Go to the «Приложения» (Applications) section.'),
    text('Найдите в списке приложение для работы с СМДО.', 'Find the application for СМДО in the list.'),
    text('Нажмите «Подробнее»: откроется окно приложения.', 'Click «Подробнее» (Details): the application window opens.'),
  ],
  checks: [text('Окно приложения СМДО открыто', 'The СМДО application window is open'), text('В нём есть раздел «Безопасность»', 'It has a «Безопасность» (Security) section')],
  warnings: [
    text(
      'Приложения нет в списке? Проверьте, что вы в профиле нужной организации. Если его нет и там, оператор СМДО его ещё не создал.',
      'The application is not on the list? Check that you are in the right organisation’s profile. If it is missing there too, the СМДО operator has not created it yet.',
    ),
    text(
      'Если ВСЭД потом сообщит, что ей недоступен какой-то справочник или отправка пакетов, не хватает подписки. Подписки подключает оператор СМДО: напишите ему, какой нет.',
      'If the ВСЭД later reports that a directory or package sending is not available to it, a subscription is missing. The СМДО operator adds subscriptions: tell them which one.',
    ),
  ],
  portal: PORTAL_LINK,
};

const DO_NOT_PRESS_UPDATE = text(
  'Не нажимайте здесь «Обновить»: ключ сразу сменится, старый тут же перестанет действовать, и ВСЭД остановится, пока в неё не внесут новый. Для смены ключа в Токен-помощнике есть отдельный пошаговый список.',
  'Do not press «Обновить» (Update) here: the key changes at once, the old one stops working immediately, and the ВСЭД stops until the new one is entered. Token Assistant has a separate step-by-step list for replacing the key.',
);

const credentials: WizardStep = {
  id: 'credentials',
  title: text('Логин и ключ', 'Login and key'),
  instructions: [
    text('В окне приложения СМДО найдите раздел «Безопасность».', 'In the application window, find the «Безопасность» (Security) section.'),
    text('Скопируйте значение «логин» и вставьте его в поле «Логин».', 'Copy the «логин» value and paste it into the «Логин» (Login) field.'),
    text('Скопируйте значение «ключ» и вставьте его в поле «Ключ».', 'Copy the «ключ» value and paste it into the «Ключ» (Key) field.'),
    text('Копируйте значения целиком, без пробелов в начале и в конце.', 'Copy the values whole, without spaces at the start or the end.'),
    text(
      'В поле «Адрес сервера СМДО» укажите адрес сервера, у которого ВСЭД получает токен: его сообщает оператор СМДО или разработчик ВСЭД. Окончание /token Токен-помощник допишет сам.',
      'In the «Адрес сервера СМДО» (СМДО server address) field, enter the address of the server the ВСЭД gets its token from: the СМДО operator or the ВСЭД developer gives it. Token Assistant adds the /token ending itself.',
    ),
  ],
  checks: [
    text(
      'Логин и ключ скопированы из раздела «Безопасность» приложения СМДО нашей организации',
      'The login and the key are copied from the «Безопасность» section of our organisation’s СМДО application',
    ),
  ],
  warnings: [
    DO_NOT_PRESS_UPDATE,
    text(
      'Ключ — секрет организации. Не пересылайте его почтой и в мессенджерах: Токен-помощник хранит его зашифрованным.',
      'The key is the organisation’s secret. Do not send it by e-mail or messengers: Token Assistant keeps it encrypted.',
    ),
  ],
  portal: PORTAL_LINK,
  fields: ['login', 'key'],
};

const check: WizardStep = {
  id: SMDO_CHECK_STEP_ID,
  title: text('Проверка логина и ключа', 'Check the login and key'),
  instructions: [
    text(
      'Нажмите «Проверить». Токен-помощник отправит служебный запрос и получит токен авторизации так же, как это делает ВСЭД.',
      'Press «Проверить» (Check). Token Assistant sends the service request and gets an authorisation token the same way the ВСЭД does.',
    ),
    text(
      'Если всё верно, Токен-помощник покажет, до какого времени действует полученный токен: обычно на час вперёд.',
      'If everything is right, Token Assistant shows until when the token it got is valid: usually an hour ahead.',
    ),
    text(
      'Запрос уходит на адрес сервера СМДО, указанный на шаге «Логин и ключ». Если ВСЭД обращается по другому адресу, вернитесь на тот шаг и укажите тот же адрес, что у неё.',
      'The request goes to the СМДО server address given on the «Логин и ключ» (Login and key) step. If the ВСЭД uses a different address, go back to that step and enter the same address as the ВСЭД.',
    ),
    text(
      'Как устроен этот запрос, описывает инструкция «Получение токена авторизации для обращения к API серверов ОАИС» в разделе «Документация» личного кабинета. Инструкция СМДО его формат не приводит; Токен-помощник отправляет запрос так, как принято у интеграторов: OAuth 2.0 client credentials, POST на адрес …/token, логин и ключ в заголовке Basic. Если проверка не проходит, сверьте это с той инструкцией.',
      'The request is described in the instruction «Получение токена авторизации для обращения к API серверов ОАИС» in the «Документация» (Documentation) section of the cabinet. The СМДО instruction does not give its format; Token Assistant sends it the way integrators do: OAuth 2.0 client credentials, POST to …/token, login and key in a Basic header. If the check fails, compare this with that instruction.',
    ),
  ],
  checks: [
    text(
      'Токен-помощник получил токен, или я знаю, почему проверка не прошла, и повторю её позже',
      'Token Assistant got a token, or I know why the check failed and will repeat it later',
    ),
  ],
  warnings: [
    text(
      'Ответ «Неверный логин или ключ» чаще всего значит, что ключ уже обновляли на портале, а скопирован прежний. Откройте раздел «Безопасность» заново и скопируйте ключ ещё раз.',
      'The answer “Wrong login or key” most often means the key was already updated on the portal and the old one was copied. Open the «Безопасность» section again and copy the key once more.',
    ),
    text(
      'Сервер просит подождать? Повторите проверку через указанное время. Частые повторные нажатия только продлевают ожидание.',
      'The server asks you to wait? Repeat the check after the time it gives. Pressing again and again only makes the wait longer.',
    ),
  ],
};

const save: WizardStep = {
  id: 'save',
  title: text('Сохранение в Токен-помощнике', 'Save in Token Assistant'),
  instructions: [
    text(`Дайте записи понятное название, например «${LABEL_EXAMPLE.ru}».`, `Give the entry a clear name, e.g. “${LABEL_EXAMPLE.en}”.`),
    text(
      'В заметках запишите, где во ВСЭД вводятся логин и ключ и кто её сопровождает: это понадобится при смене ключа.',
      'In the notes, write where the login and key are entered in the ВСЭД and who maintains it: you will need it when the key is replaced.',
    ),
    text(
      'Сохраните запись. Логин и ключ хранятся зашифрованными, а новый токен Токен-помощник получает всякий раз, когда он нужен.',
      'Save the entry. The login and key are stored encrypted, and Token Assistant gets a fresh token whenever one is needed.',
    ),
  ],
  checks: [text('Я не вписал(а) сам ключ в заметки', 'I did not write the key itself into the notes')],
  warnings: [text('Заметки видны открытым текстом. Не копируйте туда ключ.', 'The notes are shown as plain text. Do not copy the key into them.')],
  fields: ['label', 'notes'],
};

const paste: WizardStep = {
  id: 'paste',
  title: text('Логин и ключ — во ВСЭД', 'Put the login and key into the ВСЭД'),
  instructions: [
    text('Откройте во ВСЭД настройки взаимодействия с СМДО.', 'Open the СМДО connection settings in the ВСЭД.'),
    text('Скопируйте из Токен-помощника логин и ключ и введите их туда.', 'Copy the login and the key from Token Assistant and enter them there.'),
    text('Сохраните настройки. Дальше ВСЭД сама будет получать новый токен каждый час.', 'Save the settings. From now on the ВСЭД gets a new token every hour by itself.'),
    text('Убедитесь, что ВСЭД отправляет и получает пакеты СМДО.', 'Make sure the ВСЭД sends and receives СМДО packages.'),
  ],
  checks: [
    text('Логин и ключ внесены во ВСЭД и сохранены', 'The login and the key are entered in the ВСЭД and saved'),
    text('Я знаю, где во ВСЭД меняется ключ', 'I know where the key is changed in the ВСЭД'),
  ],
  warnings: [
    text(
      'Не знаете, где во ВСЭД эти настройки? Спросите разработчика ВСЭД или организацию, которая её сопровождает.',
      'Do not know where these settings are in the ВСЭД? Ask the ВСЭД developer or the company that maintains it.',
    ),
    text(
      'Ключ рекомендуется менять не реже раза в 3 месяца. Токен-помощник напомнит заранее и проведёт через смену ключа по шагам.',
      'It is recommended to replace the key at least once every 3 months. Token Assistant reminds you in advance and walks you through the replacement step by step.',
    ),
  ],
};

/**
 * The token URL the login and key are sent to. The login itself is a credential,
 * stored encrypted with the key (an older version's clear `login` setting is moved there).
 */
export const SMDO_SETTINGS = {
  tokenUrl: { value: endpointSetting, import: 'endpoint' },
} as const satisfies KindSettings;

export const smdo: KindSpec = {
  // A ':' in the login would break the HTTP Basic «login:key» header; the key has its own length rule.
  fieldRule: (field, value) => (field === 'login' || field === 'key' ? validateSmdoCredential(field, value) : undefined),
  id: 'smdo',
  title: KIND_BASICS.smdo.title,
  summary: text(
    'Логин и ключ приложения СМДО, по которым ВСЭД организации получает токен авторизации. Находятся на портале «Е-Паслуга» (account.gov.by); токен по ним Токен-помощник получает сам.',
    'The login and key of the СМДО application with which the organisation’s ВСЭД gets its authorisation token. Found on the E-Pasluga portal (account.gov.by); Token Assistant gets the token by itself.',
  ),
  country: 'BY',
  portalUrl: PORTAL_URL,
  lifetime: {
    seconds: SMDO_TOKEN_LIFETIME_SECONDS,
    note: text(
      'Токен действует 1 час, и его получают заново автоматически. Ключ рекомендуется менять не реже раза в 3 месяца: Токен-помощник напомнит.',
      'The token is valid for 1 hour and is fetched again automatically. It is recommended to replace the key at least once every 3 months: Token Assistant reminds you.',
    ),
  },
  acquisition: KIND_BASICS.smdo.acquisition,
  destinations: [
    {
      program: 'ВСЭД организации',
      programEn: 'The organisation’s ВСЭД',
      where: text(
        'Настройки взаимодействия с СМДО: логин и ключ. Где именно, подскажет разработчик ВСЭД',
        'The СМДО connection settings: login and key. The ВСЭД developer can tell you where exactly',
      ),
    },
  ],
  fields: FIELDS,
  steps: [intro, loginStep({ otherStrongMethods: true, mayOpenLegalEntityCabinet: true }), legalEntityStep, application, credentials, check, save, paste],
  settings: SMDO_SETTINGS,
};

// ---------------------------------------------------------------- key rotation

/**
 * The guarded checklist of a key rotation. The order matters: the old key dies
 * the moment «Обновить» is pressed, so the place in the ВСЭД must be found
 * first, and the new key must reach the app and the ВСЭД at once. The last step
 * collects the new key first: the renderer saves it (and checks it) before its
 * ВСЭД items can be ticked, so a window closed midway never leaves the app with
 * the dead key. Saving records the rotation date, from which
 * smdoKeyRotationDueAt() counts the next reminder.
 */
export const smdoKeyRotationChecklist: WizardStep[] = [
  {
    id: 'find-setting',
    title: text('Где во ВСЭД меняется ключ', 'Where the key is changed in the ВСЭД'),
    instructions: [
      text(
        'Смена ключа необратима. Как только на портале нажата кнопка «Обновить», прежний ключ перестаёт действовать, и ВСЭД не работает с СМДО, пока в неё не внесут новый.',
        'Replacing the key cannot be undone. Once «Обновить» (Update) is pressed on the portal, the old key stops working, and the ВСЭД cannot work with СМДО until the new key is entered.',
      ),
      text('Поэтому сначала найдите во ВСЭД место, где вводится ключ для СМДО, и откройте его.', 'So first find the place in the ВСЭД where the СМДО key is entered, and open it.'),
      text(
        'Не получается найти? Спросите разработчика ВСЭД или организацию, которая её сопровождает, как у них заменить ключ для получения токена.',
        'Cannot find it? Ask the ВСЭД developer or the company that maintains it how to replace the key used to get the token.',
      ),
      text(
        'Выберите время, когда обмен через СМДО нужен меньше всего: короткий перерыв неизбежен.',
        'Pick a time when the СМДО exchange is needed least: a short break cannot be avoided.',
      ),
    ],
    checks: [
      text(
        'Я нашёл(ла), где во ВСЭД заменяется ключ СМДО, и могу изменить эти настройки',
        'I have found where the СМДО key is replaced in the ВСЭД, and I can change these settings',
      ),
    ],
    warnings: [
      text(
        'Не переходите дальше, пока не нашли это место: иначе ВСЭД простоит всё время, пока вы его ищете.',
        'Do not go on until you have found it: otherwise the ВСЭД stays down for as long as you are searching.',
      ),
    ],
  },
  {
    id: 'rotate',
    title: text('Обновление ключа на портале', 'Update the key on the portal'),
    instructions: [
      text(
        'Войдите в личный кабинет на account.gov.by ключом ЭЦП или ID-картой и перейдите в профиль организации.',
        'Sign in to account.gov.by with your signature key or ID card and switch to the organisation profile.',
      ),
      text(`Откройте ${APPLICATION_PATH.ru}.`, `Open ${APPLICATION_PATH.en}.`),
      text('Нажмите «Обновить».', 'Press «Обновить» (Update).'),
      text('Скопируйте новый ключ.', 'Copy the new key.'),
    ],
    checks: [text('Ключ обновлён, новый ключ скопирован', 'The key is updated and the new key is copied')],
    warnings: [
      text(
        'Вернуть прежний ключ нельзя. Он перестаёт действовать в момент нажатия «Обновить», и с этой минуты ВСЭД не работает с СМДО.',
        'The old key cannot be brought back. It stops working the moment «Обновить» is pressed, and from that minute the ВСЭД does not work with СМДО.',
      ),
      text(
        'Не закрывайте окно приложения СМДО на портале, пока новый ключ не окажется и в Токен-помощнике, и во ВСЭД.',
        'Keep the СМДО application window on the portal open until the new key is both in Token Assistant and in the ВСЭД.',
      ),
    ],
    portal: PORTAL_LINK,
  },
  {
    id: 'new-key',
    title: text('Новый ключ — в Токен-помощник и во ВСЭД', 'The new key into Token Assistant and the ВСЭД'),
    instructions: [
      text(
        'Вставьте новый ключ в поле ниже и нажмите «Сохранить новый ключ». Токен-помощник сохранит его, проверит, получив с ним токен, и запишет дату смены.',
        'Paste the new key into the field below and press «Сохранить новый ключ» (Save the new key). Token Assistant saves it, checks it by getting a token with it, and records the date of the replacement.',
      ),
      text('Сразу же вставьте тот же ключ в настройки ВСЭД и сохраните их.', 'Straight away paste the same key into the ВСЭД settings and save them.'),
      text('Убедитесь, что ВСЭД снова отправляет и получает пакеты, и отметьте пункты ниже.', 'Make sure the ВСЭД sends and receives packages again, and tick the items below.'),
    ],
    checks: [text('Новый ключ внесён во ВСЭД и сохранён', 'The new key is entered in the ВСЭД and saved'), text('ВСЭД снова работает с СМДО', 'The ВСЭД works with СМДО again')],
    warnings: [
      text(
        'Чем быстрее ключ окажется во ВСЭД, тем короче простой. Не откладывайте этот шаг.',
        'The sooner the key is in the ВСЭД, the shorter the downtime. Do not put this step off.',
      ),
      text(
        'Ключ рекомендуется менять не реже раза в 3 месяца. Токен-помощник напомнит о следующей смене заранее.',
        'It is recommended to replace the key at least once every 3 months. Token Assistant reminds you of the next replacement in advance.',
      ),
    ],
    fields: ['key'],
  },
];

// ---------------------------------------------------------------- validation

/** What is typed into no part of HTTP Basic authentication: whitespace and control characters. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;

/**
 * Checks the login or the key as typed. The portal's format is not published,
 * so only what would certainly break the request is refused: an empty, cut or
 * padded value, and a colon in the login (HTTP Basic separates login and key
 * with it). `validateField` delegates the `login` and `key` fields here.
 */
export function validateSmdoCredential(field: 'login' | 'key', rawValue: string): FieldProblem | null {
  if (field === 'login') {
    const value = rawValue.trim();
    if (value === '') return { field, code: 'required' };
    return value.length <= 256 && !INVISIBLE.test(value) && !value.includes(':') ? null : { field, code: 'smdo_login_format' };
  }
  const value = normaliseSecret(rawValue);
  if (value === '') return { field, code: 'required' };
  return value.length >= 8 && value.length <= 512 && !INVISIBLE.test(value) ? null : { field, code: 'smdo_key_format' };
}
