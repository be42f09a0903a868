import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CliContext, RegisterCommands } from '../cli/command-context.js';
import { ExitCode } from '../cli/exit-codes.js';
import type { Output } from '../cli/output.js';
import { openZipArchive } from './archive-files.js';
import {
  checkName,
  parseAssetRef,
  parseSelector,
  type AssetKind,
  type VersionSelector,
} from './engine/asset-ref.js';
import { registerKeyCommands } from './keys.commands.js';
import { counting, listLocalFiles, readCounting, writeLocalFile } from './local-files.js';
import {
  collectValues,
  humanBytes,
  operator,
  parseMeta,
  printVersion,
  printVersions,
  readLocalText,
  withRegistry,
} from './registry-cli.js';
import { RegistrySignatureInvalid } from './registry.errors.js';
import type { AssetScope } from './registry.service.js';
import { registerRescanCommand } from './rescan.commands.js';

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

  if (kind === 'model') registerRescanCommand(group, ctx);
}

/** `rampart models …`, `rampart datasets …` and `rampart keys rotate|rewrap`, offline on --data-dir. */
export const registerRegistryCommands: RegisterCommands = (program, ctx) => {
  registerKind(program, ctx, 'model');
  registerKind(program, ctx, 'dataset');
  registerKeyCommands(program, ctx);
};
