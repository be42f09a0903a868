import { AppError } from '../platform/errors/app-error.js';

/** A column named on the command line or in a request is not in the table. */
export class FairnessColumnNotFound extends AppError {
  readonly code = 'FAIRNESS_COLUMN_NOT_FOUND';
  readonly status = 400;
  constructor(column: string, available: readonly string[]) {
    super(
      `The table has no column "${column}".`,
      `Use one of: ${available.slice(0, 20).join(', ')}${available.length > 20 ? ', …' : ''}.`,
      { column },
    );
  }
}

/** A label or prediction column holds values other than 0/1 (or the score is not numeric). */
export class FairnessInvalidColumn extends AppError {
  readonly code = 'FAIRNESS_INVALID_COLUMN';
  readonly status = 400;
  constructor(column: string, problem: string, row?: number) {
    super(
      `Column "${column}" ${problem}${row === undefined ? '' : ` (row ${row + 1})`}.`,
      'Labels and predictions must be 0/1 (or true/false); scores must be numbers. Clean or ' +
        'filter the rows, or derive a prediction with --score and --threshold.',
      { column, ...(row === undefined ? {} : { row: row + 1 }) },
    );
  }
}

/** Options that contradict each other or are out of range. */
export class FairnessInvalidOptions extends AppError {
  readonly code = 'FAIRNESS_INVALID_OPTIONS';
  readonly status = 400;
}

/** The table could not be parsed in the format its name or content says. */
export class FairnessTableUnreadable extends AppError {
  readonly code = 'FAIRNESS_TABLE_UNREADABLE';
  readonly status = 400;
  constructor(format: string, reason: string, options?: ErrorOptions) {
    super(
      `The ${format} table could not be read: ${reason}.`,
      'Check that the file is valid CSV (with a header row), JSONL (one object per line) or ' +
        'Parquet, and that --format matches it.',
      { format },
      options,
    );
  }
}

/** The input is larger than the configured limit. */
export class FairnessInputTooLarge extends AppError {
  readonly code = 'FAIRNESS_INPUT_TOO_LARGE';
  readonly status = 413;
  constructor(what: string, limit: number) {
    super(
      `The ${what} exceeds the limit of ${limit}.`,
      'Sample the table first, or raise the fairness limit in the configuration.',
      { what, limit },
    );
  }
}

/** A group lacks positive or negative labels, so its ROC curve is undefined. */
export class FairnessDegenerateGroup extends AppError {
  readonly code = 'FAIRNESS_DEGENERATE_GROUP';
  readonly status = 400;
  constructor(group: string) {
    super(
      `Group "${group}" has only one label value, so no threshold can be fitted for it.`,
      'Merge or drop the group before threshold post-processing, or use reweighing instead.',
      { group },
    );
  }
}

/** A group value is not known to a threshold rule (or the privileged group is absent). */
export class FairnessUnknownGroup extends AppError {
  readonly code = 'FAIRNESS_UNKNOWN_GROUP';
  readonly status = 400;
  constructor(group: string, known: readonly string[]) {
    super(
      `Group "${group}" is not one of the groups this applies to.`,
      `Known groups: ${known.slice(0, 20).join(', ')}. Refit the rule on data that contains it.`,
      { group },
    );
  }
}

/** A model description (coefficients or tree ensemble JSON) is malformed. */
export class FairnessModelInvalid extends AppError {
  readonly code = 'FAIRNESS_MODEL_INVALID';
  readonly status = 400;
  constructor(reason: string) {
    super(
      `The model description is invalid: ${reason}.`,
      'See docs/fairness.md for the linear/logistic and tree-ensemble JSON formats.',
    );
  }
}
