import { randomBytes } from 'node:crypto';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import type { Actor } from '../platform/identity/actor.js';
import { hasPermission } from '../platform/identity/actor.js';
import { PermissionDenied } from '../platform/identity/require-permission.js';
import { createAnalyzer } from './engine/analyzer.js';
import type { EntityType, Finding } from './engine/entity-types.js';
import { assertKeys, type OperatorKeys } from './engine/operators.js';
import { DEFAULT_POLICY, parsePolicy, type MaskPolicy } from './engine/policy.js';
import { maskText } from './engine/text-masker.js';
import { PiiInputTooLarge } from './privacy.errors.js';

export interface PrivacyLimits {
  /** Longest text accepted by scanText/maskText, in characters. Default 1,000,000. */
  readonly maxTextChars: number;
}

export interface PrivacyServiceOptions {
  readonly audit: AuditSink;
  readonly limits?: Partial<PrivacyLimits>;
  /**
   * Keys for hashes, pseudonyms and fakes (and AES-GCM when `encryptionKey` is set). Until the
   * key store lands, the composition root passes one; without it a random per-process key is
   * used, so pseudonyms are consistent only within one server process.
   */
  readonly keys?: OperatorKeys;
}

export interface ScanTextInput {
  readonly text: string;
  readonly threshold?: number | undefined;
  readonly entities?: readonly EntityType[] | undefined;
}

export interface MaskTextInput {
  readonly text: string;
  /** A policy object in the policy-file format; the default policy when absent. */
  readonly policy?: unknown;
}

function countByType(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/**
 * Scans and masks text for API callers: checks `pii:scan` / `pii:mask`, runs the pure engine,
 * and writes one audit record per call with sizes and counts only (never the text or values).
 */
export class PrivacyService {
  private readonly audit: AuditSink;
  private readonly limits: PrivacyLimits;
  private readonly keys: OperatorKeys;

  constructor(options: PrivacyServiceOptions) {
    this.audit = options.audit;
    this.limits = { maxTextChars: 1_000_000, ...options.limits };
    this.keys = options.keys ?? {
      key: randomBytes(32),
      encryptionKey: randomBytes(32),
      randomBytes,
    };
    assertKeys(this.keys);
  }

  /** Finds PII and secrets. Throws PERMISSION_DENIED without `pii:scan`, PII_INPUT_TOO_LARGE. */
  async scanText(
    actor: Actor,
    input: ScanTextInput,
  ): Promise<{ findings: Finding[]; counts: Record<string, number> }> {
    await this.authorize(actor, 'pii:scan', 'pii.scan', input.text);
    const analyzer = createAnalyzer({
      ...(input.threshold === undefined ? {} : { threshold: input.threshold }),
      ...(input.entities === undefined ? {} : { entities: input.entities }),
    });
    const findings = analyzer.analyze(input.text);
    const counts = countByType(findings);
    await this.audit.record(actor, {
      action: 'pii.scan',
      resource: { type: 'text' },
      outcome: 'allowed',
      details: { chars: input.text.length, findings: findings.length, counts },
    });
    return { findings, counts };
  }

  /**
   * Masks PII and secrets with the given policy (validated like a policy file: PII_POLICY_INVALID
   * names the field). Throws PERMISSION_DENIED without `pii:mask`.
   */
  async maskText(
    actor: Actor,
    input: MaskTextInput,
  ): Promise<{ text: string; changed: Record<string, number> }> {
    await this.authorize(actor, 'pii:mask', 'pii.mask', input.text);
    const policy: MaskPolicy =
      input.policy === undefined
        ? DEFAULT_POLICY
        : parsePolicy(JSON.stringify(input.policy, null, 2));
    const analyzer = createAnalyzer({
      ...(policy.threshold === undefined ? {} : { threshold: policy.threshold }),
      allowList: policy.allow,
      denyList: policy.deny,
    });
    const result = maskText(input.text, analyzer.analyze(input.text), policy, this.keys);
    const changed: Record<string, number> = { ...result.changed };
    await this.audit.record(actor, {
      action: 'pii.mask',
      resource: { type: 'text' },
      outcome: 'allowed',
      details: { chars: input.text.length, changed, customPolicy: input.policy !== undefined },
    });
    return { text: result.text, changed };
  }

  private async authorize(
    actor: Actor,
    permission: string,
    action: string,
    text: string,
  ): Promise<void> {
    if (!hasPermission(actor, permission)) {
      await this.audit.record(actor, { action, resource: { type: 'text' }, outcome: 'denied' });
      throw new PermissionDenied(permission);
    }
    if (text.length > this.limits.maxTextChars) {
      await this.audit.record(actor, {
        action,
        resource: { type: 'text' },
        outcome: 'failed',
        details: { chars: text.length },
      });
      throw new PiiInputTooLarge('The text', this.limits.maxTextChars);
    }
  }
}
