import { z } from 'zod';
import { text } from './common-steps';
import { choiceSetting, endpointSetting, pathSetting } from './settings-spec';
import type { KindSettings } from './settings-spec';
import type { KindSpec, PortalLink, WizardStep } from './types';
import { KIND_BASICS } from './kind-basics';

/**
 * Честный знак, the СУЗ `clientToken` (seed 004). The app obtains it by itself:
 * `GET /auth/key`, an attached УКЭП signature, `POST /auth/simpleSignIn/{omsConnection}`
 * (electron/core/providers/crpt). The person only finds the connection id
 * (omsConnection) once, in the СУЗ «Устройства» section; these steps say where.
 * The token lives 10 hours and a new one kills the previous one.
 */

export const CRPT_PORTAL_URL = 'https://markirovka.crpt.ru';

export const CRPT_PORTAL_LINK: PortalLink = {
  url: CRPT_PORTAL_URL,
  label: text('Открыть ГИС МТ (markirovka.crpt.ru)', 'Open ГИС МТ (markirovka.crpt.ru)'),
};

/** The name of the HTTP header that carries the token to СУЗ. */
export const CRPT_TOKEN_HEADER = 'clientToken';

export { CRPT_SOON_DAYS } from './crpt-timing';

/**
 * What a Честный знак record's token is for: `suz`, the clientToken of one СУЗ connection
 * (needs its omsConnection), or `trueapi`, the token of True API itself (documents,
 * balances, codes; no omsConnection). A record from before this choice is a СУЗ one.
 */
export const CRPT_PURPOSES = ['suz', 'trueapi'] as const;
export type CrptTokenPurpose = (typeof CRPT_PURPOSES)[number];

/** The purpose a record's settings name; anything but an explicit `trueapi` (an older vault) is `suz`. */
export function crptPurposeOf(settings: Readonly<Record<string, string>>): CrptTokenPurpose {
  return settings.purpose === 'trueapi' ? 'trueapi' : 'suz';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text is an omsConnection (or omsId): a UUID. */
export function isCrptUuid(value: string): boolean {
  return UUID.test(value.trim());
}

const STEPS: WizardStep[] = [
  {
    id: 'devices',
    title: text('Найдите идентификатор соединения', 'Find the connection id'),
    instructions: [
      text(
        'Войдите в ГИС МТ (markirovka.crpt.ru) с УКЭП пользователем с ролью «Администратор»: раздел «Устройства» виден только администратору.',
        'Sign in to ГИС МТ (markirovka.crpt.ru) with the qualified signature as a user with the «Администратор» (administrator) role: only administrators see «Устройства» (devices).',
      ),
      text('Откройте «Управление заказами» и перейдите в СУЗ.', 'Open «Управление заказами» (order management) and go to СУЗ.'),
      text('В верхнем меню СУЗ откройте раздел «Устройства».', 'In the СУЗ top menu open «Устройства» (devices).'),
      text(
        'Если нужного устройства нет, нажмите «+ Создать устройство»: «Имя» — любое понятное название (например, «Токен-помощник»), «Тип» — «АСУ ТП» (стоит по умолчанию, изменить нельзя), «Режим отправки отчетов» — как вам нужно (по умолчанию «Автоматически»). Нажмите «Создать».',
        'If there is no suitable device, click «+ Создать устройство» (create device): «Имя» (name) — any clear name (e.g. «Token Assistant»), «Тип» (type) — «АСУ ТП» (set by default, cannot be changed), «Режим отправки отчетов» (report mode) — as you need (default «Автоматически», automatic). Click «Создать» (create).',
      ),
      text(
        'Скопируйте из строки устройства значение столбца «Идентификатор соединения» — это omsConnection, у каждого устройства свой.',
        'Copy the device’s «Идентификатор соединения» (connection id) column: this is the omsConnection, each device has its own.',
      ),
    ],
    checks: [
      text(
        'Идентификатор похож на 11b1abc1-f1ee-11db-1a11-f11ac11111e1 (36 знаков: цифры и буквы a–f в пяти группах через дефис).',
        'The id looks like 11b1abc1-f1ee-11db-1a11-f11ac11111e1 (36 characters: digits and letters a–f in five hyphen-separated groups).',
      ),
    ],
    portal: CRPT_PORTAL_LINK,
  },
  {
    id: 'oms-id',
    title: text('Где взять omsId', 'Where omsId comes from'),
    instructions: [
      text(
        'omsId (идентификатор СУЗ) нужен программе маркировки и для регистрации подключения через API. Для получения токена он не нужен.',
        'The omsId (the СУЗ id) is needed by the marking program and for registering a connection through the API. Getting the token does not need it.',
      ),
      text(
        'Где СУЗ показывает omsId, инструкция не говорит. По опыту интеграторов — в профиле участника (раздел «Профиль» / сведения о СУЗ); если его там нет, спросите поддержку Честного знака.',
        'The instruction does not say where СУЗ shows the omsId. Integrators find it in the participant’s profile («Профиль» / СУЗ details); if it is not there, ask Честный знак support.',
      ),
    ],
  },
];

/**
 * What a Честный знак record keeps (crpt-handlers.ts writes it). The connection
 * travels to another PC; how it signs does not: a file that names a program or a
 * key file, or switches on unattended signing, would make this PC sign at its word.
 */
export const CRPT_SETTINGS = {
  purpose: { value: choiceSetting(CRPT_PURPOSES), import: 'as-is' },
  stand: { value: choiceSetting(['sandbox', 'production', 'custom']), import: 'as-is' },
  trueApiBase: { value: endpointSetting, import: 'endpoint' },
  omsConnection: { value: z.string().regex(/^[0-9A-Za-z-]{1,64}$/), import: 'as-is' },
  inn: { value: z.string().regex(/^(\d{10}|\d{12})$/), import: 'as-is' },
  signer: { value: choiceSetting(['openssl', 'cryptcp', 'csptest']), import: 'never' },
  thumbprint: { value: z.string().regex(/^[0-9A-Fa-f ]{1,128}$/), import: 'never' },
  certPath: { value: pathSetting, import: 'never' },
  keyPath: { value: pathSetting, import: 'never' },
  // Being removed from the vault (issue #9, signer work); listed so that nothing, ever, imports it.
  toolPath: { value: pathSetting, import: 'never' },
  autoRefresh: { value: choiceSetting(['on', 'off']), import: 'never' },
  autoRefreshFailed: { value: choiceSetting(['true', 'false']), import: 'never' },
  /** «certificate-or-МЧД ИНН/organisation ИНН» the user accepted knowingly though they differ (issue 13). */
  innMismatchAccepted: { value: z.string().regex(/^(\d{10}|\d{12})\/(\d{10}|\d{12})$/), import: 'as-is' },
} as const satisfies KindSettings;

export const crpt: KindSpec = {
  id: 'crpt',
  title: KIND_BASICS.crpt.title,
  summary: text(
    'Токен для станции управления заказами (clientToken) или для True API. Приложение получает его само по УКЭП, в один клик; он действует 10 часов.',
    'The token for the order management station (СУЗ clientToken) or for True API. The app gets it by itself with the qualified signature, in one click; it lasts 10 hours.',
  ),
  country: 'RU',
  portalUrl: CRPT_PORTAL_URL,
  lifetime: { hours: 10, note: text('Действует 10 часов; новый токен отключает предыдущий.', 'Lasts 10 hours; a new token kills the previous one.') },
  acquisition: KIND_BASICS.crpt.acquisition,
  destinations: [
    {
      program: 'СУЗ (API)',
      appliesTo: (settings) => crptPurposeOf(settings) === 'suz',
      where: text('HTTP-заголовок clientToken каждого запроса к СУЗ', 'The clientToken HTTP header of every request to СУЗ'),
    },
    {
      program: 'Программа маркировки (АСУ ТП)',
      programEn: 'Marking software («АСУ ТП» device)',
      appliesTo: (settings) => crptPurposeOf(settings) === 'suz',
      where: text('Поле «clientToken» / «Токен СУЗ» в настройках подключения к СУЗ', 'The «clientToken» / «СУЗ token» field of its СУЗ connection settings'),
    },
    {
      program: 'True API',
      appliesTo: (settings) => crptPurposeOf(settings) === 'trueapi',
      where: text(
        'Заголовок Authorization: Bearer <токен> запросов к True API (токен True API)',
        'The Authorization: Bearer <token> header of requests to True API (the True API token)',
      ),
    },
  ],
  fields: [],
  steps: STEPS,
  settings: CRPT_SETTINGS,
};
