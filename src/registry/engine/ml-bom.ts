import type { AssetKind } from './asset-ref.js';

export interface VersionMetadata {
  readonly framework?: string;
  readonly format?: string;
  readonly task?: string;
  readonly metrics?: Readonly<Record<string, number>>;
  readonly parameters?: Readonly<Record<string, string | number | boolean>>;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface BomInput {
  readonly asset: {
    readonly kind: AssetKind;
    readonly project: string;
    readonly name: string;
    readonly description: string;
    readonly owner: string;
    readonly riskTier: string;
    readonly tags: readonly string[];
  };
  readonly version: {
    readonly number: number;
    readonly createdAt: string;
    readonly manifestDigest: string;
    readonly status: string;
    readonly scanStatus: string;
    readonly signerKeyId: string;
    readonly metadata: VersionMetadata;
    readonly files: readonly {
      readonly path: string;
      readonly sha256: string;
      readonly size: number;
    }[];
  };
  /** Versions this one was trained on (datasets). */
  readonly inputs: readonly {
    readonly kind: string;
    readonly project: string;
    readonly name: string;
    readonly number: number;
  }[];
  readonly serialNumber: string;
  readonly timestamp: string;
  readonly toolVersion: string;
}

const refOf = (kind: string, project: string, name: string, number: number) =>
  `${kind}:${project}/${name}@${number}`;

/**
 * A CycloneDX 1.6 BOM for one asset version: a `machine-learning-model` (or `data`) component
 * with the manifest digest, its files as nested `file` components with SHA-256 hashes, a model
 * card (task, framework, metrics, training datasets by reference) and the datasets it was trained
 * on as `data` components, linked in `dependencies`. Pure: ids and time are passed in.
 */
export function buildMlBom(input: BomInput): Record<string, unknown> {
  const { asset, version } = input;
  const mainRef = refOf(asset.kind, asset.project, asset.name, version.number);
  const datasetComponents = input.inputs.map((d) => ({
    type: 'data',
    'bom-ref': refOf(d.kind, d.project, d.name, d.number),
    name: d.name,
    version: String(d.number),
    group: d.project,
    data: [{ type: 'dataset', name: `${d.project}/${d.name}@${d.number}` }],
  }));
  const properties = [
    { name: 'rampart:project', value: asset.project },
    { name: 'rampart:owner', value: asset.owner },
    { name: 'rampart:risk-tier', value: asset.riskTier },
    { name: 'rampart:status', value: version.status },
    { name: 'rampart:scan-status', value: version.scanStatus },
    { name: 'rampart:signer-key-id', value: version.signerKeyId },
    ...asset.tags.map((t) => ({ name: 'rampart:tag', value: t })),
    ...Object.entries(version.metadata.labels ?? {}).map(([k, v]) => ({
      name: `rampart:label:${k}`,
      value: v,
    })),
    ...Object.entries(version.metadata.parameters ?? {}).map(([k, v]) => ({
      name: `rampart:parameter:${k}`,
      value: String(v),
    })),
  ];
  const files = version.files.map((f) => ({
    type: 'file',
    'bom-ref': `${mainRef}#${f.path}`,
    name: f.path,
    hashes: [{ alg: 'SHA-256', content: f.sha256 }],
    properties: [{ name: 'rampart:size', value: String(f.size) }],
  }));
  const main: Record<string, unknown> = {
    type: asset.kind === 'model' ? 'machine-learning-model' : 'data',
    'bom-ref': mainRef,
    group: asset.project,
    name: asset.name,
    version: String(version.number),
    ...(asset.description === '' ? {} : { description: asset.description }),
    hashes: [{ alg: 'SHA-256', content: version.manifestDigest }],
    properties,
    components: files,
  };
  if (asset.kind === 'model') {
    const metrics = Object.entries(version.metadata.metrics ?? {}).map(([type, value]) => ({
      type,
      value: String(value),
    }));
    main['modelCard'] = {
      modelParameters: {
        ...(version.metadata.task === undefined ? {} : { task: version.metadata.task }),
        ...(version.metadata.framework === undefined
          ? {}
          : { architectureFamily: version.metadata.framework }),
        datasets: datasetComponents.map((d) => ({ ref: d['bom-ref'] })),
      },
      ...(metrics.length === 0 ? {} : { quantitativeAnalysis: { performanceMetrics: metrics } }),
      properties:
        version.metadata.format === undefined
          ? []
          : [{ name: 'rampart:format', value: version.metadata.format }],
    };
  } else {
    main['data'] = [{ type: 'dataset', name: `${asset.project}/${asset.name}@${version.number}` }];
  }
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${input.serialNumber}`,
    version: 1,
    metadata: {
      timestamp: input.timestamp,
      tools: { components: [{ type: 'application', name: 'rampart', version: input.toolVersion }] },
      component: {
        type: main['type'],
        'bom-ref': `${mainRef}#subject`,
        name: asset.name,
        version: String(version.number),
      },
    },
    components: [main, ...datasetComponents],
    dependencies: [
      { ref: mainRef, dependsOn: datasetComponents.map((d) => d['bom-ref']) },
      ...datasetComponents.map((d) => ({ ref: d['bom-ref'], dependsOn: [] })),
    ],
  };
}
