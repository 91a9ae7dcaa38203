/** Help texts of the CLI; kept apart so `--help` loads nothing else. */

export const VERSION = '0.1.0';

export const MAIN_HELP = `Токен-помощник — командная строка для интеграторов и заданий по расписанию.

Использование:
  token-assistant crpt token     …   получить clientToken СУЗ или токен True API Честного знака
  token-assistant crpt register  …   зарегистрировать установку (получить omsConnection)
  token-assistant smdo token     …   получить Bearer-токен СМДО (ключ — из TOKEN_ASSISTANT_SMDO_KEY или stdin)
  token-assistant serve --config <файл>   служба выдачи токенов программам (GET /v1/tokens/{id})
  token-assistant key new            новый ключ программы для службы и его SHA-256

Аргументы команды видят другие пользователи компьютера (список процессов) и сохраняет
история оболочки: ключи, пароли и PIN-коды в них не передаются.
  token-assistant --help | --version

Подробно: token-assistant crpt --help, token-assistant smdo --help, token-assistant serve --help
`;

export const CRPT_HELP = `Честный знак: clientToken СУЗ, токен True API и регистрация подключения СУЗ.

  token-assistant crpt token --stand <trueApiBase> [--purpose suz|trueapi] [--oms-connection <uuid>] [--inn <ИНН>]
        --signer openssl --cert <cert.pem> --key <key.pem> [--key-password-env <ПЕРЕМЕННАЯ>]
        | --signer cryptcp|csptest --thumbprint <sha1> [--cryptopro-path <папка>]
        [--timeout <секунды>] [--json]

  token-assistant crpt register --suz <suzBase> --oms-id <uuid>
        [--registration-key <ключ> | --registration-key-stdin]
        --address <адрес> [--name <наименование>]  (подпись — как выше)  [--json]

Параметры:
  --stand            база True API, оканчивается на /api/v3/true-api
                     (демо: https://markirovka.sandbox.crptech.ru/api/v3/true-api,
                      пром: https://markirovka.crpt.ru/api/v3/true-api); можно sandbox или production
  --purpose          suz (по умолчанию) — clientToken для станции управления заказами (СУЗ);
                     trueapi — токен самого True API (документы, остатки, сведения о кодах)
  --oms-connection   только для --purpose suz (там обязателен): идентификатор соединения,
                     СУЗ → «Устройства» → «Идентификатор соединения»
  --inn              только при входе по машиночитаемой доверенности: ИНН организации (10 или 12 цифр)
  --suz              адрес СУЗ (демо: https://suz-integrator.sandbox.crpt.tech,
                      пром: https://suzgrid.crpt.ru:16443); можно sandbox или production
  --registration-key код регистрации интеграционного решения; для демо-стенда —
                     общий 4344d884-7f21-456c-981e-cd68e92391e8 (подставляется для --suz sandbox).
                     Аргументы команды видны другим пользователям (список процессов) и остаются
                     в истории оболочки: лучше задайте код в переменной окружения
                     TOKEN_ASSISTANT_REGISTRATION_KEY или подайте его на стандартный ввод
  --registration-key-stdin  код регистрации — первая строка стандартного ввода (например, < key.txt)
  --signer           openssl (файлы сертификата и ключа; ГОСТ — через движок из OPENSSL_CONF),
                     cryptcp или csptest (КриптоПро CSP, сертификат по отпечатку)
  --cryptopro-path   папка КриптоПро CSP, если программы не в стандартной
                     (/opt/cprocsp/bin/amd64, %ProgramFiles%\\Crypto Pro\\CSP); сетевые пути не принимаются
  --key-password-env имя переменной окружения с паролем ключа (сам пароль в командной строке не нужен)
  PIN-код КриптоПро  не передаётся: КриптоПро принимает его только в своей командной строке, где
                     его видят все пользователи компьютера. КриптоПро спросит PIN в своём окне
                     или возьмёт запомненный (отметьте «Запомнить пароль» при первом вводе)
  --json             одна строка JSON на stdout: {"token","obtainedAt","expiresAt"} или
                     {"status","omsConnection","name"}; при ошибке {"error":{"code","message"}}

Новый токен сразу отключает предыдущий для этого omsConnection везде, где тот использовался.
Коды выхода: 0 — успех, 2 — неверные параметры, 3 — ошибка подписи, 4 — нет связи или тайм-аут,
5 — отказ сервера (403, REJECTED и т. п.), 6 — сбой или непонятный ответ сервера, 1 — прочее.
`;

export const SERVE_HELP = `Служба выдачи токенов программам (1С, ПО маркировки, скрипты интегратора).

  token-assistant serve --config <файл.json>
  token-assistant key new [--json]     новый ключ программы и его SHA-256

Конфигурация (JSON; пути — относительно файла конфигурации):
  {
    "listen": { "host": "127.0.0.1", "port": 8765 },
    "clients": [ { "name": "erp", "keySha256": "<sha256 ключа>", "connections": ["suz-1"] } ],
    "connections": [
      { "id": "suz-1", "kind": "suz", "stand": "sandbox | production | <адрес True API>",
        "omsConnection": "<uuid>", "inn": "<необязательно>",
        "signer": { "type": "openssl", "cert": "<путь>", "key": "<путь>" },
        "writeTo": "<необязательно: файл, куда записывать токен>" }
    ]
  }
  listen.port 0 — любой свободный порт; адрес не loopback — только с "listen.tls": {"cert","key"} (https).
  clients[].connections не задан — программе доступны все подключения.
  signer: {"type":"openssl","cert","key","keyPasswordEnv"?} или {"type":"cryptcp"|"csptest","thumbprint","cryptoproPath"?}.

Когда служба готова, на stdout выводится одна строка {"listening":"http://127.0.0.1:<порт>"};
журнал обращений (время, программа, id, статус) — на stderr, без токенов и ключей.
Запросы: GET /v1/health; GET /v1/tokens и GET /v1/tokens/{id} с заголовком Authorization: Bearer <ключ>.
Один omsConnection обслуживает один процесс на компьютере: второй serve (или Токен-помощник)
с тем же omsConnection получит отказ. Папка блокировок — TOKEN_ASSISTANT_LOCK_DIR.
SIGTERM или Ctrl+C останавливают службу.
`;
