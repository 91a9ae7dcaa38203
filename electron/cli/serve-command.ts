import { parseArgs } from 'node:util';
import { readRegularFile } from '../core/files/read-regular-file';
import { nodeHttpTransport } from '../core/http/node-http-transport';
import { createOpensslSigner } from '../core/signing/openssl-signer';
import type { Signer } from '../core/signing/signer';
import { accessLine } from '../core/token-service/audit';
import { ConnectionLockedError, lockConnections, lockDirectory, type HeldLocks } from '../core/token-service/connection-lock';
import { createCrptSignIn } from '../core/token-service/crpt-sign-in';
import { KeyRing } from '../core/token-service/program-keys';
import { TokenBroker } from '../core/token-service/token-broker';
import { writeTokenFile } from '../core/token-service/token-file';
import { startTokenServer, type RunningTokenServer } from '../core/token-service/token-server';
import { brokerSource, type TokenSource } from '../core/token-service/token-sources';
import { SERVE_HELP } from './help';
import { EXIT, printFailure, UsageError, type Output } from './output';
import { describeConfigErrors, resolveConfigPaths, serveConfigSchema, type ServeConfig, type ServeConnection } from './serve-config';

/**
 * `token-assistant serve --config FILE`: the local token service, headless. stdout gets
 * exactly one JSON line when the service listens; stderr gets access lines and
 * messages for people, never a token or a key. Stops cleanly on SIGTERM or SIGINT.
 */

export interface ServeIo {
  env: NodeJS.ProcessEnv;
  /** Resolves when the process is asked to stop (SIGTERM, SIGINT). */
  stopRequested: () => Promise<void>;
}

const MAX_CONFIG_BYTES = 1024 * 1024;

function processStop(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
}

async function readConfig(file: string): Promise<ServeConfig> {
  let text: string;
  try {
    text = (await readRegularFile(file, MAX_CONFIG_BYTES)).toString('utf8');
  } catch {
    throw new UsageError(`Не удалось прочитать конфигурацию «${file}»: нужен обычный файл не больше 1 МБ, доступный для чтения.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`Конфигурация «${file}» — не JSON: ${error instanceof SyntaxError ? error.message : 'ошибка разбора'}.`);
  }
  const parsed = serveConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(
      `Конфигурация «${file}» с ошибками:\n${describeConfigErrors(parsed.error)
        .map((line) => `  ${line}`)
        .join('\n')}`,
    );
  }
  return resolveConfigPaths(parsed.data, file);
}

async function signerOf(connection: ServeConnection, env: NodeJS.ProcessEnv): Promise<Signer> {
  const signer = connection.signer;
  if (signer.type === 'openssl') {
    let keyPassword: string | undefined;
    if (signer.keyPasswordEnv !== undefined) {
      keyPassword = env[signer.keyPasswordEnv];
      if (keyPassword === undefined) throw new UsageError(`connections «${connection.id}»: переменная окружения ${signer.keyPasswordEnv} (keyPasswordEnv) не задана.`);
    }
    return createOpensslSigner({ certPath: signer.cert, keyPath: signer.key, env, ...(keyPassword !== undefined ? { keyPassword } : {}) });
  }
  const { createCryptoProSigner } = await import('../core/signing/cryptopro-signer');
  return createCryptoProSigner({ tool: signer.type, thumbprint: signer.thumbprint, env, ...(signer.cryptoproPath ? { chosenFolder: signer.cryptoproPath } : {}) });
}

async function sourcesOf(config: ServeConfig, io: ServeIo, out: Output): Promise<Map<string, TokenSource>> {
  const signIn = createCrptSignIn({ transport: nodeHttpTransport() });
  const sources = new Map<string, TokenSource>();
  for (const connection of config.connections) {
    const signer = await signerOf(connection, io.env);
    const writeTo = connection.writeTo;
    const broker = new TokenBroker({
      id: connection.id,
      signIn: (signal) =>
        signIn(
          {
            purpose: connection.kind,
            trueApiBase: connection.stand,
            signer,
            ...(connection.kind === 'suz' ? { omsConnection: connection.omsConnection } : {}),
            ...(connection.inn ? { inn: connection.inn } : {}),
          },
          signal,
        ),
      ...(writeTo
        ? {
            onToken: (token) => writeTokenFile(writeTo, token.token),
            onTokenError: () => out.stderr(`Ошибка: не удалось записать токен «${connection.id}» в файл writeTo; программы, читающие файл, получат прежний.\n`),
          }
        : {}),
    });
    sources.set(connection.id, brokerSource(connection.id, connection.kind, null, broker));
  }
  return sources;
}

export async function runServe(args: readonly string[], out: Output, io: ServeIo = { env: process.env, stopRequested: processStop }): Promise<number> {
  let locks: HeldLocks | undefined;
  let server: RunningTokenServer | undefined;
  try {
    const { values } = parseArgs({ args: [...args], options: { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
    if (values.help) {
      out.stdout(SERVE_HELP);
      return EXIT.ok;
    }
    if (!values.config) throw new UsageError('Укажите --config <файл>. Справка: token-assistant serve --help');
    const config = await readConfig(values.config);
    const sources = await sourcesOf(config, io, out);
    const stop = io.stopRequested();
    let lost: string | null = null;
    let onLost: () => void = () => undefined;
    const lostPromise = new Promise<void>((resolve) => {
      onLost = resolve;
    });
    locks = await lockConnections(
      config.connections.flatMap((connection) => (connection.kind === 'suz' ? [connection.omsConnection] : [])),
      {
        directory: lockDirectory(io.env),
        onLost: (connection) => {
          lost = connection;
          onLost();
        },
      },
    );
    const keys = new KeyRing(config.clients.map((client) => ({ name: client.name, keySha256: client.keySha256, connections: client.connections ?? null })));
    server = await startTokenServer({
      host: config.listen.host,
      port: config.listen.port,
      keys,
      sources: { get: (id) => sources.get(id), list: () => [...sources.values()] },
      audit: { record: (entry) => out.stderr(`${accessLine(entry)}\n`) },
      ...(config.listen.tls ? { tls: await tlsFiles(config.listen.tls) } : {}),
    });
    out.stdout(`${JSON.stringify({ listening: server.url })}\n`);
    await Promise.race([stop, lostPromise]);
    if (lost !== null) {
      out.stderr(`Ошибка: блокировка omsConnection ${String(lost)} потеряна (папка блокировок недоступна или её занял другой процесс); служба остановлена.\n`);
      return EXIT.other;
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) return printFailure(out, 'invalid_payload', error.message, EXIT.usage);
    if (error instanceof ConnectionLockedError) return printFailure(out, 'connection_locked', error.message, EXIT.other);
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      return printFailure(out, 'invalid_payload', 'Неверные параметры: token-assistant serve --config <файл>.', EXIT.usage);
    }
    if (code === 'EADDRINUSE') return printFailure(out, 'address_in_use', 'Порт из listen.port уже занят другой программой: выберите другой (0 — любой свободный).', EXIT.other);
    if (code === 'EADDRNOTAVAIL') return printFailure(out, 'address_unavailable', 'Адрес из listen.host не принадлежит этому компьютеру.', EXIT.other);
    return printFailure(out, 'internal', 'Служба не запустилась из-за непредвиденной ошибки. Проверьте конфигурацию и права на папку блокировок.', EXIT.other);
  } finally {
    await server?.close();
    await locks?.release();
  }
}

async function tlsFiles(tls: { cert: string; key: string }): Promise<{ cert: Buffer; key: Buffer }> {
  try {
    const [cert, key] = await Promise.all([readRegularFile(tls.cert, MAX_CONFIG_BYTES), readRegularFile(tls.key, MAX_CONFIG_BYTES)]);
    return { cert, key };
  } catch {
    throw new UsageError('listen.tls: не удалось прочитать файлы cert и key (нужны обычные файлы PEM, доступные для чтения).');
  }
}
