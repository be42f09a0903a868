import { z } from 'zod';

/** Schemas of the registry API (`/api/v1/models…`, `/api/v1/datasets…`), shared with the dashboard. */

const Name = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
const Digest = z.string().regex(/^[0-9a-f]{64}$/);

export const RegistryAssetParams = z.object({ project: Name, name: Name });
export const RegistryVersionParams = RegistryAssetParams.extend({
  version: z.string().min(1).max(40).describe('a version number, a stage name, or `latest`'),
});
export const RegistryStageParams = RegistryAssetParams.extend({ stage: z.string().min(1).max(32) });
export const RegistryFileParams = RegistryVersionParams.extend({
  '*': z.string().min(1).max(1024),
});
export const RegistryListQuery = z.object({ project: Name.optional() });
export const RegistryDownloadQuery = z.object({
  override: z
    .enum(['true', 'false'])
    .optional()
    .describe('download a quarantined version (needs the delete permission; audited)'),
});
export const RegistryDiffQuery = z.object({
  from: z.string().min(1).max(40),
  to: z.string().min(1).max(40),
});

export const VersionMetadata = z
  .object({
    framework: z.string().max(200).optional(),
    format: z.string().max(200).optional(),
    task: z.string().max(200).optional(),
    metrics: z.record(z.string(), z.number()).optional(),
    parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    labels: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export const CreateVersionBody = z.object({
  files: z
    .array(z.object({ path: z.string().min(1).max(1024), digest: Digest }))
    .min(1)
    .max(10_000),
  metadata: VersionMetadata.optional(),
  trainedOn: z
    .array(z.string().max(300))
    .max(100)
    .optional()
    .describe('dataset versions: `name@3`, `project/name:production`'),
  description: z.string().max(2000).optional(),
  tags: z.array(z.string().max(100)).max(50).optional(),
  riskTier: z.string().max(50).optional(),
});
export const PromoteBody = z.object({ version: z.string().min(1).max(40) });
export const QuarantineBody = z.object({ reason: z.string().max(500).optional() });

export const UploadResult = z.object({ digest: Digest, size: z.number().int().nonnegative() });

export const AssetView = z.object({
  kind: z.enum(['model', 'dataset']),
  project: z.string(),
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()).readonly(),
  owner: z.string(),
  riskTier: z.string(),
  createdAt: z.string(),
  versionCount: z.number().int(),
  latestVersion: z.number().int().nullable(),
  stages: z.array(z.object({ stage: z.string(), version: z.number().int() })).readonly(),
});

export const StageMove = z.object({
  stage: z.string(),
  action: z.enum(['promote', 'rollback']),
  fromVersion: z.number().int().nullable(),
  toVersion: z.number().int().nullable(),
  actor: z.string(),
  at: z.string(),
});
export const AssetDetail = AssetView.extend({ history: z.array(StageMove).readonly() });

const FileView = z.object({ path: z.string(), sha256: Digest, size: z.number().int() });

export const VersionView = z.object({
  kind: z.enum(['model', 'dataset']),
  project: z.string(),
  name: z.string(),
  version: z.number().int(),
  status: z.enum(['available', 'quarantined']),
  statusReason: z.string().nullable(),
  scan: z.object({
    status: z.enum(['clean', 'flagged', 'unscanned', 'error']),
    findings: z
      .array(
        z.object({
          file: z.string(),
          rule: z.string(),
          severity: z.string(),
          message: z.string(),
          symbol: z.string().optional(),
        }),
      )
      .readonly(),
  }),
  metadata: VersionMetadata,
  manifestDigest: z.string(),
  totalBytes: z.number().int(),
  fileCount: z.number().int(),
  signerKeyId: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  stages: z.array(z.string()).readonly(),
});
export const VersionDetail = VersionView.extend({
  files: z.array(FileView).readonly(),
  trainedOn: z
    .array(
      z.object({
        kind: z.string(),
        project: z.string(),
        name: z.string(),
        version: z.number().int(),
      }),
    )
    .readonly(),
  signature: z.object({
    verified: z.boolean(),
    keyId: z.string().optional(),
    problems: z.array(z.string()).readonly(),
  }),
});

export const VerifyResult = z.object({
  ok: z.boolean(),
  keyId: z.string().optional(),
  problems: z.array(z.string()).readonly(),
  files: z.number().int(),
});

export const VersionDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  added: z.array(FileView).readonly(),
  removed: z.array(FileView).readonly(),
  changed: z.array(z.object({ path: z.string(), from: FileView, to: FileView })).readonly(),
  unchanged: z.number().int(),
  metadata: z.array(z.object({ key: z.string(), from: z.unknown(), to: z.unknown() })).readonly(),
});

export const AttachSignatureBody = z.object({
  bundle: z
    .record(z.string(), z.unknown())
    .describe('OpenSSF model-signing v1.0 bundle (Sigstore bundle with a DSSE envelope)'),
  publicKey: z
    .string()
    .min(1)
    .max(10_000)
    .describe('PEM public key (Ed25519 or ECDSA P-256) that verifies it'),
});
export const AttachedSignature = z.object({
  keyId: z.string(),
  attachedBy: z.string(),
  attachedAt: z.string(),
  verified: z.boolean(),
});
