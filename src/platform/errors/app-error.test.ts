import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from './app-error.js';

class SampleError extends AppError {
  readonly code = 'SAMPLE_FAILED';
  readonly status = 400;
}

describe('AppError', () => {
  it('carries code, status, hint and details', () => {
    const err = new SampleError('It failed.', 'Do the other thing.', { id: 7 });
    expect({ code: err.code, status: err.status, hint: err.hint, details: err.details }).toEqual({
      code: 'SAMPLE_FAILED',
      status: 400,
      hint: 'Do the other thing.',
      details: { id: 7 },
    });
    expect(err.name).toBe('SampleError');
    expect(isAppError(err)).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
  });
});
