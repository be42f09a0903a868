import { Alert } from '@mantine/core';
import { ApiError } from './api.js';

/** Shows an API error with its code and hint, as the CLI does. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (error === undefined) return null;
  const e = error instanceof ApiError ? error : new ApiError('ERROR', String(error), '', 0);
  return (
    <Alert color="red" title={e.code} data-testid="error">
      {e.message}
      {e.hint !== '' && <div>{e.hint}</div>}
    </Alert>
  );
}
