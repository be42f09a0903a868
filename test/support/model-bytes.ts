import { createHash } from 'node:crypto';

/**
 * `size` bytes that look random but are the same on every run for one `seed`: model "weights"
 * for registry tests. Truly random bytes occasionally begin like a pickle stream (about one file
 * in 1,500), which the scan gate then flags or quarantines, so tests on them failed by chance.
 */
export function pseudoRandomBytes(size: number, seed = 'weights'): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(seed).digest();
  for (let at = 0; at < size; at += block.length) {
    block.copy(out, at, 0, Math.min(block.length, size - at));
    block = createHash('sha256').update(block).digest();
  }
  // A first byte that opens no model format the scanner knows (no pickle opcode, magic number).
  if (size > 0) out[0] = 0x00;
  return out;
}
