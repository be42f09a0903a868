import { AppError } from '../platform/errors/app-error.js';

/** The text is longer than the guard's configured limit. */
export class GuardTextTooLarge extends AppError {
  readonly code = 'GUARD_TEXT_TOO_LARGE';
  readonly status = 413;
  constructor(chars: number, maxChars: number) {
    super(
      `The text has ${chars} characters; the guard checks at most ${maxChars}.`,
      'Split the document into parts and check each, or raise the guard limit in the configuration.',
      { chars, maxChars },
    );
  }
}

/** An unknown preset or kind was asked for. */
export class GuardOptionInvalid extends AppError {
  readonly code = 'GUARD_OPTION_INVALID';
  readonly status = 400;
  constructor(option: string, value: string, allowed: readonly string[]) {
    super(`Unknown guard ${option} "${value}".`, `Use one of: ${allowed.join(', ')}.`, {
      option,
      value,
      allowed,
    });
  }
}

/** A batch input line could not be read. */
export class GuardInputInvalid extends AppError {
  readonly code = 'GUARD_INPUT_INVALID';
  readonly status = 400;
  constructor(what: string, hint: string, details: Record<string, unknown> = {}) {
    super(what, hint, details);
  }
}
