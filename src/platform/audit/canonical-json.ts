/** Bounds for canonicalisation; an audit record is small, so these are generous. */
export interface CanonicalJsonLimits {
  readonly maxDepth: number;
}

const defaultLimits: CanonicalJsonLimits = { maxDepth: 32 };

/**
 * Serialises `value` as canonical JSON in the manner of RFC 8785 (JCS): object keys sorted by
 * UTF-16 code units, no whitespace, strings and numbers in ECMAScript `JSON.stringify` form.
 * Object properties whose value is `undefined` are omitted (as in JSON). Throws a TypeError on
 * values JSON cannot carry exactly (non-finite numbers, bigint, functions, symbols, `undefined`
 * inside arrays) and on nesting deeper than `maxDepth`, so two parties can never disagree about
 * what bytes were hashed.
 */
export function canonicalJson(value: unknown, limits: CanonicalJsonLimits = defaultLimits): string {
  return write(value, 0, limits.maxDepth);
}

function write(value: unknown, depth: number, maxDepth: number): string {
  if (depth > maxDepth) throw new TypeError(`value nests deeper than ${maxDepth} levels`);
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`number ${value} has no JSON form`);
      // ES Number::toString is the RFC 8785 number form; -0 serialises as 0.
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value
          .map((item: unknown) => {
            if (item === undefined)
              throw new TypeError('undefined inside an array has no JSON form');
            return write(item, depth + 1, maxDepth);
          })
          .join(',')}]`;
      }
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, depth + 1, maxDepth)}`).join(',')}}`;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      throw new TypeError(`${typeof value} has no JSON form`);
  }
  throw new TypeError('value has no JSON form');
}
