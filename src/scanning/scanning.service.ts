import { createHash } from 'node:crypto';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import { isAppError } from '../platform/errors/app-error.js';
import { hasPermission, type Actor } from '../platform/identity/actor.js';
import { PermissionDenied } from '../platform/identity/require-permission.js';
import type { ScanLimits } from './engine/limits.js';
import { defaultPolicy, type Policy } from './engine/policy/policy.js';
import type { FileReport } from './engine/report.js';
import { scanBuffer } from './engine/scanner.js';
import { ScanUploadInvalid } from './scanning.errors.js';

export interface ScanningServiceOptions {
  readonly audit: AuditSink;
  readonly limits?: Partial<ScanLimits>;
  readonly policy?: Policy;
}

export interface ScanUpload {
  readonly filename: string;
  readonly bytes: Uint8Array;
}

const PERMISSION = 'scan:run';

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/** Keeps only the last path segment of an uploaded name and refuses empty or odd names. */
function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  if (
    base === '' ||
    base === '.' ||
    base === '..' ||
    base.length > 255 ||
    hasControlCharacter(base)
  ) {
    throw new ScanUploadInvalid('the filename is empty or not a plain file name');
  }
  return base;
}

/**
 * Scans uploaded model files for API callers: checks `scan:run`, runs the pure engine on the
 * bytes (never loading them) and writes exactly one audit record with the verdict and counts.
 */
export class ScanningService {
  private readonly audit: AuditSink;
  private readonly limits: Partial<ScanLimits>;
  private readonly policy: Policy;

  constructor(options: ScanningServiceOptions) {
    this.audit = options.audit;
    this.limits = options.limits ?? {};
    this.policy = options.policy ?? defaultPolicy;
  }

  /** Version of the rule set; a change means stored models should be rescanned. */
  get policyVersion(): string {
    return this.policy.version;
  }

  /**
   * Scans one upload. Throws PERMISSION_DENIED without `scan:run` and SCAN_UPLOAD_INVALID for an
   * empty body or bad name; an unreadable file is a report with verdict `error`, not a throw.
   */
  async scanUpload(actor: Actor, upload: ScanUpload): Promise<FileReport> {
    const resource = { type: 'scan', id: upload.filename.slice(0, 255) };
    if (!hasPermission(actor, PERMISSION)) {
      await this.audit.record(actor, { action: 'scan.run', resource, outcome: 'denied' });
      throw new PermissionDenied(PERMISSION);
    }
    try {
      const filename = safeFilename(upload.filename);
      if (upload.bytes.length === 0) throw new ScanUploadInvalid('the body is empty');
      const report = await scanBuffer(upload.bytes, filename, {
        policy: this.policy,
        limits: this.limits,
      });
      await this.audit.record(actor, {
        action: 'scan.run',
        resource: { type: 'scan', id: filename },
        outcome: 'allowed',
        details: {
          sha256: createHash('sha256').update(upload.bytes).digest('hex'),
          sizeBytes: report.sizeBytes,
          format: report.format,
          verdict: report.verdict,
          findings: report.findings.length,
          policyVersion: report.policyVersion,
        },
      });
      return report;
    } catch (err) {
      if (isAppError(err))
        await this.audit.record(actor, {
          action: 'scan.run',
          resource,
          outcome: 'failed',
          details: { code: err.code },
        });
      throw err;
    }
  }
}
