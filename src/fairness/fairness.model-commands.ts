import { writeFile } from 'node:fs/promises';
import type { CliContext, RegisterCommands } from '../cli/command-context.js';
import { AuditService } from '../platform/audit/audit.service.js';
import { systemActor } from '../platform/identity/actor.js';
import { PERMISSIONS } from '../platform/identity/permissions.js';
import { openStore } from '../platform/store/index.js';
import { createRegistry, parseAssetRef } from '../registry/index.js';
import { ModelEvaluationService, type ModelRef } from './model-evaluations.service.js';

const operator = systemActor(PERMISSIONS);

/** Opens the data directory's store, audit log and registry for model evaluations (offline). */
export async function withModelEvaluations<T>(
  ctx: CliContext,
  work: (service: ModelEvaluationService) => Promise<T>,
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
    return await work(
      new ModelEvaluationService({ db: store.db, registry: registry.service, audit }),
    );
  } finally {
    await audit.close();
    await store.close();
  }
}

export function modelRefOf(text: string, project: string): ModelRef {
  const { name, selector } = parseAssetRef(text);
  return { project, name, selector };
}

/** Attaches an evaluation to a registry model version and says so. */
export async function attachToModel(
  ctx: CliContext,
  target: { ref: string; project: string },
  evaluation: Parameters<ModelEvaluationService['attach']>[2],
): Promise<void> {
  const done = await withModelEvaluations(ctx, (s) =>
    s.attach(operator, modelRefOf(target.ref, target.project), evaluation),
  );
  ctx
    .out()
    .info(
      `attached ${done.attached.join(' and ')} to ${target.project}/${modelRefOf(target.ref, target.project).name}@${done.version}`,
    );
}

/** `rampart fairness card NAME[@V]`: the model card of a registry model version. */
export const registerModelCardCommands: RegisterCommands = (program, ctx) => {
  const fairness =
    program.commands.find((c) => c.name() === 'fairness') ?? program.command('fairness');
  fairness
    .command('card')
    .argument('<model>', 'NAME, NAME@VERSION or NAME:STAGE of a registry model')
    .description('the model card (Markdown) of a model version, with its attached evaluations')
    .option('--project <name>', 'project of the model', 'default')
    .option('--out <file>', 'write the card to this file')
    .action(async (model: string, opts: { project: string; out?: string }) => {
      const card = await withModelEvaluations(ctx, (s) =>
        s.card(operator, modelRefOf(model, opts.project)),
      );
      if (opts.out === undefined) ctx.out().write(card.endsWith('\n') ? card : card + '\n');
      else {
        await writeFile(opts.out, card);
        ctx.out().info(`wrote the model card to ${opts.out}`);
      }
    });
};
