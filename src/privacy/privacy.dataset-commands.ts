import type { Command } from 'commander';
import type { CliContext, RegisterCommands } from '../cli/command-context.js';
import { ExitCode } from '../cli/exit-codes.js';
import { AuditService } from '../platform/audit/audit.service.js';
import { loadPlatformSecret } from '../platform/crypto/platform-secrets.js';
import { systemActor } from '../platform/identity/actor.js';
import { PERMISSIONS } from '../platform/identity/permissions.js';
import { openStore } from '../platform/store/index.js';
import { createRegistry, parseAssetRef } from '../registry/index.js';
import {
  DatasetPrivacyService,
  type DatasetPiiReport,
  type DatasetRef,
} from './dataset-privacy.service.js';
import { parsePolicy } from './engine/policy.js';
import { PRIVACY_SECRET_NAME, operatorKeysFrom } from './privacy.keys.js';
import { readTextFile } from './privacy.files.js';

const operator = systemActor(PERMISSIONS);

/** Opens the data directory's store, audit log, registry and the deployment's privacy key. */
async function withDatasetPrivacy<T>(
  ctx: CliContext,
  work: (service: DatasetPrivacyService) => Promise<T>,
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
      masterKeyBase64: config.keys.masterKey,
      masterKeyFile: config.keys.masterKeyFile,
    });
    const secret = await loadPlatformSecret(
      store.db,
      registry.keys.keyring,
      PRIVACY_SECRET_NAME,
      new Date().toISOString(),
    );
    return await work(
      new DatasetPrivacyService({
        db: store.db,
        registry: registry.service,
        audit,
        keys: operatorKeysFrom(secret),
      }),
    );
  } finally {
    await audit.close();
    await store.close();
  }
}

function refOf(text: string, project: string): DatasetRef {
  const { name, selector } = parseAssetRef(text);
  return { project, name, selector };
}

function printReport(ctx: CliContext, report: DatasetPiiReport): void {
  const out = ctx.out();
  if (out.isJson) return out.json(report);
  const rows = report.files.flatMap((f) =>
    f.columns.length === 0
      ? [
          {
            file: f.path,
            column: f.format === 'skipped' ? '(not a table, skipped)' : '(all fields)',
            holds: '',
            counts: f.totals,
          },
        ]
      : f.columns.map((c) => ({
          file: f.path,
          column: c.name,
          holds: c.predicted ?? '—',
          counts: c.counts,
        })),
  );
  out.table(rows, [
    { header: 'file', value: (r) => r.file },
    { header: 'column', value: (r) => r.column },
    { header: 'holds', value: (r) => r.holds },
    {
      header: 'findings',
      value: (r) =>
        Object.entries(r.counts)
          .map(([t, n]) => `${t} ${String(n)}`)
          .join(', '),
    },
  ]);
  const total = Object.values(report.totals).reduce((a, n) => a + (n ?? 0), 0);
  out.line(
    `${report.project}/${report.dataset}@${report.version}: ${total} finding(s); report stored with the version.`,
  );
}

/** `rampart pii scan-dataset|dataset-report|mask-dataset NAME[@V]`, offline on the data directory. */
export const registerDatasetPrivacyCommands: RegisterCommands = (program, ctx) => {
  const pii = program.commands.find((c) => c.name() === 'pii') ?? program.command('pii');
  const withProject = (c: Command) =>
    c.option('--project <name>', 'project of the dataset', 'default');
  withProject(pii.command('scan-dataset').argument('<dataset>', 'NAME, NAME@VERSION or NAME:STAGE'))
    .description('scan a registry dataset version and store the PII report with it')
    .action(async (dataset: string, opts: { project: string }) => {
      const report = await withDatasetPrivacy(ctx, (s) =>
        s.scanVersion(operator, refOf(dataset, opts.project)),
      );
      printReport(ctx, report);
      if (Object.keys(report.totals).length > 0) ctx.setExitCode(ExitCode.findings);
    });
  withProject(
    pii.command('dataset-report').argument('<dataset>', 'NAME, NAME@VERSION or NAME:STAGE'),
  )
    .description('show the stored PII report of a dataset version')
    .action(async (dataset: string, opts: { project: string }) => {
      printReport(
        ctx,
        await withDatasetPrivacy(ctx, (s) => s.getReport(operator, refOf(dataset, opts.project))),
      );
    });
  withProject(pii.command('mask-dataset').argument('<dataset>', 'NAME, NAME@VERSION or NAME:STAGE'))
    .description('mask a dataset version into its next version (lineage recorded in the labels)')
    .option(
      '--policy <file>',
      'masking policy (JSON, docs/privacy.md); the default policy otherwise',
    )
    .action(async (dataset: string, opts: { project: string; policy?: string }) => {
      const policy =
        opts.policy === undefined ? undefined : parsePolicy(await readTextFile(opts.policy));
      const result = await withDatasetPrivacy(ctx, (s) =>
        s.maskVersion(
          operator,
          refOf(dataset, opts.project),
          policy === undefined ? {} : { policy },
        ),
      );
      const out = ctx.out();
      if (out.isJson) return out.json(result);
      const changed = Object.entries(result.changed)
        .map(([t, n]) => `${t} ${String(n)}`)
        .join(', ');
      out.line(
        `${opts.project}/${result.masked.name}@${result.source} → @${result.masked.version} (${result.masked.status}): ${changed === '' ? 'nothing to mask' : changed}`,
      );
    });
};
