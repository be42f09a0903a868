import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { isAppError } from '../../platform/errors/app-error.js';
import { ScanFileUnreadable } from '../scanning.errors.js';
import { bufferSource, openFileSource, type ByteSource } from './byte-source.js';
import type { ScanContext } from './context.js';
import { DEFAULT_LIMITS, type ScanLimits } from './limits.js';
import { defaultPolicy, type Policy } from './policy/policy.js';
import { verdictOf, type FileReport, type Finding } from './report.js';
import { scanSource } from './scan-source.js';

export interface ScanOptions {
  readonly policy?: Policy;
  readonly limits?: Partial<ScanLimits>;
}

/** Most findings kept per file; a flood of unknown imports must not exhaust memory. */
const MAX_FINDINGS = 1000;

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    // The same unknown class imported a thousand times (one per layer) is one warning.
    const offset = f.rule === 'pickle.unknown-import' ? '' : (f.location.offset ?? '');
    const key = `${f.rule}|${f.symbol ?? ''}|${(f.location.member ?? []).join('/')}|${offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  // Keep the most severe when trimming.
  const rank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
  return out.length <= MAX_FINDINGS
    ? out
    : out.sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, MAX_FINDINGS);
}

/**
 * Scans one source and builds its report. Never loads or executes anything. Content problems
 * become findings; a source that cannot be read at all gets verdict `error` with the AppError
 * code. Only programming errors escape as exceptions.
 */
export async function scanByteSource(
  source: ByteSource,
  displayPath: string,
  options: ScanOptions = {},
): Promise<FileReport> {
  const policy = options.policy ?? defaultPolicy;
  const limits: ScanLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const ctx: ScanContext = {
    policy,
    limits,
    file: displayPath,
    members: [],
    depth: 0,
    findings: [],
    budget: { remainingBytes: limits.maxTotalBytes },
    scanEmbedded: async (bytes, child, label) => {
      await scanSource(bufferSource(bytes), child, label);
    },
  };
  const base = { path: displayPath, sizeBytes: source.size, policyVersion: policy.version };
  try {
    const format = await scanSource(source, ctx, path.basename(displayPath));
    const findings = dedupe(ctx.findings);
    return { ...base, format, verdict: verdictOf(findings), findings };
  } catch (err) {
    if (!isAppError(err)) throw err;
    const findings = dedupe(ctx.findings);
    // A file that is half-read but already shows malicious content keeps that verdict.
    const verdict = verdictOf(findings) === 'malicious' ? 'malicious' : 'error';
    return {
      ...base,
      format: 'unknown',
      verdict,
      findings,
      error: { code: err.code, message: err.message },
    };
  }
}

function errorReport(
  displayPath: string,
  err: ScanFileUnreadable,
  options: ScanOptions,
): FileReport {
  const policy = options.policy ?? defaultPolicy;
  return {
    path: displayPath,
    format: 'unknown',
    verdict: 'error',
    findings: [],
    sizeBytes: 0,
    policyVersion: policy.version,
    error: { code: err.code, message: err.message },
  };
}

/** Scans bytes held in memory (an upload). */
export function scanBuffer(
  bytes: Uint8Array,
  name: string,
  options: ScanOptions = {},
): Promise<FileReport> {
  return scanByteSource(bufferSource(bytes), name, options);
}

/** Scans one file on disk, reading only the ranges each format needs. */
export async function scanFile(filePath: string, options: ScanOptions = {}): Promise<FileReport> {
  let source;
  try {
    source = await openFileSource(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'open failed';
    return errorReport(filePath, new ScanFileUnreadable(filePath, code, { cause: err }), options);
  }
  try {
    return await scanByteSource(source, filePath, options);
  } finally {
    await source.close();
  }
}

/**
 * Expands files and directories (recursively, sorted, symlinks not followed) into file paths.
 * Throws SCAN_FILE_UNREADABLE for a path that does not exist.
 */
export async function listScanTargets(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const visit = async (p: string): Promise<void> => {
    let s;
    try {
      s = await stat(p);
    } catch (err) {
      throw new ScanFileUnreadable(p, (err as NodeJS.ErrnoException).code ?? 'stat failed', {
        cause: err,
      });
    }
    if (s.isDirectory()) {
      const names = (await readdir(p, { withFileTypes: true })).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      for (const d of names) if (!d.isSymbolicLink()) await visit(path.join(p, d.name));
    } else if (s.isFile()) {
      out.push(p);
    }
  };
  for (const p of paths) await visit(p);
  return out;
}

/** One input of `scanFiles`: a path on disk, or a named stream (spooled to a private temp file). */
export type ScanInput =
  | string
  | { readonly name: string; readonly stream: AsyncIterable<Uint8Array> | NodeJS.ReadableStream };

/**
 * Scans a set of files or streams, one report each, in order. This is what the registry's scan
 * gate calls for every new model version. `onReport` is called after each file.
 */
export async function scanFiles(
  inputs: readonly ScanInput[],
  options: ScanOptions & { readonly onReport?: (r: FileReport) => void } = {},
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const input of inputs) {
    let report: FileReport;
    if (typeof input === 'string') report = await scanFile(input, options);
    else {
      const dir = await mkdtemp(path.join(tmpdir(), 'rampart-scan-'));
      try {
        const file = path.join(dir, 'upload');
        try {
          await pipeline(
            Readable.from(input.stream as AsyncIterable<Uint8Array>),
            createWriteStream(file),
          );
        } catch (err) {
          const e = new ScanFileUnreadable(
            input.name,
            err instanceof Error ? err.message : 'stream failed',
            { cause: err },
          );
          report = errorReport(input.name, e, options);
          options.onReport?.(report);
          reports.push(report);
          continue;
        }
        const source = await openFileSource(file);
        try {
          report = await scanByteSource(source, input.name, options);
        } finally {
          await source.close();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    options.onReport?.(report);
    reports.push(report);
  }
  return reports;
}
