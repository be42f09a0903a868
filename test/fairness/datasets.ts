import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTable, type Table } from '../../src/fairness/engine/table-loader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path of a file in ../shared/data/fairness (read in place, never copied). */
export function fairnessDataPath(name: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'data', 'fairness', name);
}

export async function loadCompas(): Promise<Table> {
  return loadTable(await readFile(fairnessDataPath('compas-scores-two-years.csv')), {
    format: 'csv',
  });
}

export const ADULT_COLUMNS = [
  'age',
  'workclass',
  'fnlwgt',
  'education',
  'education-num',
  'marital-status',
  'occupation',
  'relationship',
  'race',
  'sex',
  'capital-gain',
  'capital-loss',
  'hours-per-week',
  'native-country',
  'income',
] as const;

/** adult.data then adult.test (README §2), spaces after commas trimmed, `?` rows kept. */
export async function loadAdult(): Promise<Table> {
  const parts = await Promise.all(
    ['adult.data', 'adult.test'].map(async (f) =>
      loadTable(await readFile(fairnessDataPath(f)), { format: 'csv', columnNames: ADULT_COLUMNS }),
    ),
  );
  const [train, test] = parts as [Table, Table];
  const columns = new Map<string, string[]>();
  for (const name of ADULT_COLUMNS) {
    columns.set(name, [...(train.columns.get(name) ?? []), ...(test.columns.get(name) ?? [])]);
  }
  return { columnNames: [...ADULT_COLUMNS], nRows: train.nRows + test.nRows, columns };
}
