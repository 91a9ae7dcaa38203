import type { Language } from '../model/types';
import type { LocalText } from '../kinds/types';
import { IMPORT_MESSAGES } from './messages/import';
import { SIGNER_MESSAGES } from './messages/signer';
import { EIS_PARSE_MESSAGES } from './messages/eis-parse';
import { KEYCHAIN_MESSAGES } from './messages/keychain';
import { STARTUP_MESSAGES } from './messages/startup';
import { HOSTS_MESSAGES } from './messages/hosts';
import { SEEDS_MESSAGES } from './messages/seeds';
import { SMALL_THINGS_MESSAGES } from './messages/small-things';
import { RECORDS_MESSAGES } from './messages/records';
import { CRPT_SHARING_MESSAGES } from './messages/crpt-sharing';
import { CERTIFICATE_MESSAGES } from './messages/certificates';
import { TOKEN_SERVICE_MESSAGES } from './messages/token-service';
import { FLEET_MESSAGES } from './messages/fleet';
import { UPDATES_MESSAGES } from './messages/updates';
import { BACKUPS_MESSAGES } from './messages/backups';

/**
 * Messages the core and the validators give to a person: what is wrong and what
 * to do. Kept apart from UI chrome (ui-*.ts) because the core needs them without
 * i18next. Parameters are written as {name}.
 */
export const MESSAGES = {
  ...IMPORT_MESSAGES,
  ...SIGNER_MESSAGES,
  ...EIS_PARSE_MESSAGES,
  ...KEYCHAIN_MESSAGES,
  ...STARTUP_MESSAGES,
  ...HOSTS_MESSAGES,
  ...SEEDS_MESSAGES,
  ...SMALL_THINGS_MESSAGES,
  ...RECORDS_MESSAGES,
  ...CRPT_SHARING_MESSAGES,
  ...CERTIFICATE_MESSAGES,
  ...TOKEN_SERVICE_MESSAGES,
  ...FLEET_MESSAGES,
  ...UPDATES_MESSAGES,
  ...BACKUPS_MESSAGES,
  // Payload and plumbing
  invalid_payload: {
    ru: 'Приложение получило неверные данные и ничего не изменило. Повторите действие; если ошибка повторяется, перезапустите приложение.',
    en: 'The app received malformed data and changed nothing. Try again; if it keeps happening, restart the app.',
  },
  foreign_sender: {
    ru: 'Запрос отклонён: он пришёл не из окна приложения.',
    en: 'Request refused: it did not come from the app’s window.',
  },
  unknown_request: {
    ru: 'Неизвестное действие. Обновите приложение до последней версии.',
    en: 'Unknown action. Please update the app.',
  },
  internal: {
    ru: 'Непредвиденная ошибка. Сохранённые токены не затронуты. Повторите действие или перезапустите приложение.',
    en: 'Unexpected error. Your saved tokens are untouched. Try again or restart the app.',
  },
  not_found_organisation: {
    ru: 'Организация не найдена: возможно, её уже удалили. Обновите список.',
    en: 'Organisation not found: it may have been deleted. Refresh the list.',
  },
  not_found_token: {
    ru: 'Токен не найден: возможно, его уже удалили. Обновите список.',
    en: 'Token not found: it may have been deleted. Refresh the list.',
  },
  portal_not_allowed: {
    ru: 'Эту ссылку приложение не открывает: разрешены только официальные порталы (account.gov.by, zakupki.gov.ru, Честный знак).',
    en: 'This link is not opened: only the official portals are allowed.',
  },
  encryption_unavailable: {
    ru: 'Хранилище ключей системы недоступно, поэтому токен нельзя зашифровать или расшифровать. Войдите в систему заново или разблокируйте связку ключей и повторите.',
    en: 'The system keychain is unavailable, so the token cannot be encrypted or decrypted. Unlock your keychain and try again.',
  },
  vault_write_failed: {
    ru: 'Не удалось записать файл хранилища (нет места или прав). Ранее сохранённые токены не изменены. Освободите место на диске и повторите.',
    en: 'Could not write the vault file (no space or no permission). Saved tokens are unchanged. Free some disk space and try again.',
  },

  // Notices about the vault file
  vault_restored_from_backup: {
    ru: 'Файл хранилища был повреждён. Данные восстановлены из резервной копии от {date}. Повреждённый файл сохранён рядом как {file}.',
    en: 'The vault file was damaged. Data was restored from the backup of {date}. The damaged file was kept as {file}.',
  },
  vault_restored_missing: {
    ru: 'Файл хранилища пропал (возможно, его удалили или переместили). Данные восстановлены из резервной копии от {date}. Проверьте, что все токены на месте.',
    en: 'The vault file was missing (perhaps deleted or moved). Data was restored from the backup of {date}. Check that all your tokens are there.',
  },
  vault_unrecoverable: {
    ru: 'Файл хранилища повреждён, и резервной копии нет. Он сохранён как {file}; приложение начало с пустого хранилища. Обратитесь к администратору, чтобы восстановить файл.',
    en: 'The vault file is damaged and there is no backup. It was kept as {file}; the app started with an empty vault.',
  },
  encryption_basic_text: {
    ru: 'В этой системе нет связки ключей (GNOME Keyring, KWallet), поэтому токены защищены слабо. Установите и разблокируйте связку ключей, чтобы шифрование стало надёжным.',
    en: 'No system keychain (GNOME Keyring, KWallet) was found, so tokens are only weakly protected. Install and unlock a keychain.',
  },

  // Field validation
  required: {
    ru: 'Заполните это поле.',
    en: 'Fill in this field.',
  },
  organisation_name: {
    ru: 'Укажите название организации (от 2 до 200 символов).',
    en: 'Enter the organisation name (2 to 200 characters).',
  },
  tax_id: {
    ru: 'ИНН не проходит проверку контрольной цифры: в номере, скорее всего, опечатка. Сверьте его с выпиской или документами организации.',
    en: 'The INN fails its check digit test: most likely a typo. Compare it with the organisation’s documents.',
  },
  system_name: {
    ru: '«Наименование информационной системы» может содержать только латинские буквы, цифры, дефис (-) и подчёркивание (_), без пробелов. Например: TPSClient или buh_1c.',
    en: 'The system name may contain only Latin letters, digits, hyphen (-) and underscore (_), no spaces. E.g. TPSClient or buh_1c.',
  },
  system_name_tpsclient: {
    ru: '«Наименование информационной системы» для таможенных программ — ровно TPSClient (латиницей, с заглавными T, P, S, C).',
    en: 'For customs software the system must be named exactly TPSClient.',
  },
  email: {
    ru: '«Электронная почта тех.специалиста» выглядит неверно. Пример: it@company.by. На неё придёт код подтверждения и предупреждения об окончании токена.',
    en: 'The e-mail address looks wrong. Example: it@company.by. The confirmation code and expiry warnings go there.',
  },
  token_format: {
    ru: 'Токен ОАИС имеет вид a085d755-1d26-3af1-a2b8-e34759278719: 36 знаков: цифры и буквы a–f в пяти группах через дефис. Скопируйте его целиком после «Показать токен».',
    en: 'An OAIS token looks like a085d755-1d26-3af1-a2b8-e34759278719. Copy it whole after «Показать токен».',
  },
  token_too_short: {
    ru: 'Токен слишком короткий — похоже, скопирован не полностью. Скопируйте его целиком.',
    en: 'The token is too short: it seems only part of it was copied.',
  },
  date_format: {
    ru: 'Введите дату и время так, как их показывает портал: ДД.ММ.ГГГГ ЧЧ:ММ, например 15.01.2026 11:00.',
    en: 'Enter the date and time as the portal shows them: DD.MM.YYYY HH:MM, e.g. 15.01.2026 11:00.',
  },
  date_invalid: {
    ru: 'Такой даты нет в календаре. Проверьте день, месяц и время.',
    en: 'This date does not exist. Check the day, month and time.',
  },
  date_in_past: {
    ru: 'Этот срок уже прошёл: токен недействителен. Нажмите на портале «Обновить токен» и введите новый срок.',
    en: 'This date has passed: the token is no longer valid. Press «Обновить токен» on the portal and enter the new date.',
  },
  date_too_far: {
    ru: 'Срок действия больше {months} мес. Проверьте год: портал выдаёт этот токен на меньший срок.',
    en: 'The validity exceeds {months} months. Check the year: the portal issues this token for less.',
  },
  date_too_far_years: {
    ru: 'Срок действия больше {years} лет. Проверьте год: на такой срок его не выдают.',
    en: 'The validity exceeds {years} years. Check the year: it is not issued for that long.',
  },
  label: {
    ru: 'Название записи — до 200 символов.',
    en: 'The label is limited to 200 characters.',
  },
  login_format: {
    ru: 'Логин копируется из раздела «Безопасность» целиком, без пробелов (до 200 символов).',
    en: 'Copy the login from «Безопасность» as it is, without spaces (up to 200 characters).',
  },
  // Честный знак (crpt): signing tools, certificates, HTTP, True API and СУЗ answers
  sign_tool_not_found: {
    ru: 'Программа {tool} не найдена. {hint}',
    en: 'The program {tool} was not found. {hint}',
  },
  sign_hint_openssl: {
    ru: 'Установите OpenSSL (в Linux — пакет openssl, для ГОСТ ещё libengine-gost-openssl) или укажите полный путь к программе.',
    en: 'Install OpenSSL (on Linux the openssl package, for GOST also libengine-gost-openssl) or give the full path to the program.',
  },
  sign_hint_cryptopro: {
    ru: 'Установите КриптоПро CSP (для cryptcp — ещё и КриптоПро CryptCP) или выберите программу КриптоПро в настройках («Папка КриптоПро» → «Выбрать…»). Где искали: {paths}.',
    en: 'Install CryptoPro CSP (for cryptcp also CryptoPro CryptCP) or choose the CryptoPro program in the settings («CryptoPro folder» → «Choose…»). Looked in: {paths}.',
  },
  sign_timeout: {
    ru: '{tool} не ответил за {seconds} с и был остановлен. Возможно, программа ждёт PIN-код или носитель ключа не подключён. Подключите носитель, проверьте PIN-код и повторите.',
    en: '{tool} did not answer within {seconds} s and was stopped. It may be waiting for a PIN, or the key carrier is not plugged in.',
  },
  sign_failed: {
    ru: '{tool} не смог подписать данные: {detail}',
    en: '{tool} could not sign the data: {detail}',
  },
  sign_empty_output: {
    ru: '{tool} завершился без ошибки, но подпись не создал. Проверьте установку программы.',
    en: '{tool} reported success but produced no signature. Check the installation.',
  },
  openssl_cert_unreadable: {
    ru: 'OpenSSL не смог прочитать сертификат «{file}». Нужен файл сертификата X.509 в формате PEM; для сертификата ГОСТ должен быть подключён GOST-движок (OPENSSL_CONF).',
    en: 'OpenSSL could not read the certificate «{file}». A PEM X.509 certificate is needed; a GOST one needs the GOST engine (OPENSSL_CONF).',
  },
  openssl_key_unreadable: {
    ru: 'OpenSSL не смог прочитать закрытый ключ «{file}». Проверьте файл и пароль к нему; для ключа ГОСТ должен быть подключён GOST-движок (OPENSSL_CONF).',
    en: 'OpenSSL could not read the private key «{file}». Check the file and its password; a GOST key needs the GOST engine (OPENSSL_CONF).',
  },
  openssl_key_mismatch: {
    ru: 'Закрытый ключ не подходит к сертификату. Укажите ключ именно от этого сертификата.',
    en: 'The private key does not belong to the certificate. Give the key of this very certificate.',
  },
  openssl_gost_missing: {
    ru: 'OpenSSL не знает алгоритмов ГОСТ: установите пакет libengine-gost-openssl и укажите в переменной OPENSSL_CONF конфигурацию, которая загружает движок gost.',
    en: 'OpenSSL does not know the GOST algorithms: install libengine-gost-openssl and point OPENSSL_CONF to a configuration that loads the gost engine.',
  },
  cryptopro_no_key_access: {
    ru: 'КриптоПро: нет доступа к контейнеру закрытого ключа (0x8009001F). Подключите носитель с ключом (токен, флешку), проверьте, что контейнер установлен для текущего пользователя Windows/Linux, и повторите.',
    en: 'CryptoPro: no access to the private key container (0x8009001F). Plug in the key carrier and make sure the container is installed for the current user.',
  },
  cryptopro_keyset_missing: {
    ru: 'КриптоПро: контейнер закрытого ключа не найден ({code}). Подключите носитель с ключом и установите сертификат с привязкой к контейнеру: КриптоПро CSP → «Сервис» → «Просмотреть сертификаты в контейнере» → «Установить».',
    en: 'CryptoPro: the private key container was not found ({code}). Plug in the key carrier and install the certificate linked to its container.',
  },
  cryptopro_chain: {
    ru: 'КриптоПро: не удалось построить цепочку сертификатов до доверенного корневого центра ({code}). Установите корневой и промежуточные сертификаты вашего удостоверяющего центра в хранилища «Доверенные корневые центры сертификации» и «Промежуточные центры сертификации».',
    en: 'CryptoPro: the certificate chain to a trusted root could not be built ({code}). Install the root and intermediate certificates of your certification authority.',
  },
  cryptopro_revocation: {
    ru: 'КриптоПро: не удалось проверить, не отозван ли сертификат ({code}): нет доступа к списку отзыва. Проверьте подключение к интернету или установите список отзыва (CRL) удостоверяющего центра.',
    en: 'CryptoPro: the revocation status could not be checked ({code}). Check the Internet connection or install the CA revocation list.',
  },
  cryptopro_cert_expired: {
    ru: 'КриптоПро: срок действия сертификата истёк или ещё не наступил ({code}). Получите новый сертификат в удостоверяющем центре (для юрлица — в ФНС).',
    en: 'CryptoPro: the certificate has expired or is not yet valid ({code}). Get a new certificate.',
  },
  cryptopro_license_expired: {
    ru: 'Истёк срок действия лицензии КриптоПро CSP или КриптоПро CryptCP. Введите серийный номер лицензии: в Windows — КриптоПро CSP → «Общие» → «Ввод лицензии», в Linux — cpconfig -license -set <номер>.',
    en: 'The CryptoPro CSP or CryptCP licence has expired. Enter a licence serial number (Windows: CryptoPro CSP → General → Enter licence; Linux: cpconfig -license -set <number>).',
  },
  cryptopro_wrong_pin: {
    ru: 'Неверный PIN-код носителя ключа ({code}). Проверьте PIN-код и повторите; после нескольких ошибок подряд носитель заблокируется.',
    en: 'Wrong PIN for the key carrier ({code}). Check it and try again; several wrong tries in a row lock the carrier.',
  },
  cryptopro_pin_blocked: {
    ru: 'PIN-код носителя ключа заблокирован после неверных попыток ({code}). Разблокируйте его PUK-кодом или обратитесь к тому, кто выдал носитель.',
    en: 'The PIN of the key carrier is locked after wrong tries ({code}). Unlock it with the PUK or ask whoever issued the carrier.',
  },
  cryptopro_pin_required: {
    ru: 'Для ключа нужен PIN-код, а программа запущена без окна для его ввода ({code}). Укажите PIN-код в настройках подписи или сохраните его в КриптоПро при первом вводе.',
    en: 'The key needs a PIN but the program runs without a window to ask for it ({code}). Give the PIN in the signing settings or let CryptoPro remember it.',
  },
  cryptopro_cert_not_found: {
    ru: 'КриптоПро: сертификат с отпечатком {thumbprint} не найден в хранилище «Личное» текущего пользователя ({code}). Выберите сертификат из списка или установите его.',
    en: 'CryptoPro: no certificate with thumbprint {thumbprint} in the current user’s Personal store ({code}).',
  },
  cryptopro_access_denied: {
    ru: 'КриптоПро: отказано в доступе к ключу ({code}). Запустите программу от имени пользователя, которому принадлежит контейнер ключа.',
    en: 'CryptoPro: access to the key was denied ({code}). Run as the user who owns the key container.',
  },
  cryptopro_failed: {
    ru: 'КриптоПро ({tool}) не смог подписать данные{code}: {detail}',
    en: 'CryptoPro ({tool}) could not sign the data{code}: {detail}',
  },
  cert_unreadable: {
    ru: 'Не удалось прочитать сертификат: файл повреждён или это не сертификат X.509 (нужен файл .cer, .crt или .pem).',
    en: 'The certificate could not be read: the file is damaged or is not an X.509 certificate (.cer, .crt or .pem).',
  },
  cert_list_failed: {
    ru: 'Не удалось получить список сертификатов КриптоПро: {detail}',
    en: 'Could not list the CryptoPro certificates: {detail}',
  },
  http_network: {
    ru: 'Нет связи с {host}: {detail}. Проверьте подключение к интернету, прокси и адрес стенда.',
    en: 'Cannot reach {host}: {detail}. Check the Internet connection, the proxy and the stand address.',
  },
  http_timeout: {
    ru: '{host} не ответил за {seconds} с — столько Токен-помощник ждёт одно действие вместе с повторными попытками. Повторите позже; если так повторяется, проверьте подключение к сети и адрес стенда.',
    en: '{host} did not answer within {seconds} s, which is how long Token Assistant waits for one action, retries included. Try again later; if it keeps happening, check the network and the stand address.',
  },
  http_server_failure: {
    ru: 'Сервер {host} ответил ошибкой HTTP {status}: сбой на его стороне. Повторите позже.{detail}',
    en: 'The server {host} answered HTTP {status}: a failure on its side. Try again later.{detail}',
  },
  http_not_json: {
    ru: 'Сервер {host} ответил не в формате JSON (HTTP {status}, {contentType}). Проверьте адрес стенда: возможно, это страница прокси или не тот адрес.',
    en: 'The server {host} did not answer JSON (HTTP {status}, {contentType}). Check the stand address.',
  },
  http_too_large: {
    ru: 'Ответ сервера {host} слишком большой (больше {limit}), он не прочитан. Проверьте адрес стенда.',
    en: 'The answer of {host} is too large (over {limit}) and was not read. Check the stand address.',
  },
  http_bad_answer: {
    ru: 'Сервер {host} ответил не так, как описано в инструкции Честного знака ({detail}). Проверьте адрес стенда.',
    en: 'The server {host} answered differently from the Честный знак instruction ({detail}). Check the stand address.',
  },
  crpt_signature_rejected: {
    ru: 'Честный знак отказал в доступе (HTTP 403, «код ошибки 2»): подпись не принята. Проверьте, что сертификат УКЭП действующий и принадлежит участнику оборота, зарегистрированному в ГИС МТ (подпись может быть и присоединённой, и откреплённой). Поле ИНН заполняют, только если вы входите как физическое лицо по машиночитаемой доверенности и у вас доверенности от нескольких организаций: это ИНН той, за которую нужен токен. В остальных случаях оставьте его пустым.',
    en: 'Честный знак denied access (HTTP 403, «код ошибки 2»): the signature was not accepted. Check that the qualified certificate is valid and belongs to a participant registered in ГИС МТ (the signature may be attached or detached). Fill in the INN only if you sign in as a person under machine-readable powers of attorney from several organisations: it is the INN of the one the token is for. Otherwise leave it empty.',
  },
  crpt_access_denied: {
    ru: 'Честный знак отказал в доступе (HTTP {status}){detail}. Проверьте, что сертификат действующий и зарегистрирован в ГИС МТ, а omsConnection принадлежит этой организации.',
    en: 'Честный знак denied access (HTTP {status}){detail}. Check that the certificate is valid and registered, and that the omsConnection belongs to this organisation.',
  },
  crpt_error: {
    ru: 'Честный знак вернул ошибку{code}: {detail}',
    en: 'Честный знак answered with an error{code}: {detail}',
  },
  crpt_no_token: {
    ru: 'Честный знак не выдал токен: в ответе нет поля token{detail}. Повторите; если ошибка повторяется, обратитесь в поддержку Честного знака.',
    en: 'Честный знак issued no token: the answer has no token field{detail}.',
  },
  crpt_not_sent_again: {
    ru: 'Запрос токена не повторялся автоматически: токен мог быть уже выдан, а новый запрос отключил бы его. Повторите вручную.',
    en: 'The token request was not repeated automatically: a token may have been issued, and another request would kill it. Try again by hand.',
  },
  suz_error: {
    ru: 'СУЗ вернул ошибку (HTTP {status}): {detail}',
    en: 'СУЗ answered with an error (HTTP {status}): {detail}',
  },
  suz_registration_denied: {
    ru: 'СУЗ не принял запрос регистрации (HTTP {status}){detail}. Проверьте код регистрации интеграционного решения (X-RegistrationKey; для демонстрационного контура — общий код 4344d884-7f21-456c-981e-cd68e92391e8), omsId и сертификат, которым подписан запрос.',
    en: 'СУЗ refused the registration (HTTP {status}){detail}. Check the registration key, the omsId and the signing certificate.',
  },
  suz_registration_rejected: {
    ru: 'СУЗ отклонил регистрацию установки: {reason}',
    en: 'СУЗ rejected the registration: {reason}',
  },
  crpt_token_replaces_previous: {
    ru: 'Новый токен сразу отключает предыдущий для этого подключения (omsConnection): везде, где использовался старый токен, запросы перестанут проходить, пока туда не вставят новый.',
    en: 'A new token at once kills the previous one for this connection (omsConnection): wherever the old token is used, requests fail until the new one is put there.',
  },
  crpt_stand_url: {
    ru: 'Адрес стенда должен начинаться с https:// (http:// — только для 127.0.0.1) и не содержать параметров, например {example}.',
    en: 'The stand address must start with https:// (http:// only for 127.0.0.1) and have no parameters, e.g. {example}.',
  },
  crpt_uuid_format: {
    ru: '{field} — идентификатор вида 11b1abc1-f1ee-11db-1a11-f11ac11111e1 (36 знаков: цифры и буквы a–f в пяти группах через дефис). {hint}',
    en: '{field} is an identifier like 11b1abc1-f1ee-11db-1a11-f11ac11111e1. {hint}',
  },
  crpt_oms_connection_hint: {
    ru: 'Его показывает СУЗ: «Устройства» → столбец «Идентификатор соединения».',
    en: 'СУЗ shows it under «Устройства», column «Идентификатор соединения».',
  },
  crpt_true_api_no_oms_connection: {
    ru: 'Идентификатор соединения (omsConnection) нужен только для токена СУЗ. Для токена True API оставьте поле пустым или выберите «Для станции управления заказами (СУЗ)».',
    en: 'The connection id (omsConnection) is only for a СУЗ token. For the True API token leave it empty, or choose «For the order management station (СУЗ)».',
  },
  crpt_inn_format: {
    ru: 'ИНН — 10 цифр (организация) или 12 цифр (ИП, физическое лицо), с верной контрольной цифрой.',
    en: 'An INN has 10 digits (organisation) or 12 digits (sole trader, person) with a valid check digit.',
  },
  crpt_address_required: {
    ru: 'Укажите адрес установки интеграционного решения, например «г. Москва, ул. Тестовая, 1».',
    en: 'Enter the address of the installation, e.g. «г. Москва, ул. Тестовая, 1».',
  },
  crpt_name_length: {
    ru: 'Наименование подключения — от 1 до 256 символов; оно не должно повторять уже зарегистрированные.',
    en: 'The connection name has 1 to 256 characters and must not repeat a registered one.',
  },
  thumbprint_format: {
    ru: 'Отпечаток сертификата — 40 знаков (цифры и буквы A–F), его показывает КриптоПро в свойствах сертификата.',
    en: 'A certificate thumbprint has 40 hex characters; CryptoPro shows it in the certificate properties.',
  },
  // СМДО (smdo): wizard fields, the token client, the CLI
  smdo_login_format: {
    ru: 'Логин СМДО копируется целиком из раздела «Безопасность» приложения СМДО: без пробелов и двоеточий, не длиннее 256 знаков.',
    en: 'Copy the СМДО login whole from the «Безопасность» section of the СМДО application: no spaces or colons, at most 256 characters.',
  },
  smdo_key_format: {
    ru: 'Ключ СМДО выглядит неполным. Скопируйте его целиком из раздела «Безопасность» приложения СМДО: от 8 до 512 знаков, без пробелов.',
    en: 'The СМДО key looks incomplete. Copy it whole from the «Безопасность» section of the СМДО application: 8 to 512 characters, no spaces.',
  },
  smdo_token_url: {
    ru: 'Адрес получения токена СМДО должен начинаться с https:// (http:// — только для 127.0.0.1) и не содержать логина, пароля и параметров, например https://‹адрес сервера СМДО›/token.',
    en: 'The СМДО token address must start with https:// (http:// only for 127.0.0.1) and contain no login, password or parameters, e.g. https://‹SMDO server address›/token.',
  },
  smdo_server_url: {
    ru: 'Адрес сервера СМДО должен начинаться с https:// (http:// — только для 127.0.0.1) и не содержать логина, пароля и параметров, например https://‹адрес сервера СМДО›. Окончание /token Токен-помощник допишет сам.',
    en: 'The СМДО server address must start with https:// (http:// only for 127.0.0.1) and contain no login, password or parameters, e.g. https://‹СМДО server address›. Token Assistant adds the /token ending itself.',
  },
  smdo_key_date_format: {
    ru: 'Введите дату последнего обновления ключа так: ДД.ММ.ГГГГ, например 15.09.2026. Если не помните — оставьте поле пустым: Токен-помощник будет считать от сегодняшнего дня.',
    en: 'Enter the date of the last key update as DD.MM.YYYY, e.g. 15.09.2026. If you do not remember it, leave the field empty: Token Assistant will count from today.',
  },
  smdo_key_date_invalid: {
    ru: 'Такой даты нет в календаре. Проверьте день и месяц последнего обновления ключа.',
    en: 'This date does not exist. Check the day and the month of the last key update.',
  },
  smdo_key_date_future: {
    ru: 'Эта дата ещё не наступила. Укажите день, когда ключ последний раз обновляли на портале, или оставьте поле пустым, если ключ получен только что.',
    en: 'This date has not come yet. Enter the day the key was last updated on the portal, or leave the field empty if the key is brand new.',
  },
  smdo_key_date_too_old: {
    ru: 'Дата больше чем {years} лет назад — похоже на опечатку. Проверьте год последнего обновления ключа.',
    en: 'The date is more than {years} years ago, which looks like a typo. Check the year of the last key update.',
  },
  smdo_same_key: {
    ru: 'Это прежний ключ. В кабинете организации на account.gov.by откройте «Разработчикам» → «Приложения» → приложение СМДО → «Подробнее» → «Безопасность», нажмите «Обновить» и вставьте ключ, который появится после этого.',
    en: 'This is the old key. In the organisation’s cabinet at account.gov.by open «Разработчикам» → «Приложения» → the СМДО application → «Подробнее» → «Безопасность», press «Обновить» (Update) and paste the key that appears after that.',
  },
  smdo_invalid_credentials: {
    ru: 'Неверный логин или ключ СМДО. Проверьте, не обновляли ли ключ на портале: после нажатия «Обновить» прежний ключ сразу перестаёт действовать. Скопируйте логин и ключ заново: account.gov.by → «Разработчикам» → «Приложения» → приложение СМДО → «Подробнее» → «Безопасность».',
    en: 'Wrong СМДО login or key. Check whether the key was updated on the portal: after «Обновить» the old key stops working at once. Copy the login and key again: account.gov.by → «Разработчикам» → «Приложения» → the СМДО application → «Подробнее» → «Безопасность».',
  },
  smdo_missing_credentials: {
    ru: 'Сервер СМДО не получил логин и ключ (код {code}). Возможно, запрос идёт через прокси, который убирает заголовок авторизации, или указан не тот адрес получения токена.',
    en: 'The СМДО server did not receive the login and key (code {code}). A proxy may be removing the authorisation header, or the token address is wrong.',
  },
  smdo_subscription: {
    ru: 'Сервер СМДО отказал в доступе (код {code}): у приложения нет нужной подписки на API или подписка приостановлена. Подписки подключает оператор СМДО — обратитесь к нему.',
    en: 'The СМДО server denied access (code {code}): the application lacks the API subscription or it is suspended. The СМДО operator manages subscriptions: contact them.',
  },
  smdo_grant_refused: {
    ru: 'Сервер СМДО не выдаёт токен этому приложению ({code}). Обратитесь к оператору СМДО: приложение может быть заблокировано или настроено иначе.',
    en: 'The СМДО server does not issue tokens to this application ({code}). Contact the СМДО operator: the application may be blocked or set up differently.',
  },
  smdo_request_refused: {
    ru: 'Сервер СМДО не принял запрос токена ({code}). Проверьте адрес получения токена: возможно, он ведёт не к серверу авторизации СМДО.',
    en: 'The СМДО server refused the token request ({code}). Check the token address: it may not lead to the СМДО authorisation server.',
  },
  smdo_forbidden: {
    ru: 'Сервер СМДО отказал в доступе (HTTP 403). Уточните у оператора СМДО, что приложение организации действует и подписано на API.',
    en: 'The СМДО server denied access (HTTP 403). Ask the СМДО operator whether the organisation’s application is active and subscribed to the API.',
  },
  smdo_not_found: {
    ru: 'По адресу получения токена сервер {host} ответил «не найдено» (HTTP 404). Проверьте адрес сервера СМДО в записи: он должен совпадать с тем, что указан во ВСЭД.',
    en: 'At the token address the server {host} answered “not found” (HTTP 404). Check the СМДО server address in the record: it must match the one in the ВСЭД.',
  },
  smdo_throttled: {
    ru: 'Сервер СМДО ограничил число запросов: их было слишком много. Повторите через {seconds} с.',
    en: 'The СМДО server is limiting requests: there were too many. Try again in {seconds} s.',
  },
  smdo_throttled_later: {
    ru: 'Сервер СМДО ограничил число запросов: их было слишком много. Повторите через минуту-другую.',
    en: 'The СМДО server is limiting requests: there were too many. Try again in a minute or two.',
  },
  smdo_server_failure: {
    ru: 'Сервер СМДО ({host}) ответил ошибкой HTTP {status}: сбой на его стороне. Повторите позже.',
    en: 'The СМДО server ({host}) answered HTTP {status}: a failure on its side. Try again later.',
  },
  smdo_timeout: {
    ru: 'Сервер СМДО ({host}) не ответил за {seconds} с. Повторите позже; если так повторяется, проверьте адрес получения токена и подключение к сети.',
    en: 'The СМДО server ({host}) did not answer within {seconds} s. Try again later; if it keeps happening, check the token address and the network.',
  },
  smdo_network: {
    ru: 'Нет связи с сервером СМДО ({host}){detail}. Проверьте подключение к интернету, прокси и адрес получения токена.',
    en: 'Cannot reach the СМДО server ({host}){detail}. Check the Internet connection, the proxy and the token address.',
  },
  smdo_not_json: {
    ru: 'Сервер {host} ответил не так, как сервер авторизации СМДО (HTTP {status}, ответ не в формате JSON). Проверьте адрес получения токена: возможно, это страница сайта или прокси.',
    en: 'The server {host} did not answer like the СМДО authorisation server (HTTP {status}, not JSON). Check the token address: it may be a web page or a proxy.',
  },
  smdo_redirect: {
    ru: 'Сервер {host} перенаправляет запрос токена на другой адрес. Укажите точный адрес сервера СМДО — тот, что указан во ВСЭД.',
    en: 'The server {host} redirects the token request elsewhere. Enter the exact СМДО server address, the one set in the ВСЭД.',
  },
  smdo_bad_answer: {
    ru: 'Сервер СМДО ({host}) ответил без токена или в неизвестном формате. Повторите позже; если ошибка повторяется, сообщите оператору СМДО.',
    en: 'The СМДО server ({host}) answered without a token or in an unknown format. Try again later; if it keeps happening, tell the СМДО operator.',
  },
  smdo_error: {
    ru: 'Сервер СМДО ({host}) вернул ошибку (HTTP {status}{code}){detail}. Повторите позже; если ошибка повторяется, сообщите оператору СМДО.',
    en: 'The СМДО server ({host}) returned an error (HTTP {status}{code}){detail}. Try again later; if it keeps happening, tell the СМДО operator.',
  },
  smdo_cli_usage: {
    ru: 'Использование: token-assistant smdo token --token-url <адрес> --login <логин> [--json] [--timeout <секунды>]. Логин можно задать и в переменной окружения TOKEN_ASSISTANT_SMDO_LOGIN или первой строкой стандартного ввода (--login-stdin). Ключ передаётся в переменной окружения TOKEN_ASSISTANT_SMDO_KEY или через стандартный ввод.',
    en: 'Usage: token-assistant smdo token --token-url <url> --login <login> [--json] [--timeout <seconds>]. The login may also come from the TOKEN_ASSISTANT_SMDO_LOGIN environment variable or the first line of standard input (--login-stdin). The key comes from the TOKEN_ASSISTANT_SMDO_KEY environment variable or from standard input.',
  },
  smdo_cli_key_missing: {
    ru: 'Ключ СМДО не задан. Передайте его в переменной окружения TOKEN_ASSISTANT_SMDO_KEY или через стандартный ввод (например, < key.txt).',
    en: 'No СМДО key given. Pass it in the TOKEN_ASSISTANT_SMDO_KEY environment variable or on standard input (e.g. < key.txt).',
  },
  smdo_cli_key_argument: {
    ru: 'Ключ не принимается в командной строке: там его видят другие пользователи компьютера и история команд. Передайте его в переменной окружения TOKEN_ASSISTANT_SMDO_KEY или через стандартный ввод.',
    en: 'The key is not accepted on the command line, where other users and the shell history can see it. Pass it in TOKEN_ASSISTANT_SMDO_KEY or on standard input.',
  },
  // ЕИС (eis): the identifier and its optional check against a getDocsIP-like service
  eis_identifier_format: {
    ru: 'Идентификатор — от 8 до 512 знаков без пробелов. Скопируйте его из ЛК Заказчика целиком.',
    en: 'The identifier has 8 to 512 characters without spaces. Copy it whole from ЛК Заказчика.',
  },
  eis_endpoint: {
    ru: 'Адрес сервиса отдачи ЕИС должен начинаться с https:// (http:// — только для 127.0.0.1) и не содержать логина, пароля и параметров.',
    en: 'The ЕИС data service address must start with https:// (http:// only for 127.0.0.1) and contain no login, password or parameters.',
  },
  eis_identifier_rejected: {
    ru: 'ЕИС не приняла идентификатор: он неверен, его срок истёк или выдача отключена. Проверьте в ЛК Заказчика («Администрирование» → «Настройка выдачи идентификатора для использования сервисов отдачи»), что галочка «Разрешить использование сервисов отдачи» стоит и срок не прошёл, и скопируйте идентификатор заново.{detail}',
    en: 'ЕИС did not accept the identifier: it is wrong, has expired, or issuing is switched off. Check in ЛК Заказчика («Администрирование» → «Настройка выдачи идентификатора для использования сервисов отдачи») that «Разрешить использование сервисов отдачи» is ticked and the date has not passed, and copy the identifier again.{detail}',
  },
  eis_check_inconclusive: {
    ru: 'Сервис ЕИС ответил ошибкой, не связанной с идентификатором{detail}. Принят ли идентификатор, по такому ответу не понять; повторите проверку позже.',
    en: 'The ЕИС service answered with an error unrelated to the identifier{detail}. Whether the identifier is accepted cannot be told from it; try again later.',
  },
  eis_network: {
    ru: 'Нет связи с сервисом ЕИС ({host}){detail}. Проверьте подключение к интернету, прокси и адрес сервиса.',
    en: 'Cannot reach the ЕИС service ({host}){detail}. Check the Internet connection, the proxy and the service address.',
  },
  eis_timeout: {
    ru: 'Сервис ЕИС ({host}) не ответил за {seconds} с. Повторите проверку позже.',
    en: 'The ЕИС service ({host}) did not answer within {seconds} s. Try again later.',
  },
  eis_server_failure: {
    ru: 'Сервис ЕИС ({host}) ответил ошибкой HTTP {status}: сбой на его стороне. Повторите проверку позже.',
    en: 'The ЕИС service ({host}) answered HTTP {status}: a failure on its side. Try again later.',
  },
  eis_bad_answer: {
    ru: 'Сервис ЕИС ({host}) ответил не в формате SOAP (HTTP {status}). Проверьте адрес сервиса: нужен адрес SOAP-сервиса отдачи, а не страницы сайта.',
    en: 'The ЕИС service ({host}) did not answer in SOAP (HTTP {status}). Check the service address: it must be the SOAP data service, not a web page.',
  },
  smdo_login_missing: {
    ru: 'Логин этой записи СМДО не сохранён. Откройте «Получить токен» → СМДО и введите логин и ключ заново.',
    en: 'The login of this СМДО record is not stored. Open «Get a token» → СМДО and enter the login and key again.',
  },
  // Честный знак automatic refresh: the notification when it fails (the reason is the provider's own message)
  crpt_auto_refresh_failed_title: {
    ru: 'Токен Честного знака не обновился автоматически',
    en: 'The Честный знак token was not refreshed automatically',
  },
  crpt_auto_refresh_failed_body: {
    ru: '{place}. {reason} Текущий токен действует до {until} (МСК). Нажмите, чтобы получить новый вручную.',
    en: '{place}. {reason} The current token is valid until {until} (Moscow time). Click to get a new one by hand.',
  },
  // Export and import of the vault
  export_password_too_short: {
    ru: 'Пароль файла выгрузки — не короче {min} знаков. Возьмите фразу из нескольких слов: её легче запомнить и труднее подобрать.',
    en: 'The export file password needs at least {min} characters. Use a phrase of several words: easier to remember, harder to guess.',
  },
  export_wrong_password: {
    ru: 'Не удалось расшифровать файл: неверный пароль, или файл повреждён либо изменён. Проверьте пароль, раскладку клавиатуры и Caps Lock. Ничего не импортировано.',
    en: 'The file could not be decrypted: wrong password, or the file is damaged or altered. Check the password, keyboard layout and Caps Lock. Nothing was imported.',
  },
  export_not_a_file: {
    ru: 'Это не файл выгрузки Токен-помощника, или он обрезан. Ничего не импортировано.',
    en: 'This is not a Token Assistant export file, or it is truncated. Nothing was imported.',
  },
  export_unsupported_version: {
    ru: 'Файл выгрузки создан более новой версией Токен-помощника. Обновите приложение и повторите импорт. Ничего не импортировано.',
    en: 'The export file was made by a newer Token Assistant. Update the app and import again. Nothing was imported.',
  },
  export_incompatible: {
    ru: 'Содержимое файла выгрузки не подходит к этой версии приложения. Ничего не импортировано.',
    en: 'The content of the export file does not fit this version of the app. Nothing was imported.',
  },
} as const satisfies Record<string, LocalText>;

export type MessageCode = keyof typeof MESSAGES;

export function message(code: MessageCode, language: Language, params: Record<string, string> = {}): string {
  const template = MESSAGES[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
