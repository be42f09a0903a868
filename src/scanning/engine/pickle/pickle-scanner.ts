import { addFinding, enterMember, type ScanContext } from '../context.js';
import type { ByteSource } from '../byte-source.js';
import type { Finding } from '../report.js';
import { emulatePickle, type EmulationResult } from './emulator.js';

/** Most pickles read back to back from one stream (legacy torch.save writes five). */
const MAX_STREAM_PICKLES = 64;
/** Opcodes tried when only deciding whether bytes are a pickle. */
const SNIFF_OPS = 4096;
const SNIFF_WINDOW = 4096;

/** Bytes a pickle stream may plausibly start with (PROTO, or a protocol 0/1 first opcode). */
const START_BYTES = new Set([
  0x80,
  ...'(}]) cNIJKMLFSVUTXBC'.split('').map((c) => c.charCodeAt(0)),
  0x69,
  0x50,
  0x47,
  0x88,
  0x89,
]);

/**
 * True when `prefix` decodes as a pickle: it reaches STOP, or imports something, or runs off
 * the end of the prefix after at least two opcodes. Text and binary tensor data fail fast.
 */
export function looksLikePickle(prefix: Uint8Array): boolean {
  if (prefix.length === 0 || !START_BYTES.has(prefix[0]!)) return false;
  const r = emulatePickle(prefix, 0, { maxOps: SNIFF_OPS, maxNested: 0 });
  if (r.complete) return true;
  // A broken stream still counts when it imports something a loader would really import:
  // text that happens to start with `c` or `i` yields "module names" with spaces and such.
  const identifier = /^[A-Za-z_][\w.]*$/;
  const imports = r.events.some(
    (e) =>
      (e.kind === 'import' && identifier.test(e.module.trim()) && identifier.test(e.name.trim())) ||
      e.kind === 'dynamic-import' ||
      e.kind === 'ext',
  );
  if (imports) return true;
  return r.error?.truncated === true && r.opCount > 2 && prefix[0] === 0x80;
}

export interface EmbeddedPayload {
  readonly bytes: Uint8Array;
  readonly offset: number;
}

export interface PickleScanOutcome {
  /** True when the bytes ended inside a pickle while more of the file exists. */
  readonly needsMore: boolean;
  readonly pickles: number;
  /** Offset just past the last pickle read. */
  readonly end: number;
  /** Byte strings inside the pickle that are files themselves (nested pickles, zips, …). */
  readonly embedded: readonly EmbeddedPayload[];
}

/**
 * Scans one pickle stream (possibly several pickles back to back) held in `buf` and adds the
 * findings to `ctx`. `isComplete` says whether `buf` is the whole stream; when it is not and a
 * pickle runs past its end, nothing is reported and `needsMore` is set so the caller reads more.
 */
export function scanPickleBytes(
  buf: Uint8Array,
  ctx: ScanContext,
  options: { isComplete: boolean },
): PickleScanOutcome {
  const results: EmulationResult[] = [];
  let pos = 0;
  while (pos < buf.length && results.length < MAX_STREAM_PICKLES) {
    const first = results.length === 0;
    // Later pickles (legacy torch.save stacks five) are read only when the bytes decode as one.
    if (!first && !looksLikePickle(buf.subarray(pos, pos + SNIFF_WINDOW))) break;
    const r = emulatePickle(buf, pos, { maxOps: ctx.limits.maxPickleOps });
    if (r.error?.truncated === true && !options.isComplete)
      return { needsMore: true, pickles: results.length, end: pos, embedded: [] };
    if (!first && !r.complete && r.events.length === 0) break;
    results.push(r);
    if (!r.complete) break;
    pos = r.end;
  }
  const embedded: EmbeddedPayload[] = [];
  for (const r of results) judge(r, ctx, embedded);
  return {
    needsMore: false,
    pickles: results.length,
    end: results[results.length - 1]?.end ?? 0,
    embedded,
  };
}

function judge(r: EmulationResult, ctx: ScanContext, embedded: EmbeddedPayload[]): void {
  for (const e of r.events) {
    switch (e.kind) {
      case 'import': {
        const symbol = `${e.module}.${e.name}`;
        const c = ctx.policy.classify(e.module, e.name);
        if (c.kind === 'dangerous') {
          addFinding(ctx, 'pickle.dangerous-import', {
            offset: e.offset,
            symbol,
            message: `${e.via} imports ${symbol}, which ${c.category} (policy entry ${c.matched}).`,
          });
        } else if (c.kind === 'unknown') {
          addFinding(ctx, 'pickle.unknown-import', {
            offset: e.offset,
            symbol,
            message: `${e.via} imports ${symbol}, which is not on the known-safe list.`,
          });
        }
        break;
      }
      case 'dynamic-import':
        addFinding(ctx, 'pickle.dynamic-import', {
          offset: e.offset,
          message: `STACK_GLOBAL imports a name computed while loading (${e.detail}); static checks cannot see what runs.`,
        });
        break;
      case 'ext':
        addFinding(ctx, 'pickle.extension-import', {
          offset: e.offset,
          symbol: `ext:${e.code}`,
          message: `EXT opcode imports extension code ${e.code} from the copyreg registry, which hides the imported name.`,
        });
        break;
      case 'indirect-call':
        addFinding(ctx, 'pickle.indirect-call', {
          offset: e.offset,
          message: `The pickle ${e.detail}: a callable obtained at load time is invoked.`,
        });
        break;
      case 'state-injection':
        addFinding(ctx, 'pickle.state-injection', {
          offset: e.offset,
          symbol: e.key,
          message: `BUILD sets the attribute ${e.key} on an object, which lets a later BUILD or call run arbitrary code.`,
        });
        break;
      case 'nested':
        embedded.push({ bytes: e.bytes, offset: e.offset });
        break;
    }
  }
  if (!r.complete && r.error !== undefined) {
    const ran = r.opCount > 1 ? `after ${r.opCount - 1} opcodes ran` : 'at its first opcode';
    addFinding(ctx, 'pickle.malformed', {
      offset: r.error.offset,
      message: `The pickle stream breaks ${ran}: ${r.error.reason}.`,
    });
  }
}

async function scanEmbedded(embedded: readonly EmbeddedPayload[], ctx: ScanContext): Promise<void> {
  for (const e of embedded) {
    const child = enterMember(ctx, `<embedded @${e.offset}>`);
    if (ctx.scanEmbedded !== undefined) {
      await ctx.scanEmbedded(e.bytes, child, '');
    } else if (child.depth <= ctx.limits.maxDepth) {
      const inner = scanPickleBytes(e.bytes, child, { isComplete: true });
      await scanEmbedded(inner.embedded, child);
    }
  }
}

/**
 * Scans a pickle stream from a random-access source, reading 1 MiB first and more only while a
 * pickle runs past what was read (legacy checkpoints put tensor bytes after their pickles).
 * Returns how many pickles were read back to back and where the last one ended.
 */
export async function scanPickleSource(
  source: ByteSource,
  ctx: ScanContext,
): Promise<{ pickles: number; end: number }> {
  const max = ctx.limits.maxPickleBytes;
  let len = Math.min(source.size, 1 << 20, max);
  for (;;) {
    const buf = await source.read(0, len);
    const scratch = { ...ctx, findings: [] as Finding[] };
    const out = scanPickleBytes(buf, scratch, { isComplete: len >= source.size });
    if (!out.needsMore) {
      ctx.findings.push(...scratch.findings);
      await scanEmbedded(out.embedded, ctx);
      return { pickles: out.pickles, end: out.end };
    }
    if (len >= max) {
      const last = scanPickleBytes(buf, ctx, { isComplete: true });
      addFinding(ctx, 'pickle.too-large', {
        message: `The pickle stream is larger than ${max} bytes; only the first ${max} bytes were scanned.`,
      });
      await scanEmbedded(last.embedded, ctx);
      return { pickles: last.pickles, end: last.end };
    }
    len = Math.min(source.size, max, len * 4);
  }
}
