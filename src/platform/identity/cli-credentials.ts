import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

interface Credentials {
  servers: Record<string, { token: string; email: string; savedAt: string }>;
}

/** `~/.config/rampart/credentials.json`: tokens saved by `rampart login`, one per server. */
export function credentialsPath(home: string = homedir()): string {
  return path.join(home, '.config', 'rampart', 'credentials.json');
}

function read(file: string): Credentials {
  if (!existsSync(file)) return { servers: {} };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Credentials>;
    return { servers: parsed.servers ?? {} };
  } catch {
    // A damaged file is treated as empty; the next login rewrites it.
    return { servers: {} };
  }
}

const key = (server: string) => new URL(server).origin;

/** The saved token for `server`, if `rampart login` stored one. */
export function readStoredToken(server: string, file = credentialsPath()): string | undefined {
  return read(file).servers[key(server)]?.token;
}

/** Saves a token for `server` in a file only the user can read (0600, directory 0700). */
export function storeToken(
  server: string,
  entry: { token: string; email: string },
  file = credentialsPath(),
  nowIso = new Date().toISOString(),
): string {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const creds = read(file);
  creds.servers[key(server)] = { ...entry, savedAt: nowIso };
  writeFileSync(file, JSON.stringify(creds, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}
