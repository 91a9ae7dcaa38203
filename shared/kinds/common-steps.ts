import type { FieldSpec, LocalText, PortalLink, WizardStep } from './types';

/**
 * What the ОАИС «система-система» procedure on account.gov.by has in common for
 * every information system: signing in, the legal-entity profile, the «Система
 * ОАИС» section, e-mail confirmation, «Показать токен» and the fields typed back.
 * The kinds (oais.ts, tpsclient.ts) put these together with their own texts.
 *
 * The official instructions (seeds 000 and 001) are paraphrased here, never
 * quoted; interface labels are spelled exactly as the portal shows them.
 */

/** A text in both UI languages, Russian first. */
export const text = (ru: string, en: string): LocalText => ({ ru, en });

/** The optional name a person gives a record of the kinds other than ОАИС (whose hint speaks of a token). */
export function recordLabelField(example: LocalText): FieldSpec {
  return {
    id: 'label',
    label: text('Название записи', 'Entry name'),
    hint: text(`Как запись будет называться в приложении, например «${example.ru}». Необязательно.`, `How the entry is named in the app, e.g. “${example.en}”. Optional.`),
    placeholder: example.ru,
    placeholderEn: example.en,
    input: 'text',
    required: false,
  };
}

export const PORTAL_URL = 'https://account.gov.by';

/** The portal's deep links are not stable, so every step opens the root. */
export const PORTAL_LINK: PortalLink = {
  url: PORTAL_URL,
  label: text('Открыть account.gov.by', 'Open account.gov.by'),
};

/**
 * Services whose API lives in the modernised ОАИС: they need neither a registered
 * system nor a subscription, so a token from this procedure is of no use for them.
 */
export const EXEMPT_SERVICE_CODES = ['3.40.01/1', '3.40.01/2', '3.40.08', '3.57.01', '3.57.02', '3.60.02', '3.61.01', '3.61.03'] as const;

/** «3.40.01/1, 3.40.01/2, … и 3.61.03» in Russian, «…, and 3.61.03» in English. */
export const EXEMPT_SERVICES_LIST: LocalText = {
  ru: `${EXEMPT_SERVICE_CODES.slice(0, -1).join(', ')} и ${EXEMPT_SERVICE_CODES.at(-1) ?? ''}`,
  en: `${EXEMPT_SERVICE_CODES.slice(0, -1).join(', ')} and ${EXEMPT_SERVICE_CODES.at(-1) ?? ''}`,
};

/**
 * Seed 000 lists the exempt services by number only; the app does not invent their names.
 * The seed's subscription section says a firm's services come with its contract: the numbers are checked there.
 */
export const EXEMPT_SERVICES_NAMES_NOTE: LocalText = text(
  'Инструкция называет эти услуги только номерами, без названий: сверяйте номера с договором, по которому организация получает услуги ОАИС.',
  'The instruction names these services by number only, without titles: compare the numbers with the contract under which the organisation receives OAIS services.',
);

/** The path to a registered system's card, used wherever the user has to come back to it. */
export const OPEN_SYSTEM_CARD = (systemRu: string, systemEn: string): LocalText =>
  text(
    `Откройте вкладку «Разработчикам» → «Система ОАИС» и нажмите значок просмотра («глаз») справа от ${systemRu}.`,
    `Open the «Разработчикам» (For developers) tab → «Система ОАИС» (OAIS system) and click the view icon (the “eye”) to the right of ${systemEn}.`,
  );

// ---------------------------------------------------------------- fields

export interface FieldOptions {
  /** Example of a label the user might give the record. */
  labelExample: LocalText;
  /** Hint and placeholder of the system name; TPSClient also prefills it. */
  systemName: { hint: LocalText; placeholder: string; suggestedValue?: string };
}

/** The six fields both kinds collect, in the order the wizard asks for them. */
export function oaisFields({ labelExample, systemName }: FieldOptions): FieldSpec[] {
  return [
    {
      id: 'systemName',
      label: text('Наименование информационной системы', 'Information system name'),
      hint: systemName.hint,
      placeholder: systemName.placeholder,
      input: 'text',
      required: true,
      ...(systemName.suggestedValue !== undefined ? { suggestedValue: systemName.suggestedValue } : {}),
    },
    {
      id: 'techEmail',
      label: text('Электронная почта тех.специалиста', 'Technical specialist’s e-mail'),
      hint: text(
        'Тот же адрес, что указан на портале. На него приходят код подтверждения и письма об окончании срока токена.',
        'The same address as on the portal. The confirmation code and the token expiry letters go there.',
      ),
      placeholder: 'it@company.by',
      input: 'email',
      required: true,
    },
    {
      id: 'secret',
      label: text('Токен', 'Token'),
      hint: text(
        'Скопируйте целиком после «Показать токен». В примере инструкции токен имеет вид a085d755-1d26-3af1-a2b8-e34759278719 (36 знаков: цифры и буквы a–f в пяти группах через дефис); другой формат инструкция не исключает.',
        'Copy it whole after «Показать токен» (Show token). In the instruction’s example the token looks like a085d755-1d26-3af1-a2b8-e34759278719 (36 characters: digits and letters a–f in five hyphen-separated groups); the instruction does not rule out another format.',
      ),
      placeholder: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      input: 'secret',
      required: true,
    },
    {
      id: 'expiresAt',
      label: text('Дата окончания токена', 'Token end date'),
      hint: text(
        'Как на портале: ДД.ММ.ГГГГ ЧЧ:ММ, например 15.01.2026 11:00. Время минское, пересчитывать его не нужно.',
        'As the portal shows it: DD.MM.YYYY HH:MM, e.g. 15.01.2026 11:00. The time is Minsk time; do not convert it.',
      ),
      placeholder: 'ДД.ММ.ГГГГ ЧЧ:ММ',
      input: 'portal-datetime',
      required: true,
    },
    {
      id: 'label',
      label: text('Название записи', 'Entry name'),
      hint: text(
        `Как этот токен будет называться в приложении, например «${labelExample.ru}». Необязательно.`,
        `How this token is named in the app, e.g. “${labelExample.en}”. Optional.`,
      ),
      placeholder: labelExample.ru,
      placeholderEn: labelExample.en,
      input: 'text',
      required: false,
    },
    {
      id: 'notes',
      label: text('Заметки', 'Notes'),
      hint: text(
        'Что пригодится при продлении: кто вносит токен в программы, на какие услуги подписана система. Сам токен сюда не пишите.',
        'What will help at renewal: who enters the token into the programs, which services the system is subscribed to. Do not write the token itself here.',
      ),
      input: 'multiline',
      required: false,
    },
  ];
}

// ---------------------------------------------------------------- steps

export interface LoginOptions {
  /** Who signs in; TPSClient needs the director or a superuser. Omitted: anyone with the right role. */
  who?: LocalText;
  /** Whether other strong authentication methods of the portal are mentioned besides ЭЦП and ID-card. */
  otherStrongMethods: boolean;
  /** Seed 002 (СМДО) lands straight in the legal entity's cabinet; the ОАИС seeds in the individual's. */
  mayOpenLegalEntityCabinet?: boolean;
}

/** Signing in to the individual's cabinet on account.gov.by. */
export function loginStep({ who, otherStrongMethods, mayOpenLegalEntityCabinet = false }: LoginOptions): WizardStep {
  const instructions: LocalText[] = [
    text('Откройте портал account.gov.by кнопкой ниже.', 'Open the account.gov.by portal with the button below.'),
    text(
      'Перейдите ко входу в личный кабинет и нажмите «Войти с помощью ID-карты или ключа ЭЦП».',
      'Go to the personal cabinet sign-in and click «Войти с помощью ID-карты или ключа ЭЦП» (sign in with an ID card or a digital signature key).',
    ),
    text(
      'Выберите способ входа «Электронная цифровая подпись» или «ID-карта».',
      'Choose the sign-in method «Электронная цифровая подпись» (digital signature) or «ID-карта» (ID card).',
    ),
  ];
  if (otherStrongMethods) {
    instructions.push(
      text('Если портал предлагает другой способ строгой аутентификации, он тоже подойдёт.', 'Any other strong authentication method the portal offers will do as well.'),
    );
  }
  instructions.push(
    text('Подтвердите вход своим личным ключом ЭЦП или ID-картой.', 'Confirm the sign-in with your personal digital signature key or ID card.'),
    text('Прочитайте политику обработки персональных данных и условия использования.', 'Read the personal data processing policy and the terms of use.'),
    text('Разрешите доступ к персональным данным.', 'Allow access to your personal data.'),
    mayOpenLegalEntityCabinet
      ? text(
          'Дождитесь главной страницы личного кабинета: физического лица или сразу юридического.',
          'Wait for the home page of the cabinet: the individual one, or straight away the legal entity’s.',
        )
      : text('Дождитесь главной страницы личного кабинета физического лица.', 'Wait for the home page of your individual (personal) cabinet.'),
  );

  const checks: LocalText[] = [];
  if (who) checks.push(who);
  checks.push(
    text('Я вошёл(ла) своим личным ключом ЭЦП или ID-картой, а не чужими', 'I signed in with my own personal signature key or ID card, not someone else’s'),
    mayOpenLegalEntityCabinet
      ? text('Открылся личный кабинет — физического или юридического лица', 'A cabinet has opened: the individual’s or the legal entity’s')
      : text('Открылся личный кабинет физического лица', 'The individual’s cabinet has opened'),
  );

  return {
    id: 'login',
    title: text('Вход на портал', 'Sign in to the portal'),
    instructions,
    checks,
    warnings: [
      text(
        'Проверьте адрес в браузере: account.gov.by. Не вводите пароль от ключа или PIN ID-карты на похожих сайтах.',
        'Check the address in the browser: account.gov.by. Never type your key password or ID card PIN on look-alike sites.',
      ),
      text(
        'Не входите чужим ключом ЭЦП: ключ личный, и всё, что вы сделаете на портале, будет сделано от имени его владельца.',
        'Do not sign in with someone else’s key: the key is personal, and everything you do on the portal is done in its owner’s name.',
      ),
    ],
    portal: PORTAL_LINK,
  };
}

/** Switching from the individual's cabinet to the organisation's. */
export const legalEntityStep: WizardStep = {
  id: 'legal-entity',
  title: text('Профиль организации', 'The organisation profile'),
  instructions: [
    text('Сейчас вы в кабинете физического лица — своём личном.', 'You are now in the individual’s cabinet, your personal one.'),
    text('Перейдите в профиль юридического лица.', 'Switch to the legal entity profile.'),
    text('Если вам доступно несколько организаций, выберите ту, для которой нужен токен.', 'If you have access to several organisations, choose the one the token is for.'),
  ],
  checks: [
    text('Я вошёл(ла) в профиль юридического лица, а не физического', 'I am in the legal entity profile, not the individual one'),
    text('На экране та организация, для которой оформляется токен', 'The screen shows the organisation the token is for'),
  ],
  warnings: [
    text(
      'Всё дальнейшее делайте в профиле организации: токен выдаётся организации, а не вам лично.',
      'Do everything that follows in the organisation profile: the token belongs to the organisation, not to you personally.',
    ),
    text(
      'Нет профиля организации в списке — значит, у вашей учётной записи нет доступа к кабинету этой организации. Кто его даёт, инструкция не говорит: спросите в своей организации или попросите войти того, у кого профиль организации есть.',
      'No organisation profile in the list means your account has no access to this organisation’s cabinet. The instruction does not say who grants it: ask in your organisation, or ask someone who has the organisation profile to sign in.',
    ),
  ],
  portal: PORTAL_LINK,
};

export interface SectionOptions {
  /** The roles that may register, e.g. «Директор» или «Суперпользователь». */
  roles: LocalText;
  /** How the system the user registers appears in the list. */
  systemRu: string;
  systemEn: string;
}

/** Opening «Разработчикам» → «Система ОАИС» and checking the role. */
export function oaisSectionStep({ roles, systemRu, systemEn }: SectionOptions): WizardStep {
  return {
    id: 'oais-section',
    title: text('Раздел «Система ОАИС»', 'The «Система ОАИС» section'),
    instructions: [
      text('Откройте вкладку «Разработчикам».', 'Open the «Разработчикам» (For developers) tab.'),
      text('Перейдите в раздел «Система ОАИС».', 'Go to the «Система ОАИС» (OAIS system) section.'),
      text(`Посмотрите список систем: возможно, ${systemRu} уже зарегистрирована.`, `Look through the list of systems: ${systemEn} may already be registered.`),
      text('Найдите рядом со списком кнопку «Регистрация системы».', 'Find the «Регистрация системы» (Register system) button next to the list.'),
    ],
    checks: [text('Я вижу кнопку «Регистрация системы» — значит, роль подходящая', 'I can see the «Регистрация системы» button, so my role is right')],
    warnings: [
      text(
        `Регистрировать системы может только пользователь с ролью ${roles.ru}. Остальные видят список систем, но ничего не могут добавить.`,
        `Only a user with the role ${roles.en} can register systems. Everyone else sees the list of systems but cannot add anything.`,
      ),
      text(
        `Нет кнопки «Регистрация системы»? Попросите пользователя с одной из этих ролей (${roles.ru}) выполнить этот шаг.`,
        `No «Регистрация системы» button? Ask a user who holds one of these roles (${roles.en}) to do this step.`,
      ),
    ],
    portal: PORTAL_LINK,
  };
}

/**
 * What the portal shows once registration and subscriptions went through (seed 000: the
 * list of systems and the system's card): the system APPROVED, each subscription UNBLOCKED.
 */
export const STATUS_CHECKS: LocalText[] = [
  text('В списке систем у этой системы в столбце «Статус» — APPROVED', 'In the list of systems, this system’s «Статус» (status) column reads APPROVED'),
  text('В карточке системы у каждой подписки в столбце «Статус» — UNBLOCKED', 'In the system’s card, every subscription’s «Статус» (status) reads UNBLOCKED'),
];

export const STATUS_WARNING: LocalText = text(
  'Статус другой? Других статусов инструкция не описывает: токен с такой системой или подпиской может не работать. Обновите страницу позже, а если статус не меняется — обратитесь в службу поддержки портала.',
  'A different status? The instruction describes no other statuses: the token may not work with such a system or subscription. Reload the page later, and if the status does not change, contact the portal’s support.',
);

/** Warnings about the tech specialist's e-mail, shown on the registration step. */
export const TECH_EMAIL_WARNINGS: LocalText[] = [
  text(
    'На почту тех.специалиста портал пришлёт код подтверждения, а потом — напоминания об окончании срока токена: за 10, 5 и 3 дня. Укажите ящик, который читают каждый день: лучше общий рабочий, чем личный адрес сотрудника, который может уволиться.',
    'The portal sends the confirmation code to the technical specialist’s e-mail, and later reminders that the token expires: 10, 5 and 3 days before. Give a mailbox someone reads every day: a shared work mailbox is better than the personal address of an employee who may leave.',
  ),
  text(
    'Адрес должен оставаться актуальным. Сменился ответственный — сразу замените почту: откройте систему значком «глаз» в списке и нажмите «Изменить почту».',
    'Keep the address up to date. When the person in charge changes, replace it at once: open the system with the “eye” icon in the list and click «Изменить почту» (Change e-mail).',
  ),
];

export interface ConfirmOptions {
  /** The portal's final button as the seed of the kind names it, and the other spelling seen. */
  finalButton: string;
  otherFinalButton: string;
  /** Extra warnings (e.g. that every system must be registered). */
  warnings: LocalText[];
}

/** «Подтвердить почту», the code from the e-mail and the final button. */
export function confirmEmailStep({ finalButton, otherFinalButton, warnings }: ConfirmOptions): WizardStep {
  return {
    id: 'confirm-email',
    title: text('Подтверждение почты', 'Confirm the e-mail'),
    instructions: [
      text('Проверьте, что все поля формы заполнены.', 'Make sure every field of the form is filled in.'),
      text('Нажмите «Подтвердить почту».', 'Click «Подтвердить почту» (Confirm e-mail).'),
      text('Найдите письмо портала с кодом в ящике тех.специалиста.', 'Find the portal’s letter with the code in the technical specialist’s mailbox.'),
      text('Введите код в окне, которое открылось на портале.', 'Type the code into the window that opened on the portal.'),
      text(
        `Нажмите «${finalButton}» (на части экранов кнопка называется «${otherFinalButton}»).`,
        `Click «${finalButton}» (on some screens the button reads «${otherFinalButton}»).`,
      ),
      text('Убедитесь, что система появилась в списке раздела «Система ОАИС».', 'Make sure the system now appears in the «Система ОАИС» list.'),
    ],
    checks: [
      text(
        'Код подтверждения пришёл на почту и введён — или система была зарегистрирована раньше',
        'The confirmation code arrived by e-mail and has been entered, or the system was registered earlier',
      ),
      text('Система появилась в списке', 'The system appears in the list'),
    ],
    warnings: [
      text(
        'Письма с кодом нет — загляните в папку «Спам» и проверьте адрес. Если в адресе ошибка, исправьте её в форме и снова нажмите «Подтвердить почту».',
        'No letter with the code? Look in the spam folder and check the address. If it has a typo, fix it in the form and click «Подтвердить почту» again.',
      ),
      ...warnings,
    ],
    portal: PORTAL_LINK,
  };
}

export interface ShowTokenOptions {
  systemRu: string;
  systemEn: string;
  /** When and by whom «Обновить токен» may be pressed. */
  renewal: LocalText;
  extraChecks?: LocalText[];
  extraWarnings?: LocalText[];
}

/**
 * «Показать токен»: the token and its end date are typed back here. A renewal
 * starts on this step, so it repeats how to reach the system's card.
 */
export function showTokenStep({ systemRu, systemEn, renewal, extraChecks = [], extraWarnings = [] }: ShowTokenOptions): WizardStep {
  return {
    id: 'show-token',
    title: text('Токен и срок его действия', 'The token and its end date'),
    instructions: [
      OPEN_SYSTEM_CARD(systemRu, systemEn),
      renewal,
      text('Нажмите «Показать токен».', 'Click «Показать токен» (Show token).'),
      text('Скопируйте токен целиком и вставьте его в поле «Токен».', 'Copy the whole token and paste it into the «Токен» (Token) field.'),
      text(
        'Перенесите значение «Дата окончания токена» в поле «Дата окончания токена» — в том же виде, что на портале.',
        'Copy the «Дата окончания токена» (token end date) value into the «Дата окончания токена» field, exactly as the portal shows it.',
      ),
    ],
    checks: [
      text('Токен скопирован полностью, от первого до последнего знака', 'The token is copied in full, from the first character to the last'),
      text('Дата окончания введена ровно как на портале', 'The end date is typed exactly as on the portal'),
      ...extraChecks,
    ],
    warnings: [
      text(
        'Токен открывает доступ к услугам от имени организации. Не пересылайте его в мессенджерах и по почте — храните в этом приложении.',
        'The token gives access to services in the organisation’s name. Do not send it by messenger or e-mail; keep it in this app.',
      ),
      text(
        'Если токен мог попасть к посторонним, сразу нажмите «Обновить токен» и замените его во всех программах.',
        'If the token may have reached outsiders, click «Обновить токен» (Renew token) at once and replace it in every program.',
      ),
      text(
        'После «Обновить токен» проверьте, что на экране новый токен и новая дата окончания; при необходимости нажмите «Показать токен» ещё раз.',
        'After «Обновить токен», make sure the screen shows the new token and the new end date; click «Показать токен» again if needed.',
      ),
      text(
        'Портал показывает время по Минску. Вводите его как есть: приложение само учтёт ваш часовой пояс.',
        'The portal shows Minsk time. Type it as it is: the app accounts for your time zone itself.',
      ),
      ...extraWarnings,
    ],
    portal: PORTAL_LINK,
    fields: ['secret', 'expiresAt'],
  };
}

/**
 * Saving into the app: the last step that collects fields. The token is saved
 * before the user pastes it anywhere, so a failed paste never loses it.
 */
export function saveStep(labelExample: LocalText): WizardStep {
  return {
    id: 'save',
    title: text('Сохранение в приложении', 'Save in the app'),
    instructions: [
      text(`Дайте записи понятное название, например «${labelExample.ru}».`, `Give the entry a clear name, e.g. “${labelExample.en}”.`),
      text(
        'В заметках запишите, что пригодится при продлении: кто вносит токен в программы и на какие услуги подписана система.',
        'In the notes, write what will help at renewal: who enters the token into the programs and which services the system is subscribed to.',
      ),
      text(
        'Сохраните токен в приложении, прежде чем вставлять его в программы: так он не потеряется.',
        'Save the token in the app before pasting it into any program, so that it is never lost.',
      ),
    ],
    checks: [text('Я не вписал(а) сам токен в заметки', 'I did not write the token itself into the notes')],
    warnings: [
      text(
        'Токен хранится в приложении зашифрованным, а заметки видны открытым текстом. Не копируйте токен в заметки.',
        'The token is stored encrypted, while the notes are shown as plain text. Do not copy the token into the notes.',
      ),
    ],
    fields: ['label', 'notes'],
  };
}
