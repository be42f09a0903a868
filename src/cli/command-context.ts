import type { Command } from 'commander';
import type { Config } from '../platform/config/index.js';
import type { Output } from './output.js';

/**
 * What a domain's `*.commands.ts` receives. Actions print through `out()`, throw an AppError on
 * bad input (the CLI prints `error CODE: message` + hint and exits 2/1/3 by the error's status),
 * and call `setExitCode(ExitCode.findings)` when they ran fine but found something.
 */
export interface CliContext {
  /** Resolved lazily, after the global flags (`--json`, `--no-color`) are parsed. */
  readonly out: () => Output;
  /**
   * The validated config: defaults ← rampart.config.json / --config ← RAMPART_* ← global flags
   * (`--data-dir`, `--server`). Loaded on first call; throws CONFIG_INVALID.
   */
  readonly config: () => Config;
  setExitCode(code: number): void;
}

export type RegisterCommands = (program: Command, ctx: CliContext) => void;
