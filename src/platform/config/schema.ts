import { z } from 'zod';

const port = z.number().int().min(0).max(65535);

/**
 * The whole configuration of Rampart. Defaults give a working local install: data in
 * `./.rampart`, SQLite, HTTP on 127.0.0.1:8080.
 */
export const ConfigSchema = z
  .object({
    dataDir: z.string().min(1).default('./.rampart'),
    server: z
      .object({
        host: z.string().min(1).default('127.0.0.1'),
        port: port.default(8080),
        /** Public base URL, used in links printed to users; defaults to http(s)://host:port. */
        publicUrl: z.url().optional(),
        tls: z
          .object({ certFile: z.string().min(1), keyFile: z.string().min(1) })
          .strict()
          .optional(),
        /** Largest request body accepted (uploads included). */
        maxUploadBytes: z
          .number()
          .int()
          .positive()
          .default(1024 * 1024 * 1024),
        /** Largest JSON body accepted. */
        maxJsonBytes: z
          .number()
          .int()
          .positive()
          .default(10 * 1024 * 1024),
        shutdownGraceMs: z.number().int().min(0).default(10_000),
        trustProxy: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    database: z
      .object({
        /** Empty: embedded SQLite in the data directory. `postgres://…`: PostgreSQL. */
        url: z
          .string()
          .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres:// or sqlite:')
          .optional(),
        busyTimeoutMs: z.number().int().min(0).default(5_000),
        poolSize: z.number().int().min(1).max(100).default(10),
      })
      .strict()
      .prefault({}),
    log: z
      .object({
        level: z
          .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
          .default('info'),
      })
      .strict()
      .prefault({}),
    admin: z
      .object({
        email: z.email().optional(),
        password: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
    keys: z
      .object({
        /** Active master key (KEK), 32 bytes base64. Production supplies this or a key file. */
        masterKey: z.string().min(1).optional(),
        masterKeyFile: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
    /** How the CLI reaches a running server (`--server`, `RAMPART_SERVER`, `RAMPART_TOKEN`). */
    client: z
      .object({
        server: z.url().optional(),
        token: z.string().min(1).optional(),
        /** PEM file of a CA to trust for the server's certificate (private CAs). */
        caFile: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type ConfigInput = z.input<typeof ConfigSchema>;
export type Config = DeepReadonly<z.output<typeof ConfigSchema>>;

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Environment variables and the config key each one sets. Numbers and booleans are parsed from
 * the string; anything else is taken as is.
 */
export const ENV_KEYS: Readonly<
  Record<string, { path: readonly string[]; type: 'string' | 'number' | 'boolean' }>
> = {
  RAMPART_DATA_DIR: { path: ['dataDir'], type: 'string' },
  RAMPART_HOST: { path: ['server', 'host'], type: 'string' },
  RAMPART_PORT: { path: ['server', 'port'], type: 'number' },
  RAMPART_PUBLIC_URL: { path: ['server', 'publicUrl'], type: 'string' },
  RAMPART_TLS_CERT: { path: ['server', 'tls', 'certFile'], type: 'string' },
  RAMPART_TLS_KEY: { path: ['server', 'tls', 'keyFile'], type: 'string' },
  RAMPART_MAX_UPLOAD_BYTES: { path: ['server', 'maxUploadBytes'], type: 'number' },
  RAMPART_TRUST_PROXY: { path: ['server', 'trustProxy'], type: 'boolean' },
  RAMPART_DATABASE_URL: { path: ['database', 'url'], type: 'string' },
  RAMPART_LOG_LEVEL: { path: ['log', 'level'], type: 'string' },
  RAMPART_ADMIN_EMAIL: { path: ['admin', 'email'], type: 'string' },
  RAMPART_ADMIN_PASSWORD: { path: ['admin', 'password'], type: 'string' },
  RAMPART_MASTER_KEY: { path: ['keys', 'masterKey'], type: 'string' },
  RAMPART_MASTER_KEY_FILE: { path: ['keys', 'masterKeyFile'], type: 'string' },
  RAMPART_SERVER: { path: ['client', 'server'], type: 'string' },
  RAMPART_TOKEN: { path: ['client', 'token'], type: 'string' },
  RAMPART_CA_FILE: { path: ['client', 'caFile'], type: 'string' },
};
