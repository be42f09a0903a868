import type { Actor } from '../identity/actor.js';
import type { AuditEntry, AuditOutcome } from './audit-sink.js';
import { canonicalJson } from './canonical-json.js';
import { hashLeaf } from './merkle/tree-hash.js';

/** Largest canonical `details` object accepted into a record (they are meant to be small). */
export const MAX_DETAILS_BYTES = 8 * 1024;

/**
 * One row of `audit_records`, exactly as stored. Every column except `leafHash` is part of the
 * hashed record, so editing any of them changes the Merkle tree.
 */
export interface AuditRecordRow {
  /** 0-based position in the log: the Merkle leaf index. */
  readonly seq: number;
  /** ISO-8601 UTC with milliseconds. */
  readonly time: string;
  readonly actorKind: string;
  readonly actorId: string;
  readonly actorLabel: string;
  readonly clientIp: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly project: string | null;
  readonly outcome: string;
  /** Canonical JSON text of the details object (`{}` when none). */
  readonly details: string;
  /** Hex SHA-256 leaf hash of the record; recomputed and compared by `audit verify`. */
  readonly leafHash: string;
}

/**
 * The hashed form of a record: what `SHA-256(0x00 || canonical JSON)` covers. Absent optional
 * values are omitted rather than null, so the same record always has the same bytes.
 */
export function recordDocument(
  row: Omit<AuditRecordRow, 'leafHash'>,
  parsedDetails?: unknown,
): Record<string, unknown> {
  return {
    v: 1,
    seq: row.seq,
    time: row.time,
    actor: { kind: row.actorKind, id: row.actorId, label: row.actorLabel },
    client: optional({ ip: row.clientIp, userAgent: row.userAgent }),
    requestId: row.requestId ?? undefined,
    action: row.action,
    resource: optional({ type: row.resourceType, id: row.resourceId }),
    project: row.project ?? undefined,
    outcome: row.outcome,
    // Stored as canonical text; parsed here so the hash covers the value, and `details` that is
    // not canonical JSON is caught by the verifier as an edit.
    details: parsedDetails ?? (JSON.parse(row.details) as unknown),
  };
}

/** The Merkle leaf hash of a stored row (recomputed from its columns, ignoring `leafHash`). */
export function recordLeafHash(row: Omit<AuditRecordRow, 'leafHash'>): Buffer {
  return hashLeaf(Buffer.from(canonicalJson(recordDocument(row)), 'utf8'));
}

/**
 * Builds the row for a new record at position `seq`. Caps strings (labels, user agents) so a
 * hostile header cannot bloat the log, and refuses details larger than MAX_DETAILS_BYTES by
 * replacing them with a marker rather than failing the audited action.
 */
export function buildRecordRow(input: {
  readonly seq: number;
  readonly timeMs: number;
  readonly actor: Actor;
  readonly entry: AuditEntry;
}): AuditRecordRow {
  const { actor, entry } = input;
  let detailsValue: unknown = entry.details ?? {};
  let details = canonicalJson(detailsValue);
  if (
    details.length > MAX_DETAILS_BYTES / 4 &&
    Buffer.byteLength(details, 'utf8') > MAX_DETAILS_BYTES
  ) {
    detailsValue = { truncated: true, bytes: Buffer.byteLength(details, 'utf8') };
    details = canonicalJson(detailsValue);
  }
  const base = {
    seq: input.seq,
    time: new Date(input.timeMs).toISOString(),
    actorKind: actor.kind,
    actorId: cap(actor.id, 128),
    actorLabel: cap(actor.label, 256),
    clientIp: capOrNull(actor.clientIp, 64),
    userAgent: capOrNull(actor.userAgent, 256),
    requestId: capOrNull(actor.requestId, 128),
    action: cap(entry.action, 128),
    resourceType: cap(entry.resource.type, 64),
    resourceId: capOrNull(entry.resource.id, 256),
    project: capOrNull(entry.project, 128),
    outcome: entry.outcome satisfies AuditOutcome,
    details,
  };
  const leaf = hashLeaf(Buffer.from(canonicalJson(recordDocument(base, detailsValue)), 'utf8'));
  return { ...base, leafHash: leaf.toString('hex') };
}

function optional(obj: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null)) as Record<
    string,
    string
  >;
}

function cap(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

function capOrNull(text: string | undefined, max: number): string | null {
  return text === undefined ? null : cap(text, max);
}
