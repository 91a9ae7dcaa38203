/**
 * Fake CryptoPro console tools (cryptcp, csptest, certmgr) for the tests: small
 * POSIX shell scripts in a temporary folder. They record their arguments, sign
 * through the real openssl with the test key, or print CryptoPro's usual error
 * texts encoded in cp1251, as the Windows tools do. Test doubles at the OS edge.
 *
 * On Windows, where the app runs only certmgr.exe, cryptcp.exe and csptest.exe, the same
 * tools are one program (fake-cryptopro-program.cjs) built into a Node single-executable
 * application (see fakeProgram); TA_FAKE_CRYPTOPRO=executable uses it on any system.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chmod, copyFile, link, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FakeMode = 'ok' | 'no-key-access' | 'chain' | 'licence' | 'wrong-pin' | 'not-found' | 'hang' | 'empty';

/** Windows-1251 bytes of a text (Cyrillic, Ё/ё, ASCII). */
export function cp1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8);
    else if (code === 0x451) bytes.push(0xb8);
    else if (code === 0xab) bytes.push(0xab);
    else if (code === 0xbb) bytes.push(0xbb);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

const ERRORS: Record<Exclude<FakeMode, 'ok' | 'hang'>, string> = {
  'no-key-access':
    'CryptCP 5.0 (c) "КРИПТО-ПРО", 2002-2022.\r\nУтилита командной строки для подписи и шифрования файлов.\r\n\r\nОшибка: Неправильный параметр набора ключей.\r\n/dailybuildsbranches/CSP_5_0r2/CSPbuild/CSP/samples/CPCrypt/KeyPairPtr.cpp:128: 0x8009001F\r\n[ErrorCode: 0x8009001f]\r\n',
  chain:
    'CryptCP 5.0 (c) "КРИПТО-ПРО", 2002-2022.\r\nЦепочка сертификатов не проверена.\r\nОшибка: Не удается построить цепочку сертификатов для доверенного корневого центра.\r\n[ErrorCode: 0x800b010a]\r\n',
  licence: 'CryptCP 5.0 (c) "КРИПТО-ПРО", 2002-2022.\r\nОшибка: Срок действия лицензии истек.\r\n[ErrorCode: 0x8007065b]\r\n',
  'wrong-pin': 'CryptCP 5.0 (c) "КРИПТО-ПРО", 2002-2022.\r\nОшибка: Введен неправильный PIN.\r\n[ErrorCode: 0x8010006b]\r\n',
  'not-found': 'CryptCP 5.0 (c) "КРИПТО-ПРО", 2002-2022.\r\nНе удалось найти сертификаты, удовлетворяющие условиям поиска.\r\n[ErrorCode: 0x2000012d]\r\n',
  empty:
    'Certmgr 1.1 (c) "КРИПТО-ПРО", 2007-2022.\r\n=============================================================================\r\nEmpty certificate list\r\n=============================================================================\r\n[ErrorCode: 0x8010002c]\r\n',
};

const CRYPTCP = `#!/bin/sh
# fake cryptcp: -sign -thumbprint T -nochain -der [-detached] [-pin P] IN OUT
printf '%s\\n' "$@" > "$FAKE_CP_DIR/cryptcp.args"
mode="\${FAKE_CP_MODE:-ok}"
[ "$mode" = hang ] && exec sleep 30
if [ "$mode" != ok ]; then cat "$FAKE_CP_DIR/$mode.txt"; exit 1; fi
detached=0; thumb=""
while [ $# -gt 2 ]; do
  case "$1" in
    -detached) detached=1 ;;
    -thumbprint) shift; thumb="$1" ;;
    -pin) shift ;;
  esac
  shift
done
if [ "$thumb" != "$FAKE_CP_THUMB" ]; then cat "$FAKE_CP_DIR/not-found.txt"; exit 1; fi
if [ $detached = 1 ]; then attach=""; else attach="-nodetach"; fi
openssl cms -sign -binary -in "$1" -signer "$FAKE_CP_CERT" -inkey "$FAKE_CP_KEY" -outform DER -out "$2" -nosmimecap $attach || exit 1
printf 'CryptCP 5.0 (c) "CRYPTO-PRO", 2002-2022.\\nSignature done.\\n[ErrorCode: 0x00000000]\\n'
`;

const CSPTEST = `#!/bin/sh
# fake csptest: -sfsign -sign -in IN -out OUT -my T -base64 -add [-detached] [-password P]
printf '%s\\n' "$@" > "$FAKE_CP_DIR/csptest.args"
mode="\${FAKE_CP_MODE:-ok}"
[ "$mode" = hang ] && exec sleep 30
if [ "$mode" != ok ]; then cat "$FAKE_CP_DIR/$mode.txt"; exit 1; fi
detached=0; thumb=""; in=""; out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -detached) detached=1 ;;
    -my) shift; thumb="$1" ;;
    -in) shift; in="$1" ;;
    -out) shift; out="$1" ;;
    -password) shift ;;
  esac
  shift
done
if [ "$thumb" != "$FAKE_CP_THUMB" ]; then cat "$FAKE_CP_DIR/not-found.txt"; exit 1; fi
if [ $detached = 1 ]; then attach=""; else attach="-nodetach"; fi
openssl cms -sign -binary -in "$in" -signer "$FAKE_CP_CERT" -inkey "$FAKE_CP_KEY" -outform DER -nosmimecap $attach | openssl base64 > "$out" || exit 1
printf 'CSP (Type:80) v5.0.12000 KC1 Release Ver:5.0.12000 OS:Linux CPU:AMD64\\nTotal: SYS: 0,010 sec USER: 0,020 sec UTC: 0,040 sec\\n[ErrorCode: 0x00000000]\\n'
`;

const CERTMGR = `#!/bin/sh
# fake certmgr: -list -store uMy
printf '%s\\n' "$@" > "$FAKE_CP_DIR/certmgr.args"
mode="\${FAKE_CP_MODE:-ok}"
if [ "$mode" = empty ]; then cat "$FAKE_CP_DIR/empty.txt"; exit 1; fi
cat "$FAKE_CP_DIR/certmgr-list.txt"
`;

const TOOLS = ['cryptcp', 'csptest', 'certmgr'] as const;
type FakeTool = (typeof TOOLS)[number];

/** Shell scripts, or the program built as an executable: always on Windows (see the top), elsewhere when asked for. */
export type FakeStandIn = 'script' | 'executable';
const DEFAULT_STAND_IN: FakeStandIn = process.env.TA_FAKE_CRYPTOPRO === 'executable' || process.platform === 'win32' ? 'executable' : 'script';
const EXE = process.platform === 'win32' ? '.exe' : '';
/** Read by the program: the scripts' variables, baked (see createBakedFakeCryptoPro). */
const PROGRAM_SETTINGS = 'fake-cryptopro.json';
const PROGRAM_SOURCE = fileURLToPath(new URL('./fake-cryptopro-program.cjs', import.meta.url));
const PROGRAM_CACHE = fileURLToPath(new URL('../../../node_modules/.cache/fake-cryptopro', import.meta.url));
/** The fuse every Node release carries for its single-executable blob (Node's docs, «Single executable applications»). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

let program: Promise<string> | undefined;

/**
 * The program built once per Node version and source (a few seconds: a copy of this node with the script
 * injected by postject), kept under node_modules/.cache; parallel workers each build in their own folder
 * and the first rename wins.
 */
function fakeProgram(): Promise<string> {
  program ??= (async () => {
    const source = await readFile(PROGRAM_SOURCE);
    const key = createHash('sha256').update(source).update(process.version).update(process.platform).update(process.arch).digest('hex').slice(0, 16);
    const built = join(PROGRAM_CACHE, key, `fake-cryptopro${EXE}`);
    if (existsSync(built)) return built;
    await mkdir(PROGRAM_CACHE, { recursive: true });
    const work = await mkdtemp(join(PROGRAM_CACHE, 'build-'));
    try {
      const config = join(work, 'sea-config.json');
      await writeFile(config, JSON.stringify({ main: PROGRAM_SOURCE, output: join(work, 'blob'), disableExperimentalSEAWarning: true }));
      const prepared = spawnSync(process.execPath, ['--experimental-sea-config', config], { encoding: 'utf8' });
      if (prepared.status !== 0) throw new Error(`node --experimental-sea-config failed: ${prepared.stderr}`);
      const target = join(work, `fake-cryptopro${EXE}`);
      await copyFile(process.execPath, target);
      // postject ships no types: its one function, as its README gives it.
      const { inject } = createRequire(import.meta.url)('postject') as { inject: (file: string, name: string, data: Buffer, options: { sentinelFuse: string }) => Promise<void> };
      await inject(target, 'NODE_SEA_BLOB', await readFile(join(work, 'blob')), { sentinelFuse: SEA_FUSE });
      await chmod(target, 0o755);
      await rename(work, join(PROGRAM_CACHE, key)).catch(() => undefined);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    return built;
  })();
  return program;
}

/** Where a fake tool lies in its folder: `certmgr`, or `certmgr.exe` on Windows. */
export function fakeToolPath(fake: FakeCryptoPro, tool: FakeTool): string {
  return join(fake.dir, `${tool}${fake.standIn === 'executable' ? EXE : ''}`);
}

async function writeTools(dir: string, standIn: FakeStandIn): Promise<void> {
  if (standIn === 'script') {
    for (const [name, text] of [
      ['cryptcp', CRYPTCP],
      ['csptest', CSPTEST],
      ['certmgr', CERTMGR],
    ] as const) {
      await writeFile(join(dir, name), text);
      await chmod(join(dir, name), 0o755);
    }
    return;
  }
  const built = await fakeProgram();
  for (const name of TOOLS) await link(built, join(dir, `${name}${EXE}`)).catch(() => copyFile(built, join(dir, `${name}${EXE}`)));
  await writeFile(join(dir, PROGRAM_SETTINGS), '{}');
}

export interface FakeCryptoPro {
  dir: string;
  standIn: FakeStandIn;
  env(mode?: FakeMode): NodeJS.ProcessEnv;
  args(tool: 'cryptcp' | 'csptest' | 'certmgr'): Promise<string[]>;
  cleanup(): Promise<void>;
}

export async function createFakeCryptoPro(
  options: { cert: string; key: string; thumbprint: string; opensslEnv: NodeJS.ProcessEnv; certmgrList: Buffer },
  standIn: FakeStandIn = DEFAULT_STAND_IN,
): Promise<FakeCryptoPro> {
  const dir = await mkdtemp(join(tmpdir(), 'ta-fake-cprocsp-'));
  await writeTools(dir, standIn);
  for (const [mode, text] of Object.entries(ERRORS)) await writeFile(join(dir, `${mode}.txt`), cp1251(text));
  await writeFile(join(dir, 'certmgr-list.txt'), options.certmgrList);
  return {
    dir,
    standIn,
    env: (mode = 'ok') => ({
      ...options.opensslEnv,
      FAKE_CP_DIR: dir,
      FAKE_CP_MODE: mode,
      FAKE_CP_CERT: options.cert,
      FAKE_CP_KEY: options.key,
      FAKE_CP_THUMB: options.thumbprint,
    }),
    args: async (tool) => (await readFile(join(dir, `${tool}.args`), 'utf8')).split('\n').filter(Boolean),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * The fake tools with their environment written into the scripts, so that a program that runs them
 * with its own environment (the app's core, the e2e harness) gets the same behaviour as env() gives.
 */
export async function createBakedFakeCryptoPro(options: Parameters<typeof createFakeCryptoPro>[0], mode: FakeMode = 'ok'): Promise<FakeCryptoPro> {
  const fake = await createFakeCryptoPro(options);
  const env = fake.env(mode);
  const baked = Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && (entry[0].startsWith('FAKE_CP_') || entry[0] === 'OPENSSL_CONF'));
  if (fake.standIn === 'executable') {
    await writeFile(join(fake.dir, PROGRAM_SETTINGS), JSON.stringify(Object.fromEntries(baked)));
    return fake;
  }
  const exports = baked.map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}'`).join('\n');
  for (const name of TOOLS) {
    const path = join(fake.dir, name);
    const script = await readFile(path, 'utf8');
    await writeFile(path, script.replace('#!/bin/sh\n', `#!/bin/sh\n${exports}\n`));
  }
  return fake;
}

/** Removes one of the fake tools (a CryptoPro install without certmgr, or without cryptcp). */
export async function removeFakeTool(fake: FakeCryptoPro, tool: FakeTool): Promise<void> {
  await rm(fakeToolPath(fake, tool), { force: true });
}

/** What a person's details look like in a listing block (CryptoAPI's DN spelling, Russian labels as Windows prints them). */
export interface ListedIdentity {
  innLe: string;
  inn: string;
  ogrn: string;
  organisation: string;
  commonName: string;
}

const quoteDn = (value: string) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const certmgrDate = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}  ${date.toISOString().slice(11, 19)} UTC`;

/**
 * One `certmgr -list` block in the captured format (test/unit/crpt/fixtures/certmgr-list-umy.txt),
 * for a certificate made by the test PKI, so the fake store lists a certificate the fake cryptcp can sign with.
 */
export function certmgrBlock(number: number, identity: ListedIdentity, certificate: { fingerprint: string; serialNumber: string; validFrom: string; validTo: string }): string {
  return [
    `${number}-------`,
    'Issuer              : INN=007700000000, OGRN=1027700000009, C=RU, O=Тестовый УЦ, CN=Тестовый УЦ Токен-помощника',
    `Subject             : ИНН ЮЛ=${identity.innLe}, ИНН=${identity.inn}, ОГРН=${identity.ogrn}, C=RU, S=77 г. Москва, L=г. Москва, O=${quoteDn(identity.organisation)}, T=Генеральный директор, CN=${quoteDn(identity.commonName)}, SN=Иванов, G=Иван Иванович`,
    `Serial              : 0x${certificate.serialNumber}`,
    `SHA1 Thumbprint     : ${certificate.fingerprint.replace(/:/g, '').toLowerCase()}`,
    'Signature Algorithm : ГОСТ Р 34.11-2012/34.10-2012 256 бит',
    `Not valid before    : ${certmgrDate(new Date(certificate.validFrom))}`,
    `Not valid after     : ${certmgrDate(new Date(certificate.validTo))}`,
    'PrivateKey Link     : Yes',
    'Container           : HDIMAGE\\\\test.000\\1A2B',
    '=============================================================================',
  ].join('\n');
}

/** The captured listing with `blocks` appended before its closing line, numbered on. */
export function listingWith(captured: string, blocks: (number: number) => string[]): string {
  const count = (captured.match(/^\d+-{3,}\s*$/gm) ?? []).length;
  const end = captured.lastIndexOf('[ErrorCode:');
  return `${captured.slice(0, end)}${blocks(count + 1).join('\n')}\n\n${captured.slice(end)}`;
}
