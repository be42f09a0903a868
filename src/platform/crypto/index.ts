export * from './crypto.errors.js';
export * from './keyring.js';
export * from './blob-header.js';
export * from './streaming-aead.js';
export * from './encrypted-blob-store.js';
export * from './signing.js';
