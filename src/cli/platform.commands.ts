import { createLogger } from '../platform/log/logger.js';
import { rampartVersion } from '../platform/version.js';
import { openRuntime } from '../runtime.js';
import { startServer } from '../server/serve.js';
import { findWebRoot } from '../server/web-static.js';
import type { RegisterCommands } from './command-context.js';
import { runDoctor } from './doctor.js';
import { ExitCode } from './exit-codes.js';

/** `rampart serve` and `rampart doctor`. */
export const registerPlatformCommands: RegisterCommands = (program, ctx) => {
  program
    .command('serve')
    .description('Start the API and the web dashboard')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--port <port>', 'port to listen on (default 8080)')
    .action(async () => {
      const config = ctx.config();
      const out = ctx.out();
      const logger = createLogger({ level: config.log.level });
      const runtime = await openRuntime(config, logger);
      let server;
      try {
        server = await startServer(runtime, rampartVersion());
      } catch (err) {
        await runtime.close();
        throw err;
      }
      out.info(`Rampart ${rampartVersion()} is running at ${server.url}`);
      out.info(`  dashboard  ${server.url}/`);
      out.info(`  API docs   ${server.url}/api/docs`);
      out.info(`  data       ${config.dataDir} (${runtime.store.dialect})`);
      const admin = runtime.firstRunAdmin;
      if (admin !== undefined) {
        // Printed once, on the start that created the administrator; never logged.
        out.info('');
        out.info(out.color.bold('First run: an administrator was created.'));
        out.info(`  sign in at ${server.url}/ as ${admin.email}`);
        if (admin.generatedPassword !== undefined) {
          out.info(`  password   ${admin.generatedPassword}`);
          out.info(
            '  (shown only now; set RAMPART_ADMIN_PASSWORD before the first start to choose it)',
          );
        }
      }
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: string) => {
          if (stopping) return;
          stopping = true;
          logger.info({ signal }, 'shutting down');
          void server
            .stop()
            .then(() => runtime.close())
            .finally(() => {
              logger.flush();
              resolve();
            });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });

  program
    .command('doctor')
    .description('Check the configuration, data directory, database and disk, and say what to fix')
    .action(async () => {
      const out = ctx.out();
      const checks = await runDoctor(ctx.config(), { webBuilt: findWebRoot() !== undefined });
      const failed = checks.filter((c) => !c.ok);
      if (out.isJson) {
        out.json({ ok: failed.length === 0, checks });
      } else {
        out.table(checks, [
          { header: '', value: (c) => (c.ok ? out.color.green('ok') : out.color.red('FAIL')) },
          { header: 'check', value: (c) => c.name },
          { header: 'detail', value: (c) => c.detail },
          { header: 'fix', value: (c) => c.fix ?? '' },
        ]);
        out.line(failed.length === 0 ? 'All checks passed.' : `${failed.length} check(s) failed.`);
      }
      if (failed.length > 0) ctx.setExitCode(ExitCode.findings);
    });
};
