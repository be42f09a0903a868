/**
 * Exit codes of every `rampart` command. CI gates on them, so they never change meaning.
 *
 * - 0 `ok`: the command did what was asked and found nothing at or above the threshold.
 * - 1 `findings`: the command ran, and found something (a malicious file, flagged text, a failed
 *   verification) or was denied (401/403).
 * - 2 `usage`: bad flags or bad/unreadable input; the message says what to fix.
 * - 3 `internal`: an unexpected failure; the log has the details.
 */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
  internal: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Maps an error's HTTP status to its exit code category. */
export function exitCodeForStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return ExitCode.findings;
  if (status >= 400 && status < 500) return ExitCode.usage;
  return ExitCode.internal;
}
