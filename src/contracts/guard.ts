import { z } from 'zod';

export const GuardKind = z.enum(['prompt', 'document', 'output']);
export const GuardPreset = z.enum(['strict', 'balanced', 'permissive']);
export const GuardCategory = z.enum([
  'instruction_override',
  'roleplay_jailbreak',
  'system_prompt_extraction',
  'indirect_instruction',
  'obfuscation',
  'data_exfiltration',
  'canary_leak',
  'prompt_leak',
  'sensitive_data',
]);

/** Body of `POST /guard/check`. */
export const GuardCheckBody = z.object({
  text: z.string().describe('the prompt, document or model output to check'),
  kind: GuardKind.default('prompt').describe(
    'prompt (user input), document (data the model reads) or output (model answer)',
  ),
  preset: GuardPreset.optional().describe('operating point; the server default when absent'),
  canaries: z
    .array(z.string().min(8).max(128))
    .max(16)
    .optional()
    .describe('canary tokens to look for in an output'),
  protectedPrompt: z
    .string()
    .max(100_000)
    .optional()
    .describe('system prompt an output must not reproduce'),
});
export type GuardCheckBody = z.infer<typeof GuardCheckBody>;

export const GuardCheckResult = z.object({
  score: z.number().min(0).max(1),
  flagged: z.boolean(),
  threshold: z.number(),
  categories: z.array(GuardCategory).readonly(),
  spans: z
    .array(z.object({ start: z.number().int(), end: z.number().int(), category: GuardCategory }))
    .readonly()
    .describe('UTF-16 offsets [start, end) into the checked text'),
  reasons: z
    .array(
      z.object({
        rule: z.string(),
        category: GuardCategory,
        message: z.string(),
        weight: z.number(),
      }),
    )
    .readonly(),
  modelScore: z.number().describe('learned model probability alone'),
  ruleScore: z.number().describe('rule evidence alone'),
});
export type GuardCheckResult = z.infer<typeof GuardCheckResult>;
