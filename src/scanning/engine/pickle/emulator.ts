import { PickleDecodeError, readOp, type Op } from './opcodes.js';
import { isJoblibArrayWrapper, joblibArrayLayout } from './joblib.js';
import { MAX_TRACKED_ITEMS, SCALAR, describe, type PValue } from './values.js';

/** Something the emulation saw that the policy must judge. */
export type PickleEvent =
  | {
      readonly kind: 'import';
      readonly module: string;
      readonly name: string;
      readonly offset: number;
      readonly via: string;
    }
  | { readonly kind: 'dynamic-import'; readonly offset: number; readonly detail: string }
  | { readonly kind: 'ext'; readonly code: number; readonly offset: number }
  | { readonly kind: 'indirect-call'; readonly offset: number; readonly detail: string }
  | { readonly kind: 'state-injection'; readonly key: string; readonly offset: number }
  | { readonly kind: 'nested'; readonly bytes: Uint8Array; readonly offset: number };

export interface EmulationResult {
  readonly events: readonly PickleEvent[];
  /** Offset just past STOP (or where decoding stopped). */
  readonly end: number;
  /** True when a STOP opcode was reached. */
  readonly complete: boolean;
  readonly opCount: number;
  readonly protocol: number;
  /** Why decoding stopped before STOP, if it did. */
  readonly error?: PickleDecodeError;
}

export interface EmulateOptions {
  readonly maxOps: number;
  /** At most this many nested-payload events are reported. */
  readonly maxNested?: number;
  /** Nesting of inline pickles (joblib object arrays); internal. */
  readonly depth?: number;
}

const MAX_INLINE_DEPTH = 16;

const MAX_STACK = 1_000_000;
const MAX_MEMO = 1_000_000;

/** True when `v` looks like a pickle stream (PROTO opcode with a known version). */
export function looksLikeProtoPickle(v: Uint8Array): boolean {
  return v.length >= 3 && v[0] === 0x80 && v[1]! <= 5;
}

/** True when bytes held in a pickle are themselves a file worth scanning (pickle, zip, npy, gzip). */
export function looksLikeEmbeddedFile(v: Uint8Array): boolean {
  if (looksLikeProtoPickle(v)) return true;
  if (v.length < 4) return false;
  const m = String.fromCharCode(v[0]!, v[1]!, v[2]!, v[3]!);
  return m === 'PK\x03\x04' || m === '\x93NUM' || (v[0] === 0x1f && v[1] === 0x8b);
}

function latin1Bytes(s: string): Uint8Array | undefined {
  if (s.length < 3 || s.charCodeAt(0) !== 0x80) return undefined;
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return undefined;
    out[i] = c;
  }
  return out;
}

/**
 * Emulates the pickle virtual machine from `start` up to STOP, with a real stack, metastack
 * (MARK) and memo, and reports every import path and call shape. It never throws for bad
 * input: a decode error ends the emulation and is returned in `error`.
 */
export function emulatePickle(
  buf: Uint8Array,
  start: number,
  options: EmulateOptions,
): EmulationResult {
  const events: PickleEvent[] = [];
  const maxNested = options.maxNested ?? 16;
  let nested = 0;
  let stack: PValue[] = [];
  const metastack: PValue[][] = [];
  const memo = new Map<number, PValue>();
  let protocol = 0;
  let pos = start;
  let opCount = 0;
  let depthItems = 0;

  const fail = (reason: string, at: number): never => {
    throw new PickleDecodeError(reason, at, false);
  };
  const pop = (at: number): PValue => {
    const v = stack.pop();
    if (v === undefined) return fail('stack underflow', at);
    return v;
  };
  const top = (at: number): PValue => stack[stack.length - 1] ?? fail('stack underflow', at);
  const push = (v: PValue, at: number): void => {
    if (stack.length + depthItems >= MAX_STACK) fail('stack too deep', at);
    stack.push(v);
  };
  const popMark = (at: number): PValue[] => {
    const items = stack;
    const prev = metastack.pop();
    if (prev === undefined) return fail('MARK missing', at);
    depthItems -= prev.length;
    stack = prev;
    return items;
  };
  const noteBytes = (bytes: Uint8Array | undefined, at: number): void => {
    if (bytes !== undefined && nested < maxNested && looksLikeEmbeddedFile(bytes)) {
      nested++;
      events.push({ kind: 'nested', bytes, offset: at });
    }
  };
  const callOf = (fn: PValue, args: PValue, at: number): PValue => {
    if (fn.t === 'call' || fn.t === 'seq' || fn.t === 'str') {
      events.push({
        kind: 'indirect-call',
        offset: at,
        detail: `calls the result of ${describe(fn)}`,
      });
    }
    return { t: 'call', fn, args, offset: at };
  };
  const addItems = (target: PValue, items: readonly PValue[]): void => {
    if (target.t !== 'seq') return;
    for (const item of items) {
      if (target.items.length >= MAX_TRACKED_ITEMS) break;
      target.items.push(item);
    }
  };
  const memoPut = (key: number, at: number): void => {
    if (memo.size >= MAX_MEMO && !memo.has(key)) fail('memo too large', at);
    memo.set(key, top(at));
  };
  const memoGet = (key: number, at: number): void => {
    const v = memo.get(key);
    if (v === undefined) fail(`memo key ${key} missing`, at);
    push(v as PValue, at);
  };
  const parseIndex = (arg: Op['arg'], at: number): number => {
    const n = arg.t === 'int' ? arg.v : arg.t === 'str' ? Number.parseInt(arg.v, 10) : NaN;
    if (!Number.isFinite(n) || n < 0) fail('bad memo index', at);
    return n;
  };

  try {
    for (;;) {
      if (++opCount > options.maxOps) fail('too many opcodes', pos);
      const op = readOp(buf, pos);
      pos = op.next;
      const at = op.offset;
      const a = op.arg;
      switch (op.code) {
        case 0x2e: // STOP
          if (stack.length === 0) fail('STOP with empty stack', at);
          return { events, end: pos, complete: true, opCount, protocol };
        case 0x80: // PROTO
          protocol = a.t === 'int' ? a.v : 0;
          if (protocol > 5) fail(`unsupported protocol ${protocol}`, at);
          break;
        case 0x95: // FRAME
        case 0x98: // READONLY_BUFFER
          break;
        case 0x28: // MARK
          metastack.push(stack);
          depthItems += stack.length;
          if (metastack.length > MAX_STACK) fail('too many marks', at);
          stack = [];
          break;
        case 0x30: // POP
          if (stack.length > 0) stack.pop();
          else popMark(at);
          break;
        case 0x31: // POP_MARK
          popMark(at);
          break;
        case 0x32: // DUP
          push(top(at), at);
          break;
        case 0x4a:
        case 0x4b:
        case 0x4d: // BININT BININT1 BININT2
          push({ t: 'int', v: a.t === 'int' ? (op.code === 0x4a ? a.v | 0 : a.v) : 0 }, at);
          break;
        case 0x49: {
          // INT (protocol 0; "00"/"01" are booleans)
          const n = a.t === 'str' ? Number.parseInt(a.v, 10) : NaN;
          push(Number.isSafeInteger(n) ? { t: 'int', v: n } : SCALAR, at);
          break;
        }
        case 0x4e:
        case 0x88:
        case 0x89:
        case 0x4c:
        case 0x8a:
        case 0x8b:
        case 0x46:
        case 0x47:
          push(SCALAR, at); // None, bools, longs, floats
          break;
        case 0x53:
        case 0x54:
        case 0x55:
        case 0x56:
        case 0x58:
        case 0x8c:
        case 0x8d:
          if (a.t === 'str') {
            noteBytes(latin1Bytes(a.v), at);
            push({ t: 'str', v: a.v }, at);
          }
          break;
        case 0x42:
        case 0x43:
        case 0x8e:
        case 0x96:
          if (a.t === 'bytes') {
            noteBytes(a.v, at);
            push({ t: 'bytes', v: a.v }, at);
          }
          break;
        case 0x97: // NEXT_BUFFER
          push({ t: 'opaque', what: 'out-of-band buffer' }, at);
          break;
        case 0x5d:
        case 0x29:
        case 0x7d:
        case 0x8f: // EMPTY_LIST/TUPLE/DICT/SET
          push(
            {
              t: 'seq',
              kind:
                op.code === 0x5d
                  ? 'list'
                  : op.code === 0x29
                    ? 'tuple'
                    : op.code === 0x7d
                      ? 'dict'
                      : 'set',
              items: [],
            },
            at,
          );
          break;
        case 0x74:
        case 0x6c:
        case 0x64:
        case 0x91: {
          // TUPLE LIST DICT FROZENSET
          const items = popMark(at);
          const kind =
            op.code === 0x6c
              ? 'list'
              : op.code === 0x64
                ? 'dict'
                : op.code === 0x91
                  ? 'set'
                  : 'tuple';
          push({ t: 'seq', kind, items: items.slice(0, MAX_TRACKED_ITEMS) }, at);
          break;
        }
        case 0x85:
        case 0x86:
        case 0x87: {
          // TUPLE1..3
          const n = op.code - 0x84;
          if (stack.length < n) fail('stack underflow', at);
          const items = stack.splice(stack.length - n, n);
          push({ t: 'seq', kind: 'tuple', items }, at);
          break;
        }
        case 0x61: {
          // APPEND
          const v = pop(at);
          addItems(top(at), [v]);
          break;
        }
        case 0x73: {
          // SETITEM
          const v = pop(at);
          const k = pop(at);
          addItems(top(at), [k, v]);
          break;
        }
        case 0x65:
        case 0x75:
        case 0x90: {
          // APPENDS SETITEMS ADDITEMS
          const items = popMark(at);
          addItems(top(at), items);
          break;
        }
        case 0x70:
        case 0x71:
        case 0x72: // PUT BINPUT LONG_BINPUT
          memoPut(parseIndex(a, at), at);
          break;
        case 0x94: // MEMOIZE
          memoPut(memo.size, at);
          break;
        case 0x67:
        case 0x68:
        case 0x6a: // GET BINGET LONG_BINGET
          memoGet(parseIndex(a, at), at);
          break;
        case 0x63: // GLOBAL
          if (a.t === 'lines') {
            events.push({ kind: 'import', module: a.a, name: a.b, offset: at, via: 'GLOBAL' });
            push({ t: 'global', module: a.a, name: a.b, offset: at }, at);
          }
          break;
        case 0x93: {
          // STACK_GLOBAL
          const name = pop(at);
          const module = pop(at);
          if (module.t === 'str' && name.t === 'str') {
            events.push({
              kind: 'import',
              module: module.v,
              name: name.v,
              offset: at,
              via: 'STACK_GLOBAL',
            });
            push({ t: 'global', module: module.v, name: name.v, offset: at }, at);
          } else {
            events.push({
              kind: 'dynamic-import',
              offset: at,
              detail: `module ${describe(module)}, name ${describe(name)}`,
            });
            push({ t: 'dynamic-global', offset: at }, at);
          }
          break;
        }
        case 0x82:
        case 0x83:
        case 0x84: // EXT1 EXT2 EXT4
          events.push({ kind: 'ext', code: a.t === 'int' ? a.v : -1, offset: at });
          push({ t: 'ext', code: a.t === 'int' ? a.v : -1, offset: at }, at);
          break;
        case 0x69: {
          // INST
          const args = popMark(at);
          if (a.t === 'lines') {
            events.push({ kind: 'import', module: a.a, name: a.b, offset: at, via: 'INST' });
            push(
              callOf(
                { t: 'global', module: a.a, name: a.b, offset: at },
                { t: 'seq', kind: 'tuple', items: args },
                at,
              ),
              at,
            );
          }
          break;
        }
        case 0x6f: {
          // OBJ
          const items = popMark(at);
          const cls = items[0] ?? fail('OBJ without class', at);
          push(callOf(cls, { t: 'seq', kind: 'tuple', items: items.slice(1) }, at), at);
          break;
        }
        case 0x52: {
          // REDUCE
          const args = pop(at);
          const fn = pop(at);
          push(callOf(fn, args, at), at);
          break;
        }
        case 0x81: {
          // NEWOBJ
          const args = pop(at);
          const cls = pop(at);
          push(callOf(cls, args, at), at);
          break;
        }
        case 0x92: {
          // NEWOBJ_EX
          pop(at);
          const args = pop(at);
          const cls = pop(at);
          push(callOf(cls, args, at), at);
          break;
        }
        case 0x62: {
          // BUILD
          const state = pop(at);
          const obj = top(at);
          checkState(state, at, events);
          if (isJoblibArrayWrapper(obj)) {
            // joblib writes the array bytes (or an inline pickle) right after this BUILD.
            const array = joblibArrayLayout(state);
            if (array === undefined)
              fail('joblib array wrapper with unreadable shape or dtype', at);
            let p = pos;
            if (array!.padded) {
              if (p >= buf.length) throw new PickleDecodeError('unexpected end of data', p, true);
              p += 1 + buf[p]!;
            }
            if (array!.bytes === 'pickle') {
              if ((options.depth ?? 0) >= MAX_INLINE_DEPTH)
                fail('inline pickles nested too deeply', at);
              const inner = emulatePickle(buf, p, {
                ...options,
                maxOps: options.maxOps - opCount,
                depth: (options.depth ?? 0) + 1,
              });
              events.push(...inner.events);
              if (!inner.complete)
                throw inner.error ?? new PickleDecodeError('inline pickle incomplete', p, false);
              opCount += inner.opCount;
              p = inner.end;
            } else {
              p += array!.bytes;
            }
            if (p > buf.length) throw new PickleDecodeError('unexpected end of data', pos, true);
            pos = p;
          }
          break;
        }
        case 0x50: // PERSID
          push({ t: 'opaque', what: 'persistent object' }, at);
          break;
        case 0x51: // BINPERSID
          pop(at);
          push({ t: 'opaque', what: 'persistent object' }, at);
          break;
        default:
          fail(`unhandled opcode 0x${op.code.toString(16)}`, at);
      }
    }
  } catch (err) {
    if (!(err instanceof PickleDecodeError)) throw err;
    return { events, end: pos, complete: false, opCount, protocol, error: err };
  }
}

/** BUILD with a state dict that sets dunder attributes (`__setstate__`, `__class__`, …). */
function checkState(state: PValue, at: number, events: PickleEvent[]): void {
  const dicts: PValue[] = [state];
  // (state, slotstate) tuples set attributes from both dicts.
  if (state.t === 'seq' && state.kind === 'tuple') dicts.push(...state.items);
  for (const d of dicts) {
    if (d.t !== 'seq' || d.kind !== 'dict') continue;
    for (let i = 0; i < d.items.length; i += 2) {
      const key = d.items[i];
      if (key?.t === 'str' && /^__\w+__$/.test(key.v)) {
        events.push({ kind: 'state-injection', key: key.v, offset: at });
      }
    }
  }
}
