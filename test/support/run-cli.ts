import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function capture(): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Runs `rampart ARGS` in-process with captured output; `env` replaces the environment. */
export async function cli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<CliResult> {
  const out = capture();
  const err = capture();
  const code = await runCli(args, {
    env: { NO_COLOR: '1', ...env },
    stdout: out.stream,
    stderr: err.stream,
    ...(cwd === undefined ? {} : { cwd }),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}
