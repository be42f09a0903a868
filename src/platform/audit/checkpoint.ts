import { AuditNoteMalformed } from './audit.errors.js';
import { HASH_BYTES } from './merkle/tree-hash.js';

/** A tree head: the log named `origin` had `size` records with Merkle root `rootHash`. */
export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Buffer;
}

/** C2SP tlog-checkpoint body: origin line, decimal size, base64 root, each ending in `\n`. */
export function formatCheckpoint(cp: Checkpoint): string {
  if (cp.origin === '' || /[\n\r]/.test(cp.origin))
    throw new AuditNoteMalformed('origin must be one non-empty line');
  return `${cp.origin}\n${cp.size}\n${cp.rootHash.toString('base64')}\n`;
}

/** Parses a checkpoint body (extension lines after the root are allowed and ignored). */
export function parseCheckpoint(text: string): Checkpoint {
  const lines = text.split('\n');
  const [origin = '', sizeLine = '', rootLine = ''] = lines;
  if (lines.length < 4 || lines[lines.length - 1] !== '')
    throw new AuditNoteMalformed('a checkpoint has at least three lines');
  if (origin === '') throw new AuditNoteMalformed('empty origin line');
  // C2SP: the size is an ASCII decimal without leading zeros.
  if (!/^(0|[1-9][0-9]{0,15})$/.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine))) {
    throw new AuditNoteMalformed('tree size is not a decimal integer');
  }
  const rootHash = Buffer.from(rootLine, 'base64');
  if (rootHash.length !== HASH_BYTES || rootHash.toString('base64') !== rootLine) {
    throw new AuditNoteMalformed('root hash is not 32 bytes of standard base64');
  }
  return { origin, size: Number(sizeLine), rootHash };
}
