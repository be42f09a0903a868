import { isAppError } from '../platform/errors/app-error.js';
import { ExitCode, exitCodeForStatus } from './exit-codes.js';
import { printFatal } from './output.js';
import { buildProgram, CommanderError, type ProgramIo } from './program.js';

/**
 * Runs the CLI and resolves to the exit code: 0 ok, 1 findings/denied, 2 usage or input error,
 * 3 internal. Errors are printed as `error CODE: message` with the hint on the next line; an
 * unexpected error prints no stack unless RAMPART_DEBUG is set.
 */
export async function runCli(argv: readonly string[], io: ProgramIo): Promise<number> {
  const { program, exitCode, output } = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode();
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with exit code 0; usage errors were already printed.
      return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    const out = output();
    if (isAppError(err)) {
      if (out.isJson) {
        out.json({ error: { code: err.code, message: err.message, hint: err.hint } });
      } else {
        out.error(`${err.code}: ${err.message}`);
        out.info(`  hint: ${err.hint}`);
      }
      return exitCodeForStatus(err.status);
    }
    out.error(`INTERNAL_ERROR: ${(err as Error).message ?? String(err)}`);
    out.info('  hint: this is a bug; run again with RAMPART_DEBUG=1 for the stack and report it.');
    if (io.env['RAMPART_DEBUG'] !== undefined) printFatal((err as Error).stack ?? String(err));
    return ExitCode.internal;
  }
}
