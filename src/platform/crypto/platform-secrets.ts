import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.js';
import type { Kms } from './keyring.js';

interface PlatformSecretsTable {
  name: string;
  kek_id: string;
  kek_version: number;
  wrapped: string;
  created_at: string;
}

declare module '../store/database.js' {
  interface Database {
    platform_secrets: PlatformSecretsTable;
  }
}

const aadFor = (name: string) => Buffer.from(`rampart-platform-secret/1:${name}`, 'utf8');

/**
 * A 32-byte secret shared by every replica: created once, stored in the database wrapped by the
 * master key (so a database dump alone does not reveal it), unwrapped on each start. Concurrent
 * first starts race safely: the first insert wins and everyone reads that one back.
 */
export async function loadPlatformSecret(
  db: Kysely<Database>,
  kms: Kms,
  name: string,
  nowIso: string,
): Promise<Buffer> {
  const existing = await db
    .selectFrom('platform_secrets')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing === undefined) {
    const wrapped = await kms.wrapKey(randomBytes(32), aadFor(name));
    await db
      .insertInto('platform_secrets')
      .values({
        name,
        kek_id: wrapped.ref.kekId,
        kek_version: wrapped.ref.version,
        wrapped: wrapped.wrapped.toString('base64'),
        created_at: nowIso,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    return loadPlatformSecret(db, kms, name, nowIso);
  }
  const secret = await kms.unwrapKey(
    { kekId: existing.kek_id, version: existing.kek_version },
    Buffer.from(existing.wrapped, 'base64'),
    aadFor(name),
  );
  const active = kms.active();
  if (active.kekId !== existing.kek_id || active.version !== existing.kek_version) {
    // Keep secrets under the active key, so retiring old key versions never strands them.
    const rewrapped = await kms.wrapKey(secret, aadFor(name));
    await db
      .updateTable('platform_secrets')
      .set({
        kek_id: rewrapped.ref.kekId,
        kek_version: rewrapped.ref.version,
        wrapped: rewrapped.wrapped.toString('base64'),
      })
      .where('name', '=', name)
      .execute();
  }
  return secret;
}
