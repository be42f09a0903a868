import { AppError } from '../errors/app-error.js';

/** A signed note or checkpoint could not be parsed. */
export class AuditNoteMalformed extends AppError {
  readonly code = 'AUDIT_NOTE_MALFORMED';
  readonly status = 400;
  constructor(reason: string) {
    super(
      `The signed checkpoint is malformed: ${reason}.`,
      'Pass the checkpoint exactly as the server returned it (C2SP signed-note text, ending in a newline).',
      { reason },
    );
  }
}

/** A signing or verifier key string could not be parsed. */
export class AuditKeyMalformed extends AppError {
  readonly code = 'AUDIT_KEY_MALFORMED';
  readonly status = 400;
  constructor(reason: string) {
    super(
      `The checkpoint key is malformed: ${reason}.`,
      'Use the verifier key printed by `rampart audit key` (name+hash+base64), unchanged.',
      { reason },
    );
  }
}

/** A proof was asked for sizes or an index the log cannot answer. */
export class AuditProofRange extends AppError {
  readonly code = 'AUDIT_PROOF_OUT_OF_RANGE';
  readonly status = 400;
  constructor(reason: string, details: Record<string, unknown>) {
    super(
      `No proof exists for that request: ${reason}.`,
      'Ask for 0 ≤ index < size ≤ the latest tree size, or 1 ≤ old size ≤ new size ≤ the latest tree size.',
      details,
    );
  }
}

/** The log has no checkpoint yet (it is empty). */
export class AuditNoCheckpoint extends AppError {
  readonly code = 'AUDIT_NO_CHECKPOINT';
  readonly status = 404;
  constructor() {
    super(
      'The audit log has no checkpoint yet.',
      'Checkpoints are issued once the log has records; try again after some activity.',
    );
  }
}

/** The stored tree does not match its head: the database was changed outside Rampart. */
export class AuditLogCorrupt extends AppError {
  readonly code = 'AUDIT_LOG_CORRUPT';
  readonly status = 500;
  constructor(reason: string) {
    super(
      `The audit log's stored tree is inconsistent: ${reason}.`,
      'Run `rampart audit verify --data-dir DIR` to find the first record or checkpoint that was changed, and restore the database from a backup.',
      { reason },
    );
  }
}

/** An audit record asked for by position does not exist (or is outside the caller's projects). */
export class AuditRecordNotFound extends AppError {
  readonly code = 'AUDIT_RECORD_NOT_FOUND';
  readonly status = 404;
  constructor(seq: number) {
    super(
      `There is no audit record ${seq}.`,
      'List records with `rampart audit log` and use a position from there.',
      { seq },
    );
  }
}
