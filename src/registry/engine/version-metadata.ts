import { z } from 'zod';
import { RegistryInputInvalid } from '../registry.errors.js';
import type { VersionMetadata } from './ml-bom.js';

const MetadataSchema = z
  .object({
    framework: z.string().max(200).optional(),
    format: z.string().max(200).optional(),
    task: z.string().max(200).optional(),
    metrics: z.record(z.string().max(100), z.number()).optional(),
    parameters: z
      .record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean()]))
      .optional(),
    labels: z.record(z.string().max(100), z.string().max(1000)).optional(),
  })
  .strict();

/** Validates version metadata (known keys, bounded sizes); throws REGISTRY_INPUT_INVALID. */
export function parseMetadata(metadata: VersionMetadata | undefined): VersionMetadata {
  const parsed = MetadataSchema.safeParse(metadata ?? {});
  if (!parsed.success) {
    throw new RegistryInputInvalid(
      'metadata',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return parsed.data as VersionMetadata;
}
