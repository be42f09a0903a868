import { AppError } from '../platform/errors/app-error.js';

/** A policy file that is not valid JSON or breaks the policy schema; names the line and field. */
export class PiiPolicyInvalid extends AppError {
  readonly code = 'PII_POLICY_INVALID';
  readonly status = 400;
  constructor(problem: string, where: { line: number; field: string }) {
    super(
      `Policy file is invalid at line ${where.line}${where.field === '' ? '' : ` (${where.field})`}: ${problem}`,
      'Fix that line; see docs/privacy.md for the policy format and the operators each type accepts.',
      { line: where.line, field: where.field },
    );
  }
}

/** A key for hashing, pseudonyms or encryption that is missing or of the wrong size. */
export class PiiKeyInvalid extends AppError {
  readonly code = 'PII_KEY_INVALID';
  readonly status = 400;
  constructor(problem: string) {
    super(
      `Masking key is unusable: ${problem}`,
      'Pass --key-file with a file holding at least 32 random bytes (e.g. `openssl rand 32 > key`).',
    );
  }
}

/** Input beyond a configured limit (text length, line length, cells in a row, rows sampled). */
export class PiiInputTooLarge extends AppError {
  readonly code = 'PII_INPUT_TOO_LARGE';
  readonly status = 413;
  constructor(what: string, limit: number) {
    super(
      `${what} exceeds the limit of ${limit}.`,
      'Split the input into smaller parts or raise the limit in the privacy settings.',
      { what, limit },
    );
  }
}

/** A CSV, JSONL or Parquet file that cannot be parsed. */
export class PiiInputMalformed extends AppError {
  readonly code = 'PII_INPUT_MALFORMED';
  readonly status = 400;
  constructor(problem: string, where: { line?: number; format: string }) {
    super(
      `Cannot read the ${where.format} input${where.line === undefined ? '' : ` at line ${where.line}`}: ${problem}`,
      'Check the file is well-formed (quotes closed, one JSON object per line) and has the right extension.',
      { ...where, problem },
    );
  }
}

/** A file type the privacy engine does not read or write. */
export class PiiFormatUnsupported extends AppError {
  readonly code = 'PII_FORMAT_UNSUPPORTED';
  readonly status = 400;
  constructor(format: string, supported: readonly string[]) {
    super(
      `Format ${format} is not supported here.`,
      `Use one of: ${supported.join(', ')} (chosen by file extension).`,
      { format, supported },
    );
  }
}

/** A quasi-identifier or field name that the input does not have. */
export class PiiColumnUnknown extends AppError {
  readonly code = 'PII_COLUMN_UNKNOWN';
  readonly status = 400;
  constructor(column: string, available: readonly string[]) {
    super(
      `Column ${column} is not in the input.`,
      `Use one of the columns the file has: ${available.slice(0, 20).join(', ')}.`,
      { column },
    );
  }
}

/** An encrypted token that does not decrypt with the given key (wrong key or tampered). */
export class PiiDecryptFailed extends AppError {
  readonly code = 'PII_DECRYPT_FAILED';
  readonly status = 400;
  constructor(cause?: unknown) {
    super(
      'The encrypted value does not decrypt with this key.',
      'Use the key the value was masked with; a changed value cannot be recovered.',
      {},
      cause === undefined ? undefined : { cause },
    );
  }
}

export class PiiReportNotFound extends AppError {
  readonly code = 'PII_REPORT_NOT_FOUND';
  readonly status = 404;
  constructor(ref: string) {
    super(
      `Dataset version ${ref} has no PII report yet.`,
      'Scan it first: `rampart pii scan-dataset NAME@VERSION` or POST …/versions/{version}/pii-scan.',
      { ref },
    );
  }
}
