import { z } from 'zod';

/** Severity of a scan finding; critical and high make a file malicious. */
export const ScanSeverity = z.enum(['critical', 'high', 'medium', 'low']);
/** Verdict for one scanned file. */
export const ScanVerdict = z.enum(['malicious', 'suspicious', 'clean', 'error']);

export const ScanFinding = z.object({
  rule: z.string().describe('stable rule id, e.g. pickle.dangerous-import'),
  severity: ScanSeverity,
  message: z.string(),
  location: z.object({
    file: z.string(),
    member: z
      .array(z.string())
      .readonly()
      .optional()
      .describe('archive members from outermost to innermost'),
    offset: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('byte offset inside the innermost member'),
  }),
  symbol: z.string().optional().describe('resolved Python symbol or other subject'),
  atlas: z.string().describe('MITRE ATLAS technique id'),
  remediation: z.string(),
});

export const ScanReport = z.object({
  path: z.string(),
  format: z.string().describe('format detected from content'),
  verdict: ScanVerdict,
  findings: z.array(ScanFinding).readonly(),
  sizeBytes: z.number().int().nonnegative(),
  policyVersion: z.string(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type ScanReport = z.infer<typeof ScanReport>;

/** Query of `POST /scans`: the body is the file (application/octet-stream). */
export const ScanUploadQuery = z.object({
  filename: z
    .string()
    .min(1)
    .max(255)
    .describe('original file name; only used for messages and extension checks'),
});
