import { PiiInputMalformed, PiiInputTooLarge } from '../privacy.errors.js';
import type { Analyzer } from './analyzer.js';
import type { EntityType } from './entity-types.js';
import type { OperatorKeys } from './operators.js';
import type { MaskPolicy } from './policy.js';
import { maskText } from './text-masker.js';

/** A finding inside one JSON value: `field` is the dotted path (`user.emails.0`). */
export interface FieldFinding {
  readonly field: string;
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

export interface JsonlOptions {
  /** Only string fields whose path or last key is listed; all string fields when absent. */
  readonly fields?: readonly string[];
  /** Deepest nesting walked. Default 32. */
  readonly maxDepth?: number;
  /** Longest line accepted, in characters. Default 8 MiB. */
  readonly maxLineChars?: number;
}

function wanted(path: string, key: string, fields: readonly string[] | undefined): boolean {
  return fields === undefined || fields.includes(path) || fields.includes(key);
}

/** Calls `visit` for every string leaf (path, key, value, setter) of `value`. */
function walk(
  value: unknown,
  path: string,
  key: string,
  depth: number,
  options: JsonlOptions,
  visit: (path: string, key: string, text: string) => string | undefined,
): unknown {
  if (depth > (options.maxDepth ?? 32))
    throw new PiiInputTooLarge('JSON nesting depth', options.maxDepth ?? 32);
  if (typeof value === 'string')
    return wanted(path, key, options.fields) ? (visit(path, key, value) ?? value) : value;
  if (Array.isArray(value))
    return value.map((v, i) =>
      walk(v, path === '' ? String(i) : `${path}.${i}`, key, depth + 1, options, visit),
    );
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = walk(v, path === '' ? k : `${path}.${k}`, k, depth + 1, options, visit);
    return out;
  }
  return value;
}

function parseLine(line: string, lineNo: number, options: JsonlOptions): unknown {
  if (line.length > (options.maxLineChars ?? 8 * 1024 * 1024))
    throw new PiiInputTooLarge('A JSONL line', options.maxLineChars ?? 8 * 1024 * 1024);
  try {
    return JSON.parse(line);
  } catch {
    // Not the parser's message: it quotes the line ("…\"password\": hunter2…"), which may be
    // the very secret being scanned for.
    throw new PiiInputMalformed('not one JSON value', { line: lineNo, format: 'JSONL' });
  }
}

/** Findings in one JSONL line (1-based `lineNo` for errors); an empty line has none. */
export function scanJsonLine(
  line: string,
  lineNo: number,
  analyzer: Analyzer,
  options: JsonlOptions = {},
): FieldFinding[] {
  if (line.trim() === '') return [];
  const findings: FieldFinding[] = [];
  walk(parseLine(line, lineNo, options), '', '', 0, options, (path, key, text) => {
    for (const f of analyzer.analyze(text, key))
      findings.push({ field: path, type: f.type, start: f.start, end: f.end, score: f.score });
    return undefined;
  });
  return findings;
}

/** Masks the string fields of one JSONL line; returns the new line and what changed. */
export function maskJsonLine(
  line: string,
  lineNo: number,
  analyzer: Analyzer,
  options: JsonlOptions & { policy: MaskPolicy; keys: OperatorKeys },
): { line: string; changed: Partial<Record<EntityType, number>> } {
  if (line.trim() === '') return { line, changed: {} };
  const changed: Partial<Record<EntityType, number>> = {};
  const masked = walk(parseLine(line, lineNo, options), '', '', 0, options, (_path, key, text) => {
    const res = maskText(text, analyzer.analyze(text, key), options.policy, options.keys);
    for (const [t, n] of Object.entries(res.changed))
      changed[t as EntityType] = (changed[t as EntityType] ?? 0) + n;
    return res.text;
  });
  return { line: JSON.stringify(masked), changed };
}
