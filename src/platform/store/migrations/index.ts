import type { Migration } from '../migration.js';
import { platformMeta } from './0001-platform-meta.js';
import { identity } from './0002-identity.js';
import { audit } from './0003-audit.js';
import { registry } from './0004-registry.js';
import { registrySignatures } from './0005-registry-signatures.js';
import { registryScanPolicy } from './0006-registry-scan-policy.js';
import { platformSecrets } from './0007-platform-secrets.js';
import { piiReports } from './0008-pii-reports.js';
import { modelEvaluations } from './0009-model-evaluations.js';

/**
 * Every migration, in order. A test checks that each file in this folder is listed here once.
 * Domains add their migration files to this folder and a line here.
 */
export const migrations: readonly Migration[] = [
  platformMeta,
  identity,
  audit,
  registry,
  registrySignatures,
  registryScanPolicy,
  platformSecrets,
  piiReports,
  modelEvaluations,
];
