import { z } from 'zod';
import { PiiPolicyInvalid } from '../privacy.errors.js';
import { ENTITY_TYPES, type EntityType } from './entity-types.js';
import type { Operator } from './operators.js';

const OperatorSpec = z.discriminatedUnion('operator', [
  z.object({ operator: z.literal('keep') }).strict(),
  z.object({ operator: z.literal('redact') }).strict(),
  z.object({ operator: z.literal('replace'), tag: z.string().max(64).optional() }).strict(),
  z
    .object({
      operator: z.literal('mask'),
      keepLast: z.number().int().min(0).max(64).optional(),
      char: z.string().length(1).optional(),
    })
    .strict(),
  z
    .object({ operator: z.literal('hash'), length: z.number().int().min(8).max(64).optional() })
    .strict(),
  z.object({ operator: z.literal('pseudonym') }).strict(),
  z
    .object({ operator: z.literal('fake'), locale: z.enum(['en', 'de', 'fr', 'es']).optional() })
    .strict(),
  z
    .object({
      operator: z.literal('generalize'),
      as: z.enum(['date', 'postcode', 'age', 'ip']),
      keep: z.number().int().min(0).max(16).optional(),
      width: z.number().int().min(1).max(100).optional(),
      granularity: z.enum(['year', 'month']).optional(),
    })
    .strict(),
  z.object({ operator: z.literal('encrypt') }).strict(),
]);

const ColumnSpec = z.union([
  OperatorSpec.and(z.object({ type: z.enum(ENTITY_TYPES).optional() })),
  z.object({ operator: z.literal('scan') }).strict(),
]);

const PolicyFile = z
  .object({
    version: z.literal(1).optional(),
    threshold: z.number().min(0).max(1).optional(),
    default: OperatorSpec.optional(),
    entities: z.partialRecord(z.enum(ENTITY_TYPES), OperatorSpec).optional(),
    columns: z.record(z.string().min(1), ColumnSpec).optional(),
    allow: z.array(z.string().min(1)).max(10_000).optional(),
    deny: z
      .array(z.object({ type: z.enum(ENTITY_TYPES), value: z.string().min(1) }).strict())
      .max(10_000)
      .optional(),
  })
  .strict();

type OperatorSpecValue = z.infer<typeof OperatorSpec>;

/** What a column does: detect entities inside each cell, or treat every cell as one value. */
export type ColumnRule =
  | { readonly kind: 'scan' }
  | { readonly kind: 'apply'; readonly operator: Operator; readonly type?: EntityType };

/** A validated masking policy. */
export interface MaskPolicy {
  readonly threshold?: number;
  readonly fallback: Operator;
  readonly entities: Readonly<Partial<Record<EntityType, Operator>>>;
  readonly columns: Readonly<Record<string, ColumnRule>>;
  readonly allow: readonly string[];
  readonly deny: readonly { type: EntityType; value: string }[];
}

/** Names → consistent fakes, cards and ids → masked, secrets → redacted, the rest → type tag. */
export const DEFAULT_POLICY: MaskPolicy = {
  fallback: { kind: 'replace' },
  entities: {
    PERSON: { kind: 'fake' },
    EMAIL: { kind: 'fake' },
    PHONE: { kind: 'mask', keepLast: 2 },
    CREDIT_CARD: { kind: 'mask', keepLast: 4 },
    IBAN: { kind: 'mask', keepLast: 4 },
    US_SSN: { kind: 'mask', keepLast: 4 },
    NATIONAL_ID: { kind: 'mask', keepLast: 2 },
    IP_ADDRESS: { kind: 'generalize', as: 'ip' },
    DATE_OF_BIRTH: { kind: 'generalize', as: 'date', granularity: 'year' },
    STREET_ADDRESS: { kind: 'fake' },
    URL: { kind: 'replace' },
    AWS_ACCESS_KEY: { kind: 'redact' },
    GITHUB_TOKEN: { kind: 'redact' },
    SLACK_TOKEN: { kind: 'redact' },
    PRIVATE_KEY: { kind: 'redact' },
    JWT: { kind: 'redact' },
    GENERIC_SECRET: { kind: 'redact' },
  },
  columns: {},
  allow: [],
  deny: [],
};

function toOperator(spec: OperatorSpecValue): Operator {
  const { operator, ...rest } = spec;
  return { kind: operator, ...rest } as Operator;
}

/** 1-based line of the JSON text where the field at `path` is written (best effort). */
function lineOf(text: string, path: readonly PropertyKey[]): number {
  let pos = 0;
  for (const seg of path) {
    const needle = typeof seg === 'number' ? undefined : `"${String(seg)}"`;
    if (needle === undefined) continue;
    const at = text.indexOf(needle, pos);
    if (at < 0) break;
    pos = at;
  }
  return text.slice(0, pos).split('\n').length;
}

/**
 * Parses a JSON policy file. Entity operators not named in the file fall back to
 * {@link DEFAULT_POLICY}. Throws PII_POLICY_INVALID with the line and field of the first problem.
 */
export function parsePolicy(text: string): MaskPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const pos = /position (\d+)/.exec(String(err))?.[1];
    const line = pos === undefined ? 1 : text.slice(0, Number(pos)).split('\n').length;
    throw new PiiPolicyInvalid('not valid JSON', { line, field: '' });
  }
  const parsed = PolicyFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    throw new PiiPolicyInvalid(issue?.message ?? 'invalid', {
      line: lineOf(text, path),
      field: path.join('.'),
    });
  }
  const p = parsed.data;
  const entities: Partial<Record<EntityType, Operator>> = { ...DEFAULT_POLICY.entities };
  for (const [type, spec] of Object.entries(p.entities ?? {})) {
    if (spec !== undefined) entities[type as EntityType] = toOperator(spec);
  }
  const columns: Record<string, ColumnRule> = {};
  for (const [name, spec] of Object.entries(p.columns ?? {})) {
    if (spec.operator === 'scan') columns[name] = { kind: 'scan' };
    else {
      const { type, ...op } = spec as OperatorSpecValue & { type?: EntityType };
      columns[name] =
        type === undefined
          ? { kind: 'apply', operator: toOperator(op) }
          : { kind: 'apply', operator: toOperator(op), type };
    }
  }
  return {
    ...(p.threshold === undefined ? {} : { threshold: p.threshold }),
    fallback: p.default === undefined ? DEFAULT_POLICY.fallback : toOperator(p.default),
    entities,
    columns,
    allow: p.allow ?? [],
    deny: p.deny ?? [],
  };
}

/** The operator the policy gives entity `type`. */
export function operatorFor(policy: MaskPolicy, type: EntityType): Operator {
  return policy.entities[type] ?? policy.fallback;
}
