import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { findStand, normaliseBaseUrl } from '../core/providers/crpt/stands';
import { isKeySha256 } from '../core/token-service/program-keys';
import { isLoopbackHost, TOKEN_ID_SHAPE } from '../core/token-service/token-server';

/**
 * The config of `token-assistant serve`, checked field by field. The file is the
 * operator's own choice, so its stands count as confirmed hosts: any True API base
 * (https, or http on the loopback). Every message names the field, says what is wrong
 * and what is expected.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (what: string) =>
  z
    .string({ error: `${what}: нужна строка` })
    .trim()
    .min(1, `${what}: не может быть пустым`);
const path = (what: string) => text(what).max(4096, `${what}: слишком длинный путь`);
const id = z.string({ error: 'нужна строка' }).regex(TOKEN_ID_SHAPE, 'от 1 до 64 символов: латинские буквы, цифры, точка, дефис, подчёркивание');

const standSchema = z.string({ error: 'нужна строка: sandbox, production или адрес True API' }).transform((value, context) => {
  if (value === 'sandbox' || value === 'production') return findStand(value)?.trueApiBase ?? '';
  const base = normaliseBaseUrl(value);
  if (base === null) {
    context.addIssue({ code: 'custom', message: 'sandbox, production или адрес True API (https://…/api/v3/true-api; http — только 127.0.0.1, localhost, [::1])' });
    return z.NEVER;
  }
  return base;
});

const signerSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('openssl'),
      cert: path('cert'),
      key: path('key'),
      /** The name of the environment variable holding the key's password; never the password itself. */
      keyPasswordEnv: text('keyPasswordEnv').optional(),
    }),
    z.strictObject({
      type: z.enum(['cryptcp', 'csptest']),
      thumbprint: z.string({ error: 'нужна строка' }).regex(/^\s*(?:[0-9A-Fa-f]\s*){40}$/, '40 шестнадцатеричных цифр (SHA-1 отпечаток сертификата)'),
      cryptoproPath: path('cryptoproPath').optional(),
    }),
  ],
  { error: 'openssl, cryptcp или csptest' },
);

const inn = z.string({ error: 'нужна строка' }).regex(/^(\d{10}|\d{12})$/, '10 или 12 цифр (ИНН участника по машиночитаемой доверенности)');

const connectionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      id,
      kind: z.literal('suz'),
      stand: standSchema,
      omsConnection: z
        .string({ error: 'обязательно для kind "suz": идентификатор соединения из СУЗ → «Устройства»' })
        .regex(UUID, 'UUID вида 123e4567-e89b-12d3-a456-426614174000 (СУЗ → «Устройства»)'),
      inn: inn.optional(),
      signer: signerSchema,
      writeTo: path('writeTo').optional(),
    }),
    z.strictObject({
      id,
      kind: z.literal('trueapi'),
      stand: standSchema,
      inn: inn.optional(),
      signer: signerSchema,
      writeTo: path('writeTo').optional(),
    }),
  ],
  { error: '"suz" (токен СУЗ для omsConnection) или "trueapi" (токен True API)' },
);

const clientSchema = z.strictObject({
  name: z
    .string({ error: 'нужна строка' })
    .trim()
    .min(1, 'не может быть пустым')
    .max(100, 'не длиннее 100 символов')
    .regex(/^[^\p{Cc}]+$/u, 'без управляющих символов'),
  keySha256: z
    .string({ error: 'нужна строка' })
    .transform((value) => value.trim().toLowerCase())
    .refine(isKeySha256, '64 шестнадцатеричные цифры — SHA-256 ключа (token-assistant key new)'),
  connections: z.array(id, { error: 'список id подключений' }).optional(),
});

const listenSchema = z.strictObject({
  host: z.string({ error: 'нужна строка' }).trim().min(1, 'не может быть пустым').default('127.0.0.1'),
  port: z.number({ error: 'нужно число от 0 до 65535' }).int('нужно целое число').min(0, 'от 0 до 65535').max(65535, 'от 0 до 65535'),
  tls: z.strictObject({ cert: path('cert'), key: path('key') }).optional(),
});

export const serveConfigSchema = z
  .strictObject({
    listen: listenSchema,
    clients: z.array(clientSchema, { error: 'нужен список программ' }).min(1, 'нужна хотя бы одна программа с ключом'),
    connections: z.array(connectionSchema, { error: 'нужен список подключений' }).min(1, 'нужно хотя бы одно подключение'),
  })
  .superRefine((config, context) => {
    const issue = (where: (string | number)[], message: string): void => context.addIssue({ code: 'custom', path: where, message });
    if (!config.listen.tls && !isLoopbackHost(config.listen.host)) {
      issue(['listen', 'host'], `«${config.listen.host}» — не loopback: без listen.tls {cert, key} служба слушает только 127.0.0.1, localhost или ::1`);
    }
    const ids = new Set<string>();
    const omsConnections = new Set<string>();
    config.connections.forEach((connection, index) => {
      if (ids.has(connection.id)) issue(['connections', index, 'id'], `«${connection.id}» уже есть выше: id должны различаться`);
      ids.add(connection.id);
      if (connection.kind === 'suz') {
        const oms = connection.omsConnection.toLowerCase();
        if (omsConnections.has(oms)) issue(['connections', index, 'omsConnection'], 'этот omsConnection уже есть выше: второй вход отключал бы токен первого');
        omsConnections.add(oms);
      }
    });
    const names = new Set<string>();
    const hashes = new Set<string>();
    config.clients.forEach((client, index) => {
      if (names.has(client.name)) issue(['clients', index, 'name'], `«${client.name}» уже есть выше: имена программ должны различаться`);
      names.add(client.name);
      if (hashes.has(client.keySha256)) issue(['clients', index, 'keySha256'], 'этот ключ уже есть выше: у каждой программы свой ключ');
      hashes.add(client.keySha256);
      client.connections?.forEach((name, at) => {
        if (!ids.has(name)) issue(['clients', index, 'connections', at], `нет подключения с id «${name}» в connections`);
      });
    });
  });

export type ServeConfig = z.infer<typeof serveConfigSchema>;
export type ServeConnection = ServeConfig['connections'][number];

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `неизвестное поле ${issue.keys.map((key) => `«${key}»`).join(', ')} (проверьте написание)`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'обязательное поле не задано';
  if (issue.code === 'invalid_type' && issue.expected === 'object') return 'нужен объект { … }';
  if (issue.code === 'invalid_type' && issue.expected === 'array') return 'нужен список [ … ]';
  if (issue.code === 'invalid_value' && issue.path.at(-1) === 'type') return 'openssl, cryptcp или csptest';
  return issue.message;
}

/** Russian lines, one per problem, each starting with the field: `connections[0].omsConnection: …`. */
export function describeConfigErrors(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = fieldPath(issue.path);
    return where ? `${where}: ${issueText(issue)}` : issueText(issue);
  });
}

/** Paths in the config are relative to the config file, as an operator expects. */
export function resolveConfigPaths(config: ServeConfig, configFile: string): ServeConfig {
  const base = dirname(resolve(configFile));
  const at = (value: string): string => (isAbsolute(value) ? value : resolve(base, value));
  return {
    ...config,
    listen: { ...config.listen, ...(config.listen.tls ? { tls: { cert: at(config.listen.tls.cert), key: at(config.listen.tls.key) } } : {}) },
    connections: config.connections.map((connection) => ({
      ...connection,
      signer: connection.signer.type === 'openssl' ? { ...connection.signer, cert: at(connection.signer.cert), key: at(connection.signer.key) } : connection.signer,
      ...(connection.writeTo ? { writeTo: at(connection.writeTo) } : {}),
    })),
  };
}
