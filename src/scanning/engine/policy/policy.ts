import { ScanPolicyInvalid } from '../../scanning.errors.js';
import defaultPolicyJson from './default-policy.json' with { type: 'json' };

/** Lists the pickle judge uses; the default ships as data with a version, a user file extends it. */
export interface PolicyDocument {
  readonly version: string;
  readonly safe: readonly string[];
  readonly dangerous: readonly { readonly category: string; readonly symbols: readonly string[] }[];
  readonly reachableModules: readonly string[];
  readonly allowedDunders: readonly string[];
}

export type Classification =
  | { readonly kind: 'safe' }
  | { readonly kind: 'dangerous'; readonly category: string; readonly matched: string }
  | { readonly kind: 'unknown' };

/** A compiled policy: classify `module` + `name` of an imported global. */
export interface Policy {
  readonly version: string;
  classify(module: string, name: string): Classification;
}

/** Python 2 module names that unpicklers map to their Python 3 homes (Lib/_compat_pickle.py). */
const MODULE_ALIASES: Readonly<Record<string, string>> = {
  __builtin__: 'builtins',
  exceptions: 'builtins',
  copy_reg: 'copyreg',
  cPickle: 'pickle',
  commands: 'subprocess',
  urllib2: 'urllib.request',
  httplib: 'http.client',
  UserDict: 'collections',
  __builtins__: 'builtins',
};

interface Entry {
  readonly parts: readonly string[];
  readonly wildcard: boolean;
  readonly category: string;
  readonly text: string;
}

function parseEntry(text: string, category: string): Entry {
  const wildcard = text.endsWith('.*');
  const parts = (wildcard ? text.slice(0, -2) : text).split('.');
  return { parts, wildcard, category, text };
}

function startsWith(parts: readonly string[], prefix: readonly string[], at: number): boolean {
  if (parts.length - at < prefix.length) return false;
  return prefix.every((p, i) => parts[at + i] === p);
}

/** Normalises module aliases and splits `module.name` into dotted components. */
export function symbolParts(module: string, name: string): string[] {
  const mod = module.trim();
  const head = mod.split('.');
  const alias = MODULE_ALIASES[head[0] ?? ''];
  const normalized = alias === undefined ? head : [...alias.split('.'), ...head.slice(1)];
  return [...normalized, ...name.trim().split('.')];
}

/** Builds a policy; `extra` (a user policy file) adds safe and dangerous entries. */
export function compilePolicy(base: PolicyDocument, extra?: PolicyDocument): Policy {
  const docs = extra === undefined ? [base] : [base, extra];
  const dangerous: Entry[] = docs.flatMap((d) =>
    d.dangerous.flatMap((g) => g.symbols.map((s) => parseEntry(s, g.category))),
  );
  const safe: Entry[] = docs.flatMap((d) => d.safe.map((s) => parseEntry(s, 'safe')));
  const reachable = new Set(docs.flatMap((d) => d.reachableModules));
  const allowedDunders = new Set(docs.flatMap((d) => d.allowedDunders));
  const reachableCategory = new Map<string, string>();
  for (const e of dangerous)
    if (e.parts.length === 1) reachableCategory.set(e.parts[0]!, e.category);
  const version = extra === undefined ? base.version : `${base.version}+${extra.version}`;

  return {
    version,
    classify(module, name) {
      const parts = symbolParts(module, name);
      const nameStart = parts.length - name.trim().split('.').length;
      // Every dotted component is checked: dunder traversal reaches anything (`__globals__`).
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        if (/^__.+__$/.test(p) && !allowedDunders.has(p)) {
          return {
            kind: 'dangerous',
            category: 'reaches Python internals through a dunder attribute',
            matched: p,
          };
        }
        if (p === '' && i >= nameStart) return { kind: 'unknown' };
      }
      for (const e of dangerous) {
        if (startsWith(parts, e.parts, 0) && (e.wildcard || parts.length >= e.parts.length)) {
          return { kind: 'dangerous', category: e.category, matched: e.text };
        }
      }
      // A safe-looking module can re-export a dangerous one as an attribute (`torch.os.system`).
      for (let i = 1; i < parts.length; i++) {
        if (reachable.has(parts[i]!)) {
          return {
            kind: 'dangerous',
            category:
              reachableCategory.get(parts[i]!) ?? 'reaches a dangerous module through an attribute',
            matched: parts[i]!,
          };
        }
        for (const e of dangerous) {
          if (
            !e.wildcard &&
            e.parts.length > 1 &&
            startsWith(parts, e.parts, i) &&
            reachable.has(e.parts[0]!)
          ) {
            return { kind: 'dangerous', category: e.category, matched: e.text };
          }
        }
      }
      for (const e of safe) {
        if (
          e.wildcard
            ? startsWith(parts, e.parts, 0) && parts.length > e.parts.length
            : parts.join('.') === e.parts.join('.')
        ) {
          return { kind: 'safe' };
        }
      }
      return { kind: 'unknown' };
    },
  };
}

/** The built-in policy (versioned data file). */
export const DEFAULT_POLICY_DOCUMENT: PolicyDocument = defaultPolicyJson;

/** The built-in policy, compiled. */
export const defaultPolicy: Policy = compilePolicy(DEFAULT_POLICY_DOCUMENT);

function stringArray(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) {
    throw new ScanPolicyInvalid(`"${field}" must be an array of non-empty strings`);
  }
  return value as string[];
}

/**
 * Parses a user policy file (JSON): `{ "version"?, "safe"?: [...], "dangerous"?: [...] }` where
 * `dangerous` is strings or `{category, symbols}` groups. Throws SCAN_POLICY_INVALID.
 */
export function parsePolicyFile(text: string): PolicyDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ScanPolicyInvalid(`not valid JSON (${(err as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ScanPolicyInvalid('the top level must be an object');
  const obj = raw as Record<string, unknown>;
  const version = obj['version'] === undefined ? 'custom' : obj['version'];
  if (typeof version !== 'string') throw new ScanPolicyInvalid('"version" must be a string');
  const dangerousRaw = obj['dangerous'] ?? [];
  if (!Array.isArray(dangerousRaw)) throw new ScanPolicyInvalid('"dangerous" must be an array');
  const plain = dangerousRaw.filter((d): d is string => typeof d === 'string');
  const groups = dangerousRaw
    .filter((d) => typeof d !== 'string')
    .map((g: unknown) => {
      const group = g as Record<string, unknown> | null;
      if (typeof group !== 'object' || group === null || typeof group['category'] !== 'string') {
        throw new ScanPolicyInvalid('each "dangerous" entry is a string or {"category","symbols"}');
      }
      return {
        category: group['category'],
        symbols: stringArray(group['symbols'], 'dangerous[].symbols'),
      };
    });
  return {
    version,
    safe: stringArray(obj['safe'], 'safe'),
    dangerous: [
      ...(plain.length > 0
        ? [{ category: 'listed as dangerous by the user policy', symbols: plain }]
        : []),
      ...groups,
    ],
    reachableModules: [],
    allowedDunders: [],
  };
}
