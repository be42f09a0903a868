import type { Command } from 'commander';
import type { CliContext, RegisterCommands } from '../../cli/command-context.js';
import { ExitCode } from '../../cli/exit-codes.js';
import { withBackend } from '../identity/identity.commands.js';
import type { AuditRecordRow } from './audit-record.js';

interface LogOptions {
  actor?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  project?: string;
  since?: string;
  until?: string;
  after?: string;
  limit: string;
}

/** `rampart audit log|verify|checkpoint`: offline with --data-dir, online with --server. */
export const registerAuditCommands: RegisterCommands = (program, ctx: CliContext) => {
  const audit = program.command('audit').description('The tamper-evident audit log');

  audit
    .command('log')
    .description('List audit records, oldest first')
    .option('--actor <id-or-label>', 'user id, token id or email')
    .option('--action <action>', 'e.g. user.create, access.denied')
    .option('--resource-type <type>', 'e.g. model, token, route')
    .option('--resource-id <id>', 'one resource')
    .option('--project <project>', 'one project')
    .option('--since <iso-time>', 'records at or after this time')
    .option('--until <iso-time>', 'records before this time')
    .option('--after <seq>', 'records after this position (paging)')
    .option('--limit <n>', 'at most this many records', '100')
    .action(async (o: LogOptions, cmd: Command) => {
      const out = ctx.out();
      const filter = {
        limit: Math.min(5000, Math.max(1, Number(o.limit) || 100)),
        ...(o.actor ? { actor: o.actor } : {}),
        ...(o.action ? { action: o.action } : {}),
        ...(o.resourceType ? { resourceType: o.resourceType } : {}),
        ...(o.resourceId ? { resourceId: o.resourceId } : {}),
        ...(o.project ? { project: o.project } : {}),
        ...(o.since ? { since: o.since } : {}),
        ...(o.until ? { until: o.until } : {}),
        ...(o.after ? { afterSeq: Number(o.after) } : {}),
      };
      const rows = await withBackend(ctx, cmd, (b) => b.listAuditRecords(filter));
      if (out.isJson) return out.json(rows);
      out.table(rows, [
        { header: '#', value: (r: AuditRecordRow) => r.seq },
        { header: 'time', value: (r) => r.time },
        { header: 'actor', value: (r) => r.actorLabel },
        { header: 'action', value: (r) => r.action },
        {
          header: 'resource',
          value: (r) => `${r.resourceType}${r.resourceId ? `:${r.resourceId}` : ''}`,
        },
        { header: 'project', value: (r) => r.project ?? '' },
        {
          header: 'outcome',
          value: (r) => (r.outcome === 'allowed' ? r.outcome : out.color.red(r.outcome)),
        },
        { header: 'client', value: (r) => r.clientIp ?? '' },
      ]);
    });

  audit
    .command('verify')
    .description(
      'Recompute the Merkle tree from the stored records and check every signed checkpoint',
    )
    .option(
      '--key <verifier-key>',
      'pin the log key (name+hash+base64) instead of trusting the stored one',
    )
    .action(async (o: { key?: string }, cmd: Command) => {
      const out = ctx.out();
      const report = await withBackend(ctx, cmd, (b) =>
        b.verifyAudit(o.key === undefined ? {} : { pinnedKey: o.key }),
      );
      if (!report.ok) ctx.setExitCode(ExitCode.findings);
      if (out.isJson) return out.json(report);
      if (report.ok) {
        out.line(
          `${out.color.green('ok')} ${report.records} records, ${report.checkpoints} checkpoints verified; root ${report.rootHash}`,
        );
        return;
      }
      const [first] = report.problems;
      out.line(`${out.color.red('FAILED')} ${first?.reason ?? 'the log does not verify'}`);
      for (const p of report.problems.slice(1, 10)) out.line(`  also: ${p.reason}`);
      if (report.problems.length > 10) out.line(`  … ${report.problems.length - 10} more`);
    });

  audit
    .command('checkpoint')
    .description('Sign a checkpoint of the current log now and print it (C2SP signed note)')
    .action(async (_o: unknown, cmd: Command) => {
      const out = ctx.out();
      const cp = await withBackend(ctx, cmd, (b) => b.issueCheckpoint());
      if (out.isJson) out.json(cp);
      else out.write(cp.note);
    });
};
