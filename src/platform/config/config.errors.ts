import { AppError } from '../errors/app-error.js';

export interface ConfigProblem {
  /** Dotted key, e.g. `server.port`. */
  readonly key: string;
  readonly problem: string;
  /** Where the value can be set: the env variable and/or the config file key. */
  readonly setWith: string;
}

export class ConfigInvalid extends AppError {
  readonly code = 'CONFIG_INVALID';
  readonly status = 400;
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ` +
        problems.map((p) => `${p.key}: ${p.problem}`).join('; '),
      'Fix each key listed: ' + problems.map((p) => `${p.key} (${p.setWith})`).join('; ') + '.',
      { problems },
    );
  }
}

export class ConfigFileUnreadable extends AppError {
  readonly code = 'CONFIG_FILE_UNREADABLE';
  readonly status = 400;
  constructor(file: string, reason: string, options?: ErrorOptions) {
    super(
      `The config file ${file} could not be read: ${reason}.`,
      'Check the path given to --config (or rampart.config.json in the working directory) and that it holds one JSON object.',
      { file },
      options,
    );
  }
}
