import { AppError } from '../platform/errors/app-error.js';

export class RegistryAssetNotFound extends AppError {
  readonly code = 'REGISTRY_ASSET_NOT_FOUND';
  readonly status = 404;
  constructor(kind: string, project: string, name: string) {
    super(
      `No ${kind} named ${name} in project ${project}.`,
      `List them with \`rampart ${kind}s list --project ${project}\`; names are per project.`,
      { kind, project, name },
    );
  }
}

export class RegistryVersionNotFound extends AppError {
  readonly code = 'REGISTRY_VERSION_NOT_FOUND';
  readonly status = 404;
  constructor(kind: string, name: string, selector: string) {
    super(
      `${kind} ${name} has no version ${selector}.`,
      `List the versions with \`rampart ${kind}s versions ${name}\` and pick one of those.`,
      { kind, name, selector },
    );
  }
}

export class RegistryFileNotFound extends AppError {
  readonly code = 'REGISTRY_FILE_NOT_FOUND';
  readonly status = 404;
  constructor(name: string, version: number, file: string) {
    super(
      `${name}@${version} has no file ${file}.`,
      `See the files with \`show ${name}@${version}\`.`,
      {
        name,
        version,
        file,
      },
    );
  }
}

export class RegistryInputInvalid extends AppError {
  readonly code = 'REGISTRY_INPUT_INVALID';
  readonly status = 400;
  constructor(what: string, reason: string) {
    super(
      `Invalid ${what}: ${reason}.`,
      'Fix the value and try again; `--help` lists the accepted forms.',
      {
        what,
        reason,
      },
    );
  }
}

export class RegistryBlobMissing extends AppError {
  readonly code = 'REGISTRY_BLOB_MISSING';
  readonly status = 400;
  constructor(path: string, digest: string) {
    super(
      `File ${path} refers to content ${digest} that was never uploaded.`,
      'Upload each file first (POST …/uploads) and use the digest it returns.',
      { path, digest },
    );
  }
}

export class RegistryQuarantined extends AppError {
  readonly code = 'REGISTRY_VERSION_QUARANTINED';
  readonly status = 403;
  constructor(name: string, version: number) {
    super(
      `${name}@${version} is quarantined; its content cannot be downloaded.`,
      'Ask a security reviewer to release it, or download with the audited override (requires the delete permission on it).',
      { name, version },
    );
  }
}

export class RegistryStateConflict extends AppError {
  readonly code = 'REGISTRY_STATE_CONFLICT';
  readonly status = 409;
  constructor(reason: string) {
    super(
      `The request conflicts with the current state: ${reason}.`,
      'Check the current state with `show` and retry.',
      {
        reason,
      },
    );
  }
}

export class RegistryRollbackUnavailable extends AppError {
  readonly code = 'REGISTRY_ROLLBACK_UNAVAILABLE';
  readonly status = 409;
  constructor(name: string, stage: string) {
    super(
      `Stage ${stage} of ${name} has no earlier version to roll back to.`,
      'Promote a version to the stage explicitly instead.',
      { name, stage },
    );
  }
}

export class RegistryPathUnreadable extends AppError {
  readonly code = 'REGISTRY_PATH_UNREADABLE';
  readonly status = 400;
  constructor(path: string, reason: string) {
    super(
      `Cannot read ${path}: ${reason}.`,
      'Check the path exists and this user can read it (a file or a directory of files).',
      {
        path,
        reason,
      },
    );
  }
}

export class RegistrySignatureInvalid extends AppError {
  readonly code = 'REGISTRY_SIGNATURE_INVALID';
  readonly status = 409;
  constructor(ref: string, problems: readonly string[]) {
    super(
      `The signature of ${ref} does not match its files: ${problems.join('; ')}.`,
      'Do not use this version; run `verify` for details and restore the registry database from backup.',
      { ref, problems },
    );
  }
}

export class RegistryArchiveInvalid extends AppError {
  readonly code = 'REGISTRY_ARCHIVE_INVALID';
  readonly status = 400;
  constructor(file: string, reason: string) {
    super(
      `The archive ${file} cannot be expanded: ${reason}.`,
      'Push a zip with relative paths, no links, and sizes within the limits, or push the directory instead.',
      { file, reason },
    );
  }
}
