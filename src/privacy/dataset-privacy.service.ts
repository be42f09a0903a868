import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { AuditSink } from '../platform/audit/audit-sink.js';
import { audited } from '../platform/audit/audited.js';
import type { Actor } from '../platform/identity/actor.js';
import { requirePermission } from '../platform/identity/require-permission.js';
import type { Database } from '../platform/store/database.js';
import type { RegistryService, VersionDetail, VersionSelector } from '../registry/index.js';
import { createAnalyzer } from './engine/analyzer.js';
import type { EntityType } from './engine/entity-types.js';
import { maskJsonLine, scanJsonLine } from './engine/jsonl-scanner.js';
import type { OperatorKeys } from './engine/operators.js';
import { DEFAULT_POLICY, type MaskPolicy } from './engine/policy.js';
import type { ColumnReport } from './engine/table-scanner.js';
import { formatOf, jsonLines, writeAtomically } from './privacy.files.js';
import { PiiReportNotFound } from './privacy.errors.js';
import { PrivacyRepository } from './privacy.repository.js';
import {
  maskTableInParallel,
  scanTableInParallel,
  tableSource,
  workersFor,
} from './table-workers.js';

export interface DatasetRef {
  readonly project: string;
  readonly name: string;
  readonly selector: VersionSelector;
}

export interface DatasetFileReport {
  readonly path: string;
  readonly format: 'csv' | 'jsonl' | 'parquet' | 'skipped';
  readonly rows: number;
  readonly columns: readonly ColumnReport[];
  readonly totals: Partial<Record<EntityType, number>>;
}

/** What is stored with a dataset version: types and counts per file and column, never values. */
export interface DatasetPiiReport {
  readonly project: string;
  readonly dataset: string;
  readonly version: number;
  readonly files: readonly DatasetFileReport[];
  readonly totals: Partial<Record<EntityType, number>>;
  readonly createdBy: string;
  readonly createdAt: string;
}

export interface MaskedDataset {
  readonly source: number;
  readonly masked: VersionDetail;
  readonly changed: Partial<Record<EntityType, number>>;
}

export interface DatasetPrivacyOptions {
  readonly db: Kysely<Database>;
  readonly registry: RegistryService;
  readonly audit: AuditSink;
  readonly keys: OperatorKeys;
  readonly nowMs?: () => number;
}

/** Threads for a dataset file, as `--workers auto` picks them; Parquet stays on one thread. */
async function workersOf(local: string, format: 'csv' | 'parquet'): Promise<number> {
  return format === 'csv' ? workersFor((await stat(local)).size) : 1;
}

function add(
  into: Partial<Record<EntityType, number>>,
  from: Partial<Record<EntityType, number>>,
): void {
  for (const [type, n] of Object.entries(from))
    into[type as EntityType] = (into[type as EntityType] ?? 0) + (n ?? 0);
}

/**
 * PII on registry datasets: scans a dataset version's CSV, JSONL and Parquet files and stores the
 * report with the version; masks them into a new version of the same dataset whose metadata
 * records its source (lineage). Reads go through the registry, so its permissions
 * (`dataset:read`/`dataset:download`/`dataset:write`) apply on top of `pii:scan`/`pii:mask`.
 */
export class DatasetPrivacyService {
  private readonly repo: PrivacyRepository;
  private readonly nowMs: () => number;

  constructor(private readonly options: DatasetPrivacyOptions) {
    this.repo = new PrivacyRepository(options.db);
    this.nowMs = options.nowMs ?? Date.now;
  }

  async scanVersion(actor: Actor, ref: DatasetRef): Promise<DatasetPiiReport> {
    return this.audited(actor, 'pii.dataset-scan', ref, 'pii:scan', async () => {
      const { detail, dir } = await this.materialize(actor, ref);
      try {
        const analyzer = createAnalyzer();
        const files: DatasetFileReport[] = [];
        const totals: Partial<Record<EntityType, number>> = {};
        for (const f of detail.files) {
          const format = formatOf(f.path);
          const local = path.join(dir, String(files.length));
          if (format === 'csv' || format === 'parquet') {
            const report = await scanTableInParallel(
              await tableSource(local, format),
              {},
              {
                workers: await workersOf(local, format),
              },
            );
            files.push({
              path: f.path,
              format,
              rows: report.rows,
              columns: report.columns,
              totals: report.totals,
            });
            add(totals, report.totals);
          } else if (format === 'jsonl') {
            const fileTotals: Partial<Record<EntityType, number>> = {};
            let rows = 0;
            for await (const { line, lineNo } of jsonLines(local)) {
              rows++;
              for (const finding of scanJsonLine(line, lineNo, analyzer))
                add(fileTotals, { [finding.type]: 1 });
            }
            files.push({ path: f.path, format, rows, columns: [], totals: fileTotals });
            add(totals, fileTotals);
          } else {
            files.push({ path: f.path, format: 'skipped', rows: 0, columns: [], totals: {} });
          }
        }
        const report: DatasetPiiReport = {
          project: ref.project,
          dataset: ref.name,
          version: detail.version,
          files,
          totals,
          createdBy: actor.label,
          createdAt: new Date(this.nowMs()).toISOString(),
        };
        await this.repo.saveReport({ ...report, report });
        return {
          result: report,
          details: { version: detail.version, files: files.length, totals },
        };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  /** The stored report of a version (resolved from a number, stage or `latest`). */
  async getReport(actor: Actor, ref: DatasetRef): Promise<DatasetPiiReport> {
    return this.audited(actor, 'pii.dataset-report', ref, 'pii:scan', async () => {
      const scope = { kind: 'dataset' as const, project: ref.project, name: ref.name };
      const detail = await this.options.registry.getVersion(actor, scope, ref.selector);
      const stored = await this.repo.findReport(ref.project, ref.name, detail.version);
      if (stored === undefined)
        throw new PiiReportNotFound(`${ref.project}/${ref.name}@${detail.version}`);
      return { result: stored.report as DatasetPiiReport, details: { version: detail.version } };
    });
  }

  /**
   * Masks every CSV, JSONL and Parquet file (Parquet is written as CSV) into the next version of
   * the same dataset; other files are left out, since they cannot be masked. The new version's
   * labels name the source version and the transform.
   */
  async maskVersion(
    actor: Actor,
    ref: DatasetRef,
    options: { policy?: MaskPolicy } = {},
  ): Promise<MaskedDataset> {
    return this.audited(actor, 'pii.dataset-mask', ref, 'pii:mask', async () => {
      const { detail, dir } = await this.materialize(actor, ref);
      try {
        const analyzer = createAnalyzer();
        const policy = options.policy ?? DEFAULT_POLICY;
        const keys = this.options.keys;
        const changed: Partial<Record<EntityType, number>> = {};
        const outputs: { path: string; local: string }[] = [];
        for (const [i, f] of detail.files.entries()) {
          const format = formatOf(f.path);
          const local = path.join(dir, String(i));
          const out = `${local}.masked`;
          if (format === 'csv' || format === 'parquet') {
            await writeAtomically(out, async (write) => {
              const report = await maskTableInParallel(
                await tableSource(local, format),
                {},
                {
                  workers: await workersOf(local, format),
                  policy,
                  keys,
                  write,
                },
              );
              add(changed, report.changed);
            });
            outputs.push({
              path: format === 'parquet' ? f.path.replace(/\.parquet$/i, '.csv') : f.path,
              local: out,
            });
          } else if (format === 'jsonl') {
            await writeAtomically(out, async (write) => {
              for await (const { line, lineNo } of jsonLines(local)) {
                const masked = maskJsonLine(line, lineNo, analyzer, { policy, keys });
                add(changed, masked.changed);
                await write(masked.line + '\n');
              }
            });
            outputs.push({ path: f.path, local: out });
          }
        }
        const masked = await this.options.registry.pushVersion(
          actor,
          { kind: 'dataset', project: ref.project, name: ref.name },
          {
            files: outputs.map((o) => ({ path: o.path, source: createReadStream(o.local) })),
            metadata: {
              labels: {
                derived_from: `${ref.project}/${ref.name}@${detail.version}`,
                transform: 'pii-mask',
              },
            },
          },
        );
        return {
          result: { source: detail.version, masked, changed },
          details: { source: detail.version, masked: masked.version, changed },
        };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  /** Copies the version's files (decrypted by the registry) into a private temp dir, by index. */
  private async materialize(
    actor: Actor,
    ref: DatasetRef,
  ): Promise<{ detail: VersionDetail; dir: string }> {
    const scope = { kind: 'dataset' as const, project: ref.project, name: ref.name };
    const detail = await this.options.registry.getVersion(actor, scope, ref.selector);
    const dir = await mkdtemp(path.join(tmpdir(), 'rampart-pii-'));
    try {
      for (const [i, f] of detail.files.entries()) {
        if (formatOf(f.path) === 'text') continue;
        const { stream } = await this.options.registry.openFile(
          actor,
          scope,
          { kind: 'number', number: detail.version },
          f.path,
        );
        await pipeline(stream, createWriteStream(path.join(dir, String(i)), { mode: 0o600 }));
      }
      return { detail, dir };
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  }

  private audited<T>(
    actor: Actor,
    action: string,
    ref: DatasetRef,
    permission: string,
    work: () => Promise<{ result: T; details: Record<string, unknown> }>,
  ): Promise<T> {
    const what = {
      action,
      resource: { type: 'dataset', id: `${ref.project}/${ref.name}` },
      project: ref.project,
    };
    return audited(this.options.audit, actor, what, () => {
      requirePermission(actor, permission, ref.project);
      return work();
    });
  }
}
