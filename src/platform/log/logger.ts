import { destination, pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths pino blanks out before a line is written: credentials wherever they appear. Raw prompts,
 * dataset rows and PII are never logged in the first place.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.apiKey',
  '*.masterKey',
  'password',
  'token',
  'secret',
];

export interface LoggerOptions {
  readonly level: string;
  readonly destination?: DestinationStream;
}

/** The one root logger; components take `logger.child({ component })`. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { service: 'rampart' },
    },
    options.destination ?? destination({ dest: 2, sync: false }),
  );
}
