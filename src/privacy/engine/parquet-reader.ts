import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { PiiInputMalformed, PiiInputTooLarge } from '../privacy.errors.js';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * Reads a Parquet file (whole, in memory) into batches of string rows, header first, for the
 * table scanner. Row groups are read one at a time so a batch never exceeds one group.
 */
export async function* parquetRowBatches(
  file: ArrayBuffer,
  options: { maxRows?: number } = {},
): AsyncGenerator<string[][]> {
  let metadata;
  try {
    metadata = parquetMetadata(file);
  } catch (err) {
    throw new PiiInputMalformed(err instanceof Error ? err.message : 'bad footer', {
      format: 'Parquet',
    });
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  const total = Number(metadata.num_rows);
  const maxRows = options.maxRows ?? 50_000_000;
  if (total > maxRows) throw new PiiInputTooLarge('Rows in the Parquet file', maxRows);
  yield [columns];
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    const objects = (await parquetReadObjects({
      file,
      metadata,
      rowStart: start,
      rowEnd: end,
    })) as Record<string, unknown>[];
    yield objects.map((o) => columns.map((c) => cellText(o[c])));
    start = end;
  }
}
