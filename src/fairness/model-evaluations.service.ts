import type { AuditSink } from '../platform/audit/audit-sink.js';
import { audited } from '../platform/audit/audited.js';
import type { Actor } from '../platform/identity/actor.js';
import { requirePermission } from '../platform/identity/require-permission.js';
import type { Kysely } from 'kysely';
import type { Database } from '../platform/store/database.js';
import type { RegistryService, VersionDetail, VersionSelector } from '../registry/index.js';
import { explanationJson, type ExplanationReport } from './engine/explanation-report.js';
import type { FairnessReport } from './engine/fairness-report.js';
import { renderModelCard } from './engine/model-card.js';
import { reportJson } from './engine/report-json.js';
import {
  FairnessRepository,
  type EvaluationKind,
  type StoredEvaluation,
} from './fairness.repository.js';

export interface ModelRef {
  readonly project: string;
  readonly name: string;
  readonly selector: VersionSelector;
}

export interface ModelEvaluationsOptions {
  readonly db: Kysely<Database>;
  readonly registry: RegistryService;
  readonly audit: AuditSink;
  readonly nowMs?: () => number;
}

const SECTION_HEADINGS: Record<EvaluationKind, string> = {
  fairness: '## Fairness evaluation',
  explanation: '## Explanations',
};

/** The part of a rendered card from `heading` on: one evaluation's section. */
function sectionOf(card: string, heading: string): string {
  const at = card.indexOf(heading);
  return at < 0 ? '' : card.slice(at).trim();
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * Fairness audits and explanations attached to registry model versions, and the model card that
 * gathers them with the version's registry facts (metadata, files, signature, scan, lineage).
 * Attaching needs `fairness:run` and `model:write`; reading goes through the registry's
 * `model:read`. Each call writes one audit record.
 */
export class ModelEvaluationService {
  private readonly repo: FairnessRepository;
  private readonly nowMs: () => number;

  constructor(private readonly options: ModelEvaluationsOptions) {
    this.repo = new FairnessRepository(options.db);
    this.nowMs = options.nowMs ?? Date.now;
  }

  /** Stores a fairness report and/or an explanation with the version; returns the version number. */
  async attach(
    actor: Actor,
    ref: ModelRef,
    evaluation: { readonly fairness?: FairnessReport; readonly explanation?: ExplanationReport },
  ): Promise<{ version: number; attached: EvaluationKind[] }> {
    return this.audited(actor, 'model.evaluation.attach', ref, async () => {
      requirePermission(actor, 'fairness:run', ref.project);
      requirePermission(actor, 'model:write', ref.project);
      const detail = await this.version(actor, ref);
      const attached: EvaluationKind[] = [];
      const base = { modelName: `${ref.project}/${ref.name}`, version: String(detail.version) };
      const createdAt = new Date(this.nowMs()).toISOString();
      if (evaluation.fairness !== undefined) {
        const card = renderModelCard({ ...base, fairness: evaluation.fairness });
        await this.repo.save(ref.project, ref.name, {
          kind: 'fairness',
          version: detail.version,
          result: reportJson(evaluation.fairness),
          cardSection: sectionOf(card, SECTION_HEADINGS.fairness),
          createdBy: actor.label,
          createdAt,
        });
        attached.push('fairness');
      }
      if (evaluation.explanation !== undefined) {
        const card = renderModelCard({ ...base, explanation: evaluation.explanation });
        await this.repo.save(ref.project, ref.name, {
          kind: 'explanation',
          version: detail.version,
          result: explanationJson(evaluation.explanation),
          cardSection: sectionOf(card, SECTION_HEADINGS.explanation),
          createdBy: actor.label,
          createdAt,
        });
        attached.push('explanation');
      }
      return {
        result: { version: detail.version, attached },
        details: { version: detail.version, attached },
      };
    });
  }

  async list(actor: Actor, ref: ModelRef): Promise<StoredEvaluation[]> {
    return this.audited(actor, 'model.evaluation.list', ref, async () => {
      const detail = await this.version(actor, ref);
      const rows = await this.repo.list(ref.project, ref.name, detail.version);
      return { result: rows, details: { version: detail.version, count: rows.length } };
    });
  }

  /** The model card (Markdown) of a version. */
  async card(actor: Actor, ref: ModelRef): Promise<string> {
    return this.audited(actor, 'model.card', ref, async () => {
      const scope = { kind: 'model' as const, project: ref.project, name: ref.name };
      const asset = await this.options.registry.getAsset(actor, scope);
      const detail = await this.version(actor, ref);
      const evaluations = await this.repo.list(ref.project, ref.name, detail.version);
      const markdown = renderCard(asset.description, detail, evaluations);
      return {
        result: markdown,
        details: { version: detail.version, evaluations: evaluations.length },
      };
    });
  }

  private version(actor: Actor, ref: ModelRef): Promise<VersionDetail> {
    return this.options.registry.getVersion(
      actor,
      { kind: 'model', project: ref.project, name: ref.name },
      ref.selector,
    );
  }

  private audited<T>(
    actor: Actor,
    action: string,
    ref: ModelRef,
    work: () => Promise<{ result: T; details: Record<string, unknown> }>,
  ): Promise<T> {
    const what = {
      action,
      resource: { type: 'model', id: `${ref.project}/${ref.name}` },
      project: ref.project,
    };
    return audited(this.options.audit, actor, what, work);
  }
}

function renderCard(
  description: string,
  v: VersionDetail,
  evaluations: readonly StoredEvaluation[],
): string {
  const m = v.metadata;
  const facts: [string, string][] = [
    [
      'version',
      `${v.version} (${v.status}${v.statusReason === null ? '' : `: ${v.statusReason}`})`,
    ],
    ['created', `${v.createdAt} by ${v.createdBy}`],
    ['framework / format / task', [m.framework, m.format, m.task].map((x) => x ?? '—').join(' / ')],
    ['files', `${v.fileCount}, ${v.totalBytes} bytes`],
    ['manifest', v.manifestDigest],
    [
      'signature',
      v.signature.verified
        ? `verified (key ${v.signature.keyId ?? v.signerKeyId})`
        : `NOT verified: ${v.signature.problems.join('; ')}`,
    ],
    ['scan', `${v.scan.status}, ${v.scan.findings.length} finding(s)`],
    ['stages', v.stages.length === 0 ? '—' : v.stages.join(', ')],
    [
      'trained on',
      v.trainedOn.length === 0
        ? '—'
        : v.trainedOn.map((d) => `${d.project}/${d.name}@${d.version}`).join(', '),
    ],
  ];
  const lines = [
    `# Model card: ${cell(v.project)}/${cell(v.name)} (version ${v.version})`,
    '',
    '## Model details',
    '',
    '| | |',
    '| --- | --- |',
    ...facts.map(([k, val]) => `| ${k} | ${cell(val)} |`),
    ...Object.entries(m.metrics ?? {}).map(([k, val]) => `| metric ${cell(k)} | ${val} |`),
    ...Object.entries(m.parameters ?? {}).map(
      ([k, val]) => `| parameter ${cell(k)} | ${cell(String(val))} |`,
    ),
    '',
    '## Intended use',
    '',
    description === ''
      ? '_Not stated._ Set a description when pushing (`--description`).'
      : cell(description),
    '',
  ];
  for (const kind of ['fairness', 'explanation'] as const) {
    const stored = evaluations.find((e) => e.kind === kind);
    if (stored !== undefined) {
      lines.push(
        stored.cardSection,
        '',
        `_Attached ${stored.createdAt} by ${cell(stored.createdBy)}._`,
        '',
      );
    } else {
      lines.push(
        SECTION_HEADINGS[kind],
        '',
        kind === 'fairness'
          ? '_No fairness audit attached. Attach one with `rampart fairness report … --attach NAME@VERSION`._'
          : '_No explanation attached. Attach one with `rampart explain … --attach NAME@VERSION`._',
        '',
      );
    }
  }
  return lines.join('\n');
}
