import { readFile } from 'node:fs/promises';
import type { CliContext } from '../cli/command-context.js';
import type { Output } from '../cli/output.js';
import { AuditService } from '../platform/audit/audit.service.js';
import { systemActor } from '../platform/identity/actor.js';
import { PERMISSIONS } from '../platform/identity/permissions.js';
import { openStore } from '../platform/store/index.js';
import type { VersionMetadata } from './engine/ml-bom.js';
import { createRegistry, type Registry } from './create-registry.js';
import { RegistryInputInvalid, RegistryPathUnreadable } from './registry.errors.js';
import type { VersionDetail, VersionView } from './registry.views.js';

/** Shared pieces of the registry's CLI commands (offline on the data directory). */
export const operator = systemActor(PERMISSIONS);

/** Opens the data directory's store, audit log and registry; runs `work`; closes everything. */
export async function withRegistry<T>(
  ctx: CliContext,
  work: (registry: Registry) => Promise<T>,
): Promise<T> {
  const config = ctx.config();
  const store = await openStore({
    dataDir: config.dataDir,
    url: config.database.url,
    busyTimeoutMs: config.database.busyTimeoutMs,
  });
  const audit = new AuditService({ db: store.db });
  try {
    const registry = createRegistry({
      db: store.db,
      dataDir: config.dataDir,
      audit,
      warn: (m) => ctx.out().warn(m),
      // The same master key the server uses (RAMPART_MASTER_KEY / key file), not a generated one.
      masterKeyBase64: config.keys.masterKey,
      masterKeyFile: config.keys.masterKeyFile,
    });
    return await work(registry);
  } finally {
    await audit.close();
    await store.close();
  }
}

/** `--meta framework=pytorch --meta metric.accuracy=0.9 --meta param.lr=0.01 --meta team=nlp`. */
export function parseMeta(pairs: readonly string[]): VersionMetadata {
  const meta: {
    framework?: string;
    format?: string;
    task?: string;
    metrics: Record<string, number>;
    parameters: Record<string, string | number | boolean>;
    labels: Record<string, string>;
  } = {
    metrics: {},
    parameters: {},
    labels: {},
  };
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new RegistryInputInvalid('--meta', `"${pair}" is not key=value`);
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (key === 'framework' || key === 'format' || key === 'task') meta[key] = value;
    else if (key.startsWith('metric.')) {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new RegistryInputInvalid('--meta', `${key} must be a number`);
      meta.metrics[key.slice(7)] = n;
    } else if (key.startsWith('param.')) {
      meta.parameters[key.slice(6)] =
        value === 'true'
          ? true
          : value === 'false'
            ? false
            : value !== '' && Number.isFinite(Number(value))
              ? Number(value)
              : value;
    } else meta.labels[key] = value;
  }
  const { metrics, parameters, labels, ...rest } = meta;
  return {
    ...rest,
    ...(Object.keys(metrics).length > 0 ? { metrics } : {}),
    ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
  };
}

export async function readLocalText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new RegistryPathUnreadable(file, (err as NodeJS.ErrnoException).code ?? 'unreadable');
  }
}

export const collectValues = (value: string, previous: string[] = []) => [...previous, value];

export function humanBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

export function printVersion(out: Output, v: VersionDetail): void {
  const c = out.color;
  out.line(
    `${c.bold(`${v.project}/${v.name}@${v.version}`)}  ${v.status === 'quarantined' ? c.red('quarantined') : c.green('available')}  scan: ${v.scan.status}`,
  );
  if (v.statusReason !== null) out.line(`reason: ${v.statusReason}`);
  out.line(
    `created ${v.createdAt} by ${v.createdBy}; ${v.fileCount} file(s), ${humanBytes(v.totalBytes)}; stages: ${v.stages.join(', ') || '-'}`,
  );
  const signed = v.signature.verified
    ? out.color.green('signature ok')
    : out.color.red(`signature FAILED: ${v.signature.problems.join('; ')}`);
  out.line(
    `manifest sha256:${v.manifestDigest}  signed by ${v.signerKeyId.slice(0, 16)}  ${signed}`,
  );
  if (v.trainedOn.length > 0)
    out.line(
      `trained on: ${v.trainedOn.map((t) => `${t.project}/${t.name}@${t.version}`).join(', ')}`,
    );
  if (Object.keys(v.metadata).length > 0) out.line(`metadata: ${JSON.stringify(v.metadata)}`);
  out.table(v.files, [
    { header: 'file', value: (f) => f.path },
    { header: 'size', value: (f) => humanBytes(f.size) },
    { header: 'sha256', value: (f) => f.sha256 },
  ]);
  if (v.scan.findings.length > 0) {
    out.table(v.scan.findings, [
      { header: 'severity', value: (f) => f.severity },
      { header: 'file', value: (f) => f.file },
      { header: 'rule', value: (f) => f.rule },
      { header: 'message', value: (f) => f.message },
    ]);
  }
}

export function printVersions(out: Output, versions: readonly VersionView[]): void {
  out.table(versions, [
    { header: 'version', value: (v) => v.version },
    { header: 'status', value: (v) => v.status },
    { header: 'scan', value: (v) => v.scan.status },
    { header: 'files', value: (v) => v.fileCount },
    { header: 'size', value: (v) => humanBytes(v.totalBytes) },
    { header: 'stages', value: (v) => v.stages.join(', ') },
    { header: 'created', value: (v) => v.createdAt },
  ]);
}
