import { withOutputLeaks } from './output-leaks.js';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import type { Actor } from '../platform/identity/actor.js';
import { hasPermission } from '../platform/identity/actor.js';
import { PermissionDenied } from '../platform/identity/require-permission.js';
import { detect } from './engine/detect.js';
import type { GuardKind, GuardPreset, GuardResult } from './engine/types.js';

export interface GuardServiceOptions {
  readonly audit: AuditSink;
  /** Preset used when a request names none. Default `balanced`. */
  readonly defaultPreset?: GuardPreset;
  /** Per-deployment allow list: phrases never counted as attacks. */
  readonly allowList?: readonly string[];
  /** Longest text accepted, in UTF-16 units. Default 200,000. */
  readonly maxChars?: number;
}

export interface GuardCheckInput {
  readonly text: string;
  readonly kind?: GuardKind;
  readonly preset?: GuardPreset | undefined;
  readonly canaries?: readonly string[] | undefined;
  readonly protectedPrompt?: string | undefined;
}

const PERMISSION = 'guard:check';

/**
 * Prompt-injection checks for API callers and the gateway: checks `guard:check`, runs the pure
 * engine, and writes one audit record with the verdict only (score, flagged, categories, sizes),
 * never the text.
 */
export class GuardService {
  private readonly audit: AuditSink;
  private readonly defaultPreset: GuardPreset;
  private readonly allowList: readonly string[];
  private readonly maxChars: number;

  constructor(options: GuardServiceOptions) {
    this.audit = options.audit;
    this.defaultPreset = options.defaultPreset ?? 'balanced';
    this.allowList = options.allowList ?? [];
    this.maxChars = options.maxChars ?? 200_000;
  }

  /** Throws PERMISSION_DENIED without `guard:check`, GUARD_TEXT_TOO_LARGE past the limit. */
  async check(actor: Actor, input: GuardCheckInput): Promise<GuardResult> {
    const kind = input.kind ?? 'prompt';
    const preset = input.preset ?? this.defaultPreset;
    const resource = { type: 'guard-check' };
    if (!hasPermission(actor, PERMISSION)) {
      await this.audit.record(actor, {
        action: 'guard.check',
        resource,
        outcome: 'denied',
        details: { kind },
      });
      throw new PermissionDenied(PERMISSION);
    }
    let result: GuardResult;
    try {
      const detected = detect(input.text, {
        kind,
        preset,
        allowList: this.allowList,
        maxChars: this.maxChars,
        ...(input.canaries === undefined ? {} : { canaries: input.canaries }),
        ...(input.protectedPrompt === undefined ? {} : { protectedPrompt: input.protectedPrompt }),
      });
      // Answers are also checked for secrets and sensitive personal data (privacy engine).
      result = kind === 'output' ? withOutputLeaks(input.text, detected) : detected;
    } catch (err) {
      await this.audit.record(actor, {
        action: 'guard.check',
        resource,
        outcome: 'failed',
        details: { kind, chars: input.text.length },
      });
      throw err;
    }
    await this.audit.record(actor, {
      action: 'guard.check',
      resource,
      outcome: 'allowed',
      details: {
        kind,
        preset,
        chars: input.text.length,
        score: result.score,
        flagged: result.flagged,
        categories: result.categories,
      },
    });
    return result;
  }
}
