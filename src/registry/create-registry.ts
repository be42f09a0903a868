import path from 'node:path';
import type { Kysely } from 'kysely';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import { EncryptedBlobStore } from '../platform/crypto/encrypted-blob-store.js';
import { loadKeyring, type LoadedKeyring } from '../platform/crypto/keyring.js';
import { loadSigningKey } from '../platform/crypto/signing.js';
import type { Database } from '../platform/store/database.js';
import { RegistryMaintenance } from './registry-maintenance.js';
import { RegistryService } from './registry.service.js';
import type { ScanGate } from './scan-gate.js';
import { scanningGate } from './scanning-gate.js';

export interface CreateRegistryOptions {
  readonly db: Kysely<Database>;
  readonly dataDir: string;
  readonly audit: AuditSink;
  /** Told when a master key had to be generated (first local run). */
  readonly warn: (message: string) => void;
  /** 32-byte base64 master key (config `keys.masterKey`), else `masterKeyFile`, else generated. */
  readonly masterKeyBase64?: string | undefined;
  readonly masterKeyFile?: string | undefined;
  /** Defaults to the scanning domain's gate. */
  readonly scanGate?: ScanGate;
  readonly maxFileBytes?: number;
}

export interface Registry {
  readonly service: RegistryService;
  /** Retention purge and `doctor --deep` checks (`checkConsistency(actor, blobs.digests())`). */
  readonly maintenance: RegistryMaintenance;
  readonly blobs: EncryptedBlobStore;
  readonly keys: LoadedKeyring;
}

/** Where the registry keeps its encrypted blobs: `<dataDir>/blobs/encrypted`. */
export function registryBlobRoot(dataDir: string): string {
  return path.join(dataDir, 'blobs', 'encrypted');
}

/**
 * Builds the registry for a data directory: the keyring (value, key file or a generated
 * `<dataDir>/keys/master.key`), the encrypted blob store, the platform signing key and the service
 * with the scanning gate.
 */
export function createRegistry(options: CreateRegistryOptions): Registry {
  const keys = loadKeyring({
    masterKeyBase64: options.masterKeyBase64,
    keyFile: options.masterKeyFile,
    dataDir: options.dataDir,
    warn: options.warn,
  });
  const blobs = new EncryptedBlobStore({
    root: registryBlobRoot(options.dataDir),
    kms: keys.keyring,
  });
  const service = new RegistryService({
    db: options.db,
    blobs,
    audit: options.audit,
    signingKey: loadSigningKey({ dataDir: options.dataDir }),
    scanGate: options.scanGate ?? scanningGate(),
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
  });
  const maintenance = new RegistryMaintenance({ db: options.db, blobs, audit: options.audit });
  return { service, maintenance, blobs, keys };
}
