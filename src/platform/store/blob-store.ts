import type { Readable } from 'node:stream';

/** SHA-256 of the plaintext, lowercase hex: the address of a blob. */
export type BlobDigest = string;

export interface BlobPutOptions {
  /** When given, the put fails with BLOB_DIGEST_MISMATCH (and keeps nothing) if the content differs. */
  readonly expectedDigest?: BlobDigest;
  /** The put fails with BLOB_TOO_LARGE (and keeps nothing) past this many bytes. */
  readonly maxBytes?: number;
}

export interface BlobPutResult {
  readonly digest: BlobDigest;
  readonly size: number;
  /** False when identical content was already stored (content addressing deduplicates). */
  readonly created: boolean;
}

/**
 * Content-addressed storage of large immutable content (model files, dataset files). Writes are
 * all-or-nothing: a blob becomes visible only once complete and durable, so a crash never leaves a
 * partial blob. Implementations: `LocalBlobStore` (filesystem); an encrypting store wraps one.
 */
export interface BlobStore {
  put(
    source: Readable | AsyncIterable<Uint8Array>,
    options?: BlobPutOptions,
  ): Promise<BlobPutResult>;
  /** A stream of the content; throws BLOB_NOT_FOUND. */
  get(digest: BlobDigest): Promise<Readable>;
  stat(digest: BlobDigest): Promise<{ readonly size: number } | undefined>;
  delete(digest: BlobDigest): Promise<void>;
}

export function isBlobDigest(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
