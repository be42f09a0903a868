import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { RegisterCommands } from '../cli/command-context.js';
import { ExitCode } from '../cli/exit-codes.js';
import type { Output } from '../cli/output.js';
import { embedCanary, generateCanary } from './engine/canary.js';
import { detect, type DetectOptions } from './engine/detect.js';
import {
  GUARD_KINDS,
  GUARD_PRESETS,
  type GuardKind,
  type GuardPreset,
  type GuardResult,
} from './engine/types.js';
import { GuardInputInvalid, GuardOptionInvalid, GuardTextTooLarge } from './guard.errors.js';
import { withOutputLeaks } from './output-leaks.js';

interface CheckFlags {
  file?: string;
  jsonl?: string;
  field: string;
  kind?: string;
  preset: string;
  allow: string[];
  canary: string[];
  promptFile?: string;
}

const MAX_FILE_BYTES = 8 * 1024 * 1024;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseChoice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new GuardOptionInvalid(option, value, allowed);
  return value as T;
}

async function readText(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    throw new GuardInputInvalid(
      `Cannot read ${file}.`,
      'Check the path and that the file is readable.',
      { file, cause: (err as NodeJS.ErrnoException).code },
    );
  }
  if (size > MAX_FILE_BYTES) throw new GuardTextTooLarge(size, MAX_FILE_BYTES);
  return readFile(file, 'utf8');
}

function excerpt(text: string, start: number, end: number): string {
  const slice = text.slice(start, Math.min(end, start + 90)).replace(/\s+/g, ' ');
  return end - start > 90 ? `${slice}…` : slice;
}

function printResult(out: Output, text: string, result: GuardResult): void {
  const c = out.color;
  const verdict = result.flagged ? c.red(c.bold('FLAGGED')) : c.green('clean');
  out.line(
    `${verdict}  score ${result.score.toFixed(3)} (threshold ${result.threshold})${result.categories.length > 0 ? `  ${result.categories.join(', ')}` : ''}`,
  );
  if (result.reasons.length > 0) {
    out.table(result.reasons, [
      { header: 'rule', value: (r) => r.rule },
      { header: 'category', value: (r) => r.category },
      { header: 'weight', value: (r) => r.weight.toFixed(2) },
      { header: 'why', value: (r) => r.message },
    ]);
  }
  const spans = result.spans.filter((s) => s.end - s.start < text.length || text.length < 200);
  if (result.flagged && spans.length > 0) {
    out.table(spans.slice(0, 10), [
      { header: 'span', value: (s) => `${s.start}-${s.end}` },
      { header: 'category', value: (s) => s.category },
      { header: 'text', value: (s) => excerpt(text, s.start, s.end) },
    ]);
  }
}

async function checkJsonl(
  file: string,
  field: string,
  options: DetectOptions,
  out: Output,
): Promise<{ flagged: number; invalid: number }> {
  let line = 0;
  let flagged = 0;
  let invalid = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  try {
    for await (const raw of lines) {
      line++;
      if (raw.trim() === '') continue;
      let text: unknown;
      try {
        text = (JSON.parse(raw) as Record<string, unknown>)[field];
      } catch {
        text = undefined; // reported below as an invalid line, the batch goes on
      }
      if (typeof text !== 'string') {
        invalid++;
        out.line(
          JSON.stringify({
            line,
            error: 'GUARD_INPUT_INVALID',
            message: `not JSON with a string field "${field}"`,
          }),
        );
        continue;
      }
      try {
        const result = checkText(text, options);
        if (result.flagged) flagged++;
        out.line(
          JSON.stringify({
            line,
            flagged: result.flagged,
            score: result.score,
            categories: result.categories,
          }),
        );
      } catch (err) {
        invalid++;
        out.line(
          JSON.stringify({ line, error: (err as { code?: string }).code ?? 'GUARD_INPUT_INVALID' }),
        );
      }
    }
  } catch (err) {
    throw new GuardInputInvalid(
      `Cannot read ${file}.`,
      'Check the path and that the file is readable UTF-8 JSONL.',
      { file, cause: (err as NodeJS.ErrnoException).code },
    );
  }
  return { flagged, invalid };
}

/** `rampart guard check …` and `rampart guard canary`: offline, with the engine in process. */
export const registerGuardCommands: RegisterCommands = (program, ctx) => {
  const guard = program
    .command('guard')
    .description('detect prompt injection, jailbreaks and prompt leaks');

  guard
    .command('check')
    .description('check a text, a file, or a JSONL batch; exit 1 when flagged')
    .argument('[text]', 'the text to check')
    .option('--file <file>', 'check the contents of a file (default kind: document)')
    .option(
      '--jsonl <file>',
      'check every line of a JSONL file; prints one result line per input line',
    )
    .option('--field <name>', 'JSONL field holding the text', 'text')
    .option('--kind <kind>', `what the text is: ${GUARD_KINDS.join(', ')}`)
    .option('--preset <preset>', `operating point: ${GUARD_PRESETS.join(', ')}`, 'balanced')
    .option('--allow <phrase>', 'phrase this deployment allows (repeatable)', collect, [])
    .option('--canary <token>', 'canary token to look for in an output (repeatable)', collect, [])
    .option('--prompt-file <file>', 'protected system prompt an output must not reproduce')
    .action(async (text: string | undefined, flags: CheckFlags) => {
      const out = ctx.out();
      const sources = [
        text !== undefined,
        flags.file !== undefined,
        flags.jsonl !== undefined,
      ].filter(Boolean).length;
      if (sources !== 1) {
        throw new GuardInputInvalid(
          'Give exactly one input: TEXT, --file F or --jsonl F.',
          'Example: rampart guard check "Ignore previous instructions".',
        );
      }
      const preset = parseChoice<GuardPreset>('preset', flags.preset, GUARD_PRESETS);
      const kind = parseChoice<GuardKind>(
        'kind',
        flags.kind ?? (flags.file !== undefined ? 'document' : 'prompt'),
        GUARD_KINDS,
      );
      const options: DetectOptions = {
        kind,
        preset,
        allowList: flags.allow,
        canaries: flags.canary,
        ...(flags.promptFile === undefined
          ? {}
          : { protectedPrompt: await readText(flags.promptFile) }),
      };
      if (flags.jsonl !== undefined) {
        const { flagged, invalid } = await checkJsonl(flags.jsonl, flags.field, options, out);
        if (invalid > 0) ctx.setExitCode(ExitCode.usage);
        if (flagged > 0) ctx.setExitCode(ExitCode.findings);
        return;
      }
      const input = flags.file !== undefined ? await readText(flags.file) : (text as string);
      const result = checkText(input, options);
      if (out.isJson) out.json(result);
      else printResult(out, input, result);
      if (result.flagged) ctx.setExitCode(ExitCode.findings);
    });

  guard
    .command('canary')
    .description('generate a canary token to embed in a system prompt')
    .option('--embed <file>', 'print this system prompt file with the canary embedded')
    .action(async (flags: { embed?: string }) => {
      const out = ctx.out();
      const canary = generateCanary((n) => randomBytes(n));
      const prompt =
        flags.embed === undefined ? undefined : embedCanary(await readText(flags.embed), canary);
      if (out.isJson) out.json(prompt === undefined ? { canary } : { canary, prompt });
      else if (prompt !== undefined) out.write(prompt + '\n');
      else out.line(canary);
      if (!out.isJson)
        out.info(
          `check outputs with: rampart guard check --kind output --canary ${canary} "<model output>"`,
        );
    });
};

/** The engine's verdict, plus the privacy engine's findings when the text is a model output. */
function checkText(text: string, options: DetectOptions): GuardResult {
  const result = detect(text, options);
  return options.kind === 'output' ? withOutputLeaks(text, result) : result;
}
