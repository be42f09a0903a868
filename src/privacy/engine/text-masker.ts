import type { EntityType, Finding } from './entity-types.js';
import { applyOperator, type OperatorKeys } from './operators.js';
import { operatorFor, type MaskPolicy } from './policy.js';

export interface MaskResult {
  readonly text: string;
  /** How many spans of each type were changed. */
  readonly changed: Readonly<Partial<Record<EntityType, number>>>;
}

/**
 * Rewrites `text`, replacing each finding by its policy operator's output. Findings must not
 * overlap (the analyzer guarantees it); the text outside them is kept byte for byte.
 */
export function maskText(
  text: string,
  findings: readonly Finding[],
  policy: MaskPolicy,
  keys: OperatorKeys,
): MaskResult {
  const changed: Partial<Record<EntityType, number>> = {};
  return { text: maskTextInto(changed, { text, findings, policy, keys }), changed };
}

/** {@link maskText} that adds its counts into `changed` (no per-call allocation for tables). */
export function maskTextInto(
  changed: Partial<Record<EntityType, number>>,
  input: { text: string; findings: readonly Finding[]; policy: MaskPolicy; keys: OperatorKeys },
): string {
  const { text, findings, policy, keys } = input;
  if (findings.length === 0) return text;
  const first = findings[0];
  if (
    findings.length === 1 &&
    first !== undefined &&
    first.start === 0 &&
    first.end === text.length
  ) {
    // The whole text is one value (a typed table cell): no slicing around it.
    const op = operatorFor(policy, first.type);
    if (op.kind !== 'keep') changed[first.type] = (changed[first.type] ?? 0) + 1;
    return applyOperator(op, text, first.type, keys);
  }
  let out = '';
  let cursor = 0;
  const sorted = findings.length === 1 ? findings : [...findings].sort((a, b) => a.start - b.start);
  for (const f of sorted) {
    if (f.start < cursor) continue;
    const op = operatorFor(policy, f.type);
    out +=
      text.slice(cursor, f.start) + applyOperator(op, text.slice(f.start, f.end), f.type, keys);
    if (op.kind !== 'keep') changed[f.type] = (changed[f.type] ?? 0) + 1;
    cursor = f.end;
  }
  return out + text.slice(cursor);
}
