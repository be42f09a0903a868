import { AppError } from '../errors/app-error.js';

export class MasterKeyInvalid extends AppError {
  readonly code = 'MASTER_KEY_INVALID';
  readonly status = 500;
  constructor(source: string, reason: string) {
    super(
      `The master key from ${source} is unusable: ${reason}.`,
      'Supply 32 random bytes in base64 (e.g. `openssl rand -base64 32`) or a key file written by Rampart.',
      { source },
    );
  }
}

export class KekNotFound extends AppError {
  readonly code = 'KEK_NOT_FOUND';
  readonly status = 500;
  constructor(kekId: string, version: number) {
    super(
      `The master key ${kekId} version ${version} that wraps this content is not in the keyring.`,
      'Start Rampart with the key file that holds that version (a restored backup needs its keys too).',
      { kekId, version },
    );
  }
}

export class KekRetired extends AppError {
  readonly code = 'KEK_RETIRED';
  readonly status = 500;
  constructor(kekId: string, version: number, minVersion: number) {
    super(
      `The master key ${kekId} version ${version} is retired (minimum decryption version is ${minVersion}).`,
      'Run `rampart keys rewrap` with the old version still allowed before raising the minimum decryption version.',
      { kekId, version, minVersion },
    );
  }
}

export class KeyUnwrapFailed extends AppError {
  readonly code = 'KEY_UNWRAP_FAILED';
  readonly status = 500;
  constructor(kekId: string, version: number) {
    super(
      `The data key could not be unwrapped with master key ${kekId} version ${version}.`,
      'The key slot was altered or the key file holds a different key under that version; restore the right key file or the blob from backup.',
      { kekId, version },
    );
  }
}

export class KeyRotationUnsupported extends AppError {
  readonly code = 'KEY_ROTATION_UNSUPPORTED';
  readonly status = 400;
  constructor(source: string) {
    super(
      `The master key comes from ${source}, which Rampart cannot add versions to.`,
      'Use a key file for the master key (rotation appends a version to it), or supply the new key yourself and restart.',
      { source },
    );
  }
}

const CORRUPT_HINT =
  'The stored file was damaged or tampered with; restore it from backup and run `rampart doctor --deep`.';

/** Decryption refused the content; no plaintext of the failing part was released. */
export abstract class EncryptedBlobCorrupt extends AppError {
  readonly status = 500;
}

export class EncryptedHeaderInvalid extends EncryptedBlobCorrupt {
  readonly code = 'ENCRYPTED_HEADER_INVALID';
  constructor(reason: string) {
    super(`Encrypted content has an invalid header: ${reason}.`, CORRUPT_HINT, { reason });
  }
}

export class EncryptedSegmentInvalid extends EncryptedBlobCorrupt {
  readonly code = 'ENCRYPTED_SEGMENT_INVALID';
  constructor(segment: number) {
    super(
      `Encrypted segment ${segment} failed authentication (altered, reordered, dropped or spliced).`,
      CORRUPT_HINT,
      { segment },
    );
  }
}

export class EncryptedTruncated extends EncryptedBlobCorrupt {
  readonly code = 'ENCRYPTED_TRUNCATED';
  constructor(segment: number) {
    super(
      `Encrypted content ends before its final segment (after segment ${segment}).`,
      CORRUPT_HINT,
      {
        segment,
      },
    );
  }
}

export class EncryptedTrailingData extends EncryptedBlobCorrupt {
  readonly code = 'ENCRYPTED_TRAILING_DATA';
  constructor(segment: number) {
    super(`Bytes follow the final encrypted segment (segment ${segment}).`, CORRUPT_HINT, {
      segment,
    });
  }
}

export class SignatureInvalid extends AppError {
  readonly code = 'SIGNATURE_INVALID';
  readonly status = 400;
  constructor(reason: string) {
    super(
      `The signature bundle is not valid: ${reason}.`,
      'Attach an OpenSSF model-signing v1.0 bundle (DSSE envelope over an in-toto statement) signed by a trusted key.',
      { reason },
    );
  }
}
