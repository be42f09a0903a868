import type { Finding, Severity } from './report.js';
import { RULES, type RuleId } from './rules.js';
import type { ScanLimits } from './limits.js';
import type { Policy } from './policy/policy.js';

/** Shared, mutable state of one file's scan: where we are, what we found, what is left. */
export interface ScanContext {
  readonly policy: Policy;
  readonly limits: ScanLimits;
  readonly file: string;
  /** Member path from the outermost archive to the current member. */
  readonly members: readonly string[];
  readonly depth: number;
  readonly findings: Finding[];
  /** Decompressed bytes still allowed for this file (shared by all nested readers). */
  readonly budget: { remainingBytes: number };
  /** Scans bytes found inside another format (a pickle's bytes argument) as a file of any format. */
  readonly scanEmbedded?: (bytes: Uint8Array, ctx: ScanContext, label: string) => Promise<void>;
}

export interface FindingInput {
  readonly offset?: number;
  readonly message: string;
  readonly symbol?: string;
  readonly severity?: Severity;
}

/** Records a finding of `rule` at the current location. */
export function addFinding(ctx: ScanContext, rule: RuleId, input: FindingInput): void {
  const info = RULES[rule];
  const location = {
    file: ctx.file,
    ...(ctx.members.length > 0 ? { member: ctx.members } : {}),
    ...(input.offset === undefined ? {} : { offset: input.offset }),
  };
  ctx.findings.push({
    rule,
    severity: input.severity ?? info.severity,
    message: input.message,
    location,
    ...(input.symbol === undefined ? {} : { symbol: input.symbol }),
    atlas: info.atlas,
    remediation: info.remediation,
  });
}

/** A child context one level deeper, inside `member`. */
export function enterMember(ctx: ScanContext, member: string): ScanContext {
  return { ...ctx, members: [...ctx.members, member], depth: ctx.depth + 1 };
}
