export type { Database, Dialect } from './database.js';
export {
  openStore,
  redactUrl,
  isPostgresUrl,
  type Store,
  type StoreOptions,
  type MigrationStatus,
} from './open-store.js';
export { columnTypes, type Migration } from './migration.js';
export type { BlobStore, BlobDigest, BlobPutOptions, BlobPutResult } from './blob-store.js';
export { isBlobDigest } from './blob-store.js';
export { LocalBlobStore } from './blob-store/local.js';
export * from './store.errors.js';
