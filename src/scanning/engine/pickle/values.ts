/** Symbolic values on the emulated pickle stack. Nothing is ever constructed or called. */
export type PValue =
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'bytes'; readonly v: Uint8Array }
  | { readonly t: 'scalar' }
  | { readonly t: 'int'; readonly v: number }
  | {
      readonly t: 'global';
      readonly module: string;
      readonly name: string;
      readonly offset: number;
    }
  | { readonly t: 'dynamic-global'; readonly offset: number }
  | { readonly t: 'ext'; readonly code: number; readonly offset: number }
  | { readonly t: 'call'; readonly fn: PValue; readonly args: PValue; readonly offset: number }
  | {
      readonly t: 'seq';
      readonly kind: 'tuple' | 'list' | 'set' | 'dict';
      readonly items: PValue[];
    }
  | { readonly t: 'opaque'; readonly what: string };

/** Containers keep at most this many items for analysis; the rest are counted, not stored. */
export const MAX_TRACKED_ITEMS = 256;

export const SCALAR: PValue = { t: 'scalar' };

/** Short human description of a value, for messages. */
export function describe(value: PValue, depth = 0): string {
  if (depth > 3) return '…';
  switch (value.t) {
    case 'str':
      return JSON.stringify(value.v.length > 40 ? value.v.slice(0, 40) + '…' : value.v);
    case 'bytes':
      return `bytes[${value.v.length}]`;
    case 'scalar':
      return 'scalar';
    case 'int':
      return String(value.v);
    case 'global':
      return `${value.module}.${value.name}`;
    case 'dynamic-global':
      return 'dynamically imported object';
    case 'ext':
      return `extension #${value.code}`;
    case 'call':
      return `${describe(value.fn, depth + 1)}(…)`;
    case 'seq':
      return value.kind;
    case 'opaque':
      return value.what;
  }
}
