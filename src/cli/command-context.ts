import type { Command } from 'commander';
import type { Output } from './output.js';

/**
 * What a domain's `*.commands.ts` receives. Actions print through `out`, throw an AppError on bad
 * input (the CLI prints `error CODE: message` + hint and exits 2/1/3 by the error's status), and
 * call `setExitCode(ExitCode.findings)` when they ran fine but found something.
 */
export interface CliContext {
  /** Resolved lazily, after the global flags (`--json`) are parsed. */
  readonly out: () => Output;
  setExitCode(code: number): void;
}

export type RegisterCommands = (program: Command, ctx: CliContext) => void;
