import { AppError } from '../platform/errors/app-error.js';

/** A parse or read limit (bytes, depth, entries, ratio) was exceeded while reading a file. */
export class ScanLimitExceeded extends AppError {
  readonly code = 'SCAN_LIMIT_EXCEEDED';
  readonly status = 413;
  constructor(limit: string, value: number, max: number) {
    super(
      `The file exceeds the scanner limit ${limit} (${value} > ${max}).`,
      'Raise the limit in the scan options only if you trust the file source; otherwise treat the file as hostile.',
      { limit, value, max },
    );
  }
}

/** The bytes are not a well-formed instance of the format they claim to be. */
export class ScanFormatMalformed extends AppError {
  readonly code = 'SCAN_FORMAT_MALFORMED';
  readonly status = 422;
  constructor(format: string, reason: string, offset?: number) {
    super(
      `The ${format} data is malformed: ${reason}${offset === undefined ? '' : ` (at byte ${offset})`}.`,
      'Re-export the file with its original library; a file that does not parse cannot be trusted.',
      offset === undefined ? { format, reason } : { format, reason, offset },
    );
  }
}

/** The file or directory could not be opened or read. */
export class ScanFileUnreadable extends AppError {
  readonly code = 'SCAN_FILE_UNREADABLE';
  readonly status = 400;
  constructor(path: string, reason: string, options?: ErrorOptions) {
    super(
      `Cannot read ${path}: ${reason}.`,
      'Check that the path exists and that you have permission to read it.',
      { path, reason },
      options,
    );
  }
}

/** A user policy file is not valid JSON or does not follow the policy schema. */
export class ScanPolicyInvalid extends AppError {
  readonly code = 'SCAN_POLICY_INVALID';
  readonly status = 400;
  constructor(reason: string) {
    super(
      `The scan policy file is invalid: ${reason}.`,
      'Fix the policy file: it is JSON with optional "safe" and "dangerous" arrays of "module.name" or "module.*" strings.',
      { reason },
    );
  }
}

/** An upload to `POST /scans` carried no bytes or no usable file name. */
export class ScanUploadInvalid extends AppError {
  readonly code = 'SCAN_UPLOAD_INVALID';
  readonly status = 400;
  constructor(reason: string) {
    super(
      `The scan upload is invalid: ${reason}.`,
      'Send the file as an application/octet-stream body with ?filename=NAME.',
      { reason },
    );
  }
}

/** A CLI flag has a value the scanner does not accept. */
export class ScanOptionInvalid extends AppError {
  readonly code = 'SCAN_OPTION_INVALID';
  readonly status = 400;
  constructor(option: string, value: string, allowed: readonly string[]) {
    super(`Invalid value "${value}" for ${option}.`, `Use one of: ${allowed.join(', ')}.`, {
      option,
      value,
      allowed,
    });
  }
}
