/**
 * Writes a minimal Parquet file (one row group, REQUIRED columns, PLAIN encoding, uncompressed)
 * so the Parquet path of the table loader is tested without a writer library. Layout and Thrift
 * compact encoding follow the Apache Parquet format specification (parquet.thrift).
 */
type Column =
  | { name: string; kind: 'int64'; values: number[] }
  | { name: string; kind: 'double'; values: number[] }
  | { name: string; kind: 'string'; values: string[] };

class Compact {
  readonly bytes: number[] = [];
  private lastField: number[] = [0];
  varint(v: bigint): void {
    let x = v;
    while (x >= 0x80n) {
      this.bytes.push(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    }
    this.bytes.push(Number(x));
  }
  zigzag(v: number): void {
    const b = BigInt(v);
    this.varint(b >= 0n ? b << 1n : (-b << 1n) - 1n);
  }
  field(id: number, type: number): void {
    const last = this.lastField[this.lastField.length - 1] as number;
    const delta = id - last;
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.zigzag(id);
    }
    this.lastField[this.lastField.length - 1] = id;
  }
  i32(id: number, v: number): void {
    this.field(id, 5);
    this.zigzag(v);
  }
  i64(id: number, v: number): void {
    this.field(id, 6);
    this.zigzag(v);
  }
  binary(id: number, s: string): void {
    this.field(id, 8);
    const b = new TextEncoder().encode(s);
    this.varint(BigInt(b.length));
    this.bytes.push(...b);
  }
  beginStruct(id?: number): void {
    if (id !== undefined) this.field(id, 12);
    this.lastField.push(0);
  }
  endStruct(): void {
    this.bytes.push(0);
    this.lastField.pop();
  }
  list(id: number, elementType: number, size: number): void {
    this.field(id, 9);
    if (size < 15) this.bytes.push((size << 4) | elementType);
    else {
      this.bytes.push(0xf0 | elementType);
      this.varint(BigInt(size));
    }
  }
}

function plain(column: Column): Uint8Array {
  const parts: number[] = [];
  const view = new DataView(new ArrayBuffer(8));
  for (const v of column.values) {
    if (column.kind === 'string') {
      const b = new TextEncoder().encode(v as string);
      view.setUint32(0, b.length, true);
      parts.push(...new Uint8Array(view.buffer, 0, 4), ...b);
    } else {
      if (column.kind === 'int64') view.setBigInt64(0, BigInt(v), true);
      else view.setFloat64(0, v as number, true);
      parts.push(...new Uint8Array(view.buffer, 0, 8));
    }
  }
  return Uint8Array.from(parts);
}

const TYPE = { int64: 2, double: 5, string: 6 } as const;

export function tinyParquet(columns: Column[]): Uint8Array {
  const nRows = columns[0]?.values.length ?? 0;
  const out: number[] = [...new TextEncoder().encode('PAR1')];
  const chunks: { offset: number; size: number }[] = [];
  for (const column of columns) {
    const data = plain(column);
    const header = new Compact();
    header.beginStruct();
    header.i32(1, 0); // DATA_PAGE
    header.i32(2, data.length);
    header.i32(3, data.length);
    header.beginStruct(5);
    header.i32(1, nRows);
    header.i32(2, 0); // PLAIN
    header.i32(3, 3); // RLE
    header.i32(4, 3);
    header.endStruct();
    header.endStruct();
    chunks.push({ offset: out.length, size: header.bytes.length + data.length });
    out.push(...header.bytes, ...data);
  }
  const meta = new Compact();
  meta.beginStruct();
  meta.i32(1, 1);
  meta.list(2, 12, columns.length + 1);
  meta.beginStruct();
  meta.binary(4, 'schema');
  meta.i32(5, columns.length);
  meta.endStruct();
  for (const column of columns) {
    meta.beginStruct();
    meta.i32(1, TYPE[column.kind]);
    meta.i32(3, 0); // REQUIRED
    meta.binary(4, column.name);
    if (column.kind === 'string') meta.i32(6, 0); // UTF8
    meta.endStruct();
  }
  meta.i64(3, nRows);
  meta.list(4, 12, 1);
  meta.beginStruct();
  meta.list(1, 12, columns.length);
  columns.forEach((column, c) => {
    const chunk = chunks[c] as { offset: number; size: number };
    meta.beginStruct();
    meta.i64(2, chunk.offset);
    meta.beginStruct(3);
    meta.i32(1, TYPE[column.kind]);
    meta.list(2, 5, 1);
    meta.zigzag(0); // PLAIN
    meta.list(3, 8, 1);
    const name = new TextEncoder().encode(column.name);
    meta.varint(BigInt(name.length));
    meta.bytes.push(...name);
    meta.i32(4, 0); // UNCOMPRESSED
    meta.i64(5, nRows);
    meta.i64(6, chunk.size);
    meta.i64(7, chunk.size);
    meta.i64(9, chunk.offset);
    meta.endStruct();
    meta.endStruct();
  });
  meta.i64(
    2,
    chunks.reduce((s, c) => s + c.size, 0),
  );
  meta.i64(3, nRows);
  meta.endStruct();
  meta.endStruct();
  const length = new DataView(new ArrayBuffer(4));
  length.setUint32(0, meta.bytes.length, true);
  out.push(...meta.bytes, ...new Uint8Array(length.buffer), ...new TextEncoder().encode('PAR1'));
  return Uint8Array.from(out);
}
