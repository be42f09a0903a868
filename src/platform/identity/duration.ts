import { InvalidDuration } from './identity.errors.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/**
 * Parses a token or session lifetime such as `30d`, `12h`, `90m` or `2w` into milliseconds.
 * Throws IDENTITY_DURATION_INVALID for anything else, zero, or more than `maxDays` days.
 */
export function parseDuration(input: string, options: { maxDays?: number } = {}): number {
  const maxDays = options.maxDays ?? 365;
  const match = /^([1-9][0-9]{0,5})([mhdw])$/.exec(input.trim());
  if (match === null) throw new InvalidDuration(input, maxDays);
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  if (ms > maxDays * UNIT_MS.d) throw new InvalidDuration(input, maxDays);
  return ms;
}
