import { ScanFormatMalformed } from '../../scanning.errors.js';
import type { ByteSource } from '../byte-source.js';

export interface TarEntry {
  readonly name: string;
  readonly size: number;
  readonly dataOffset: number;
  /** `file`, `directory`, `link` or `other`. */
  readonly kind: 'file' | 'directory' | 'link' | 'other';
  readonly linkTarget?: string;
}

const latin1 = new TextDecoder('latin1');

function field(block: Uint8Array, start: number, len: number): string {
  const raw = block.subarray(start, start + len);
  const nul = raw.indexOf(0);
  return latin1.decode(nul === -1 ? raw : raw.subarray(0, nul));
}

function octal(block: Uint8Array, start: number, len: number, at: number): number {
  if ((block[start]! & 0x80) !== 0) {
    // GNU base-256 encoding for sizes over 8 GiB.
    let n = 0;
    for (let i = start + 1; i < start + len; i++) n = n * 256 + block[i]!;
    return n;
  }
  const text = field(block, start, len).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text))
    throw new ScanFormatMalformed('tar', `bad octal number "${text}"`, at);
  return Number.parseInt(text, 8);
}

/** True when the 512-byte block carries the ustar magic. */
export function isTarHeader(block: Uint8Array): boolean {
  return block.length >= 262 && latin1.decode(block.subarray(257, 262)) === 'ustar';
}

/** Lists a tar archive by reading only its 512-byte headers (and long-name records). */
export async function listTar(
  source: ByteSource,
  maxEntries: number,
): Promise<{ entries: TarEntry[]; truncated: boolean }> {
  const entries: TarEntry[] = [];
  let pos = 0;
  let longName: string | undefined;
  while (pos + 512 <= source.size) {
    if (entries.length >= maxEntries) return { entries, truncated: true };
    const block = await source.read(pos, 512);
    if (block.every((b) => b === 0)) break;
    const size = octal(block, 124, 12, pos);
    const type = String.fromCharCode(block[156] ?? 0x30);
    const dataOffset = pos + 512;
    if (dataOffset + size > source.size)
      throw new ScanFormatMalformed('tar', 'member runs past the end', pos);
    const prefix = isTarHeader(block) ? field(block, 345, 155) : '';
    let name =
      longName ?? (prefix === '' ? field(block, 0, 100) : `${prefix}/${field(block, 0, 100)}`);
    longName = undefined;
    if (type === 'L' || type === 'x') {
      const data = latin1.decode(await source.read(dataOffset, Math.min(size, 65536)));
      if (type === 'L') longName = data.replace(/\0.*$/s, '');
      else {
        const m = /\d+ path=([^\n]*)\n/.exec(data);
        if (m?.[1] !== undefined) longName = m[1];
      }
    } else if (type !== 'g') {
      const kind =
        type === '0' || type === '\0' || type === '7'
          ? 'file'
          : type === '5'
            ? 'directory'
            : type === '1' || type === '2'
              ? 'link'
              : 'other';
      if (kind === 'directory' && !name.endsWith('/')) name += '/';
      const linkTarget = field(block, 157, 100);
      entries.push({ name, size, dataOffset, kind, ...(kind === 'link' ? { linkTarget } : {}) });
    }
    pos = dataOffset + Math.ceil(size / 512) * 512;
  }
  return { entries, truncated: false };
}
