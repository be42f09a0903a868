import { describe, expect, it } from 'vitest';
import { detect } from './engine/detect.js';
import { withOutputLeaks } from './output-leaks.js';

const check = (text: string) => withOutputLeaks(text, detect(text, { kind: 'output' }));

describe('withOutputLeaks', () => {
  it('flags a secret in a model output with its span and no value in the reasons', () => {
    const text = 'Here is the key: AKIAIOSFODNN7EXAMPLE';
    const result = check(text);
    expect(result.flagged).toBe(true);
    expect(result.categories).toContain('sensitive_data');
    expect(result.spans).toContainEqual({ start: 17, end: 37, category: 'sensitive_data' });
    expect(JSON.stringify(result.reasons)).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('flags a card number but only reports an e-mail address', () => {
    expect(check('Your card 4111 1111 1111 1111 is on file.').flagged).toBe(true);
    const email = check('Write to help@example.com for support.');
    expect(email.flagged).toBe(false);
    expect(email.reasons.map((r) => r.rule)).toContain('privacy.email');
  });

  it('leaves a clean answer unchanged', () => {
    const text = 'The capital of France is Paris.';
    expect(check(text)).toEqual(detect(text, { kind: 'output' }));
  });
});
