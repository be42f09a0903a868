import { addFinding, type ScanContext } from '../context.js';

/** Module prefixes of Keras itself; objects from elsewhere are custom code. */
const KERAS_MODULES = /^(keras|tf_keras|tensorflow|keras_nlp|keras_hub|keras_cv)(\.|$)/;
const MAX_NODES = 200_000;

/** True when a parsed JSON document looks like a Keras model config. */
export function isKerasConfig(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null) return false;
  const o = doc as Record<string, unknown>;
  return typeof o['class_name'] === 'string' && typeof o['config'] === 'object';
}

/**
 * Checks a Keras model config (Keras 3 `config.json`, or the `model_config` attribute of a
 * Keras 2 `.h5`): Lambda layers carry marshalled Python code; `module`/`class_name` pairs and
 * serialized functions name Python objects that the policy judges like pickle imports.
 */
export function scanKerasConfig(doc: unknown, ctx: ScanContext, where: string): void {
  let nodes = 0;
  const seen = new Set<string>();
  const walk = (node: unknown, path: string, depth: number, inLambda = false): void => {
    if (++nodes > MAX_NODES || depth > 64 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, `${path}[${i}]`, depth + 1, inLambda));
      return;
    }
    const o = node as Record<string, unknown>;
    const className = typeof o['class_name'] === 'string' ? o['class_name'] : undefined;
    const cfg = o['config'];
    const name =
      typeof cfg === 'object' &&
      cfg !== null &&
      typeof (cfg as Record<string, unknown>)['name'] === 'string'
        ? String((cfg as Record<string, unknown>)['name'])
        : path;
    const isLambda =
      className === 'Lambda' || o['function_type'] === 'lambda' || className === '__lambda__';
    if (isLambda && !inLambda) {
      const key = `lambda:${name}`;
      if (!seen.has(key)) {
        seen.add(key);
        addFinding(ctx, 'keras.lambda-layer', {
          symbol: name,
          message: `${where}: layer ${name} is a Lambda layer whose function is serialized Python bytecode, run when the model loads.`,
        });
      }
    }
    const module = typeof o['module'] === 'string' ? o['module'] : undefined;
    if (module !== undefined && className !== undefined)
      checkObject(ctx, where, module, className, cfg);
    if (
      typeof o['registered_name'] === 'string' &&
      o['registered_name'].includes('>') &&
      module === undefined
    ) {
      addFinding(ctx, 'keras.custom-object', {
        symbol: o['registered_name'],
        message: `${where}: ${path} uses the custom registered object ${o['registered_name']}.`,
      });
    }
    for (const [k, v] of Object.entries(o))
      walk(v, `${path}.${k}`, depth + 1, inLambda || isLambda);
  };
  walk(doc, '$', 0);
}

function checkObject(
  ctx: ScanContext,
  where: string,
  module: string,
  className: string,
  cfg: unknown,
): void {
  // Keras 3 serializes plain functions as {module, class_name: "function", config: "<name>"}.
  const fnName = className === 'function' && typeof cfg === 'string' ? cfg : undefined;
  const symbol = fnName === undefined ? `${module}.${className}` : `${module}.${fnName}`;
  const c = ctx.policy.classify(module, fnName ?? className);
  if (c.kind === 'dangerous') {
    addFinding(ctx, 'keras.dangerous-function', {
      symbol,
      message: `${where}: the config loads ${symbol}, which ${c.category}.`,
    });
  } else if (!KERAS_MODULES.test(module) && c.kind === 'unknown') {
    addFinding(ctx, 'keras.custom-object', {
      symbol,
      message: `${where}: the config loads ${symbol} from outside Keras.`,
    });
  }
}
