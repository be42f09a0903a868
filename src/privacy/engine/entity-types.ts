/** Personal data the engine recognises. */
export const PII_TYPES = [
  'PERSON',
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'NATIONAL_ID',
  'IP_ADDRESS',
  'DATE_OF_BIRTH',
  'STREET_ADDRESS',
  'URL',
] as const;

/** Credentials the engine recognises; the `SECRET` roll-up class. */
export const SECRET_TYPES = [
  'AWS_ACCESS_KEY',
  'GITHUB_TOKEN',
  'SLACK_TOKEN',
  'PRIVATE_KEY',
  'JWT',
  'GENERIC_SECRET',
] as const;

export const ENTITY_TYPES = [...PII_TYPES, ...SECRET_TYPES] as const;

export type PiiType = (typeof PII_TYPES)[number];
export type SecretType = (typeof SECRET_TYPES)[number];
export type EntityType = PiiType | SecretType;

const SECRET_SET: ReadonlySet<string> = new Set(SECRET_TYPES);
const ENTITY_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** True for the six credential types (the `SECRET` roll-up). */
export function isSecretType(type: string): type is SecretType {
  return SECRET_SET.has(type);
}

export function isEntityType(value: string): value is EntityType {
  return ENTITY_SET.has(value);
}

/**
 * One detected span. Offsets are JavaScript string indices into the scanned text, `start`
 * inclusive and `end` exclusive. `reason` says why it fired (pattern, checksum, context word),
 * never the value itself.
 */
export interface Finding {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1] after context scoring. */
  readonly score: number;
  readonly recognizer: string;
  readonly reason: string;
}
