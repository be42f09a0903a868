import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CliContext, RegisterCommands } from '../cli/command-context.js';
import { ExitCode } from '../cli/exit-codes.js';
import type { Output } from '../cli/output.js';
import { AuditService } from '../platform/audit/audit.service.js';
import { KeyRotationUnsupported } from '../platform/crypto/crypto.errors.js';
import { retireKeyVersions, rotateKeyringFile } from '../platform/crypto/keyring.js';
import { systemActor } from '../platform/identity/actor.js';
import { PERMISSIONS } from '../platform/identity/permissions.js';
import { openStore } from '../platform/store/index.js';
import {
  checkName,
  parseAssetRef,
  parseSelector,
  type AssetKind,
  type VersionSelector,
} from './engine/asset-ref.js';
import type { VersionMetadata } from './engine/ml-bom.js';
import { createRegistry, type Registry } from './create-registry.js';
import { openZipArchive } from './archive-files.js';
import { counting, listLocalFiles, readCounting, writeLocalFile } from './local-files.js';
import {
  RegistryInputInvalid,
  RegistryPathUnreadable,
  RegistrySignatureInvalid,
} from './registry.errors.js';
import type { AssetScope } from './registry.service.js';
import type { VersionDetail, VersionView } from './registry.views.js';

const operator = systemActor(PERMISSIONS);

/** Opens the data directory's store, audit log and registry; runs `work`; closes everything. */
async function withRegistry<T>(
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

async function readLocalText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new RegistryPathUnreadable(file, (err as NodeJS.ErrnoException).code ?? 'unreadable');
  }
}

const collectValues = (value: string, previous: string[] = []) => [...previous, value];

function humanBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

function printVersion(out: Output, v: VersionDetail): void {
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

function printVersions(out: Output, versions: readonly VersionView[]): void {
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

function registerKind(program: Command, ctx: CliContext, kind: AssetKind): void {
  const group = program
    .command(`${kind}s`)
    .description(
      kind === 'model'
        ? 'Encrypted, signed, versioned models'
        : 'Encrypted, signed, versioned datasets',
    );
  const scopeOf = (name: string, opts: { project?: string }): AssetScope => ({
    kind,
    project: checkName(opts.project ?? 'default', 'project'),
    name,
  });
  const emit = (value: unknown, human: (out: Output) => void) => {
    const out = ctx.out();
    if (out.isJson) out.json(value);
    else human(out);
  };
  const projectOption = ['--project <project>', 'project (default "default")'] as const;

  group
    .command('push')
    .description(`Upload a file or a directory as the next version of a ${kind}`)
    .argument('<name>')
    .argument('<path>')
    .option(...projectOption)
    .option(
      '--meta <key=value>',
      'metadata: framework, format, task, metric.NAME, param.NAME, or a label (repeatable)',
      collectValues,
    )
    .option(
      '--trained-on <dataset@version>',
      'dataset version this model was trained on (repeatable)',
      collectValues,
    )
    .option('--description <text>', 'description when the push creates the asset')
    .option('--tag <tag>', 'tag when the push creates the asset (repeatable)', collectValues)
    .option('--risk-tier <tier>', 'risk tier when the push creates the asset')
    .option(
      '--unpack',
      'PATH is a zip archive: store its files (safe paths and size limits enforced)',
    )
    .action(
      async (
        name: string,
        target: string,
        opts: {
          project?: string;
          meta?: string[];
          trainedOn?: string[];
          description?: string;
          tag?: string[];
          riskTier?: string;
          unpack?: boolean;
        },
      ) => {
        const scope = scopeOf(checkName(name), opts);
        const archive = opts.unpack === true ? await openZipArchive(target) : undefined;
        const files = archive?.files ?? (await listLocalFiles(target));
        const total = files.reduce((n, f) => n + f.size, 0);
        const version = await withRegistry(ctx, async ({ service }) => {
          const bar = ctx.out().progress({ total, label: `push ${name}`, unit: ' B' });
          try {
            return await service.pushVersion(operator, scope, {
              files: files.map((f) => ({
                path: f.path,
                source:
                  'absolute' in f
                    ? readCounting(f.absolute, (n) => bar.increment(n))
                    : counting(f.source, (n) => bar.increment(n)),
              })),
              metadata: parseMeta(opts.meta ?? []),
              trainedOn: opts.trainedOn ?? [],
              ...(opts.description === undefined ? {} : { description: opts.description }),
              ...(opts.tag === undefined ? {} : { tags: opts.tag }),
              ...(opts.riskTier === undefined ? {} : { riskTier: opts.riskTier }),
            });
          } finally {
            bar.stop();
            archive?.close();
          }
        });
        emit(version, (out) => printVersion(out, version));
        if (version.status === 'quarantined') ctx.setExitCode(ExitCode.findings);
      },
    );

  group
    .command('list')
    .description(`List ${kind}s`)
    .option('--project <project>', 'only this project')
    .action(async (opts: { project?: string }) => {
      const assets = await withRegistry(ctx, ({ service }) =>
        service.listAssets(operator, { kind, project: opts.project }),
      );
      emit(assets, (out) =>
        out.table(assets, [
          { header: 'project', value: (a) => a.project },
          { header: 'name', value: (a) => a.name },
          { header: 'latest', value: (a) => a.latestVersion ?? '-' },
          { header: 'versions', value: (a) => a.versionCount },
          {
            header: 'stages',
            value: (a) => a.stages.map((s) => `${s.stage}=${s.version}`).join(', '),
          },
          { header: 'owner', value: (a) => a.owner },
        ]),
      );
    });

  group
    .command('show')
    .description(`Show a ${kind} (NAME) or one version (NAME@V, NAME:STAGE)`)
    .argument('<ref>')
    .option(...projectOption)
    .action(async (text: string, opts: { project?: string }) => {
      const ref = parseAssetRef(text);
      const scope = scopeOf(ref.name, opts);
      if (!text.includes('@') && !text.includes(':')) {
        const asset = await withRegistry(ctx, async ({ service }) => ({
          ...(await service.getAsset(operator, scope)),
          history: await service.stageHistory(operator, scope),
        }));
        emit(asset, (out) => {
          out.line(
            `${out.color.bold(`${asset.project}/${asset.name}`)} (${kind}) owner ${asset.owner}, risk tier ${asset.riskTier}`,
          );
          if (asset.description !== '') out.line(asset.description);
          out.line(
            `versions: ${asset.versionCount}, latest ${asset.latestVersion ?? '-'}; stages: ${asset.stages.map((s) => `${s.stage}=${s.version}`).join(', ') || '-'}`,
          );
          for (const h of asset.history)
            out.line(
              `  ${h.at} ${h.action} ${h.stage}: ${h.fromVersion ?? '-'} → ${h.toVersion ?? '-'} by ${h.actor}`,
            );
        });
        return;
      }
      const version = await withRegistry(ctx, ({ service }) =>
        service.getVersion(operator, scope, ref.selector),
      );
      emit(version, (out) => printVersion(out, version));
    });

  group
    .command('versions')
    .description(`List the versions of a ${kind}`)
    .argument('<name>')
    .option(...projectOption)
    .action(async (name: string, opts: { project?: string }) => {
      const versions = await withRegistry(ctx, ({ service }) =>
        service.listVersions(operator, scopeOf(checkName(name), opts)),
      );
      emit(versions, (out) => printVersions(out, versions));
    });

  group
    .command('pull')
    .description(`Download a version's files into a directory (hashes verified)`)
    .argument('<ref>', 'NAME, NAME@VERSION or NAME:STAGE')
    .requiredOption('--out <dir>', 'directory to write the files into')
    .option(...projectOption)
    .option('--override', 'download a quarantined version (needs the delete permission; audited)')
    .action(async (text: string, opts: { out: string; project?: string; override?: boolean }) => {
      const ref = parseAssetRef(text);
      const scope = scopeOf(ref.name, opts);
      const result = await withRegistry(ctx, async ({ service }) => {
        const version = await service.getVersion(operator, scope, ref.selector);
        if (!version.signature.verified)
          throw new RegistrySignatureInvalid(
            `${version.name}@${version.version}`,
            version.signature.problems,
          );
        const pinned: VersionSelector = { kind: 'number', number: version.version };
        const bar = ctx.out().progress({
          total: version.totalBytes,
          label: `pull ${ref.name}@${version.version}`,
          unit: ' B',
        });
        const written: string[] = [];
        try {
          for (const file of version.files) {
            const opened = await service.openFile(operator, scope, pinned, file.path, {
              override: opts.override === true,
            });
            written.push(
              await writeLocalFile(opts.out, file.path, opened.stream, (n) => bar.increment(n)),
            );
          }
        } finally {
          bar.stop();
        }
        return { version: version.version, files: written, bytes: version.totalBytes };
      });
      emit(result, (out) =>
        out.line(
          `Pulled ${ref.name}@${result.version}: ${result.files.length} file(s), ${humanBytes(result.bytes)} into ${opts.out} (hashes verified).`,
        ),
      );
    });

  group
    .command('promote')
    .description('Point a stage (staging, production, …) at a version')
    .argument('<ref>', 'NAME@VERSION')
    .argument('<stage>')
    .option(...projectOption)
    .action(async (text: string, stage: string, opts: { project?: string }) => {
      const ref = parseAssetRef(text);
      const v = await withRegistry(ctx, ({ service }) =>
        service.promote(operator, scopeOf(ref.name, opts), ref.selector, stage),
      );
      emit(v, (out) => out.line(`${stage} → ${v.name}@${v.version}`));
    });

  group
    .command('rollback')
    .description('Move a stage back to the version that held it before')
    .argument('<name>')
    .argument('<stage>')
    .option(...projectOption)
    .action(async (name: string, stage: string, opts: { project?: string }) => {
      const v = await withRegistry(ctx, ({ service }) =>
        service.rollback(operator, scopeOf(checkName(name), opts), stage),
      );
      emit(v, (out) => out.line(`${stage} rolled back → ${v.name}@${v.version}`));
    });

  group
    .command('quarantine')
    .description('Block downloads of a version')
    .argument('<ref>', 'NAME@VERSION')
    .option('--reason <text>', 'why', 'quarantined by the operator')
    .option(...projectOption)
    .action(async (text: string, opts: { reason: string; project?: string }) => {
      const ref = parseAssetRef(text);
      const v = await withRegistry(ctx, ({ service }) =>
        service.quarantine(operator, scopeOf(ref.name, opts), ref.selector, opts.reason),
      );
      emit(v, (out) => out.line(`${v.name}@${v.version} quarantined`));
    });

  group
    .command('release')
    .description('Lift the quarantine of a version')
    .argument('<ref>', 'NAME@VERSION')
    .option(...projectOption)
    .action(async (text: string, opts: { project?: string }) => {
      const ref = parseAssetRef(text);
      const v = await withRegistry(ctx, ({ service }) =>
        service.release(operator, scopeOf(ref.name, opts), ref.selector),
      );
      emit(v, (out) => out.line(`${v.name}@${v.version} released`));
    });

  group
    .command('diff')
    .description('Files added, removed and changed, and metadata changes, between two versions')
    .argument('<name>')
    .argument('<from>', 'version number or stage')
    .argument('<to>', 'version number or stage')
    .option(...projectOption)
    .action(async (name: string, from: string, to: string, opts: { project?: string }) => {
      const diff = await withRegistry(ctx, ({ service }) =>
        service.diff(
          operator,
          scopeOf(checkName(name), opts),
          parseSelector(from),
          parseSelector(to),
        ),
      );
      emit(diff, (out) => {
        out.line(`${name}@${diff.from} → @${diff.to}: ${diff.unchanged} unchanged`);
        for (const f of diff.added)
          out.line(out.color.green(`+ ${f.path} (${humanBytes(f.size)})`));
        for (const f of diff.removed) out.line(out.color.red(`- ${f.path}`));
        for (const f of diff.changed) out.line(out.color.yellow(`~ ${f.path}`));
        for (const m of diff.metadata)
          out.line(
            `meta ${m.key}: ${JSON.stringify(m.from) ?? '-'} → ${JSON.stringify(m.to) ?? '-'}`,
          );
      });
    });

  group
    .command('verify')
    .description('Re-hash every file and check the signature; exit 1 when anything is wrong')
    .argument('<ref>', 'NAME@VERSION or NAME:STAGE')
    .option(...projectOption)
    .action(async (text: string, opts: { project?: string }) => {
      const ref = parseAssetRef(text);
      const report = await withRegistry(ctx, ({ service }) =>
        service.verify(operator, scopeOf(ref.name, opts), ref.selector),
      );
      emit(report, (out) => {
        if (report.ok)
          out.line(
            out.color.green(
              `OK: ${report.files} file(s) match the signed manifest (key ${report.keyId?.slice(0, 16) ?? '?'})`,
            ),
          );
        else for (const p of report.problems) out.line(out.color.red(`FAIL ${p}`));
      });
      if (!report.ok) ctx.setExitCode(ExitCode.findings);
    });

  group
    .command('delete')
    .description('Soft-delete a version (NAME@V) or the whole asset (NAME)')
    .argument('<ref>')
    .option(...projectOption)
    .action(async (text: string, opts: { project?: string }) => {
      const ref = parseAssetRef(text);
      const whole = !text.includes('@') && !text.includes(':');
      await withRegistry(ctx, ({ service }) =>
        service.delete(operator, scopeOf(ref.name, opts), whole ? undefined : ref.selector),
      );
      emit({ deleted: text }, (out) => out.line(`deleted ${text}`));
    });

  group
    .command('purge')
    .description(
      `Destroy the content of ${kind} versions deleted more than N days ago (rows stay as tombstones)`,
    )
    .requiredOption('--retention-days <n>', 'keep deleted content this many days')
    .action(async (opts: { retentionDays: string }) => {
      const retentionDays = Number(opts.retentionDays);
      const result = await withRegistry(ctx, ({ maintenance }) =>
        maintenance.purgeDeleted(operator, { kind, retentionDays }),
      );
      emit(result, (out) => out.line(`purged ${result.purged} blob(s)`));
    });

  group
    .command('attach-signature')
    .description('Attach your own model-signing bundle; kept only if it verifies against the files')
    .argument('<ref>', 'NAME@VERSION')
    .requiredOption('--bundle <file>', 'the signature bundle (JSON)')
    .requiredOption('--public-key <file>', 'PEM public key (Ed25519 or ECDSA P-256)')
    .option(...projectOption)
    .action(async (text: string, opts: { bundle: string; publicKey: string; project?: string }) => {
      const ref = parseAssetRef(text);
      const bundle = JSON.parse(await readLocalText(opts.bundle)) as unknown;
      const publicKeyPem = await readLocalText(opts.publicKey);
      const attached = await withRegistry(ctx, ({ service }) =>
        service.signatures.attach(operator, scopeOf(ref.name, opts), ref.selector, {
          bundle,
          publicKeyPem,
        }),
      );
      emit(attached, (out) =>
        out.line(`signature by key ${attached.keyId.slice(0, 16)} attached to ${text}`),
      );
    });

  group
    .command('bom')
    .description('CycloneDX 1.6 ML-BOM of a version')
    .argument('<ref>', 'NAME@VERSION or NAME:STAGE')
    .option('--output <file>', 'write to a file instead of stdout')
    .option(...projectOption)
    .action(async (text: string, opts: { output?: string; project?: string }) => {
      const ref = parseAssetRef(text);
      const bom = await withRegistry(ctx, ({ service }) =>
        service.bom(operator, scopeOf(ref.name, opts), ref.selector),
      );
      if (opts.output === undefined) ctx.out().line(JSON.stringify(bom, null, 2));
      else await writeFile(opts.output, JSON.stringify(bom, null, 2) + '\n');
    });
}

/** `rampart models …`, `rampart datasets …` and `rampart keys rotate|rewrap`, offline on --data-dir. */
export const registerRegistryCommands: RegisterCommands = (program, ctx) => {
  registerKind(program, ctx, 'model');
  registerKind(program, ctx, 'dataset');
  const keys = program.command('keys').description('Master keys of the encrypted blob store');
  keys
    .command('rotate')
    .description('Add a new master key version and make it active (then run `keys rewrap`)')
    .action(async () => {
      const version = await withRegistry(ctx, async ({ keys: loaded }) =>
        (await rotateKeyringFile(loaded.file)).active(),
      );
      const out = ctx.out();
      if (out.isJson) out.json(version);
      else
        out.line(
          `master key ${version.kekId} version ${version.version} is now active; run \`rampart keys rewrap\``,
        );
    });
  keys
    .command('rewrap')
    .description('Re-wrap every blob key under the active master key (resumable, idempotent)')
    .action(async () => {
      const report = await withRegistry(ctx, ({ blobs }) => blobs.rewrapAll());
      const out = ctx.out();
      if (out.isJson) out.json(report);
      else
        out.line(
          `rewrapped ${report.rewrapped} of ${report.scanned} blob(s); completed ${report.recovered} interrupted`,
        );
    });
  keys
    .command('retire')
    .description('Refuse decryption under master key versions below N (run `keys rewrap` first)')
    .requiredOption('--min-version <n>', 'lowest version still allowed to decrypt')
    .action(async (opts: { minVersion: string }) => {
      const min = Number(opts.minVersion);
      if (!Number.isInteger(min) || min < 1)
        throw new RegistryInputInvalid('--min-version', 'must be a whole number ≥ 1');
      const active = await withRegistry(ctx, async ({ keys: loaded }) => {
        if (loaded.file === undefined) throw new KeyRotationUnsupported('a configured value');
        return (await retireKeyVersions(loaded.file, min)).active();
      });
      const out = ctx.out();
      if (out.isJson) out.json({ ...active, minDecryptVersion: min });
      else
        out.line(
          `master key versions below ${min} are retired; ${active.kekId} version ${active.version} stays active`,
        );
    });
};
