import {
  text,
  EXEMPT_SERVICES_LIST,
  EXEMPT_SERVICES_NAMES_NOTE,
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
 * The ОАИС «система-система» token of an organisation's own information system
 * (seed 000): one registered system, its subscriptions, its token.
 */

const ROLES = text(
  '«Директор», «Суперпользователь» или «Уполномоченное лицо»',
  '«Директор» (Director), «Суперпользователь» (Superuser) or «Уполномоченное лицо» (Authorised person)',
);

const LABEL_EXAMPLE = text('Бухгалтерия 1С', 'Accounting 1C');

const intro: WizardStep = {
  id: 'intro',
  title: text('Прежде чем начать', 'Before you start'),
  instructions: [
    text(
      'Этот токен нужен вашей информационной системе, чтобы она получала услуги ОАИС по технологии «система-система».',
      'Your information system needs this token to receive OAIS services “system-to-system”.',
    ),
    text('Составьте список услуг ОАИС, с которыми работает система.', 'List the OAIS services your system works with.'),
    text(
      `Сверьте его с исключениями: услуги ${EXEMPT_SERVICES_LIST.ru} работают в модернизированной ОАИС, и для них не нужны ни регистрация системы, ни подписка. ${EXEMPT_SERVICES_NAMES_NOTE.ru}`,
      `Compare it with the exceptions: services ${EXEMPT_SERVICES_LIST.en} run in the modernised OAIS and need neither a registered system nor a subscription. ${EXEMPT_SERVICES_NAMES_NOTE.en}`,
    ),
    text('Подготовьте личный ключ ЭЦП или ID-карту: ими вы войдёте на портал.', 'Have your personal digital signature key or ID card ready: you sign in to the portal with it.'),
    text(
      `Выясните, у кого в организации есть роль ${ROLES.ru}: только такой пользователь может зарегистрировать систему.`,
      `Find out who in the organisation has the role ${ROLES.en}: only such a user can register a system.`,
    ),
    text(
      'Один проход мастера — одна система. У каждой системы своя регистрация, свои подписки и свой токен.',
      'One run of this wizard covers one system. Each system has its own registration, subscriptions and token.',
    ),
  ],
  checks: [
    text('Система получает хотя бы одну услугу, которой нет в списке исключений', 'The system receives at least one service that is not on the list of exceptions'),
    text('Ключ ЭЦП или ID-карта под рукой, пароль (PIN) я помню', 'My signature key or ID card is at hand and I remember its password (PIN)'),
  ],
  warnings: [
    text(
      `Если система работает только с услугами ${EXEMPT_SERVICES_LIST.ru}, токен по этой процедуре ей не нужен: дальше идти не нужно, вернитесь к списку кнопкой «Токены» в меню.`,
      `If the system works only with services ${EXEMPT_SERVICES_LIST.en}, it does not need a token from this procedure: stop here and go back to the list with «Tokens» in the menu.`,
    ),
  ],
};

const register: WizardStep = {
  id: 'register',
  title: text('Регистрация системы', 'Register the system'),
  instructions: [
    text('Нажмите «Регистрация системы».', 'Click «Регистрация системы» (Register system).'),
    text(
      'В поле «Наименование информационной системы» введите короткое имя: латинские буквы, цифры, дефис (-) и подчёркивание (_).',
      'In the «Наименование информационной системы» (system name) field, type a short name: Latin letters, digits, hyphen (-) and underscore (_).',
    ),
    text(
      'В поле «Описание» коротко напишите, для чего система, например «Учёт и отчётность».',
      'In the «Описание» (Description) field, briefly say what the system is for, e.g. «Учёт и отчётность» (accounting and reporting).',
    ),
    text(
      'В поле «Электронная почта тех.специалиста» укажите адрес сотрудника, который отвечает за работу системы.',
      'In the «Электронная почта тех.специалиста» field, give the e-mail of the employee responsible for running the system.',
    ),
    text(
      'Перенесите наименование и почту в поля этого шага — ровно так, как ввели на портале.',
      'Copy the name and the e-mail into the fields of this step, exactly as you typed them on the portal.',
    ),
  ],
  checks: [
    text('Наименование набрано латиницей, без пробелов', 'The name is typed in Latin letters, without spaces'),
    text('Почту тех.специалиста читают каждый день', 'Someone reads the technical specialist’s mailbox every day'),
  ],
  warnings: [
    text(
      'Кириллица, пробелы, точки и другие знаки в наименовании не допускаются. Подойдут, например, buh_1c или erp-2.',
      'Cyrillic letters, spaces, dots and other symbols are not allowed in the name. For example, buh_1c or erp-2 will do.',
    ),
    ...TECH_EMAIL_WARNINGS,
    text(
      'Система уже есть в списке? Не регистрируйте её второй раз: введите в поля этого шага её наименование и почту, как они указаны на портале, а подтверждение почты пропустите.',
      'Is the system already on the list? Do not register it again: type its name and e-mail into the fields of this step as the portal shows them, and skip the e-mail confirmation.',
    ),
  ],
  portal: PORTAL_LINK,
  fields: ['systemName', 'techEmail'],
};

const subscribe: WizardStep = {
  id: 'subscribe',
  title: text('Подписка на услуги', 'Subscribe to services'),
  instructions: [
    OPEN_SYSTEM_CARD('вашей системы', 'your system'),
    text('Нажмите «Добавить подписку».', 'Click «Добавить подписку» (Add subscription).'),
    text(
      'Откройте выпадающий список: в нём только услуги, доступные организации по договору.',
      'Open the drop-down list: it holds only the services available to the organisation under its contract.',
    ),
    text('Выберите услугу, которую получает эта система.', 'Choose a service this system receives.'),
    text('Повторите «Добавить подписку» для каждой следующей услуги.', 'Repeat «Добавить подписку» for each further service.'),
    text('Сверьте список подписок в карточке системы с тем, что ей действительно нужно.', 'Compare the subscriptions in the system’s card with what it really needs.'),
    text('Лишнюю подписку уберите кнопкой «Отписаться».', 'Remove an unneeded subscription with «Отписаться» (Unsubscribe).'),
    text(
      'Скачайте описание сервиса значком в колонке «Описание сервиса» и передайте его разработчику системы.',
      'Download the service description with the icon in the «Описание сервиса» column and give it to the system’s developer.',
    ),
  ],
  checks: [
    text('В подписках системы есть все услуги, которые она получает', 'The system’s subscriptions include every service it receives'),
    text('Лишних подписок нет', 'There are no unneeded subscriptions'),
    ...STATUS_CHECKS,
  ],
  warnings: [
    STATUS_WARNING,
    text(
      'Исключение — услуги таможенного декларирования (ИСЗЛ): выберите любую одну из них, и портал подпишет систему сразу на все.',
      'The exception is customs declaration services (ИСЗЛ): choose any one of them and the portal subscribes the system to all of them at once.',
    ),
    text(
      'Нужной услуги нет в списке? Скорее всего, её нет в договоре организации. Уточните это у того, кто ведёт договор на услуги ОАИС.',
      'The service you need is not on the list? Most likely it is not in the organisation’s contract. Check with whoever handles the OAIS services contract.',
    ),
    text('На некоторых экранах кнопка подписана «Добавить подпись» — это она же.', 'On some screens the button reads «Добавить подпись»; it is the same button.'),
  ],
  portal: PORTAL_LINK,
};

const paste: WizardStep = {
  id: 'paste',
  title: text('Токен — в вашу систему', 'Put the token into your system'),
  instructions: [
    text('Откройте настройки информационной системы, которую вы зарегистрировали на портале.', 'Open the settings of the information system you registered on the portal.'),
    text(
      'Найдите место для токена доступа к ОАИС. Где оно, подскажет разработчик или поставщик системы.',
      'Find where the OAIS access token goes. The system’s developer or vendor can tell you where.',
    ),
    text('Скопируйте токен из приложения и вставьте его туда.', 'Copy the token from the app and paste it there.'),
    text('Сохраните настройки системы.', 'Save the system settings.'),
    text('Сделайте пробный запрос к услуге и убедитесь, что ответ пришёл.', 'Make a test request to a service and make sure an answer comes back.'),
  ],
  checks: [text('Токен вставлен в настройки системы и сохранён', 'The token is pasted into the system settings and saved')],
  warnings: [
    text(
      'Проверьте, что токен от той самой системы: у каждой зарегистрированной системы он свой.',
      'Make sure the token belongs to this very system: every registered system has its own.',
    ),
    text(
      'Приложение напомнит об окончании срока заранее. Портал тоже напишет на почту тех.специалиста за 10, 5 и 3 дня.',
      'The app will remind you before the token expires. The portal also writes to the technical specialist 10, 5 and 3 days before.',
    ),
  ],
};

export const oais: KindSpec = {
  id: 'oais',
  title: KIND_BASICS.oais.title,
  summary: text(
    'Токен, по которому информационная система организации получает услуги ОАИС. Оформляется на портале «Е-Паслуга» (account.gov.by).',
    'The token with which the organisation’s information system receives OAIS services. Issued on the E-Pasluga portal (account.gov.by).',
  ),
  country: 'BY',
  portalUrl: PORTAL_URL,
  lifetime: {
    note: text(
      'Срок действия портал показывает вместе с токеном («Дата окончания токена»). За 10, 5 и 3 дня до конца срока он пишет на почту тех.специалиста.',
      'The portal shows the validity together with the token («Дата окончания токена»). 10, 5 and 3 days before it ends, the portal e-mails the technical specialist.',
    ),
  },
  acquisition: KIND_BASICS.oais.acquisition,
  destinations: [
    {
      program: 'Информационная система организации',
      programEn: 'The organisation’s information system',
      where: text('Настройки подключения к ОАИС; где именно — подскажет разработчик системы', 'The OAIS connection settings; the system’s developer can tell you where exactly'),
    },
  ],
  fields: oaisFields({
    labelExample: LABEL_EXAMPLE,
    systemName: {
      hint: text(
        'Точно как на портале: латинские буквы, цифры, дефис и подчёркивание, без пробелов. Например, buh_1c.',
        'Exactly as on the portal: Latin letters, digits, hyphen and underscore, no spaces. E.g. buh_1c.',
      ),
      placeholder: 'buh_1c',
    },
  }),
  steps: [
    intro,
    loginStep({ otherStrongMethods: true }),
    legalEntityStep,
    oaisSectionStep({ roles: ROLES, systemRu: 'ваша система', systemEn: 'your system' }),
    register,
    confirmEmailStep({
      finalButton: 'Зарегистрировать систему',
      otherFinalButton: 'Создать систему',
      warnings: [
        text(
          'Зарегистрировать нужно каждую информационную систему организации, которая получает услуги ОАИС. Для следующей системы пройдите этот мастер ещё раз.',
          'Every information system of the organisation that receives OAIS services must be registered. Run this wizard again for each further system.',
        ),
      ],
    }),
    subscribe,
    showTokenStep({
      systemRu: 'вашей системы',
      systemEn: 'your system',
      renewal: text(
        'Если вы продлеваете токен (срок истекает или истёк) или он мог попасть к посторонним, сначала нажмите «Обновить токен».',
        'If you are renewing the token (it is expiring or has expired) or it may have reached outsiders, first click «Обновить токен» (Renew token).',
      ),
    }),
    saveStep(LABEL_EXAMPLE),
    paste,
  ],
  // Entered by hand and pasted by the user: nothing to keep beside the token.
  settings: {},
};
