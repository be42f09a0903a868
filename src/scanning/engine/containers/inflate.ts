import { Gunzip, Inflate, Unzlib } from 'fflate';
import type { ByteSource } from '../byte-source.js';

export type Codec = 'deflate' | 'gzip' | 'zlib';

export interface InflateResult {
  /** Output bytes (at most `maxOut`, or `stopAfter` when given). */
  readonly bytes: Uint8Array;
  /** True when the stream produced more than `maxOut` bytes (a bomb or an oversize member). */
  readonly exceeded: boolean;
  /** Compressed bytes consumed. */
  readonly consumed: number;
  /** Set when the compressed data is corrupt (output up to the break is still returned). */
  readonly error?: string;
}

const CHUNK = 256 * 1024;

class Stop extends Error {}

/**
 * Decompresses `source` with `codec`, holding at most `maxOut` bytes in memory. `stopAfter`
 * ends early once that many bytes are out (used to sniff a member's first bytes).
 */
export async function inflateBounded(
  codec: Codec,
  source: ByteSource,
  options: { readonly maxOut: number; readonly stopAfter?: number },
): Promise<InflateResult> {
  const parts: Uint8Array[] = [];
  let total = 0;
  let exceeded = false;
  const cap = Math.min(options.maxOut, options.stopAfter ?? Number.POSITIVE_INFINITY);
  const onData = (data: Uint8Array): void => {
    const room = cap - total;
    if (data.length > room) {
      if (room > 0) parts.push(data.slice(0, room));
      total += Math.max(0, room);
      if (options.stopAfter === undefined || options.stopAfter > options.maxOut) exceeded = true;
      throw new Stop();
    }
    parts.push(data.slice());
    total += data.length;
    if (total >= cap && options.stopAfter !== undefined) throw new Stop();
  };
  const stream =
    codec === 'deflate'
      ? new Inflate(onData)
      : codec === 'gzip'
        ? new Gunzip(onData)
        : new Unzlib(onData);
  let consumed = 0;
  let error: string | undefined;
  try {
    while (consumed < source.size) {
      const chunk = await source.read(consumed, CHUNK);
      if (chunk.length === 0) break;
      consumed += chunk.length;
      stream.push(chunk, consumed >= source.size);
    }
  } catch (err) {
    if (!(err instanceof Stop)) error = err instanceof Error ? err.message : String(err);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, exceeded, consumed, ...(error === undefined ? {} : { error }) };
}
