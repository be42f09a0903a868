import { z } from 'zod';

/** Entity types the privacy engine reports. */
export const PiiEntityType = z.enum([
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
  'AWS_ACCESS_KEY',
  'GITHUB_TOKEN',
  'SLACK_TOKEN',
  'PRIVATE_KEY',
  'JWT',
  'GENERIC_SECRET',
]);

export const PiiFinding = z.object({
  type: PiiEntityType,
  start: z.number().int().nonnegative().describe('JavaScript string index, inclusive'),
  end: z.number().int().nonnegative().describe('JavaScript string index, exclusive'),
  score: z.number().min(0).max(1),
  recognizer: z.string(),
  reason: z.string().describe('why it fired; never the value'),
});

export const PiiScanTextBody = z.object({
  text: z.string().describe('text to scan'),
  threshold: z.number().min(0).max(1).optional(),
  entities: z.array(PiiEntityType).optional().describe('only these types; all when absent'),
});

export const PiiScanTextResult = z.object({
  findings: z.array(PiiFinding),
  counts: z.record(z.string(), z.number().int()),
});

export const PiiMaskTextBody = z.object({
  text: z.string(),
  policy: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('a policy object, same format as the policy file (docs/privacy.md)'),
});

export const PiiMaskTextResult = z.object({
  text: z.string(),
  changed: z.record(z.string(), z.number().int()).describe('spans changed per entity type'),
});
