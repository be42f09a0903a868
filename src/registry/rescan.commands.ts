import type { Command } from 'commander';
import type { CliContext } from '../cli/command-context.js';
import { ExitCode } from '../cli/exit-codes.js';
import { SCAN_POLICY_VERSION } from '../scanning/index.js';
import { checkName } from './engine/asset-ref.js';
import { operator, withRegistry } from './registry-cli.js';

/**
 * `rampart models rescan [--project P]`: rescans, offline on the data directory, the model versions
 * scanned under another scanner policy than the built-in one. Exit 1 when it quarantined a version
 * or could not rescan one.
 */
export function registerRescanCommand(models: Command, ctx: CliContext): void {
  models
    .command('rescan')
    .description(
      'Rescan model versions scanned under an older scanner policy; quarantine newly malicious ones',
    )
    .option('--project <project>', 'only this project (default: every project)')
    .action(async (opts: { project?: string }) => {
      const project = opts.project === undefined ? undefined : checkName(opts.project, 'project');
      const counts = await withRegistry(ctx, ({ service }) =>
        service.rescanOutdated(operator, { currentPolicyVersion: SCAN_POLICY_VERSION, project }),
      );
      const out = ctx.out();
      if (out.isJson) out.json({ ...counts, policyVersion: SCAN_POLICY_VERSION });
      else
        out.line(
          `checked ${counts.checked} version(s) against scan policy ${SCAN_POLICY_VERSION}: ` +
            `rescanned ${counts.rescanned}, newly quarantined ${counts.newlyQuarantined}, ` +
            `failed ${counts.failed}`,
        );
      if (counts.newlyQuarantined > 0 || counts.failed > 0) ctx.setExitCode(ExitCode.findings);
    });
}
