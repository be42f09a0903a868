import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigFileUnreadable, ConfigInvalid, type ConfigProblem } from './config.errors.js';
import { type Config, ConfigSchema, ENV_KEYS } from './schema.js';

export interface LoadConfigOptions {
  /** The process environment (only `RAMPART_*` keys are read). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Explicit config file (`--config FILE`); otherwise `rampart.config.json` in `cwd` if present. */
  readonly configFile?: string | undefined;
  /** Values from command-line flags, highest precedence, as a partial config object. */
  readonly overrides?: Record<string, unknown>;
  readonly cwd?: string;
}

/**
 * Merges defaults ← config file ← `RAMPART_*` environment ← flags, validates once and returns a
 * deep-frozen Config. Throws ConfigInvalid listing every bad key with where to set it, or
 * ConfigFileUnreadable.
 */
export function loadConfig(options: LoadConfigOptions): Config {
  const cwd = options.cwd ?? process.cwd();
  const fromFile = readConfigFile(options.configFile, cwd);
  const problems: ConfigProblem[] = [];
  const fromEnv = readEnv(options.env, problems);
  const merged = deepMerge(deepMerge(fromFile, fromEnv), options.overrides ?? {});
  const result = ConfigSchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keyPath = issue.path.map(String);
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (unknownKeys.length > 0) {
        for (const key of unknownKeys) {
          const full = [...keyPath, key].join('.');
          problems.push({
            key: full,
            problem: 'unknown key',
            setWith: 'remove it or check its spelling',
          });
        }
        continue;
      }
      const key = keyPath.join('.') || '(root)';
      problems.push({ key, problem: issue.message, setWith: whereToSet(keyPath) });
    }
  }
  if (problems.length > 0 || !result.success) throw new ConfigInvalid(problems);
  const data = result.data;
  data.dataDir = path.resolve(cwd, data.dataDir);
  return deepFreeze(data);
}

function readConfigFile(file: string | undefined, cwd: string): Record<string, unknown> {
  const candidate = file ?? path.join(cwd, 'rampart.config.json');
  if (file === undefined && !existsSync(candidate)) return {};
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, candidate), 'utf8');
  } catch (err) {
    throw new ConfigFileUnreadable(
      candidate,
      (err as NodeJS.ErrnoException).code ?? 'read failed',
      {
        cause: err,
      },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigFileUnreadable(candidate, `not valid JSON (${(err as Error).message})`, {
      cause: err,
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigFileUnreadable(candidate, 'the top level must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

function readEnv(
  env: LoadConfigOptions['env'],
  problems: ConfigProblem[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(ENV_KEYS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    let value: unknown = raw;
    if (spec.type === 'number') {
      value = Number(raw);
      if (!Number.isFinite(value)) {
        problems.push({
          key: spec.path.join('.'),
          problem: `${name}=${JSON.stringify(raw)} is not a number`,
          setWith: name,
        });
        continue;
      }
    } else if (spec.type === 'boolean') {
      if (!['true', 'false', '1', '0'].includes(raw)) {
        problems.push({
          key: spec.path.join('.'),
          problem: `${name} must be true or false`,
          setWith: name,
        });
        continue;
      }
      value = raw === 'true' || raw === '1';
    }
    setPath(out, spec.path, value);
  }
  return out;
}

function whereToSet(keyPath: readonly string[]): string {
  const dotted = keyPath.join('.');
  const envName = Object.entries(ENV_KEYS).find(([, spec]) => spec.path.join('.') === dotted)?.[0];
  return envName === undefined
    ? `"${dotted}" in the config file`
    : `${envName} or "${dotted}" in the config file`;
}

function setPath(
  target: Record<string, unknown>,
  keyPath: readonly string[],
  value: unknown,
): void {
  let node = target;
  for (const key of keyPath.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keyPath[keyPath.length - 1];
  if (last !== undefined) node[last] = value;
}

function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const prev = out[key];
    out[key] = isPlainObject(prev) && isPlainObject(value) ? deepMerge(prev, value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
