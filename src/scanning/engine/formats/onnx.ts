import protobuf from 'protobufjs';
import { ScanFormatMalformed } from '../../scanning.errors.js';
import { addFinding, type ScanContext } from '../context.js';
import schema from './onnx-schema.json' with { type: 'json' };

/** The subset of onnx.proto (onnx/onnx, IR v10) the scanner needs; other fields are skipped. */
const ModelProto = protobuf.Root.fromJSON(schema).lookupType('onnx.ModelProto');

/** Operator domains of the ONNX standard and of mainstream runtimes (native, vetted code). */
const STANDARD_DOMAINS = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'ai.onnx.training',
  'ai.onnx.preview.training',
  'com.microsoft',
  'com.microsoft.nchwc',
  'com.microsoft.experimental',
  'com.microsoft.dml',
  'com.ms.internal.nhwc',
  'org.pytorch.aten',
  'pkg.onnxscript.torch_lib',
  'pkg.onnxscript.torch_lib.common',
  'pkg.torch.onnx',
]);
/** Domains whose operators are user-supplied (onnxruntime-extensions, Python ops). */
const CONTRIB_DOMAINS = new Set(['ai.onnx.contrib', 'com.microsoft.extensions']);

interface Tensor {
  name?: string;
  dataLocation?: number;
  externalData?: { key?: string; value?: string }[];
}
interface Node {
  opType?: string;
  domain?: string;
  name?: string;
  attribute?: {
    t?: Tensor;
    g?: Graph;
    tensors?: Tensor[];
    graphs?: Graph[];
    sparseTensor?: { values?: Tensor; indices?: Tensor };
  }[];
}
interface Graph {
  node?: Node[];
  initializer?: Tensor[];
  sparseInitializer?: { values?: Tensor; indices?: Tensor }[];
}
interface Model {
  graph?: Graph;
  opsetImport?: { domain?: string }[];
  functions?: { domain?: string; node?: Node[]; opsetImport?: { domain?: string }[] }[];
}

/** True when an external-data location is absolute, a URL, or climbs out with `..`. */
export function isEscapingPath(location: string): boolean {
  const p = location.replace(/\\/g, '/');
  return (
    p.startsWith('/') ||
    /^[a-zA-Z]:/.test(p) ||
    /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(p) ||
    p.split('/').includes('..') ||
    p.includes('\0') ||
    p.startsWith('~')
  );
}

/** Decodes an ONNX ModelProto and checks operator domains and external-data paths. */
export function scanOnnx(bytes: Uint8Array, ctx: ScanContext): void {
  let model: Model;
  try {
    const decoded: Model = ModelProto.toObject(ModelProto.decode(bytes), { defaults: false });
    model = decoded;
  } catch (err) {
    throw new ScanFormatMalformed(
      'onnx',
      err instanceof Error ? err.message : 'protobuf decode failed',
    );
  }
  const domains = new Map<string, string>();
  const noteDomain = (domain: string | undefined, where: string): void => {
    if (domain !== undefined && !domains.has(domain)) domains.set(domain, where);
  };
  for (const o of model.opsetImport ?? []) noteDomain(o.domain ?? '', 'opset_import');
  const tensors: Tensor[] = [];
  const nodes: Node[] = [];
  let budget = 1_000_000;
  const walk = (g: Graph | undefined, depth: number): void => {
    if (g === undefined || depth > 32 || budget-- <= 0) return;
    tensors.push(...(g.initializer ?? []));
    for (const s of g.sparseInitializer ?? [])
      tensors.push(...[s.values, s.indices].filter((t): t is Tensor => t !== undefined));
    for (const n of g.node ?? []) {
      nodes.push(n);
      noteDomain(n.domain ?? '', `node ${n.name ?? ''} (${n.opType ?? '?'})`);
      for (const a of n.attribute ?? []) {
        if (a.t !== undefined) tensors.push(a.t);
        tensors.push(...(a.tensors ?? []));
        walk(a.g, depth + 1);
        for (const sg of a.graphs ?? []) walk(sg, depth + 1);
      }
    }
  };
  walk(model.graph, 0);
  for (const f of model.functions ?? []) {
    for (const o of f.opsetImport ?? []) noteDomain(o.domain ?? '', `function ${f.domain ?? ''}`);
    walk({ node: f.node ?? [] }, 1);
  }
  for (const n of nodes) {
    if (/^(?:Py(?:thon)?(?:Op|Func|Function)|PyTorchOp)$/i.test(n.opType ?? '')) {
      addFinding(ctx, 'onnx.custom-domain', {
        symbol: `${n.domain ?? ''}:${n.opType ?? ''}`,
        message: `Node ${n.name ?? ''} is a ${n.opType ?? ''} operator, which calls back into Python code when the model runs.`,
      });
    }
  }
  for (const [domain, where] of domains) {
    if (STANDARD_DOMAINS.has(domain) || (model.functions ?? []).some((f) => f.domain === domain))
      continue;
    const rule = CONTRIB_DOMAINS.has(domain) ? 'onnx.contrib-domain' : 'onnx.custom-domain';
    addFinding(ctx, rule, {
      symbol: domain,
      message: `The model uses operators from domain "${domain}" (first in ${where}), which need a custom-operator library to load.`,
    });
  }
  for (const t of tensors) {
    if (t.dataLocation !== 1 && (t.externalData ?? []).length === 0) continue;
    const location = (t.externalData ?? []).find((e) => e.key === 'location')?.value ?? '';
    if (isEscapingPath(location)) {
      addFinding(ctx, 'onnx.external-data-traversal', {
        symbol: location,
        message: `Tensor ${t.name ?? '?'} loads its data from "${location}", outside the model folder.`,
      });
    }
  }
}

const MODEL_FIELDS = new Map([
  [1, 0],
  [2, 2],
  [3, 2],
  [4, 2],
  [5, 0],
  [6, 2],
  [7, 2],
  [8, 2],
  [14, 2],
  [20, 2],
  [25, 2],
]);

/** Cheap sniff: the first protobuf fields are ModelProto fields with their proper wire types. */
export function looksLikeOnnx(
  prefix: Uint8Array,
  options: { anyFirstField?: boolean } = {},
): boolean {
  // The onnx library writes ir_version (field 1, varint) first; other writers may not.
  if (prefix[0] !== 0x08 && options.anyFirstField !== true) return false;
  const r = protobuf.Reader.create(prefix);
  let fields = 0;
  try {
    while (r.pos < r.len && fields < 8) {
      const tag = r.uint32();
      const wire = MODEL_FIELDS.get(tag >>> 3);
      if (wire === undefined || wire !== (tag & 7)) return false;
      if (wire === 0) r.int64();
      else {
        const len = r.uint32();
        if (r.pos + len > r.len) return fields >= 1;
        r.skip(len);
      }
      fields++;
    }
  } catch {
    return fields >= 2; // the prefix ended mid-field
  }
  return fields >= 2;
}
