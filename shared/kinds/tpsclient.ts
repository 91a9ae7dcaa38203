import {
  text,
  OPEN_SYSTEM_CARD,
  PORTAL_LINK,
  PORTAL_URL,
  STATUS_CHECKS,
  STATUS_WARNING,
  TECH_EMAIL_WARNINGS,
  confirmEmailStep,
  legalEntityStep,
  loginStep,
  oaisFields,
  oaisSectionStep,
  saveStep,
  showTokenStep,
} from './common-steps';
import type { KindSpec, WizardStep } from './types';
import { KIND_BASICS } from './kind-basics';

/**
 * The same ОАИС «система-система» token, for customs software (seed 001): the
 * system is named TPSClient, one customs subscription brings all of them, the
 * token lives 3 months and goes into TPSClient, Декларант-2011 and Декларант-Стат.
 */

export const TPSCLIENT_SYSTEM_NAME = 'TPSClient';

const ROLES = text('«Директор» или «Суперпользователь»', '«Директор» (Director) or «Суперпользователь» (Superuser)');

const LABEL_EXAMPLE = text('TPSClient, отдел декларирования', 'TPSClient, customs declarations');

const RENEWAL_PATH = text(
  'Обновить токен может директор или суперпользователь: «Разработчикам» → «Система ОАИС» → «глаз» справа от TPSClient → «Обновить токен». Это можно сделать и до окончания срока.',
  'The director or a superuser can renew the token: «Разработчикам» → «Система ОАИС» → the “eye” to the right of TPSClient → «Обновить токен» (Renew token). It can be done before the token expires.',
);

const intro: WizardStep = {
  id: 'intro',
  title: text('Прежде чем начать', 'Before you start'),
  instructions: [
    text(
      'Этот токен нужен таможенным программам: TPSClient, а в Windows — ещё Декларант-2011 и Декларант-Стат.',
      'Customs software needs this token: TPSClient and, on Windows, Декларант-2011 and Декларант-Стат.',
    ),
    text('Портал выдаёт токен на 3 месяца, потом его нужно обновить.', 'The portal issues the token for 3 months; after that it has to be renewed.'),
    text(
      'Попросите директора или суперпользователя организации выполнить шаги на портале: регистрировать систему и обновлять токен могут только они.',
      'Ask the organisation’s director or a superuser to do the portal steps: only they can register the system and renew the token.',
    ),
    text('Попросите его подготовить свой личный ключ ЭЦП или ID-карту.', 'Ask them to have their own personal digital signature key or ID card ready.'),
  ],
  checks: [
    text('Шаги на портале выполняет директор или суперпользователь организации', 'The portal steps are done by the organisation’s director or a superuser'),
    text('Ключ ЭЦП или ID-карта под рукой, пароль (PIN) известен', 'The signature key or ID card is at hand and its password (PIN) is known'),
  ],
  warnings: [
    text(
      'Токен действует 3 месяца. Приложение напомнит заранее, а обновить токен можно, не дожидаясь конца срока.',
      'The token is valid for 3 months. The app reminds you in advance, and the token can be renewed before it runs out.',
    ),
  ],
};

const register: WizardStep = {
  id: 'register',
  title: text('Регистрация TPSClient', 'Register TPSClient'),
  instructions: [
    text('Нажмите «Регистрация системы».', 'Click «Регистрация системы» (Register system).'),
    text(
      'В поле «Наименование информационной системы» наберите с клавиатуры ровно TPSClient.',
      'In the «Наименование информационной системы» (system name) field, type exactly TPSClient on the keyboard.',
    ),
    text(
      'В поле «Описание» напишите назначение, например «Передача таможенных документов».',
      'In the «Описание» (Description) field, state the purpose, e.g. «Передача таможенных документов» (customs document transfer).',
    ),
    text(
      'В поле «Электронная почта тех.специалиста» укажите адрес сотрудника, который отвечает за работу TPSClient.',
      'In the «Электронная почта тех.специалиста» field, give the e-mail of the employee responsible for running TPSClient.',
    ),
    text(
      'Проверьте наименование и перенесите почту в поля этого шага — ровно так, как на портале.',
      'Check the name and copy the e-mail into the fields of this step, exactly as on the portal.',
    ),
  ],
  checks: [
    text('В поле наименования ровно TPSClient: заглавные T, P, S, C и строчная «l» (эль)', 'The name field holds exactly TPSClient: capital T, P, S, C and a lower-case “l” (el)'),
    text('Почту тех.специалиста читают каждый день', 'Someone reads the technical specialist’s mailbox every day'),
  ],
  warnings: [
    text(
      'Не копируйте имя из официальной инструкции: там опечатка — «TPSCIient» с заглавной «I» вместо строчной «l». На экране буквы неотличимы, поэтому наберите TPSClient сами.',
      'Do not copy the name from the official instruction: it has a typo, “TPSCIient” with a capital “I” instead of a lower-case “l”. The letters look the same on screen, so type TPSClient yourself.',
    ),
    ...TECH_EMAIL_WARNINGS,
    text(
      'TPSClient уже есть в списке? Второй раз его не регистрируйте: введите в поле этого шага почту тех.специалиста, указанную у него на портале, а подтверждение почты пропустите.',
      'Is TPSClient already on the list? Do not register it again: type into the field of this step the technical specialist’s e-mail shown for it on the portal, and skip the e-mail confirmation.',
    ),
  ],
  portal: PORTAL_LINK,
  fields: ['systemName', 'techEmail'],
};

const subscribe: WizardStep = {
  id: 'subscribe',
  title: text('Подписка на таможенные услуги', 'Subscribe to customs services'),
  instructions: [
    OPEN_SYSTEM_CARD('TPSClient', 'TPSClient'),
    text('Нажмите «Добавить подписку».', 'Click «Добавить подписку» (Add subscription).'),
    text('Нажмите стрелку вниз, чтобы открыть список услуг по договору организации.', 'Click the down arrow to open the list of services under the organisation’s contract.'),
    text('Выберите любую одну услугу таможенного оформления.', 'Choose any one customs clearance service.'),
    text(
      'Проверьте в карточке TPSClient, что остальные таможенные услуги добавились сами.',
      'Check in the TPSClient card that the other customs services were added by themselves.',
    ),
  ],
  checks: [text('В карточке TPSClient появились таможенные услуги', 'Customs services now appear in the TPSClient card'), ...STATUS_CHECKS],
  warnings: [
    STATUS_WARNING,
    text(
      'Добавлять таможенные услуги по одной не нужно: подписка на одну подключает все услуги таможенного декларирования (ИСЗЛ).',
      'There is no need to add customs services one by one: subscribing to one adds all customs declaration services (ИСЗЛ).',
    ),
    text(
      'Таможенных услуг нет в списке? Скорее всего, их нет в договоре организации. Уточните это у того, кто ведёт договор на услуги ОАИС.',
      'No customs services on the list? Most likely they are not in the organisation’s contract. Check with whoever handles the OAIS services contract.',
    ),
    text(
      'Кнопка «Отписаться» в карточке убирает подписку. Для работы TPSClient подписка нужна — не нажимайте её случайно.',
      'The «Отписаться» (Unsubscribe) button in the card removes a subscription. TPSClient needs the subscription, so do not press it by accident.',
    ),
  ],
  portal: PORTAL_LINK,
};

const paste: WizardStep = {
  id: 'paste',
  title: text('Токен — в TPSClient и «Декларант»', 'Put the token into TPSClient and «Декларант»'),
  instructions: [
    text('В TPSClient откройте «Настройка» → «Параметры».', 'In TPSClient, open «Настройка» (Settings) → «Параметры» (Parameters).'),
    text('Скопируйте токен из приложения и вставьте его в поле токена.', 'Copy the token from the app and paste it into the token field.'),
    text('Нажмите «Сохранить».', 'Click «Сохранить» (Save).'),
    text(
      'В Windows-версиях Декларант-2011 и Декларант-Стат откройте «Пользователи» → «Личные настройки».',
      'In the Windows versions of Декларант-2011 and Декларант-Стат, open «Пользователи» (Users) → «Личные настройки» (Personal settings).',
    ),
    text('Вставьте туда тот же токен и сохраните настройки.', 'Paste the same token there and save the settings.'),
  ],
  checks: [text('Токен вставлен и сохранён во всех программах, где он нужен', 'The token is pasted and saved in every program that needs it')],
  warnings: [
    RENEWAL_PATH,
    text('После каждого обновления вставьте новый токен во все эти программы заново.', 'After every renewal, paste the new token into all these programs again.'),
  ],
};

export const tpsclient: KindSpec = {
  id: 'tpsclient',
  title: KIND_BASICS.tpsclient.title,
  summary: text(
    'Токен для TPSClient, Декларант-2011 и Декларант-Стат. Оформляется на портале «Е-Паслуга» (account.gov.by) и действует 3 месяца.',
    'The token for TPSClient, Декларант-2011 and Декларант-Стат. Issued on the E-Pasluga portal (account.gov.by), valid for 3 months.',
  ),
  country: 'BY',
  portalUrl: PORTAL_URL,
  lifetime: {
    months: 3,
    note: text(
      'Портал выдаёт токен на 3 месяца; обновить его можно и раньше. За 10, 5 и 3 дня до конца срока портал пишет на почту тех.специалиста.',
      'The token is issued for 3 months and can be renewed earlier. 10, 5 and 3 days before it ends, the portal e-mails the technical specialist.',
    ),
  },
  acquisition: KIND_BASICS.tpsclient.acquisition,
  destinations: [
    {
      program: 'TPSClient',
      where: text('«Настройка» → «Параметры» → поле токена → «Сохранить»', '«Настройка» → «Параметры» → the token field → «Сохранить»'),
    },
    {
      program: 'Декларант-2011 (Windows)',
      where: text('«Пользователи» → «Личные настройки»', '«Пользователи» → «Личные настройки» (Users → Personal settings)'),
    },
    {
      program: 'Декларант-Стат (Windows)',
      where: text('«Пользователи» → «Личные настройки»', '«Пользователи» → «Личные настройки» (Users → Personal settings)'),
    },
  ],
  fields: oaisFields({
    labelExample: LABEL_EXAMPLE,
    systemName: {
      hint: text(
        'Ровно TPSClient: латиница, после «C» — строчная «l» (эль), а не заглавная «I».',
        'Exactly TPSClient: Latin letters; after the “C” comes a lower-case “l” (el), not a capital “I”.',
      ),
      placeholder: TPSCLIENT_SYSTEM_NAME,
      suggestedValue: TPSCLIENT_SYSTEM_NAME,
    },
  }),
  steps: [
    intro,
    loginStep({
      who: text('Вошёл директор или суперпользователь организации', 'The organisation’s director or a superuser has signed in'),
      otherStrongMethods: false,
    }),
    legalEntityStep,
    oaisSectionStep({ roles: ROLES, systemRu: 'система TPSClient', systemEn: 'TPSClient' }),
    register,
    confirmEmailStep({
      finalButton: 'Создать систему',
      otherFinalButton: 'Зарегистрировать систему',
      warnings: [
        text(
          'TPSClient регистрируется один раз. Другие информационные системы организации, если они есть, регистрируются отдельно, и у каждой свой токен.',
          'TPSClient is registered once. Other information systems of the organisation, if any, are registered separately, each with its own token.',
        ),
      ],
    }),
    subscribe,
    showTokenStep({
      systemRu: 'TPSClient',
      systemEn: 'TPSClient',
      renewal: text(
        'Если вы продлеваете токен, сначала нажмите «Обновить токен» — это можно сделать и до окончания срока.',
        'If you are renewing the token, first click «Обновить токен» (Renew token); it can be done before the token expires.',
      ),
      extraChecks: [text('Дата окончания — не дальше чем через 3 месяца от сегодняшнего дня', 'The end date is no more than 3 months from today')],
      extraWarnings: [
        text(
          'Обновлять токен должен директор или суперпользователь. Если вы не из их числа, попросите одного из них.',
          'The token is to be renewed by the director or a superuser. If you are neither, ask one of them.',
        ),
      ],
    }),
    saveStep(LABEL_EXAMPLE),
    paste,
  ],
  // Entered by hand and pasted by the user: nothing to keep beside the token.
  settings: {},
};
