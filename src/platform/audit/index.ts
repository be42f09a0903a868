export type { AuditEntry, AuditOutcome, AuditSink } from './audit-sink.js';
export { AuditService, type AuditServiceOptions, type CheckpointView } from './audit.service.js';
export { auditRoutes, type AuditRoutesOptions } from './audit.routes.js';
export {
  LogVerifier,
  type VerifyReport,
  type VerifyProblem,
  type CheckpointRow,
} from './verify-log.js';
export type { AuditRecordRow } from './audit-record.js';
export { verifyInclusion, verifyConsistency } from './merkle/proofs.js';
export { parseSignedNote, parseVerifierKey, hasValidSignature } from './signed-note.js';
export { parseCheckpoint } from './checkpoint.js';
export * from './audit.errors.js';
