import { Command, CommanderError } from 'commander';
import { loadConfig, type Config } from '../platform/config/index.js';
import { rampartVersion } from '../platform/version.js';
import type { CliContext, RegisterCommands } from './command-context.js';
import { createOutput, type Output, wantsColor } from './output.js';
import { registerPlatformCommands } from './platform.commands.js';
import { registerFairnessCommands } from '../fairness/fairness.commands.js';
import { registerModelCardCommands } from '../fairness/fairness.model-commands.js';
import { registerScanningCommands } from '../scanning/scanning.commands.js';
import { registerPrivacyCommands } from '../privacy/privacy.commands.js';
import { registerDatasetPrivacyCommands } from '../privacy/privacy.dataset-commands.js';
import { registerIdentityCommands } from '../platform/identity/identity.commands.js';
import { registerAuditCommands } from '../platform/audit/audit.commands.js';
import { registerGuardCommands } from '../guard/guard.commands.js';
import { registerRegistryCommands } from '../registry/registry.commands.js';

/** Every domain's commands, in help order. One line per domain. */
const commandGroups: readonly RegisterCommands[] = [
  registerPlatformCommands,
  registerFairnessCommands,
  registerModelCardCommands,
  registerScanningCommands,
  registerPrivacyCommands,
  registerDatasetPrivacyCommands,
  registerIdentityCommands,
  registerAuditCommands,
  registerGuardCommands,
  registerRegistryCommands,
];

export interface ProgramIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout?: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr?: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd?: string;
}

interface GlobalOptions {
  json?: boolean;
  color?: boolean;
  config?: string;
  dataDir?: string;
  server?: string;
  host?: string;
  port?: string;
}

/**
 * Builds the `rampart` command tree. Returns the program and the context whose exit code the
 * caller reads after `parseAsync`.
 */
export function buildProgram(io: ProgramIo): {
  program: Command;
  exitCode: () => number;
  output: () => Output;
} {
  const program = new Command('rampart');
  let exitCode = 0;
  let output: Output | undefined;
  let config: Config | undefined;
  const opts = (): GlobalOptions => program.opts<GlobalOptions>();
  const ctx: CliContext = {
    out: () => {
      const o = opts();
      output ??= createOutput({
        json: o.json === true,
        color: o.color !== false && wantsColor(io.env),
        ...(io.stdout === undefined ? {} : { stdout: io.stdout }),
        ...(io.stderr === undefined ? {} : { stderr: io.stderr }),
      });
      return output;
    },
    config: () => {
      if (config !== undefined) return config;
      const o = opts();
      const serve = program.commands.find((c) => c.name() === 'serve')?.opts<GlobalOptions>() ?? {};
      const port = serve.port ?? o.port;
      config = loadConfig({
        env: io.env,
        configFile: o.config,
        ...(io.cwd === undefined ? {} : { cwd: io.cwd }),
        overrides: {
          ...(o.dataDir === undefined ? {} : { dataDir: o.dataDir }),
          server: {
            ...(serve.host === undefined ? {} : { host: serve.host }),
            ...(port === undefined ? {} : { port: Number(port) }),
          },
          client: { ...(o.server === undefined ? {} : { server: o.server }) },
        },
      });
      return config;
    },
    setExitCode(code) {
      exitCode = Math.max(exitCode, code);
    },
  };

  program
    .description('Rampart — security for the AI systems you run: models, data, prompts, fairness.')
    .version(rampartVersion(), '-v, --version')
    .option('--json', 'machine-readable output')
    .option('--no-color', 'no colours (also when NO_COLOR is set or output is not a terminal)')
    .option('--config <file>', 'config file (default ./rampart.config.json when present)')
    .option('--data-dir <dir>', 'data directory (default ./.rampart)')
    .option('--server <url>', 'server to talk to for online commands (or RAMPART_SERVER)')
    .showHelpAfterError()
    .exitOverride();
  program.configureOutput({
    writeOut: (s) => (io.stdout ?? process.stdout).write(s),
    writeErr: (s) => (io.stderr ?? process.stderr).write(s),
  });
  for (const register of commandGroups) register(program, ctx);
  for (const command of program.commands) command.exitOverride();
  return { program, exitCode: () => exitCode, output: () => ctx.out() };
}

export { CommanderError };
