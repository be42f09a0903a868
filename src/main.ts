#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

// `rampart scan … | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

/** Composition root of the `rampart` command: parse argv, run, exit with the command's code. */
const code = await runCli(process.argv.slice(2), { env: process.env });
process.exitCode = code;
