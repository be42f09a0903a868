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
