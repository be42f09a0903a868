import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, operatorFor, parsePolicy } from './policy.js';

describe('parsePolicy', () => {
  it('reads entity and column rules and keeps defaults for the rest', () => {
    const policy = parsePolicy(
      JSON.stringify({
        version: 1,
        threshold: 0.6,
        entities: {
          PERSON: { operator: 'pseudonym' },
          CREDIT_CARD: { operator: 'mask', keepLast: 2 },
        },
        columns: {
          zip: { operator: 'generalize', as: 'postcode', keep: 3 },
          notes: { operator: 'scan' },
        },
        allow: ['support@example.org'],
      }),
    );
    expect(operatorFor(policy, 'PERSON')).toEqual({ kind: 'pseudonym' });
    expect(operatorFor(policy, 'CREDIT_CARD')).toEqual({ kind: 'mask', keepLast: 2 });
    expect(operatorFor(policy, 'JWT')).toEqual(DEFAULT_POLICY.entities.JWT);
    expect(policy.columns).toEqual({
      zip: { kind: 'apply', operator: { kind: 'generalize', as: 'postcode', keep: 3 } },
      notes: { kind: 'scan' },
    });
    expect(policy.threshold).toBe(0.6);
    expect(policy.allow).toEqual(['support@example.org']);
  });

  it('names the line and field of an unknown operator', () => {
    const text = '{\n  "entities": {\n    "PERSON": { "operator": "shred" }\n  }\n}';
    expect(() => parsePolicy(text)).toThrow(
      expect.objectContaining({
        code: 'PII_POLICY_INVALID',
        details: { line: 3, field: 'entities.PERSON.operator' },
      }),
    );
  });

  it('names the line of a JSON syntax error', () => {
    const text = '{\n  "threshold": 0.5,\n  "entities": {,}\n}';
    expect(() => parsePolicy(text)).toThrow(
      expect.objectContaining({ code: 'PII_POLICY_INVALID', details: { line: 3, field: '' } }),
    );
  });

  it('rejects an unknown entity type and an unknown key', () => {
    expect(() => parsePolicy('{"entities":{"SHOE_SIZE":{"operator":"redact"}}}')).toThrow(
      expect.objectContaining({ code: 'PII_POLICY_INVALID' }),
    );
    expect(() => parsePolicy('{"thresold":0.5}')).toThrow(
      expect.objectContaining({ code: 'PII_POLICY_INVALID' }),
    );
  });
});
