import { AppError } from '../errors/app-error.js';

export class DatabaseUnreachable extends AppError {
  readonly code = 'DATABASE_UNREACHABLE';
  readonly status = 503;
  constructor(target: string, reason: string, options?: ErrorOptions) {
    super(
      `The database at ${target} could not be reached: ${reason}.`,
      'Check that PostgreSQL is running and that RAMPART_DATABASE_URL (host, port, database, user) is right; unset it to use the embedded SQLite database.',
      { target },
      options,
    );
  }
}

export class DataDirNotWritable extends AppError {
  readonly code = 'DATA_DIR_NOT_WRITABLE';
  readonly status = 500;
  constructor(dir: string, reason: string, options?: ErrorOptions) {
    super(
      `The data directory ${dir} is not writable: ${reason}.`,
      'Choose a directory this user can write with --data-dir or RAMPART_DATA_DIR, or fix its permissions (e.g. chown/chmod).',
      { dir },
      options,
    );
  }
}

export class MigrationFailed extends AppError {
  readonly code = 'DATABASE_MIGRATION_FAILED';
  readonly status = 500;
  constructor(migration: string, reason: string, options?: ErrorOptions) {
    super(
      `Database migration ${migration} failed: ${reason}.`,
      'Nothing of that migration was kept. Check the database user has DDL rights and run `rampart doctor`; restore from backup if the schema was changed by hand.',
      { migration },
      options,
    );
  }
}

export class DatabaseNewerThanApp extends AppError {
  readonly code = 'DATABASE_NEWER_THAN_APP';
  readonly status = 500;
  constructor(unknown: readonly string[]) {
    super(
      `The database has migrations this version of Rampart does not know: ${unknown.join(', ')}.`,
      'Run the Rampart version that created this database (or newer); do not downgrade over a newer data directory.',
      { unknown },
    );
  }
}

export class BlobNotFound extends AppError {
  readonly code = 'BLOB_NOT_FOUND';
  readonly status = 404;
  constructor(digest: string) {
    super(
      `No blob with digest ${digest} is stored.`,
      'The content may have been deleted or the data directory restored without its blobs; re-upload it.',
      { digest },
    );
  }
}

export class BlobDigestMismatch extends AppError {
  readonly code = 'BLOB_DIGEST_MISMATCH';
  readonly status = 400;
  constructor(expected: string, actual: string) {
    super(
      `The uploaded content hashes to ${actual}, not the expected ${expected}.`,
      'The upload was corrupted or is not the file you meant; upload it again.',
      { expected, actual },
    );
  }
}

export class BlobTooLarge extends AppError {
  readonly code = 'BLOB_TOO_LARGE';
  readonly status = 413;
  constructor(maxBytes: number) {
    super(
      `The content is larger than the limit of ${maxBytes} bytes.`,
      'Upload a smaller file or raise the limit in the configuration.',
      { maxBytes },
    );
  }
}
