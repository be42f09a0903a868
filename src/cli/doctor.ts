import { accessSync, constants, existsSync, readFileSync, statfsSync } from 'node:fs';
import type { Config } from '../platform/config/index.js';
import { isAppError } from '../platform/errors/app-error.js';
import { openStore } from '../platform/store/index.js';

export interface DoctorCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
  /** What to do when the check fails. */
  readonly fix?: string;
}

const MIN_FREE_BYTES = 1024 * 1024 * 1024;

/**
 * Checks what a running Rampart needs: data directory, database, migrations, free disk, TLS
 * files, the built dashboard. Never throws; each failure carries its fix.
 */
export async function runDoctor(
  config: Config,
  options: { webBuilt: boolean },
): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [{ name: 'config', ok: true, detail: 'valid' }];
  checks.push(checkDataDir(config.dataDir));
  checks.push(...(await checkDatabase(config)));
  checks.push(checkDisk(config.dataDir));
  if (config.server.tls !== undefined) checks.push(checkTls(config.server.tls));
  checks.push(
    options.webBuilt
      ? { name: 'dashboard', ok: true, detail: 'built' }
      : {
          name: 'dashboard',
          ok: false,
          detail: 'not built',
          fix: 'Run `npm run build:web` (npm start does it for you).',
        },
  );
  return checks;
}

function checkDataDir(dir: string): DoctorCheck {
  if (!existsSync(dir)) {
    return { name: 'data directory', ok: true, detail: `${dir} (will be created on first start)` };
  }
  try {
    accessSync(dir, constants.W_OK | constants.R_OK);
    return { name: 'data directory', ok: true, detail: `${dir} writable` };
  } catch {
    return {
      name: 'data directory',
      ok: false,
      detail: `${dir} not writable`,
      fix: 'Fix its permissions or choose another with --data-dir / RAMPART_DATA_DIR.',
    };
  }
}

async function checkDatabase(config: Config): Promise<DoctorCheck[]> {
  if (config.database.url === undefined && !existsSync(config.dataDir)) {
    return [
      {
        name: 'database',
        ok: true,
        detail: 'sqlite (created with the data directory on first start)',
      },
    ];
  }
  try {
    // Open without migrating: doctor reports, it does not change anything.
    const store = await openStore({
      dataDir: config.dataDir,
      url: config.database.url,
      migrate: false,
    });
    try {
      const status = await store.migrationStatus();
      return [
        { name: 'database', ok: true, detail: `${store.dialect} at ${store.location}` },
        status.pending.length === 0
          ? {
              name: 'migrations',
              ok: true,
              detail: `${status.applied.length} applied, none pending`,
            }
          : {
              name: 'migrations',
              ok: false,
              detail: `${status.pending.length} pending`,
              fix: 'Start the server once (`rampart serve`); it applies migrations at start-up.',
            },
      ];
    } finally {
      await store.close();
    }
  } catch (err) {
    return [
      {
        name: 'database',
        ok: false,
        detail: isAppError(err) ? `${err.code}: ${err.message}` : 'could not be opened',
        fix: isAppError(err) ? err.hint : 'Check the database settings.',
      },
    ];
  }
}

function checkDisk(dir: string): DoctorCheck {
  let probe = dir;
  while (!existsSync(probe)) probe = probe.slice(0, Math.max(probe.lastIndexOf('/'), 1));
  const stats = statfsSync(probe);
  const free = stats.bavail * stats.bsize;
  const gib = (free / 1024 ** 3).toFixed(1);
  return free >= MIN_FREE_BYTES
    ? { name: 'free disk', ok: true, detail: `${gib} GiB free` }
    : {
        name: 'free disk',
        ok: false,
        detail: `${gib} GiB free`,
        fix: 'Free at least 1 GiB on the data directory’s disk.',
      };
}

function checkTls(tls: { certFile: string; keyFile: string }): DoctorCheck {
  try {
    readFileSync(tls.certFile);
    readFileSync(tls.keyFile);
    return { name: 'tls', ok: true, detail: 'certificate and key readable' };
  } catch {
    return {
      name: 'tls',
      ok: false,
      detail: 'certificate or key unreadable',
      fix: 'Check RAMPART_TLS_CERT / RAMPART_TLS_KEY.',
    };
  }
}
