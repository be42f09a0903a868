import Table from 'cli-table3';
import cliProgress from 'cli-progress';
import pc from 'picocolors';

/** Colour functions; identity functions when colour is off. */
export type Colors = Pick<
  typeof pc,
  'red' | 'green' | 'yellow' | 'blue' | 'cyan' | 'magenta' | 'gray' | 'bold' | 'dim'
>;

export interface ProgressBar {
  increment(by?: number): void;
  update(value: number): void;
  stop(): void;
}

export interface TableColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * The only place that writes to the terminal. Commands print through it so that `--json`,
 * `NO_COLOR` and non-TTY output behave the same everywhere.
 */
export interface Output {
  /** True when the user asked for machine output (`--json`). */
  readonly isJson: boolean;
  readonly color: Colors;
  /** Writes one JSON document (pretty when stdout is a TTY) to stdout. */
  json(value: unknown): void;
  /** Writes one line to stdout. */
  line(text?: string): void;
  /** Writes raw text (no newline added) to stdout. */
  write(text: string): void;
  /** Writes a table for people to stdout. */
  table<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[]): void;
  /** Status and progress messages go to stderr, so stdout stays parseable. */
  info(text: string): void;
  warn(text: string): void;
  error(text: string): void;
  /** A progress bar on stderr; silent when stderr is not a TTY or output is JSON. */
  progress(options: { total: number; label: string; unit?: string }): ProgressBar;
}

export interface OutputOptions {
  readonly json: boolean;
  /** Colour wanted by the environment: false when NO_COLOR is set or stdout is not a TTY. */
  readonly color: boolean;
  readonly stdout?: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr?: NodeJS.WritableStream & { isTTY?: boolean };
}

const silentBar: ProgressBar = { increment() {}, update() {}, stop() {} };

export function createOutput(options: OutputOptions): Output {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const color: Colors = pc.createColors(options.color);
  return {
    isJson: options.json,
    color,
    json(value) {
      stdout.write(JSON.stringify(value, null, stdout.isTTY === true ? 2 : undefined) + '\n');
    },
    line(text = '') {
      stdout.write(text + '\n');
    },
    write(text) {
      stdout.write(text);
    },
    table(rows, columns) {
      const table = new Table({
        head: columns.map((c) => color.bold(c.header)),
        style: { head: [], border: [] },
        chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
        wordWrap: true,
      });
      for (const row of rows) table.push(columns.map((c) => String(c.value(row) ?? '')));
      stdout.write(table.toString() + '\n');
    },
    info(text) {
      stderr.write(text + '\n');
    },
    warn(text) {
      stderr.write(color.yellow('warning ') + text + '\n');
    },
    error(text) {
      stderr.write(color.red('error ') + text + '\n');
    },
    progress({ total, label, unit = '' }) {
      if (options.json || !stderr.isTTY) return silentBar;
      const isBytes = unit.trim() === 'B';
      const show = (n: number) => (isBytes ? formatBytes(n) : `${n}${unit}`);
      const bar = new cliProgress.SingleBar(
        {
          format: `${label} [{bar}] {percentage}% {done}/{all} {speed} eta {eta_formatted}`,
          stream: stderr,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      const startedMs = Date.now();
      let value = 0;
      const payload = () => {
        const seconds = Math.max((Date.now() - startedMs) / 1000, 0.001);
        const rate = value / seconds;
        return {
          done: show(value),
          all: show(total),
          speed: isBytes ? `${formatBytes(rate)}/s` : `${rate.toFixed(1)}${unit}/s`,
        };
      };
      bar.start(total, 0, payload());
      return {
        increment: (by = 1) => {
          value += by;
          bar.update(value, payload());
        },
        update: (next) => {
          value = next;
          bar.update(value, payload());
        },
        stop: () => bar.stop(),
      };
    },
  };
}

/** `1536` → `1.5 KiB`: sizes for people. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${i === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[i] ?? 'B'}`;
}

/** Colour is on only for a TTY and when NO_COLOR is unset (https://no-color.org). */
export function wantsColor(env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return process.stdout.isTTY;
}

/** Prints the last-resort message for an error that escaped every handler. */
export function printFatal(message: string): void {
  console.error(message);
}
