#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

/** Composition root of the `rampart` command: parse argv, run, exit with the command's code. */
const code = await runCli(process.argv.slice(2), { env: process.env });
process.exitCode = code;
