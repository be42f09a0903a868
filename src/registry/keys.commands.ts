import type { RegisterCommands } from '../cli/command-context.js';
import { KeyRotationUnsupported } from '../platform/crypto/crypto.errors.js';
import { retireKeyVersions, rotateKeyringFile } from '../platform/crypto/keyring.js';
import { withRegistry } from './registry-cli.js';
import { RegistryInputInvalid } from './registry.errors.js';

/** `rampart keys rotate|rewrap|retire`: master keys of the encrypted blob store. */
export const registerKeyCommands: RegisterCommands = (program, ctx) => {
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
