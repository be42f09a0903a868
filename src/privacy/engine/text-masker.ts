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
  if (findings.length === 0) return { text, changed };
  const parts: string[] = [];
  let cursor = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    const op = operatorFor(policy, f.type);
    parts.push(
      text.slice(cursor, f.start),
      applyOperator(op, text.slice(f.start, f.end), f.type, keys),
    );
    if (op.kind !== 'keep') changed[f.type] = (changed[f.type] ?? 0) + 1;
    cursor = f.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), changed };
}
