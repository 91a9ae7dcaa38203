// The fake CryptoPro tools of fake-cryptopro.ts as one program, built into a Node single-executable
// application and copied under each tool's name (certmgr.exe, cryptcp.exe, csptest.exe): on Windows the app
// runs only programs of those names, so the POSIX shell scripts cannot stand in there. It does what those
// scripts do: records its arguments, prints CryptoPro's captured texts (cp1251), signs through the real openssl.
// Its settings are the scripts' variables, read from fake-cryptopro.json beside it (baked) or the environment.
/* eslint-disable @typescript-eslint/no-require-imports -- a single-executable application's main script is CommonJS: it loads Node's built-in modules by require */
'use strict';
const { spawnSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');

const here = dirname(process.execPath);
const tool = basename(process.execPath)
  .toLowerCase()
  .replace(/\.exe$/, '')
  .replace(/\.(x64|win32)$/, '');
const baked = JSON.parse(readFileSync(join(here, 'fake-cryptopro.json'), 'utf8'));
// As in the baked scripts, where the settings are exported at the top: baked values win over the environment.
const setting = (name) => baked[name] ?? process.env[name];
const home = setting('FAKE_CP_DIR') ?? here;
const mode = setting('FAKE_CP_MODE') || 'ok';
const args = process.argv.slice(2);

function print(file) {
  process.stdout.write(readFileSync(join(home, file)));
}

function valueAfter(flag) {
  const index = args.indexOf(flag);
  return index === -1 ? undefined : args[index + 1];
}

/** The CMS signature of `input`, DER, by the real openssl with the test key. */
function sign(input, detached) {
  const env = { ...process.env };
  if (setting('OPENSSL_CONF')) env.OPENSSL_CONF = setting('OPENSSL_CONF');
  const signed = spawnSync(
    'openssl',
    [
      'cms',
      '-sign',
      '-binary',
      '-in',
      input,
      '-signer',
      setting('FAKE_CP_CERT'),
      '-inkey',
      setting('FAKE_CP_KEY'),
      '-outform',
      'DER',
      '-nosmimecap',
      ...(detached ? [] : ['-nodetach']),
    ],
    { env, maxBuffer: 16 * 1024 * 1024 },
  );
  if (signed.status !== 0) {
    process.stderr.write(signed.stderr ?? '');
    process.exit(1);
  }
  return signed.stdout;
}

function main() {
  writeFileSync(join(home, `${tool}.args`), args.map((arg) => `${arg}\n`).join(''));
  if (tool === 'certmgr') {
    if (mode === 'empty') {
      print('empty.txt');
      process.exit(1);
    }
    print('certmgr-list.txt');
    return;
  }
  if (mode === 'hang') {
    setTimeout(() => undefined, 30_000);
    return;
  }
  if (mode !== 'ok') {
    print(`${mode}.txt`);
    process.exit(1);
  }
  const detached = args.includes('-detached');
  const thumbprint = tool === 'cryptcp' ? valueAfter('-thumbprint') : valueAfter('-my');
  if (thumbprint !== setting('FAKE_CP_THUMB')) {
    print('not-found.txt');
    process.exit(1);
  }
  if (tool === 'cryptcp') {
    // -sign -thumbprint T -nochain -der [-detached] [-pin P] IN OUT
    writeFileSync(args[args.length - 1], sign(args[args.length - 2], detached));
    process.stdout.write('CryptCP 5.0 (c) "CRYPTO-PRO", 2002-2022.\nSignature done.\n[ErrorCode: 0x00000000]\n');
    return;
  }
  // csptest -sfsign -sign -in IN -out OUT -my T -base64 -add [-detached] [-password P]; base64 as `openssl base64` writes it.
  const lines =
    sign(valueAfter('-in'), detached)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  writeFileSync(valueAfter('-out'), `${lines.join('\n')}\n`);
  process.stdout.write('CSP (Type:80) v5.0.12000 KC1 Release Ver:5.0.12000 OS:Windows CPU:AMD64\nTotal: SYS: 0,010 sec USER: 0,020 sec UTC: 0,040 sec\n[ErrorCode: 0x00000000]\n');
}

main();
